//! Member rules: M1, M3–M5 and the region self-selection procedure R1–R5.
use crate::date::Date;
use crate::diag::{Diagnostics, Rule};
use crate::model::{Member, Outcome, RegionBasis};
use crate::tables;

/// `as_of`: the date in force, if known (M5 is not checked otherwise).
pub fn check(site: &crate::model::Site, as_of: Option<Date>, diags: &mut Diagnostics) {
    for m in &site.members {
        check_code(m, diags);
        check_dates(m, as_of, diags);
        check_changes(m, diags);
    }
}

/// M1 and M4: the label, its IDN fields and ICANN's region for it.
fn check_code(m: &Member, diags: &mut Diagnostics) {
    let path = m.path.as_str();
    let label = m.cctld.value.as_str();
    if label != m.id {
        diags.error(
            Rule::M1,
            path,
            m.cctld.pos,
            format!(
                "`cctld` \"{label}\" differs from the file name \"{}\"",
                m.id
            ),
        );
    }
    let icann_code = if label.starts_with("xn--") {
        check_idn(m, diags)
    } else {
        for extra in [("unicode", &m.unicode), ("iso3166", &m.iso3166)] {
            if let (name, Some(v)) = extra {
                diags.error(
                    Rule::M1,
                    path,
                    v.pos,
                    format!("`{name}` is for IDN ccTLDs only (\"{label}\" is not an xn-- label)"),
                );
            }
        }
        if tables::code(label).is_none() {
            let message = format!(
                "\"{label}\" is not an assigned ISO 3166-1 alpha-2 code, ac, eu, uk or an IDN A-label"
            );
            diags.error(Rule::M1, path, m.cctld.pos, message);
            return;
        }
        Some(label.to_string())
    };
    if let Some(info) = icann_code.as_deref().and_then(tables::code)
        && info.region != *m.region
    {
        let code = icann_code.unwrap_or_default();
        let message = format!(
            "region {} differs from ICANN's region for {code} ({}): {}",
            m.region.id(),
            info.name,
            info.region.id()
        );
        diags.warning(Rule::M4, path, m.region.pos, message);
    }
}

/// M1 for an `xn--` label; returns the country code whose ICANN region applies.
fn check_idn(m: &Member, diags: &mut Diagnostics) -> Option<String> {
    let (path, label) = (m.path.as_str(), m.cctld.value.as_str());
    let Some(u_label) = tables::u_label(label) else {
        diags.error(
            Rule::M1,
            path,
            m.cctld.pos,
            format!("\"{label}\" is not a valid IDN A-label (Punycode)"),
        );
        return None;
    };
    check_u_label(m, &u_label, diags);
    let Some(iso) = &m.iso3166 else {
        diags.error(
            Rule::M1,
            path,
            m.cctld.pos,
            "an IDN ccTLD needs `iso3166`: its country's alpha-2 code",
        );
        return None;
    };
    let assigned = tables::code(&iso.value).is_some_and(|c| c.iso || iso.value == "eu");
    if !assigned {
        diags.error(
            Rule::M1,
            path,
            iso.pos,
            format!(
                "`iso3166` \"{}\" is not an assigned ISO 3166-1 alpha-2 code (or eu)",
                iso.value
            ),
        );
        return None;
    }
    if let Some((_, listed)) = tables::idn(label)
        && listed != iso.value
    {
        let message = format!(
            "`iso3166` \"{}\" differs from the built-in IDN table's \"{listed}\" for {label}",
            iso.value
        );
        diags.error(Rule::M1, path, iso.pos, message);
    }
    Some(iso.value.clone())
}

