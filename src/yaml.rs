//! The one module that knows the YAML crate: text -> a tree of nodes with positions.
//!
//! Only plain YAML 1.2 data is accepted: anchors, aliases, tags, merge keys, duplicate
//! keys, a second document and nesting deeper than `MAX_DEPTH` are findings, so no
//! input can expand or recurse without bound. Types are decided later, by the schema
//! (`load::fields`), which is why a scalar keeps its text and whether it was plain.
use crate::diag::Pos;
use saphyr_parser::{Event, Parser, ScalarStyle, Span};
use std::collections::HashMap;

/// Deepest nesting of lists and mappings a record may have.
pub const MAX_DEPTH: usize = 32;

/// A YAML node.
#[derive(Debug)]
pub enum Node {
    Scalar(Scalar),
    Map(Map),
    Seq(Seq),
}

/// A scalar as written: its text, whether it was plain (unquoted), and where its value starts.
#[derive(Debug, Clone)]
pub struct Scalar {
    pub value: String,
    pub plain: bool,
    pub pos: Pos,
}

#[derive(Debug)]
pub struct Map {
    pub entries: Vec<(Scalar, Node)>,
    pub pos: Pos,
}

#[derive(Debug)]
pub struct Seq {
    pub items: Vec<Node>,
    pub pos: Pos,
}

/// Why a text is not acceptable YAML, and where.
#[derive(Debug, PartialEq, Eq)]
pub struct YamlError {
    pub pos: Pos,
    pub message: String,
}

impl Node {
    pub fn pos(&self) -> Pos {
        match self {
            Node::Scalar(s) => s.pos,
            Node::Map(m) => m.pos,
            Node::Seq(s) => s.pos,
        }
    }

    /// What kind of value this is, for messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Node::Scalar(_) => "a scalar",
            Node::Map(_) => "a mapping",
            Node::Seq(_) => "a list",
        }
    }
}

impl Scalar {
    /// A plain empty value, `null` or `~`: a missing value.
    pub fn is_null(&self) -> bool {
        self.plain && matches!(self.value.as_str(), "" | "~" | "null" | "Null" | "NULL")
    }
}

/// Parses one YAML document; `first_line` is the file line the text starts on.
/// An empty document (nothing but comments) gives `None`.
pub fn parse(text: &str, first_line: u32) -> Result<Option<Node>, YamlError> {
    let mut builder = Builder {
        stack: Vec::new(),
        root: None,
        first_line,
        documents: 0,
    };
    for item in Parser::new_from_str(text) {
        let (event, span) = item.map_err(|e| {
            let (line, col) = (e.marker().line(), e.marker().col());
            // The scanner reports a tab where the token around it starts: point at the tab.
            let (line, col) = if e.info().contains("tab") {
                first_tab_from(text, line).unwrap_or((line, col))
            } else {
                (line, col)
            };
            YamlError {
                pos: builder.pos_of(line, col),
                message: format!("invalid YAML: {}", e.info()),
            }
        })?;
        if builder.event(event, span)? {
            break;
        }
    }
    Ok(builder.root)
}

/// The first tab on or after line `line` (from 1), as (line, column from 0).
fn first_tab_from(text: &str, line: usize) -> Option<(usize, usize)> {
    text.split('\n')
        .enumerate()
        .skip(line.saturating_sub(1))
        .find_map(|(i, l)| l.chars().position(|c| c == '\t').map(|col| (i + 1, col)))
}

enum Frame {
    /// A mapping being read: its entries, the key awaiting its value, and the line of
    /// each key so far (for duplicate keys).
    Map(Map, Option<Scalar>, HashMap<String, u32>),
    Seq(Seq),
}

struct Builder {
    stack: Vec<Frame>,
    root: Option<Node>,
    first_line: u32,
    documents: u32,
}

impl Builder {
    fn pos_of(&self, line: usize, col: usize) -> Pos {
        Pos {
            line: self.first_line + line.saturating_sub(1) as u32,
            col: col as u32 + 1,
        }
    }

