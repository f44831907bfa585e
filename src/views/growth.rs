//! Membership over time: monthly counts by ccNSO region, drawn as a stacked SVG chart.
use crate::date::Date;
use crate::model::{Member, Region, ReportedCount};
use crate::views::{DateView, RegionView, date};
use serde::Serialize;
use std::fmt::Write as _;

const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 320.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 24.0;
const BOTTOM: f64 = 40.0;
/// The height a band needs for its region's name to be written on it.
const LABEL_HEIGHT: f64 = 16.0;

/// What the growth page shows: the chart's shapes (numbers only) and the table.
#[derive(Serialize, Debug)]
pub struct GrowthView {
    pub width: f64,
    pub height: f64,
    pub layers: Vec<Layer>,
    pub y_ticks: Vec<Tick>,
    pub x_ticks: Vec<Tick>,
    pub plot: Plot,
    /// The first and last counts, for the chart's description (none: no member had
    /// joined).
    pub summary: Option<GrowthSummary>,
    pub years: Vec<YearRow>,
    pub regions: Vec<RegionView>,
    pub first: Option<DateView>,
    /// The counts the organisation reported (site.yaml `counts:`), as points.
    pub reported: Vec<ReportedPoint>,
}

#[derive(Serialize, Debug)]
pub struct Layer {
    pub region: RegionView,
    pub path: String,
    /// Where the region's name is written on its band at the right end, when the band
    /// is tall enough there to hold it.
    pub label_y: Option<f64>,
}

#[derive(Serialize, Debug)]
pub struct Tick {
    pub pos: f64,
    pub label: String,
}

#[derive(Serialize, Debug)]
pub struct Plot {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

#[derive(Serialize, Debug)]
pub struct YearRow {
    pub year: i32,
    pub date: DateView,
    pub counts: Vec<usize>,
    pub total: usize,
}

/// Counts at the first of every month from the first `joined` to `as_of`, and at `as_of`.
/// A reported count on the chart: where it is drawn, and what it says.
#[derive(Clone, Debug, Serialize)]
pub struct ReportedPoint {
    pub x: f64,
    pub y: f64,
    pub total: u32,
    /// Where its figure is written: left of the point, or above it when the point
    /// before is too near for the figure to fit.
    pub label_x: f64,
    pub label_y: f64,
    pub label_anchor: &'static str,
    pub date: DateView,
    pub source: crate::views::SourceView,
}

pub fn growth(members: &[Member], reported: &[ReportedCount], as_of: Date) -> GrowthView {
    let reported: Vec<&ReportedCount> = reported.iter().filter(|r| r.date <= as_of).collect();
    let first_report = reported.iter().map(|r| r.date).min();
    let samples = sample_dates(members, first_report, as_of);
    let counts: Vec<[usize; 5]> = samples.iter().map(|d| counts_at(members, *d)).collect();
    let max = counts
        .iter()
        .map(|c| c.iter().sum::<usize>())
        .chain(reported.iter().map(|r| r.total as usize))
        .max()
        .unwrap_or(0);
    let axes = Axes {
        plot: Plot {
            left: LEFT,
            right: WIDTH - RIGHT,
            top: TOP,
            bottom: HEIGHT - BOTTOM,
        },
        top: value_axis(max).0,
        samples: samples.len(),
    };
    let step = value_axis(max).1;
    let y_ticks = (0..=axes.top)
        .step_by(step)
        .map(|v| Tick {
            pos: axes.y(v),
            label: v.to_string(),
        })
        .collect();
    let x_ticks = samples
        .iter()
        .enumerate()
        .filter(|(_, d)| d.month == 1 && d.day == 1)
        .map(|(i, d)| Tick {
            pos: axes.x(i),
            label: d.year.to_string(),
        })
        .collect();
    let reported = reported_points(&reported, &samples, &axes);
    GrowthView {
        width: WIDTH,
        height: HEIGHT,
        layers: layers(&counts, &axes),
        y_ticks,
        x_ticks,
        summary: summary(&samples, &counts),
        years: year_rows(&samples, &counts),
        plot: axes.plot,
        regions: Region::ALL.iter().map(|r| (*r).into()).collect(),
        first: samples.first().map(|d| date(*d)),
        reported,
    }
}

/// Each reported count at its month on the time axis (a day within the month moves it
/// along), at its total on the value axis.
fn reported_points(
    reported: &[&ReportedCount],
    samples: &[Date],
    axes: &Axes,
) -> Vec<ReportedPoint> {
    reported
        .iter()
        .filter_map(|r| {
            let i = samples
                .iter()
                .position(|s| (s.year, s.month) == (r.date.year, r.date.month))?;
            let next = axes.x((i + 1).min(samples.len() - 1));
            let within = (r.date.day - 1) as f64 / 31.0;
            let x = axes.x(i) + (next - axes.x(i)) * within;
            Some(ReportedPoint {
                x: (x * 10.0).round() / 10.0,
                y: (axes.y(r.total as usize) * 10.0).round() / 10.0,
                total: r.total,
                label_x: 0.0,
                label_y: 0.0,
                label_anchor: "end",
                date: crate::views::date_known(r.date, r.accuracy),
                source: crate::views::SourceView {
                    url: crate::model::source_is_url(&r.source).then(|| r.source.clone()),
                    text: Some(r.source.clone()),
                    note: r.note.clone(),
                },
            })
        })
        .scan(f64::NEG_INFINITY, |previous_x, mut p| {
            let crowded = p.x - *previous_x < 40.0;
            *previous_x = p.x;
            (p.label_x, p.label_y, p.label_anchor) = if crowded {
                (p.x, p.y - 11.0, "middle")
            } else {
                (p.x - 10.0, p.y + 4.0, "end")
            };
            Some(p)
        })
        .collect()
}

/// Where the chart's values go: the plot area, the top of the value axis, and how
/// many samples spread across it.
struct Axes {
    plot: Plot,
    top: usize,
    samples: usize,
}

impl Axes {
    fn x(&self, i: usize) -> f64 {
        let p = &self.plot;
        if self.samples < 2 {
            p.left
        } else {
            p.left + (p.right - p.left) * i as f64 / (self.samples - 1) as f64
        }
    }