/// M1: `unicode` is present and is the U-label of the A-label.
fn check_u_label(m: &Member, u_label: &str, diags: &mut Diagnostics) {
    let (path, label) = (m.path.as_str(), m.cctld.value.as_str());
    match &m.unicode {
        None => diags.error(
            Rule::M1,
            path,
            m.cctld.pos,
            format!("an IDN ccTLD needs `unicode`: its U-label {u_label}"),
        ),
        Some(u) if u.value != u_label => diags.error(
            Rule::M1,
            path,
            u.pos,
            format!(
                "`unicode` \"{}\" is not the U-label of {label} ({u_label})",
                u.value
            ),
        ),
        Some(_) => {}
    }
}

/// M3 and M5.
fn check_dates(m: &Member, as_of: Option<Date>, diags: &mut Diagnostics) {
    let path = m.path.as_str();
    match (&m.left, &m.left_reason) {
        (Some(left), _) if **left <= *m.joined => {
            let message = format!(
                "`left` ({}) is not after `joined` ({})",
                left.value, m.joined.value
            );
            diags.error(Rule::M3, path, left.pos, message);
        }
        (Some(left), None) => diags.error(
            Rule::M3,
            path,
            left.pos,
            "`left` needs `left_reason` (resignation or administrative)",
        ),
        (None, Some(reason)) => diags.error(
            Rule::M3,
            path,
            reason.pos,
            "`left_reason` is given without `left`",
        ),
        _ => {}
    }
    if let Some(as_of) = as_of.filter(|d| *m.joined > *d) {
        diags.warning(
            Rule::M5,
            path,
            m.joined.pos,
            format!("`joined` ({}) is after as_of ({as_of})", m.joined.value),
        );
    }
}

/// R1–R5 for each region change.
fn check_changes(m: &Member, diags: &mut Diagnostics) {
    let path = m.path.as_str();
    for c in &m.region_changes {
        if *m.region_basis != RegionBasis::Citizenship {
            let message = "a region change requires `region_basis: citizenship` (self-selection is open only to territories assigned by citizenship)";
            diags.error(Rule::R1, path, c.pos, message);
        }
        if !m.is_current(*c.requested) {
            let message = format!(
                "the change is requested on {}, when {} is not a member",
                c.requested.value, m.id
            );
            diags.error(Rule::R2, path, c.requested.pos, message);
        }
        match (&c.decided, *c.outcome) {
            (Some(d), _) if **d < *c.requested => {
                let message = format!(
                    "`decided` ({}) precedes `requested` ({})",
                    d.value, c.requested.value
                );
                diags.error(Rule::R3, path, d.pos, message);
            }
            (Some(_), Outcome::Pending) => diags.error(
                Rule::R3,
                path,
                c.outcome.pos,
                "a decided change cannot be pending",
            ),
            (None, Outcome::Approved | Outcome::Rejected) => diags.error(
                Rule::R3,
                path,
                c.outcome.pos,
                "an approved or rejected change needs `decided` (the Council vote)",
            ),
            _ => {}
        }
        check_five_years(m, c, diags);
        let current = m.ccnso_region(*c.requested);
        if current == *c.to {
            let message = format!(
                "`to` is {}, already the ccNSO region of {} on {}",
                current.id(),
                m.id,
                c.requested.value
            );
            diags.error(Rule::R5, path, c.to.pos, message);
        }
    }
}

/// R4: no request within five years of an approved change, unless extraordinary with a reason.
fn check_five_years(m: &Member, c: &crate::model::RegionChange, diags: &mut Diagnostics) {
    if c.extraordinary == Some(true) && c.reason.as_deref().is_some_and(|r| !r.trim().is_empty()) {
        return;
    }
    let approved = m
        .region_changes
        .iter()
        .filter(|a| *a.outcome == Outcome::Approved && !std::ptr::eq(*a, c));
    for a in approved.filter_map(|a| a.decided.as_ref()) {
        let until = a.value.add_years(5);
        if **a <= *c.requested && *c.requested < until {
            let message = format!(
                "requested on {}, within five years of the change approved on {} (until {until}); only an extraordinary request with a `reason` is allowed",
                c.requested.value, a.value
            );
            diags.error(Rule::R4, &m.path, c.requested.pos, message);
            return;
        }
    }
}
