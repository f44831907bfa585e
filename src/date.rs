//! Calendar dates as records write them: `YYYY-MM-DD`, or `YYYY-MM` where allowed.
use std::fmt;

/// A date; a month-precision date compares as the first day of its month.
#[derive(Clone, Copy, Debug)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    /// Written `YYYY-MM` (the day is then 1).
    pub month_only: bool,
}

impl Date {
    pub fn ymd(year: i32, month: u32, day: u32) -> Date {
        Date {
            year,
            month,
            day,
            month_only: false,
        }
    }

    /// Parses `YYYY-MM-DD`, or also `YYYY-MM` when `allow_month` is set.
    pub fn parse(s: &str, allow_month: bool) -> Option<Date> {
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = b.get(r)?;
            part.iter()
                .all(u8::is_ascii_digit)
                .then(|| std::str::from_utf8(part).ok()?.parse().ok())?
        };
        let year = digits(0..4)? as i32;
        if b.get(4) != Some(&b'-') {
            return None;
        }
        let month = digits(5..7)?;
        let (day, month_only) = match b.len() {
            7 if allow_month => (1, true),
            10 if b[7] == b'-' => (digits(8..10)?, false),
            _ => return None,
        };
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date {
            year,
            month,
            day,
            month_only,
        })
    }

    /// The date as a count of days since 1970-01-01 (proleptic Gregorian).
    pub fn days(self) -> i64 {
        let (y, m, d) = (self.year as i64, self.month as i64, self.day as i64);
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date::ymd(year, month, day)
    }

    /// The same day `n` years later; 29 February becomes 28 February.
    pub fn add_years(self, n: i32) -> Date {
        let year = self.year + n;
        let day = self.day.min(days_in_month(year, self.month));
        Date::ymd(year, self.month, day)
    }

    /// Compares as a day (a `YYYY-MM` date is the first of its month).
    pub fn key(self) -> (i32, u32, u32) {
        (self.year, self.month, self.day)
    }
}

impl PartialEq for Date {
    fn eq(&self, other: &Date) -> bool {
        self.key() == other.key()
    }
}

impl Eq for Date {}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Date) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Date {
    fn cmp(&self, other: &Date) -> std::cmp::Ordering {
        self.key().cmp(&other.key())
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.month_only {
            write!(f, "{:04}-{:02}", self.year, self.month)
        } else {
            write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
        }
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_days_and_months_only_where_allowed() {
        assert_eq!(
            Date::parse("2004-03-15", false),
            Some(Date::ymd(2004, 3, 15))
        );
        assert_eq!(Date::parse("2004-03", false), None);
        let month = Date::parse("2004-03", true).unwrap();
        assert!(month.month_only);
        assert_eq!(month.to_string(), "2004-03");
        assert_eq!(month.key(), (2004, 3, 1));
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        for bad in [
            "2011-02-29",
            "2011-13-01",
            "2011-00-10",
            "11-02-03",
            "2011-2-3",
            "2011-02-03x",
            "２011-01-01",
        ] {
            assert_eq!(Date::parse(bad, true), None, "{bad}");
        }
        assert!(Date::parse("2012-02-29", false).is_some());
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(Date::ymd(1970, 1, 1).days(), 0);
        assert_eq!(Date::ymd(2011, 10, 7).days(), 15_254);
        for d in [-1000, 0, 59, 15_254, 40_000] {
            assert_eq!(Date::from_days(d).days(), d);
        }
    }

    #[test]
    fn fifth_anniversary_of_leap_day_is_28_february() {
        assert_eq!(Date::ymd(2008, 2, 29).add_years(5), Date::ymd(2013, 2, 28));
        assert_eq!(Date::ymd(2008, 3, 5).add_years(5), Date::ymd(2013, 3, 5));
    }
}
