//! Comparing two versions of a guideline: block by block (headings, paragraphs, list
//! items, table rows), then word by word inside blocks that changed.
use crate::markdown;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use serde::Serialize;
use similar::{Algorithm, DiffOp, capture_diff_slices};
use std::collections::HashMap;

/// A block of a text, as the comparison sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
    /// The clause it belongs to: its own number (`3.1.`), or its heading.
    pub clause: String,
    /// A table row's cells (empty for other blocks).
    pub cells: Vec<String>,
    /// A table's header row.
    pub header: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    Heading,
    Paragraph,
    Item,
    Row,
    Code,
}

/// A piece of a compared block.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Segment {
    pub kind: SegmentKind,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SegmentKind {
    Same,
    Ins,
    Del,
}

/// How a block fares between the two versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Change {
    Same,
    Changed,
    Added,
    Removed,
    /// Moved here from elsewhere (and shown removed there as `MovedAway`).
    MovedHere,
    MovedAway,
}

/// One block of the comparison, in the order of the new text (removed blocks where they stood).
#[derive(Clone, Debug, Serialize)]
pub struct Row {
    pub id: String,
    pub change: Change,
    pub kind: BlockKind,
    pub clause: String,
    pub old: Option<String>,
    pub new: Option<String>,
    pub segments: Vec<Segment>,
    /// For a moved block: the clause it moved from (here) or to (away).
    pub moved: Option<String>,
    /// A table row: each cell compared on its own (empty for other blocks).
    pub cells: Vec<Vec<Segment>>,
    /// A table's header row.
    pub header: bool,
    /// The first and the last of a run of table rows (the redline shows them as a table).
    pub table_start: bool,
    pub table_end: bool,
}

/// A clause that changed, for the summary above the redline.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct ClauseChange {
    pub clause: String,
    pub change: &'static str,
    pub anchor: String,
}

/// The whole comparison.
#[derive(Clone, Debug, Serialize)]
pub struct Comparison {
    pub rows: Vec<Row>,
    pub clauses: Vec<ClauseChange>,
    pub words_added: usize,
    pub words_removed: usize,
    pub identical: bool,
}

/// Compares two Markdown texts. The work stays near-linear in the size of the texts:
/// blocks are matched on anchors first (see `matched_blocks`), and paired by
/// similarity only within a bounded window.
pub fn compare(old: &str, new: &str) -> Comparison {
    let (old_blocks, new_blocks) = (blocks(old), blocks(new));
    let (a, b) = intern_blocks(&old_blocks, &new_blocks);
    let mut rows = Vec::new();
    let (mut i, mut j) = (0, 0);
    for (pi, pj) in matched_blocks(&a, &b)
        .into_iter()
        .chain([(a.len(), b.len())])
    {
        if pi > i || pj > j {
            rows.extend(align(&old_blocks[i..pi], &new_blocks[j..pj]));
        }
        if pi < a.len() && pj < b.len() {
            let (x, y) = (&old_blocks[pi], &new_blocks[pj]);
            let same = vec![seg(SegmentKind::Same, &y.text)];
            rows.push(row(Change::Same, y.kind, &y.clause, Some(x), Some(y), same));
        }
        (i, j) = (pi + 1, pj + 1);
    }
    detect_moves(&mut rows);
    finish(rows)
}

/// Each block as a number: equal numbers for blocks of one kind whose text is the same
/// but for spacing.
fn intern_blocks(old: &[Block], new: &[Block]) -> (Vec<u32>, Vec<u32>) {
    let mut ids: HashMap<(BlockKind, String), u32> = HashMap::new();
    let mut key = |b: &Block| {
        let next = ids.len() as u32;
        *ids.entry((b.kind, normalize(&b.text))).or_insert(next)
    };
    let a = old.iter().map(&mut key).collect();
    let b = new.iter().map(&mut key).collect();
    (a, b)
}

/// The largest region (old blocks × new blocks, or words × words) compared
/// exhaustively.
const EXHAUSTIVE: usize = 1 << 20;

/// Pairs of equal blocks `(old index, new index)`, increasing in both: the common
/// start and end, then blocks that occur once in each text (patience anchors, longest
/// increasing run), recursively between anchors; a region small enough is compared
/// exhaustively, a larger one without anchors is left unpaired (its blocks are then
/// paired by similarity).
fn matched_blocks(a: &[u32], b: &[u32]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    match_region(a, b, 0, 0, &mut out);
    out
}

