//! Guideline rules G2–G4 (G1's form is checked while loading).
use crate::date::Date;
use crate::diag::{Diagnostics, Rule};
use crate::model::{Guideline, Site, Version, VersionStatus};

/// `as_of`: the date in force, if known (G4 is not checked otherwise).
pub fn check(site: &Site, as_of: Option<Date>, diags: &mut Diagnostics) {
    for g in &site.guidelines {
        g.versions
            .iter()
            .for_each(|v| check_adoption_fields(v, diags));
        check_order(g, diags);
        if let Some(as_of) = as_of {
            check_review(g, as_of, diags);
        }
    }
}

/// G2: `adopted` and `adopted_by` exactly on adopted versions; `effective` ≥ `adopted`.
fn check_adoption_fields(v: &Version, diags: &mut Diagnostics) {
    let path = v.path.as_str();
    if *v.status == VersionStatus::Adopted {
        for (name, missing) in [
            ("adopted", v.adopted.is_none()),
            ("adopted_by", v.adopted_by.is_none()),
        ] {
            if missing {
                diags.error(
                    Rule::G2,
                    path,
                    v.status.pos,
                    format!("an adopted version needs `{name}`"),
                );
            }
        }
    } else {
        if let Some(a) = &v.adopted {
            diags.error(Rule::G2, path, a.pos, "a draft has no `adopted` date");
        }
        if let Some(a) = &v.adopted_by {
            diags.error(Rule::G2, path, a.pos, "a draft has no `adopted_by`");
        }
    }
    if let (Some(e), Some(a)) = (&v.effective, &v.adopted)
        && **e < **a
    {
        diags.error(
            Rule::G2,
            path,
            e.pos,
            format!(
                "`effective` ({}) is before `adopted` ({})",
                e.value, a.value
            ),
        );
    }
}

/// G3: adoption dates increase with version numbers.
fn check_order(g: &Guideline, diags: &mut Diagnostics) {
    let mut latest: Option<(&Version, Date)> = None;
    for v in g
        .versions
        .iter()
        .filter(|v| *v.status == VersionStatus::Adopted)
    {
        let Some(adopted) = &v.adopted else { continue };
        if let Some((prev, date)) = latest
            && **adopted <= date
        {
            let message = format!(
                "version {} is adopted on {}, not after version {} ({date})",
                v.version.value, adopted.value, prev.version.value
            );
            diags.error(Rule::G3, &v.path, adopted.pos, message);
        }
        if latest.is_none_or(|(_, d)| **adopted > d) {
            latest = Some((v, **adopted));
        }
    }
}

/// G4: the current version was adopted within a year of `as_of`.
fn check_review(g: &Guideline, as_of: Date, diags: &mut Diagnostics) {
    let Some(v) = g.current() else { return };
    let Some(adopted) = &v.adopted else { return };
    if **adopted < as_of.add_years(-1) {
        let message = format!(
            "the current version {} was adopted on {}, more than a year before {as_of} (guidelines are reviewed annually)",
            v.version.value, adopted.value
        );
        diags.warning(Rule::G4, &v.path, adopted.pos, message);
    }
}
