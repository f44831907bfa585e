//! Reading a YAML mapping against a record's schema: typed fields with positions,
//! every problem a finding (Y1, or the rule a value belongs to), unknown fields last.
use crate::date::Date;
use crate::diag::{Diagnostics, Pos, Rule};
use crate::model::{At, Closed};
use crate::yaml::{Map, Node, Scalar};

/// The fields of one mapping (a record, or an item of a list), read one by one.
pub struct Fields<'a> {
    path: &'a str,
    entries: Vec<(Scalar, Option<Node>)>,
    /// Where a missing field points: 1:1 of the file, or the first key of a list item.
    pub missing_pos: Pos,
    diags: &'a mut Diagnostics,
    asked: Vec<&'static str>,
    /// Fields read that extend SPEC §1: accepted, but not listed as expected in an
    /// unknown-field message, so the SPEC's messages stay as it writes them.
    quiet: Vec<&'static str>,
    /// False once a required field is missing or a value is unusable.
    pub complete: bool,
}

impl<'a> Fields<'a> {
    pub fn new(map: Map, missing_pos: Pos, path: &'a str, diags: &'a mut Diagnostics) -> Self {
        let entries = map.entries.into_iter().map(|(k, v)| (k, Some(v))).collect();
        Fields {
            path,
            entries,
            missing_pos,
            diags,
            asked: Vec::new(),
            quiet: Vec::new(),
            complete: true,
        }
    }

    /// A list item's fields: missing ones point at the item's first key.
    pub fn item(map: Map, path: &'a str, diags: &'a mut Diagnostics) -> Self {
        let pos = map.entries.first().map_or(map.pos, |(k, _)| k.pos);
        Fields::new(map, pos, path, diags)
    }

    /// Where the value of `key` is written, if the record writes it.
    pub fn value_pos(&self, key: &str) -> Option<Pos> {
        self.entries
            .iter()
            .find(|(k, _)| k.value == key)
            .and_then(|(_, v)| v.as_ref().map(|v| v.pos()))
    }