/// The lengths of the common start and of the common end of two sequences (the end
/// counted after the start, so the two never overlap).
fn common_ends<T: PartialEq>(a: &[T], b: &[T]) -> (usize, usize) {
    let start = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[start..], &b[start..]);
    let end = ra
        .iter()
        .rev()
        .zip(rb.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    (start, end)
}

fn match_region(a: &[u32], b: &[u32], oa: usize, ob: usize, out: &mut Vec<(usize, usize)>) {
    let (prefix, suffix) = common_ends(a, b);
    out.extend((0..prefix).map(|k| (oa + k, ob + k)));
    let (a3, b3) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let (ma, mb) = (oa + prefix, ob + prefix);
    if !a3.is_empty() && !b3.is_empty() {
        if a3.len().saturating_mul(b3.len()) <= EXHAUSTIVE {
            for op in capture_diff_slices(Algorithm::Patience, a3, b3) {
                if let DiffOp::Equal {
                    old_index,
                    new_index,
                    len,
                } = op
                {
                    out.extend((0..len).map(|k| (ma + old_index + k, mb + new_index + k)));
                }
            }
        } else {
            let anchors = unique_anchors(a3, b3);
            let (mut i, mut j) = (0, 0);
            for &(ai, bj) in &anchors {
                match_region(&a3[i..ai], &b3[j..bj], ma + i, mb + j, out);
                out.push((ma + ai, mb + bj));
                (i, j) = (ai + 1, bj + 1);
            }
            if !anchors.is_empty() {
                match_region(&a3[i..], &b3[j..], ma + i, mb + j, out);
            }
        }
    }
    let (sa, sb) = (oa + prefix + a3.len(), ob + prefix + b3.len());
    out.extend((0..suffix).map(|k| (sa + k, sb + k)));
}

/// Blocks that occur exactly once in each text, as `(old, new)` index pairs forming
/// the longest run increasing in both (patience sorting, n log n).
fn unique_anchors(a: &[u32], b: &[u32]) -> Vec<(usize, usize)> {
    let mut count: HashMap<u32, (u32, u32, usize, usize)> = HashMap::new();
    for (i, x) in a.iter().enumerate() {
        let e = count.entry(*x).or_insert((0, 0, 0, 0));
        (e.0, e.2) = (e.0 + 1, i);
    }
    for (j, y) in b.iter().enumerate() {
        if let Some(e) = count.get_mut(y) {
            (e.1, e.3) = (e.1 + 1, j);
        }
    }
    let mut pairs: Vec<(usize, usize)> = count
        .values()
        .filter(|e| e.0 == 1 && e.1 == 1)
        .map(|e| (e.2, e.3))
        .collect();
    pairs.sort_unstable();
    longest_increasing(&pairs)
}

/// The longest subsequence of `pairs` (sorted by their first element) whose second
/// elements increase.
fn longest_increasing(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut tails: Vec<usize> = Vec::new();
    let mut back: Vec<Option<usize>> = vec![None; pairs.len()];
    for (k, &(_, y)) in pairs.iter().enumerate() {
        let pos = tails.partition_point(|&t| pairs[t].1 < y);
        back[k] = pos.checked_sub(1).map(|p| tails[p]);
        if pos == tails.len() {
            tails.push(k);
        } else {
            tails[pos] = k;
        }
    }
    let mut out = Vec::new();
    let mut at = tails.last().copied();
    while let Some(k) = at {
        out.push(pairs[k]);
        at = back[k];
    }
    out.reverse();
    out
}

/// The blocks of a Markdown text, with their clause labels.
pub fn blocks(markdown_text: &str) -> Vec<Block> {
    let mut b = Blocks {
        out: Vec::new(),
        current: None,
        heading: String::from("the opening text"),
        in_row: false,
        header: false,
        cell: String::new(),
        cells: Vec::new(),
    };
    for event in Parser::new_ext(markdown_text, markdown::options()) {
        b.event(event);
    }
    b.flush();
    b.out
}

/// The blocks found so far, and the one being read.
struct Blocks {
    out: Vec<Block>,
    current: Option<(BlockKind, String)>,
    /// The latest heading: the clause of blocks without a number of their own.
    heading: String,
    /// Inside a table row, whose cells are one block.
    in_row: bool,
    /// Inside a table's header row.
    header: bool,
    /// The text of the cell being read, and the row's cells so far.
    cell: String,
    cells: Vec<String>,
}