    fn err<T>(&self, span: Span, message: &str) -> Result<T, YamlError> {
        Err(YamlError {
            pos: self.pos_of(span.start.line(), span.start.col()),
            message: message.to_string(),
        })
    }

    /// Takes one event; true at the end of the stream.
    fn event(&mut self, event: Event<'_>, span: Span) -> Result<bool, YamlError> {
        let pos = self.pos_of(span.start.line(), span.start.col());
        match event {
            Event::StreamEnd => return Ok(true),
            Event::DocumentStart(_) => {
                self.documents += 1;
                if self.documents > 1 {
                    return self.err(span, "a second YAML document is not allowed");
                }
            }
            Event::Alias(_) => return self.err(span, "aliases are not allowed"),
            Event::Scalar(value, style, anchor, tag) => {
                check_plain_data(self, span, anchor, tag.is_some())?;
                let plain = style == ScalarStyle::Plain;
                self.value(
                    Node::Scalar(Scalar {
                        value: value.into_owned(),
                        plain,
                        pos,
                    }),
                    span,
                )?;
            }
            Event::SequenceStart(anchor, ref tag) | Event::MappingStart(anchor, ref tag) => {
                check_plain_data(self, span, anchor, tag.is_some())?;
                if self.stack.len() >= MAX_DEPTH {
                    return self.err(span, &format!("nesting deeper than {MAX_DEPTH} levels"));
                }
                let is_map = matches!(event, Event::MappingStart(..));
                self.stack.push(if is_map {
                    Frame::Map(
                        Map {
                            entries: Vec::new(),
                            pos,
                        },
                        None,
                        HashMap::new(),
                    )
                } else {
                    Frame::Seq(Seq {
                        items: Vec::new(),
                        pos,
                    })
                });
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let node = match self.stack.pop() {
                    Some(Frame::Map(m, _, _)) => Node::Map(m),
                    Some(Frame::Seq(s)) => Node::Seq(s),
                    None => return self.err(span, "invalid YAML: unbalanced collection"),
                };
                self.value(node, span)?;
            }
            Event::StreamStart | Event::DocumentEnd | Event::Nothing => {}
        }
        Ok(false)
    }

    /// Places a finished node in its parent (or as the root).
    fn value(&mut self, node: Node, span: Span) -> Result<(), YamlError> {
        let Some(top) = self.stack.last_mut() else {
            self.root = Some(node);
            return Ok(());
        };
        match top {
            Frame::Seq(seq) => seq.items.push(node),
            Frame::Map(map, pending, lines) => match pending.take() {
                Some(key) => map.entries.push((key, node)),
                None => {
                    let Node::Scalar(key) = node else {
                        return self.err(span, "a mapping key must be a plain scalar");
                    };
                    if key.plain && key.value == "<<" {
                        return Err(YamlError {
                            pos: key.pos,
                            message: "merge keys are not allowed".into(),
                        });
                    }
                    if let Some(first) = lines.get(&key.value) {
                        let message =
                            format!("duplicate key \"{}\" (first at line {first})", key.value);
                        return Err(YamlError {
                            pos: key.pos,
                            message,
                        });
                    }
                    lines.insert(key.value.clone(), key.pos.line);
                    *pending = Some(key);
                }
            },
        }
        Ok(())
    }
}

