//! Readers of the decision records of SPEC §6: `meetings/<number>.md` and
//! `applications/<label>-<yyyy-mm-dd>.yaml`, field by field as the SPEC lists them.
use super::Parsed;
use super::fields::Fields;
use crate::date::Date;
use crate::diag::{Diagnostics, Pos, Rule};
use crate::model::*;
use crate::yaml::Map;

pub fn meeting(rel: &str, _: &str, p: Parsed, diags: &mut Diagnostics) -> Option<Meeting> {
    let mut f = Fields::new(p.map, Pos::START, rel, diags);
    let number = f.required("number", |f, k| f.int(k, 1..=999_999_999));
    let date = f.req_date("date", false);
    let kind = f.req_choice::<MeetingKind>("kind", Rule::Y1, "kind");
    let place = f.str("place");
    let attendance_documented = f.has("present");
    let present = f.str_list("present");
    let apologies = f.str_list("apologies");
    let objections_close = f.date("objections_close", false);
    let resolutions: Vec<Option<Resolution>> = f
        .map_list("resolutions")
        .into_iter()
        .map(|m| resolution(m, rel, f.diags()))
        .collect();
    let actions: Vec<Option<Action>> = f
        .map_list("actions")
        .into_iter()
        .map(|m| action(m, rel, f.diags()))
        .collect();
    let source = f.str("source");
    let note = f.str("note");
    if let Some(k) = &kind {
        schedule_fields(&mut f, k, attendance_documented, objections_close.as_ref());
    }
    let complete = f.finish()
        && resolutions.iter().all(Option::is_some)
        && actions.iter().all(Option::is_some);
    let meeting = Meeting {
        path: rel.to_string(),
        number: number?.map(|n| n as u32),
        date: date?,
        kind: kind?,
        place: place.map(|p| p.value),
        present,
        apologies,
        objections_close,
        resolutions: resolutions.into_iter().flatten().collect(),
        actions: actions.into_iter().flatten().collect(),
        source,
        note,
        body: p.body,
    };
    complete.then_some(meeting)
}

/// `present` is required for a meeting or call; `objections_close` exactly for an
/// online decision.
fn schedule_fields(
    f: &mut Fields,
    kind: &At<MeetingKind>,
    present: bool,
    objections_close: Option<&At<Date>>,
) {
    let online = kind.value == MeetingKind::Online;
    if !online && !present {
        f.missing("present");
    }
    match (online, objections_close) {
        (true, None) => f.missing("objections_close"),
        (false, Some(o)) => f.error(
            Rule::Y1,
            o.pos,
            format!(
                "`objections_close` is only for an online decision (this is a {})",
                kind.value.id()
            ),
        ),
        _ => {}
    }
}

fn resolution(m: Map, rel: &str, diags: &mut Diagnostics) -> Option<Resolution> {
    let mut f = Fields::item(m, rel, diags);
    let id = f.req_str("id");
    let title = f.req_str("title");
    let acts_on = f.str("acts_on");
    let text = f.str("text");
    let complete = f.finish();
    let r = Resolution {
        id: id?,
        title: title?.value,
        acts_on,
        text: text.map(|t| t.value),
    };
    complete.then_some(r)
}

fn action(m: Map, rel: &str, diags: &mut Diagnostics) -> Option<Action> {
    let mut f = Fields::item(m, rel, diags);
    let id = f.req_str("id");
    let text = f.req_str("text");
    let status = f.req_choice::<ActionStatus>("status", Rule::Y1, "status");
    let complete = f.finish();
    let a = Action {
        id: id?,
        text: text?.value,
        status: status?,
    };
    complete.then_some(a)
}

pub fn application(
    rel: &str,
    stem: &str,
    p: Parsed,
    diags: &mut Diagnostics,
) -> Option<Application> {
    let mut f = Fields::new(p.map, Pos::START, rel, diags);
    let cctld = f.req_str("cctld");
    let undocumented = super::records::undocumented(&mut f);
    let manager = match undocumented {
        true => f.str("manager"),
        false => f.req_str("manager"),
    };
    let received = f.req_date("received", false);
    let iana_check = f.date("iana_check", false);
    let outcome = f.req_choice::<ApplicationOutcome>("outcome", Rule::Y1, "outcome");
    let decided = f.date("decided", true);
    f.extension(&["decided_accuracy", "undocumented"]);
    let accuracy = f.choice::<Accuracy>("decided_accuracy", Rule::Y1, "decided_accuracy");
    let resolution = f.str("resolution");
    let source = f.str("source");
    let note = f.str("note");
    if let Some(r) = &received {
        same_date_as_name(&mut f, r, stem);
    }
    let complete = f.finish();
    let application = Application {
        path: rel.to_string(),
        id: stem.to_string(),
        cctld: cctld?,
        manager: match (manager, undocumented) {
            (Some(m), _) => Some(m.value),
            (None, true) => None,
            (None, false) => return None,
        },
        received: received?,
        iana_check,
        outcome: outcome?,
        decided,
        decided_accuracy: accuracy.map_or(Accuracy::Exact, |a| a.value),
        resolution,
        source,
        note,
    };
    complete.then_some(application)
}

/// `received` equals the date of the file name (`ir-2011-09-23.yaml`).
fn same_date_as_name(f: &mut Fields, received: &At<Date>, stem: &str) {
    let named = &stem[stem.len().saturating_sub(10)..];
    if received.value.to_string() != named {
        let message = format!(
            "`received` ({}) differs from the date of the file name ({named})",
            received.value
        );
        f.error(Rule::Y1, received.pos, message);
    }
}