impl Blocks {
    fn event(&mut self, event: Event) {
        match event {
            Event::Start(Tag::Heading { .. }) => self.start(BlockKind::Heading),
            Event::Start(Tag::Paragraph) if !self.in_row => {
                let kind = match &self.current {
                    Some((BlockKind::Item, t)) if t.trim().is_empty() => BlockKind::Item,
                    _ => BlockKind::Paragraph,
                };
                self.start(kind);
            }
            Event::Start(Tag::Item) => self.start(BlockKind::Item),
            Event::Start(Tag::List(_)) => self.flush(),
            Event::Start(Tag::CodeBlock(_)) => self.start(BlockKind::Code),
            Event::Start(Tag::TableHead | Tag::TableRow) => {
                self.start(BlockKind::Row);
                self.in_row = true;
                self.header = matches!(event, Event::Start(Tag::TableHead));
            }
            Event::End(TagEnd::TableCell) => {
                self.cells.push(normalize(&std::mem::take(&mut self.cell)));
                self.push(" | ");
            }
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => {
                if let Some((_, t)) = &mut self.current {
                    *t = t.trim_end().trim_end_matches('|').to_string();
                }
                self.flush();
                self.in_row = false;
            }
            Event::End(
                TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::Item | TagEnd::CodeBlock,
            ) if !self.in_row => self.flush(),
            Event::Text(t) | Event::Code(t) => {
                if self.in_row {
                    self.cell.push_str(&t);
                }
                match &mut self.current {
                    Some((_, buf)) => buf.push_str(&t),
                    None => self.current = Some((BlockKind::Paragraph, t.to_string())),
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                self.cell.push(' ');
                self.push(" ");
            }
            _ => {}
        }
    }

    /// Adds text to the block being read, if any.
    fn push(&mut self, text: &str) {
        if let Some((_, buf)) = &mut self.current {
            buf.push_str(text);
        }
    }

    fn start(&mut self, kind: BlockKind) {
        self.flush();
        self.current = Some((kind, String::new()));
    }

    /// Ends the block being read (an empty one is dropped).
    fn flush(&mut self) {
        let cells = std::mem::take(&mut self.cells);
        self.cell.clear();
        let Some((kind, text)) = self.current.take() else {
            return;
        };
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            return;
        }
        if kind == BlockKind::Heading {
            self.heading = text.clone();
        }
        let clause = clause_number(&text)
            .filter(|_| kind != BlockKind::Heading)
            .unwrap_or_else(|| self.heading.clone());
        let header = kind == BlockKind::Row && self.header;
        self.out.push(Block {
            kind,
            text,
            clause,
            cells,
            header,
        });
    }
}

/// A leading clause number such as `3.1.` or `12.`.
fn clause_number(text: &str) -> Option<String> {
    let end = text.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
    let number = text[..end].trim_end_matches(' ');
    (number.contains('.')
        && number.starts_with(|c: char| c.is_ascii_digit())
        && text[end..].starts_with(' '))
    .then(|| number.to_string())
}