fn check_plain_data(b: &Builder, span: Span, anchor: usize, tagged: bool) -> Result<(), YamlError> {
    if anchor != 0 {
        return b.err(span, "anchors are not allowed");
    }
    if tagged {
        return b.err(span, "tags are not allowed");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> YamlError {
        parse(text, 1).unwrap_err()
    }

    #[test]
    fn keeps_plain_no_as_text_with_position() {
        let Some(Node::Map(m)) = parse("cctld: no\nshort: '2011'\n", 1).unwrap() else {
            panic!()
        };
        assert_eq!(m.entries[0].1.pos(), Pos { line: 1, col: 8 });
        let Node::Scalar(s) = &m.entries[0].1 else {
            panic!()
        };
        assert_eq!((s.value.as_str(), s.plain), ("no", true));
        let Node::Scalar(s) = &m.entries[1].1 else {
            panic!()
        };
        assert_eq!((s.value.as_str(), s.plain), ("2011", false));
    }

    #[test]
    fn rejects_duplicate_keys_at_the_second_key() {
        assert_eq!(
            err("a: 1\nb: 2\na: 3\n"),
            YamlError {
                pos: Pos { line: 3, col: 1 },
                message: "duplicate key \"a\" (first at line 1)".into()
            }
        );
    }

    #[test]
    fn rejects_billion_laughs_at_the_first_anchor() {
        let lol = "a: &a [\"lol\",\"lol\"]\nb: &b [*a,*a,*a]\nc: [*b,*b,*b]\n";
        assert_eq!(
            err(lol),
            YamlError {
                pos: Pos { line: 1, col: 4 },
                message: "anchors are not allowed".into()
            }
        );
    }

    #[test]
    fn rejects_aliases_tags_merge_keys_and_second_documents() {
        assert_eq!(
            err("a: *x\n").message,
            "invalid YAML: while parsing node, found unknown anchor"
        );
        assert_eq!(err("a: !!str 1\n").message, "tags are not allowed");
        assert_eq!(err("<<: {a: 1}\n").message, "merge keys are not allowed");
        assert_eq!(
            err("a: 1\n---\nb: 2\n").message,
            "a second YAML document is not allowed"
        );
    }

    #[test]
    fn rejects_deep_nesting_without_recursion() {
        let block: String = (0..40)
            .map(|i| format!("{}k{i}:\n", " ".repeat(i)))
            .collect();
        assert_eq!(err(&block).message, "nesting deeper than 32 levels");
        // The scanner has its own bound for flow collections.
        assert_eq!(
            err(&"[".repeat(100_000)).message,
            "invalid YAML: recursion limit exceeded"
        );
    }

    #[test]
    fn counts_lines_from_the_given_first_line() {
        let e = err("title: [\n");
        assert_eq!(e.pos.line, 2);
        let e = parse("a: 1\na: 2\n", 5).unwrap_err();
        assert_eq!(e.pos, Pos { line: 6, col: 1 });
    }

    #[test]
    fn empty_document_is_none() {
        assert!(parse("# only a comment\n", 1).unwrap().is_none());
        assert!(parse("", 1).unwrap().is_none());
    }
}

#[cfg(test)]
mod robustness {
    use super::*;

    /// Thousands of generated YAML-like texts: every one parses or fails with a finding,
    /// none panics.
    #[test]
    fn no_input_makes_the_parser_panic() {
        const PIECES: &[&str] = &[
            "a",
            ": ",
            "- ",
            "\n",
            "  ",
            "[",
            "]",
            "{",
            "}",
            ",",
            "\"",
            "'",
            "&x ",
            "*x",
            "!!str ",
            "<<: ",
            "---\n",
            "...\n",
            "#",
            "|\n",
            ">-\n",
            "? ",
            "\t",
            "\\",
            "%YAML 1.2\n",
            "ü",
            "\u{feff}",
            "\r\n",
            "~",
            "null",
            "no",
            "1.10",
        ];
        let mut seed: u64 = 12345;
        for _ in 0..5_000 {
            let mut text = String::new();
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let len = (seed >> 60) as usize * 4 + 1;
            for _ in 0..len {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                text.push_str(PIECES[(seed >> 33) as usize % PIECES.len()]);
            }
            let _ = parse(&text, 1);
        }
    }

    #[test]
    fn a_tab_in_indentation_is_reported_at_the_tab() {
        // Regression: the scanner's position was the start of the previous line's value.
        let e = parse("terms:\n  - seat: europe\n\tfrom: 2008-01-10\n", 1).unwrap_err();
        assert_eq!(e.pos, Pos { line: 3, col: 1 });
        let e = parse("a:\n\t- b\n", 5).unwrap_err();
        assert_eq!(e.pos, Pos { line: 6, col: 1 });
    }
}