    /// Marks fields that extend SPEC §1 (see `quiet`).
    pub fn extension(&mut self, keys: &[&'static str]) {
        self.quiet.extend_from_slice(keys);
    }

    /// The node of `key`, unless absent or a missing value (`~`, `null`, empty).
    pub fn take(&mut self, key: &'static str) -> Option<Node> {
        self.asked.push(key);
        let node = self
            .entries
            .iter_mut()
            .find(|(k, _)| k.value == key)?
            .1
            .take()?;
        match node {
            Node::Scalar(s) if s.is_null() => None,
            node => Some(node),
        }
    }

    /// Whether `key` is written at all (even as a missing value).
    pub fn has(&self, key: &str) -> bool {
        self.entries.iter().any(|(k, _)| k.value == key)
    }

    /// Whether `key` is written with a value (not absent, not `~`, `null` or empty);
    /// asked before the value is taken.
    pub fn has_value(&self, key: &str) -> bool {
        self.entries.iter().any(|(k, v)| {
            k.value == key
                && v.as_ref()
                    .is_some_and(|n| !matches!(n, Node::Scalar(s) if s.is_null()))
        })
    }

    /// Whether `key`'s value is a plain (unquoted) scalar.
    pub fn is_plain(&self, key: &str) -> bool {
        self.entries
            .iter()
            .any(|(k, v)| k.value == key && matches!(v, Some(Node::Scalar(s)) if s.plain))
    }

    /// The findings, for reading nested items.
    pub fn diags(&mut self) -> &mut Diagnostics {
        self.diags
    }

    /// Reports a required field that `take` found absent.
    pub fn missing(&mut self, key: &str) {
        self.complete = false;
        // Written with no value (a new record's blank to fill in): a missing field, at
        // the position SPEC §2 gives one; the message says where to write it.
        let written = self
            .entries
            .iter()
            .find(|(k, _)| k.value == key)
            .map(|(k, _)| k.pos);
        let message = match written {
            Some(pos) => format!(
                "missing required field `{key}`: line {} has `{key}:` with no value; write it there",
                pos.line
            ),
            None => format!("missing required field `{key}`"),
        };
        self.diags
            .error(Rule::Y1, self.path, self.missing_pos, message);
    }

    /// A finding that leaves the value usable.
    pub fn report(&mut self, rule: Rule, pos: Pos, message: String) {
        self.diags.error(rule, self.path, pos, message);
    }

    /// A finding that makes the record unusable.
    pub fn error(&mut self, rule: Rule, pos: Pos, message: String) {
        self.complete = false;
        self.diags.error(rule, self.path, pos, message);
    }

    /// A text value: any scalar. Control characters (but tab and line feed) and
    /// bidirectional overrides are refused (Y1): they would reach pages unseen.
    pub fn str(&mut self, key: &'static str) -> Option<At<String>> {
        match self.take(key)? {
            Node::Scalar(s) => {
                if let Some(c) = s.value.chars().find(|c| is_hidden_control(*c)) {
                    let message = format!(
                        "`{key}` contains the control character U+{:04X} (control characters and bidirectional overrides are not allowed in text)",
                        c as u32
                    );
                    self.report(Rule::Y1, s.pos, message);
                }
                Some(At {
                    value: s.value,
                    pos: s.pos,
                })
            }
            other => {
                self.error(
                    Rule::Y1,
                    other.pos(),
                    format!("`{key}` must be a text, found {}", other.kind()),
                );
                None
            }
        }
    }

    pub fn req_str(&mut self, key: &'static str) -> Option<At<String>> {
        self.required(key, Self::str)
    }

    /// A date `YYYY-MM-DD` (or `YYYY-MM` with `allow_month`).
    pub fn date(&mut self, key: &'static str, allow_month: bool) -> Option<At<Date>> {
        let s = self.str(key)?;
        match Date::parse(&s.value, allow_month) {
            Some(d) => Some(At {
                value: d,
                pos: s.pos,
            }),
            None => {
                let form = if allow_month {
                    "YYYY-MM-DD or YYYY-MM"
                } else {
                    "YYYY-MM-DD"
                };
                self.error(
                    Rule::Y1,
                    s.pos,
                    format!("invalid date \"{}\" for `{key}` (expected {form})", s.value),
                );
                None
            }
        }
    }

    pub fn req_date(&mut self, key: &'static str, allow_month: bool) -> Option<At<Date>> {
        self.required(key, |f, k| f.date(k, allow_month))
    }

    /// One of a closed set of values; an unknown one is a finding of `rule`.
    pub fn choice<T: Closed>(
        &mut self,
        key: &'static str,
        rule: Rule,
        what: &str,
    ) -> Option<At<T>> {
        let s = self.str(key)?;
        if let Some(v) = T::parse(&s.value) {
            return Some(At {
                value: v,
                pos: s.pos,
            });
        }
        let names: Vec<&str> = T::ALL.iter().map(|v| v.id()).collect();
        let message = format!(
            "unknown {what} \"{}\" (expected one of: {})",
            s.value,
            names.join(", ")
        );
        self.error(rule, s.pos, message);
        None
    }

    pub fn req_choice<T: Closed>(
        &mut self,
        key: &'static str,
        rule: Rule,
        what: &str,
    ) -> Option<At<T>> {
        self.required(key, |f, k| f.choice(k, rule, what))
    }

    /// `true` or `false`.
    pub fn bool(&mut self, key: &'static str) -> Option<At<bool>> {
        let node = self.take(key)?;
        match &node {
            Node::Scalar(s) if s.plain && (s.value == "true" || s.value == "false") => Some(At {
                value: s.value == "true",
                pos: s.pos,
            }),
            _ => {
                self.error(
                    Rule::Y1,
                    node.pos(),
                    format!("`{key}` must be true or false"),
                );
                None
            }
        }
    }

    /// A whole number within `range`.
    pub fn int(
        &mut self,
        key: &'static str,
        range: std::ops::RangeInclusive<i64>,
    ) -> Option<At<i64>> {
        let node = self.take(key)?;
        if let Node::Scalar(s) = &node
            && s.plain
            && let Ok(n) = s.value.parse::<i64>()
            && range.contains(&n)
        {
            return Some(At {
                value: n,
                pos: s.pos,
            });
        }
        let message = format!(
            "`{key}` must be a whole number from {} to {}",
            range.start(),
            range.end()
        );
        self.error(Rule::Y1, node.pos(), message);
        None
    }

    /// A percentage from 0 to 100 with at most two decimals (`50`, `66.67`), in
    /// hundredths.
    pub fn percent(&mut self, key: &'static str) -> Option<At<u32>> {
        let node = self.take(key)?;
        if let Node::Scalar(s) = &node
            && s.plain
            && let Some(v) = hundredths(&s.value)
        {
            return Some(At {
                value: v,
                pos: s.pos,
            });
        }
        let message =
            format!("`{key}` must be a percentage from 0 to 100 with at most two decimals");
        self.error(Rule::Y1, node.pos(), message);
        None
    }

    /// A list of texts (`[a, b]` or a block list).
    pub fn str_list(&mut self, key: &'static str) -> Vec<At<String>> {
        let mut out = Vec::new();
        for node in self.list(key) {
            match node {
                Node::Scalar(s) if !s.is_null() => out.push(At {
                    value: s.value,
                    pos: s.pos,
                }),
                other => self.error(
                    Rule::Y1,
                    other.pos(),
                    format!("items of `{key}` must be texts, found {}", other.kind()),
                ),
            }
        }
        out
    }

    /// A list of mappings (terms, roles, region changes).
    pub fn map_list(&mut self, key: &'static str) -> Vec<Map> {
        let mut out = Vec::new();
        for node in self.list(key) {
            match node {
                Node::Map(m) => out.push(m),
                other => self.error(
                    Rule::Y1,
                    other.pos(),
                    format!("items of `{key}` must be mappings, found {}", other.kind()),
                ),
            }
        }
        out
    }

    /// Reports every field that no reader asked for; true when the record is complete
    /// (an unknown field is reported but leaves the rest of the record usable).
    pub fn finish(self) -> bool {
        let complete = self.complete;
        let mut expected = self.asked.clone();
        expected.retain(|k| !self.quiet.contains(k));
        expected.sort_unstable();
        expected.dedup();
        for (key, value) in &self.entries {
            if value.is_some() && !self.asked.contains(&key.value.as_str()) {
                let message = format!(
                    "unknown field \"{}\" (expected one of: {})",
                    key.value,
                    expected.join(", ")
                );
                self.diags.error(Rule::Y1, self.path, key.pos, message);
            }
        }
        complete
    }

    fn list(&mut self, key: &'static str) -> Vec<Node> {
        match self.take(key) {
            None => Vec::new(),
            Some(Node::Seq(s)) => s.items,
            Some(other) => {
                self.error(
                    Rule::Y1,
                    other.pos(),
                    format!("`{key}` must be a list, found {}", other.kind()),
                );
                Vec::new()
            }
        }
    }

    pub fn required<T>(
        &mut self,
        key: &'static str,
        read: impl FnOnce(&mut Self, &'static str) -> Option<T>,
    ) -> Option<T> {
        let present = self.entries.iter().any(|(k, v)| {
            k.value == key
                && v.as_ref()
                    .is_some_and(|n| !matches!(n, Node::Scalar(s) if s.is_null()))
        });
        let value = read(self, key);
        if !present {
            self.missing(key);
        } else if value.is_none() {
            self.complete = false;
        }
        value
    }
}
/// A C0 or C1 control character other than tab and line feed, DEL, or a
/// bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069).
pub(crate) fn is_hidden_control(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n')
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// `66.67` -> 6667; None past 100 or with more than two decimals.
fn hundredths(s: &str) -> Option<u32> {
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits = |t: &str| !t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole)
        || frac.len() > 2
        || !(frac.is_empty() || frac.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let frac = format!("{frac:0<2}");
    let v = whole.parse::<u32>().ok()? * 100 + frac.parse::<u32>().ok()?;
    (v <= 10_000).then_some(v)
}