fn normalize(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn seg(kind: SegmentKind, text: &str) -> Segment {
    Segment {
        kind,
        text: text.to_string(),
    }
}

fn row(
    change: Change,
    kind: BlockKind,
    clause: &str,
    old: Option<&Block>,
    new: Option<&Block>,
    segments: Vec<Segment>,
) -> Row {
    Row {
        id: String::new(),
        change,
        kind,
        clause: clause.to_string(),
        old: old.map(|b| b.text.clone()),
        new: new.map(|b| b.text.clone()),
        segments,
        moved: None,
        cells: compare_cells(old.map(|b| &b.cells[..]), new.map(|b| &b.cells[..])),
        header: new.or(old).is_some_and(|b| b.header),
        table_start: false,
        table_end: false,
    }
}

/// A table row's cells compared one by one, by their place in the row: a cell on one
/// side only is deleted or inserted whole.
fn compare_cells(old: Option<&[String]>, new: Option<&[String]>) -> Vec<Vec<Segment>> {
    let (old, new) = (old.unwrap_or_default(), new.unwrap_or_default());
    (0..old.len().max(new.len()))
        .map(|i| match (old.get(i), new.get(i)) {
            (Some(a), Some(b)) => word_diff(a, b),
            (Some(a), None) => vec![seg(SegmentKind::Del, a)],
            (None, b) => vec![seg(SegmentKind::Ins, b.map_or("", String::as_str))],
        })
        .collect()
}

/// The text of cells compared as wholly inserted or deleted.
fn cell_texts(cells: &[Vec<Segment>]) -> Vec<String> {
    cells
        .iter()
        .map(|c| c.iter().map(|s| s.text.as_str()).collect())
        .collect()
}

/// How many new blocks ahead an old block of a changed region looks for its pair.
const WINDOW: usize = 32;

/// Pairs the blocks of a changed region by similarity, in order, each old block with
/// one of the next `WINDOW` new blocks; the rest are added or removed.
fn align(old: &[Block], new: &[Block]) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut next_new = 0;
    let new_words: Vec<Vec<String>> = new.iter().map(|b| words(&b.text)).collect();
    for a in old {
        let a_words = words(&a.text);
        let found = (next_new..new.len().min(next_new + WINDOW))
            .find(|&j| new[j].kind == a.kind && similar_words(&a_words, &new_words[j]) >= 0.5);
        match found {
            Some(j) => {
                for b in &new[next_new..j] {
                    rows.push(row(
                        Change::Added,
                        b.kind,
                        &b.clause,
                        None,
                        Some(b),
                        vec![seg(SegmentKind::Ins, &b.text)],
                    ));
                }
                let b = &new[j];
                rows.push(row(
                    Change::Changed,
                    b.kind,
                    &b.clause,
                    Some(a),
                    Some(b),
                    word_diff(&a.text, &b.text),
                ));
                next_new = j + 1;
            }
            None => rows.push(row(
                Change::Removed,
                a.kind,
                &a.clause,
                Some(a),
                None,
                vec![seg(SegmentKind::Del, &a.text)],
            )),
        }
    }
    for b in &new[next_new..] {
        rows.push(row(
            Change::Added,
            b.kind,
            &b.clause,
            None,
            Some(b),
            vec![seg(SegmentKind::Ins, &b.text)],
        ));
    }
    rows
}

/// A removed block whose text (clause number aside) is added elsewhere has moved: it
/// pairs with the first such added block not yet paired.
fn detect_moves(rows: &mut [Row]) {
    let body = |t: &str| {
        let number = clause_number(t).map_or(0, |n| n.len());
        normalize(&t[number..])
    };
    let mut added: HashMap<(BlockKind, String), std::collections::VecDeque<usize>> = HashMap::new();
    for (j, r) in rows.iter().enumerate() {
        if r.change == Change::Added {
            let key = (r.kind, body(r.new.as_deref().unwrap_or_default()));
            added.entry(key).or_default().push_back(j);
        }
    }
    for i in 0..rows.len() {
        if rows[i].change != Change::Removed {
            continue;
        }
        let key = (
            rows[i].kind,
            body(rows[i].old.as_deref().unwrap_or_default()),
        );
        if let Some(j) = added.get_mut(&key).and_then(|q| q.pop_front()) {
            mark_moved(rows, i, j);
        }
    }
}

/// Row `i` (removed) moved to row `j` (added).
fn mark_moved(rows: &mut [Row], i: usize, j: usize) {
    let (mut from, mut to) = (rows[i].clause.clone(), rows[j].clause.clone());
    if from == to {
        from = format!("elsewhere in {from}");
        to = format!("elsewhere in {to}");
    }
    let (old, new) = (
        rows[i].old.clone().unwrap_or_default(),
        rows[j].new.clone().unwrap_or_default(),
    );
    rows[i].change = Change::MovedAway;
    rows[i].moved = Some(to);
    rows[j].change = Change::MovedHere;
    rows[j].moved = Some(from);
    rows[j].old = Some(old.clone());
    rows[j].segments = word_diff(&old, &new);
    if rows[j].kind == BlockKind::Row {
        let (a, b) = (cell_texts(&rows[i].cells), cell_texts(&rows[j].cells));
        rows[j].cells = compare_cells(Some(&a), Some(&b));
    }
}