    fn y(&self, v: usize) -> f64 {
        let p = &self.plot;
        p.bottom - (p.bottom - p.top) * v as f64 / self.top as f64
    }
}

/// One stacked area per region, in region order.
fn layers(counts: &[[usize; 5]], axes: &Axes) -> Vec<Layer> {
    let mut layers = Vec::new();
    for (k, region) in Region::ALL.iter().enumerate() {
        let below = |c: &[usize; 5]| c[..k].iter().sum::<usize>();
        let mut path = String::new();
        for (i, c) in counts.iter().enumerate() {
            let _ = write!(
                path,
                "{}{:.1},{:.1} ",
                if i == 0 { "M" } else { "L" },
                axes.x(i),
                axes.y(below(c) + c[k])
            );
        }
        for (i, c) in counts.iter().enumerate().rev() {
            let _ = write!(path, "L{:.1},{:.1} ", axes.x(i), axes.y(below(c)));
        }
        path.push('Z');
        let label_y = counts.last().and_then(|c| {
            let (low, high) = (axes.y(below(c)), axes.y(below(c) + c[k]));
            (low - high >= LABEL_HEIGHT).then_some((low + high) / 2.0 + 4.0)
        });
        layers.push(Layer {
            region: (*region).into(),
            path,
            label_y,
        });
    }
    layers
}

fn sample_dates(members: &[Member], first_report: Option<Date>, as_of: Date) -> Vec<Date> {
    let Some(first) = members
        .iter()
        .map(|m| *m.joined)
        .chain(first_report)
        .min()
        .filter(|f| *f <= as_of)
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let (mut y, mut m) = (first.year, first.month);
    loop {
        let d = Date::ymd(y, m, 1);
        if d > as_of {
            break;
        }
        out.push(d);
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    if out.last() != Some(&as_of) {
        out.push(Date::ymd(as_of.year, as_of.month, as_of.day));
    }
    out
}

fn counts_at(members: &[Member], d: Date) -> [usize; 5] {
    let mut c = [0; 5];
    for m in members.iter().filter(|m| m.is_current(d)) {
        let i = Region::ALL
            .iter()
            .position(|r| *r == m.ccnso_region(d))
            .unwrap_or(0);
        c[i] += 1;
    }
    c
}

/// The smallest of 5, 10, 20, 25, 50, 100 … at or above `n`.
/// The top of the value axis and its tick step for a largest value `n`: the step is
/// 1, 2 or 5 times a power of ten, the top the first multiple of it at or above `n`,
/// with at most six steps (so the axis ends just above the data: 60 → 60 by 10).
fn value_axis(n: usize) -> (usize, usize) {
    let n = n.max(1);
    let mut scale = 1;
    loop {
        for f in [1, 2, 5] {
            let step = f * scale;
            if n.div_ceil(step) <= 6 {
                return (n.div_ceil(step) * step, step);
            }
        }
        scale *= 10;
    }
}

/// The count at the last sample of each year.
fn year_rows(samples: &[Date], counts: &[[usize; 5]]) -> Vec<YearRow> {
    let mut rows: Vec<YearRow> = Vec::new();
    for (d, c) in samples.iter().zip(counts) {
        let row = YearRow {
            year: d.year,
            date: date(*d),
            counts: c.to_vec(),
            total: c.iter().sum(),
        };
        match rows.last_mut() {
            Some(last) if last.year == d.year => *last = row,
            _ => rows.push(row),
        }
    }
    rows
}

/// Members with a recorded date of joining, at the first and the last sample.
#[derive(Clone, Debug, Serialize)]
pub struct GrowthSummary {
    pub first: DateView,
    pub first_count: usize,
    pub last: DateView,
    pub last_count: usize,
}

fn summary(samples: &[Date], counts: &[[usize; 5]]) -> Option<GrowthSummary> {
    let total = |c: &[usize; 5]| c.iter().sum::<usize>();
    Some(GrowthSummary {
        first: date(*samples.first()?),
        first_count: total(counts.first()?),
        last: date(*samples.last()?),
        last_count: total(counts.last()?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_value_axis_ends_just_above_the_data() {
        assert_eq!(
            [0, 3, 7, 12, 23, 60, 120, 251].map(value_axis),
            [
                (1, 1),
                (3, 1),
                (8, 2),
                (12, 2),
                (25, 5),
                (60, 10),
                (120, 20),
                (300, 50)
            ]
        );
    }
}
