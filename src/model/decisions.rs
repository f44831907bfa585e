//! The Council's decisions (SPEC §6): meetings with their resolutions and action items,
//! and membership applications; resolution ids and what a resolution acts on.
use super::{Accuracy, At, Body, Closed};
use crate::date::Date;

/// A Council meeting, call or online decision (`meetings/<number>.md`).
#[derive(Clone, Debug)]
pub struct Meeting {
    pub path: String,
    pub number: At<u32>,
    pub date: At<Date>,
    pub kind: At<MeetingKind>,
    pub place: Option<String>,
    /// `council/<person>` ids, each with its position (the list entry).
    pub present: Vec<At<String>>,
    pub apologies: Vec<At<String>>,
    pub objections_close: Option<At<Date>>,
    pub resolutions: Vec<Resolution>,
    pub actions: Vec<Action>,
    pub source: Option<At<String>>,
    pub note: Option<At<String>>,
    pub body: Body,
}

/// A numbered resolution of a meeting.
#[derive(Clone, Debug)]
pub struct Resolution {
    pub id: At<String>,
    pub title: String,
    /// The record it decides: a path under `content/` without its extension.
    pub acts_on: Option<At<String>>,
    pub text: Option<String>,
}

/// An action item of a meeting.
#[derive(Clone, Debug)]
pub struct Action {
    pub id: At<String>,
    pub text: String,
    pub status: At<ActionStatus>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MeetingKind {
    Meeting,
    Call,
    Online,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActionStatus {
    Open,
    Completed,
}

/// A membership application (`applications/<label>-<yyyy-mm-dd>.yaml`).
#[derive(Clone, Debug)]
pub struct Application {
    pub path: String,
    /// The file name without `.yaml`: `ir-2011-09-23`.
    pub id: String,
    pub cctld: At<String>,
    /// None where the sources do not name the applicant (`undocumented: [manager]`).
    pub manager: Option<String>,
    pub received: At<Date>,
    pub iana_check: Option<At<Date>>,
    pub outcome: At<ApplicationOutcome>,
    pub decided: Option<At<Date>>,
    pub decided_accuracy: Accuracy,
    pub resolution: Option<At<String>>,
    pub source: Option<At<String>>,
    pub note: Option<At<String>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ApplicationOutcome {
    Pending,
    Approved,
    Rejected,
    Withdrawn,
}

closed!(MeetingKind { Meeting => "meeting", Call => "call", Online => "online" });
closed!(ActionStatus { Open => "open", Completed => "completed" });
closed!(ApplicationOutcome {
    Pending => "pending",
    Approved => "approved",
    Rejected => "rejected",
    Withdrawn => "withdrawn",
});

/// A resolution or action id as the minutes write it: `67-01`, the early `5.01`, or a
/// split resolution `124-04 A` (numbered as `124-04`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolutionId {
    pub meeting: u32,
    pub number: u32,
    /// `.` for the early form, `-` otherwise.
    pub separator: char,
    /// The letter of a split resolution.
    pub part: Option<char>,
}

impl ResolutionId {
    /// Parses `<number>-<nn>` or `<number>.<nn>`, `nn` two or more digits, optionally
    /// followed by a space and one capital letter.
    pub fn parse(s: &str) -> Option<ResolutionId> {
        let (head, part) = match s.split_once(' ') {
            Some((head, letter)) => {
                let mut chars = letter.chars();
                let c = chars.next().filter(|c| c.is_ascii_uppercase())?;
                chars.next().is_none().then_some(())?;
                (head, Some(c))
            }
            None => (s, None),
        };
        let separator = if head.contains('-') { '-' } else { '.' };
        let (meeting, number) = head.split_once(separator)?;
        let digits = |t: &str, min: usize| {
            (t.len() >= min && t.len() <= 9 && t.bytes().all(|b| b.is_ascii_digit()))
                .then(|| t.parse::<u32>().ok())
                .flatten()
        };
        Some(ResolutionId {
            meeting: digits(meeting, 1)?,
            number: digits(number, 2)?,
            separator,
            part,
        })
    }
}

/// What `acts_on` names: the kind of record and its id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActsOn {
    Application(String),
    Version { slug: String, version: String },
    Group(String),
    Member(String),
    Councillor(String),
}

impl ActsOn {
    /// `applications/<id>`, `guidelines/<slug>/<version>`, `working-groups/<slug>`,
    /// `members/<label>`, `council/<person>`; None for any other form.
    pub fn parse(s: &str) -> Option<ActsOn> {
        let parts: Vec<&str> = s.split('/').collect();
        let ok = |p: &str| !p.is_empty() && !p.starts_with('.');
        if !parts.iter().all(|p| ok(p)) {
            return None;
        }
        Some(match parts.as_slice() {
            ["applications", id] => ActsOn::Application(id.to_string()),
            ["guidelines", slug, version] => ActsOn::Version {
                slug: slug.to_string(),
                version: version.to_string(),
            },
            ["working-groups", slug] => ActsOn::Group(slug.to_string()),
            ["members", label] => ActsOn::Member(label.to_string()),
            ["council", person] => ActsOn::Councillor(person.to_string()),
            _ => return None,
        })
    }
}

impl super::Site {
    /// The meeting and resolution a resolution id names, if any.
    pub fn resolution(&self, id: &str) -> Option<(&Meeting, &Resolution)> {
        let number = ResolutionId::parse(id)?.meeting;
        self.meetings
            .iter()
            .filter(|m| m.number.value == number)
            .find_map(|m| m.resolution(id).map(|r| (m, r)))
    }
}

impl super::Site {
    /// A meeting's attendance against its quorum: how many present hold a seat that
    /// day, and how many seats are held (more than half must be present).
    pub fn attendance(&self, m: &Meeting) -> (usize, usize) {
        let present = m
            .present
            .iter()
            .filter(|p| self.seated(&p.value, *m.date))
            .count();
        (present, self.seats_held(*m.date))
    }
}

impl Meeting {
    /// The resolution of this meeting with the id `id`, if any.
    pub fn resolution(&self, id: &str) -> Option<&Resolution> {
        self.resolutions.iter().find(|r| r.id.value == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolution_ids_in_the_forms_of_the_minutes() {
        let id = |s| ResolutionId::parse(s).map(|r| (r.meeting, r.number, r.separator, r.part));
        assert_eq!(id("67-01"), Some((67, 1, '-', None)));
        assert_eq!(id("5.01"), Some((5, 1, '.', None)));
        assert_eq!(id("124-04 A"), Some((124, 4, '-', Some('A'))));
        for bad in [
            "67-1",
            "67",
            "-01",
            "67-01 a",
            "67-01 AB",
            "67–01",
            "2008-03-05-02",
            "",
        ] {
            assert_eq!(id(bad), None, "{bad}");
        }
    }

    #[test]
    fn acts_on_names_a_record_path() {
        assert_eq!(
            ActsOn::parse("applications/ir-2011-09-23"),
            Some(ActsOn::Application("ir-2011-09-23".into()))
        );
        assert_eq!(
            ActsOn::parse("guidelines/x/1.1"),
            Some(ActsOn::Version {
                slug: "x".into(),
                version: "1.1".into()
            })
        );
        for bad in [
            "pages/about",
            "members/../x",
            "members/",
            "applications/a/b",
        ] {
            assert_eq!(ActsOn::parse(bad), None, "{bad}");
        }
    }
}