/// Numbers the rows, counts words and lists the clauses that changed.
fn finish(mut rows: Vec<Row>) -> Comparison {
    let (mut words_added, mut words_removed) = (0, 0);
    let mut clauses: Vec<ClauseChange> = Vec::new();
    mark_tables(&mut rows);
    for (i, r) in rows.iter_mut().enumerate() {
        r.id = format!("change-{}", i + 1);
        if r.change == Change::MovedAway {
            continue;
        }
        for s in &r.segments {
            let words = tokens(&s.text)
                .iter()
                .filter(|t| t.chars().any(char::is_alphanumeric))
                .count();
            match s.kind {
                SegmentKind::Ins => words_added += words,
                SegmentKind::Del => words_removed += words,
                SegmentKind::Same => {}
            }
        }
        let change = match r.change {
            Change::Same | Change::MovedAway => continue,
            Change::Changed => "changed",
            Change::Added => "added",
            Change::Removed => "removed",
            Change::MovedHere => "moved",
        };
        match clauses.iter_mut().find(|c| c.clause == r.clause) {
            Some(c) if c.change != change => c.change = "changed",
            Some(_) => {}
            None => clauses.push(ClauseChange {
                clause: r.clause.clone(),
                change,
                anchor: r.id.clone(),
            }),
        }
    }
    let identical = rows.iter().all(|r| r.change == Change::Same);
    Comparison {
        rows,
        clauses,
        words_added,
        words_removed,
        identical,
    }
}

/// Marks the first and last row of each run of table rows.
fn mark_tables(rows: &mut [Row]) {
    let is_row: Vec<bool> = rows.iter().map(|r| r.kind == BlockKind::Row).collect();
    for (i, r) in rows.iter_mut().enumerate() {
        r.table_start = is_row[i] && (i == 0 || !is_row[i - 1]);
        r.table_end = is_row[i] && !is_row.get(i + 1).copied().unwrap_or(false);
    }
}

/// Words, numbers, single punctuation marks and runs of blanks.
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let class = |c: char| {
        if c.is_alphanumeric() {
            0
        } else if c.is_whitespace() {
            1
        } else {
            2
        }
    };
    let mut prev: Option<u8> = None;
    for (i, c) in text.char_indices() {
        let k = class(c);
        if let Some(p) = prev
            && (p != k || k == 2)
        {
            out.push(&text[start..i]);
            start = i;
        }
        prev = Some(k);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// The lower-cased words of a text, for `similar_words`.
fn words(t: &str) -> Vec<String> {
    tokens(t)
        .into_iter()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(str::to_lowercase)
        .collect()
}

/// The share of words two texts (as `words`) have in common, in order (0 to 1).
fn similar_words(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let share = |same: usize| 2.0 * same as f64 / (a.len() + b.len()) as f64;
    // Words shared in any order bound the words shared in order: a cheap first test.
    let unordered = share(shared_words(a, b));
    if unordered < 0.5 || a.len().saturating_mul(b.len()) > EXHAUSTIVE {
        return unordered;
    }
    let same: usize = capture_diff_slices(Algorithm::Myers, a, b)
        .iter()
        .map(|op| {
            if let DiffOp::Equal { len, .. } = op {
                *len
            } else {
                0
            }
        })
        .sum();
    share(same)
}

/// How many words two long texts share, in any order (a bound on their common run).
fn shared_words(a: &[String], b: &[String]) -> usize {
    let mut left: HashMap<&str, usize> = HashMap::new();
    for w in a {
        *left.entry(w).or_default() += 1;
    }
    b.iter()
        .filter(|w| {
            left.get_mut(w.as_str())
                .filter(|n| **n > 0)
                .map(|n| *n -= 1)
                .is_some()
        })
        .count()
}

/// Word by word: the old and new text as runs of the same, deleted and inserted text.
/// Two long texts that differ throughout are shown as deleted and inserted between
/// their common start and end (an exhaustive comparison would be quadratic).
pub fn word_diff(old: &str, new: &str) -> Vec<Segment> {
    let (a, b) = (tokens(old), tokens(new));
    let mut segs: Vec<Segment> = Vec::new();
    if a.len().saturating_mul(b.len()) > EXHAUSTIVE {
        let (p, q) = common_ends(&a, &b);
        push(&mut segs, SegmentKind::Same, &a[..p].concat());
        push(&mut segs, SegmentKind::Del, &a[p..a.len() - q].concat());
        push(&mut segs, SegmentKind::Ins, &b[p..b.len() - q].concat());
        push(&mut segs, SegmentKind::Same, &a[a.len() - q..].concat());
        return tidy(segs);
    }
    for op in capture_diff_slices(Algorithm::Myers, &a, &b) {
        let (o, n) = (op.old_range(), op.new_range());
        match op {
            DiffOp::Equal { .. } => push(&mut segs, SegmentKind::Same, &a[o].concat()),
            DiffOp::Delete { .. } => push(&mut segs, SegmentKind::Del, &a[o].concat()),
            DiffOp::Insert { .. } => push(&mut segs, SegmentKind::Ins, &b[n].concat()),
            DiffOp::Replace { .. } => {
                push(&mut segs, SegmentKind::Del, &a[o].concat());
                push(&mut segs, SegmentKind::Ins, &b[n].concat());
            }
        }
    }
    tidy(segs)
}

fn push(segs: &mut Vec<Segment>, kind: SegmentKind, text: &str) {
    if text.is_empty() {
        return;
    }
    match segs.last_mut() {
        Some(last) if last.kind == kind => last.text.push_str(text),
        _ => segs.push(seg(kind, text)),
    }
}

/// Reads better: blanks between two changes join them, and within a run of changes
/// all deletions come before all insertions.
fn tidy(segs: Vec<Segment>) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    let mut run: (String, String) = (String::new(), String::new());
    let flush = |out: &mut Vec<Segment>, run: &mut (String, String)| {
        let (del, ins) = std::mem::take(run);
        push(out, SegmentKind::Del, &del);
        push(out, SegmentKind::Ins, &ins);
    };
    for (i, s) in segs.iter().enumerate() {
        let between_changes = s.kind == SegmentKind::Same
            && s.text.trim().is_empty()
            && i > 0
            && segs.get(i + 1).is_some_and(|n| n.kind != SegmentKind::Same)
            && segs[i - 1].kind != SegmentKind::Same;
        match s.kind {
            SegmentKind::Del => run.0.push_str(&s.text),
            SegmentKind::Ins => run.1.push_str(&s.text),
            SegmentKind::Same if between_changes => {
                run.0.push_str(&s.text);
                run.1.push_str(&s.text);
            }
            SegmentKind::Same => {
                flush(&mut out, &mut run);
                push(&mut out, SegmentKind::Same, &s.text);
            }
        }
    }
    flush(&mut out, &mut run);
    out
}

/// The comparison as plain or coloured text, for the terminal.
pub fn to_terminal(c: &Comparison, colour: bool) -> String {
    let mut out = String::new();
    let mut last_heading: Option<&str> = None;
    for r in &c.rows {
        if r.kind == BlockKind::Heading {
            last_heading = r.new.as_deref().or(r.old.as_deref());
        }
        if r.change == Change::Same {
            continue;
        }
        if r.kind != BlockKind::Heading
            && let Some(h) = last_heading.take()
        {
            out.push_str(&format!("## {h}\n\n"));
        }
        let note = match (r.change, &r.moved) {
            (Change::MovedHere, Some(from)) => format!("(moved here from {from}) "),
            (Change::MovedAway, Some(to)) => format!("(moved to {to}) "),
            _ => String::new(),
        };
        out.push_str(&note);
        let segments = if r.change == Change::MovedAway {
            vec![seg(SegmentKind::Del, r.old.as_deref().unwrap_or_default())]
        } else {
            r.segments.clone()
        };
        for s in segments {
            match (s.kind, colour) {
                (SegmentKind::Same, _) => out.push_str(&s.text),
                (SegmentKind::Ins, true) => out.push_str(&format!("\x1b[32;4m{}\x1b[0m", s.text)),
                (SegmentKind::Del, true) => out.push_str(&format!("\x1b[31;9m{}\x1b[0m", s.text)),
                (SegmentKind::Ins, false) => out.push_str(&format!("{{+{}+}}", s.text)),
                (SegmentKind::Del, false) => out.push_str(&format!("[-{}-]", s.text)),
            }
        }
        out.push_str("\n\n");
    }
    out
}

#[cfg(test)]
mod tests {
    /// Generated Markdown-like texts never make the comparison panic.
    #[test]
    fn no_input_makes_the_comparison_panic() {
        for text in crate::markdown::robustness::random_texts(3_000) {
            let _ = super::compare(&text, &text.replace('a', "b"));
        }
    }

    use super::*;

    fn plain(c: &Comparison) -> Vec<String> {
        c.rows
            .iter()
            .filter(|r| r.change != Change::Same)
            .map(|r| {
                let s: String = r
                    .segments
                    .iter()
                    .map(|s| match s.kind {
                        SegmentKind::Same => s.text.clone(),
                        SegmentKind::Ins => format!("{{+{}+}}", s.text),
                        SegmentKind::Del => format!("[-{}-]", s.text),
                    })
                    .collect();
                format!("{:?} {}: {s}", r.change, r.clause)
            })
            .collect()
    }

    const BASE: &str = "## 1. Scope\n\n1.1. Requests are sent by fax to the Secretariat.\n\n1.2. The Council votes at its next meeting.\n\n## 2. Limits\n\n2.1. No new request for five years.\n";

    #[test]
    fn a_word_changed_inside_a_clause_is_just_that_word() {
        let c = compare(
            BASE,
            &BASE
                .replace("sent by fax to", "sent by e-mail to")
                .replace("five years", "four years"),
        );
        assert_eq!(
            plain(&c),
            [
                "Changed 1.1.: 1.1. Requests are sent by [-fax-]{+e-mail+} to the Secretariat.",
                "Changed 2.1.: 2.1. No new request for [-five-]{+four+} years.",
            ]
        );
        assert_eq!((c.words_added, c.words_removed), (3, 2));
        assert_eq!(
            c.clauses
                .iter()
                .map(|c| (c.clause.as_str(), c.change))
                .collect::<Vec<_>>(),
            [("1.1.", "changed"), ("2.1.", "changed")]
        );
    }

    #[test]
    fn a_clause_inserted_in_the_middle_leaves_the_others_alone() {
        let new = BASE.replace(
            "1.2. The Council",
            "1.2. The Secretariat reports to the Council.\n\n1.3. The Council",
        );
        let c = compare(BASE, &new);
        assert_eq!(
            plain(&c),
            [
                "Added 1.2.: {+1.2. The Secretariat reports to the Council.+}",
                "Changed 1.3.: 1.[-2-]{+3+}. The Council votes at its next meeting.",
            ]
        );
    }

    #[test]
    fn a_clause_removed_is_shown_deleted() {
        let c = compare(
            BASE,
            &BASE.replace("1.2. The Council votes at its next meeting.\n\n", ""),
        );
        assert_eq!(
            plain(&c),
            ["Removed 1.2.: [-1.2. The Council votes at its next meeting.-]"]
        );
        assert_eq!(c.clauses[0].change, "removed");
    }

    #[test]
    fn renumbered_clauses_show_only_the_numbers_changing() {
        let c = compare(
            BASE,
            &BASE
                .replace("## 2. Limits", "## 3. Limits")
                .replace("2.1. No", "3.1. No"),
        );
        assert_eq!(
            plain(&c),
            [
                "Changed 3. Limits: [-2-]{+3+}. Limits",
                "Changed 3.1.: [-2-]{+3+}.1. No new request for five years."
            ]
        );
    }

    #[test]
    fn a_moved_list_item_is_shown_as_moved() {
        let old = "Steps:\n\n- Fill in the form.\n- Send it.\n- Wait for the vote.\n";
        let new = "Steps:\n\n- Send it.\n- Fill in the form.\n- Wait for the vote.\n";
        let c = compare(old, new);
        let moved: Vec<(Change, Option<&str>)> = c
            .rows
            .iter()
            .filter(|r| r.change != Change::Same)
            .map(|r| (r.change, r.moved.as_deref()))
            .collect();
        assert_eq!(
            moved,
            [
                (Change::MovedHere, Some("elsewhere in the opening text")),
                (Change::MovedAway, Some("elsewhere in the opening text"))
            ]
        );
        assert_eq!((c.words_added, c.words_removed), (0, 0));
    }

    #[test]
    fn a_changed_table_cell_is_a_word_change_in_its_row() {
        let old = "| Region | Seats |\n|---|---|\n| Africa | 3 |\n| Europe | 3 |\n";
        let c = compare(old, &old.replace("| Europe | 3 |", "| Europe | 4 |"));
        assert_eq!(plain(&c), ["Changed the opening text: Europe | [-3-]{+4+}"]);
        let cells = |r: &Row| -> Vec<String> {
            r.cells
                .iter()
                .map(|c| {
                    c.iter()
                        .map(|s| format!("{:?}:{}", s.kind, s.text))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect()
        };
        let changed = c.rows.iter().find(|r| r.change == Change::Changed).unwrap();
        assert_eq!(cells(changed), ["Same:Europe", "Del:3 Ins:4"]);
        assert_eq!(cells(&c.rows[0]), ["Same:Region", "Same:Seats"]);
        let starts: Vec<(bool, bool, bool)> = c
            .rows
            .iter()
            .map(|r| (r.header, r.table_start, r.table_end))
            .collect();
        assert_eq!(
            starts,
            [
                (true, true, false),
                (false, false, false),
                (false, false, true)
            ]
        );
    }

    /// A column added to a table shows as one inserted cell in each row.
    #[test]
    fn a_column_added_to_a_table_is_an_inserted_cell_in_each_row() {
        let old = "| Region | Seats |\n|---|---|\n| Africa | 3 |\n";
        let new = "| Region | Seats | Since |\n|---|---|---|\n| Africa | 3 | 2003 |\n";
        let c = compare(old, new);
        let last: Vec<Vec<(SegmentKind, String)>> = c.rows[c.rows.len() - 1]
            .cells
            .iter()
            .map(|cell| cell.iter().map(|s| (s.kind, s.text.clone())).collect())
            .collect();
        assert_eq!(
            last,
            [
                vec![(SegmentKind::Same, "Africa".to_string())],
                vec![(SegmentKind::Same, "3".to_string())],
                vec![(SegmentKind::Ins, "2003".to_string())]
            ]
        );
    }

    #[test]
    fn terminal_output_colours_changes_and_names_their_heading() {
        let c = compare(BASE, &BASE.replace("sent by fax to", "sent by e-mail to"));
        assert_eq!(
            to_terminal(&c, true),
            "## 1. Scope\n\n1.1. Requests are sent by \x1b[31;9mfax\x1b[0m\x1b[32;4me-mail\x1b[0m to the Secretariat.\n\n"
        );
        let moved = compare("- a b.\n- c d.\n", "- c d.\n- a b.\n");
        assert_eq!(
            to_terminal(&moved, false),
            "(moved here from elsewhere in the opening text) c d.\n\n(moved to elsewhere in the opening text) [-c d.-]\n\n"
        );
    }

    #[test]
    fn identical_versions_have_no_change() {
        let c = compare(BASE, BASE);
        assert!(c.identical && c.clauses.is_empty());
        assert_eq!(c.rows.len(), 5);
    }

    #[test]
    fn tokens_split_words_numbers_and_punctuation() {
        assert_eq!(
            tokens("fax nr +32 2 234-7848."),
            [
                "fax", " ", "nr", " ", "+", "32", " ", "2", " ", "234", "-", "7848", "."
            ]
        );
    }

    #[test]
    fn the_longest_increasing_run_of_anchors_is_found() {
        let pairs = [(0, 3), (1, 1), (2, 2), (3, 0), (4, 4)];
        assert_eq!(longest_increasing(&pairs), vec![(1, 1), (2, 2), (4, 4)]);
        assert_eq!(longest_increasing(&[]), vec![]);
    }

    #[test]
    fn thousands_of_different_paragraphs_keep_their_unique_common_one() {
        // Regression: every old block was compared with every new one (34 s at 8,000).
        let text = |tag: &str| {
            let mut paras: Vec<String> = (0..8000).map(|i| format!("{tag}{i} {tag}")).collect();
            paras[4000] = "Shared clause.".to_string();
            paras.join("\n\n")
        };
        let c = compare(&text("old"), &text("new"));
        let count = |k: Change| c.rows.iter().filter(|r| r.change == k).count();
        assert_eq!(
            (
                count(Change::Same),
                count(Change::Removed),
                count(Change::Added)
            ),
            (1, 7999, 7999)
        );
        assert_eq!(c.rows.len(), 1 + 7999 + 7999);
        let same = c.rows.iter().find(|r| r.change == Change::Same).unwrap();
        assert_eq!(same.new.as_deref(), Some("Shared clause."));
    }

    #[test]
    fn two_long_texts_that_differ_throughout_keep_their_common_start_and_end() {
        let old = format!(
            "Start {} end.",
            (0..5000)
                .map(|i| format!("a{i}"))
                .collect::<Vec<_>>()
                .join(" ")
        );
        let new = format!(
            "Start {} end.",
            (0..5000)
                .map(|i| format!("b{i}"))
                .collect::<Vec<_>>()
                .join(" ")
        );
        let segs = word_diff(&old, &new);
        let kinds: Vec<SegmentKind> = segs.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                SegmentKind::Same,
                SegmentKind::Del,
                SegmentKind::Ins,
                SegmentKind::Same
            ]
        );
        assert_eq!(
            (segs[0].text.as_str(), segs[3].text.as_str()),
            ("Start ", " end.")
        );
    }
}
