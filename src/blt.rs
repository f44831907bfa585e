//! Ballot files in the BLT format of Droop and OpenSTV, read strictly: every departure
//! from the format is an error naming its line, never a guess that changes the count.
//!
//! ```text
//! 4 2                      candidates, seats
//! [tie 2 1 3 4]            options: [tie …], [withdrawn …], [nick …], [droop meek-prf]
//! -4                       withdrawn candidates (before the first ballot)
//! 3 1 2 0                  ballots: a weight of 1 or more, the ranking, 0
//! (b7) 2 1 0               or a ballot ID in brackets (weight 1)
//! 0                        the end of the ballots
//! "Ann" "Bo" "Cy" "Di"     one name in quotes per candidate
//! "Board 2011"             the title; then optionally a source and a comment in quotes
//! ```
//! `#` starts a comment to the end of the line and `/* … */` a comment anywhere (outside
//! quotes). After the comment string Droop ignores what follows; so does this reader.
use crate::count::{Ballot, Input, MAX_BALLOTS};
use std::collections::HashSet;

/// A ballot file, read.
#[derive(Debug)]
pub struct Blt {
    pub input: Input,
    /// Each candidate's name, control characters shown escaped.
    pub names: Vec<String>,
    pub title: String,
}

/// Most candidates a file may name.
const MAX_CANDIDATES: i64 = 10_000;

/// Reads a ballot file; `Err` names the line of the first departure from the format.
pub fn read(text: &str) -> Result<Blt, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut r = Reader {
        tokens: tokens(text)?.into_iter().peekable(),
        last_line: text.lines().count().max(1),
    };
    let (n, seats) = r.head()?;
    let mut file = Head::new(n);
    r.options(&mut file)?;
    let ballots = r.ballots(&file)?;
    let names = r.names(n)?;
    let title = r.titles()?;
    let eligible = n - file.withdrawn.len();
    if seats > eligible {
        return Err(format!(
            "line 1: {seats} seat{} but {eligible} candidate{} not withdrawn",
            plural(seats),
            plural(eligible)
        ));
    }
    let tie_order = match file.tie {
        Some(order) => order,
        None => by_name(&names),
    };
    Ok(Blt {
        input: Input {
            candidates: n,
            seats,
            ballots,
            tie_order,
        },
        names,
        title,
    })
}

/// SPEC §7's last tie rule, where the file states none: the name sorting last is
/// excluded first (`order[c]`: the smaller goes first).
fn by_name(names: &[String]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..names.len()).collect();
    order.sort_by(|a, b| names[*b].cmp(&names[*a]));
    let mut rank = vec![0; names.len()];
    for (r, c) in order.into_iter().enumerate() {
        rank[c] = r;
    }
    rank
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// A word of the file, or a string in quotes (without them), with its line.
#[derive(Clone, Debug, PartialEq)]
enum Token {
    Word(String, usize),
    Quoted(String, usize),
}

impl Token {
    fn line(&self) -> usize {
        match self {
            Token::Word(_, l) | Token::Quoted(_, l) => *l,
        }
    }

    fn shown(&self) -> String {
        match self {
            Token::Word(w, _) => format!("\"{}\"", escaped(w)),
            Token::Quoted(q, _) => format!("the name \"{}\"", escaped(q)),
        }
    }
}

/// What the options before the first ballot say.
struct Head {
    n: usize,
    withdrawn: HashSet<usize>,
    tie: Option<Vec<usize>>,
    nicks: Vec<String>,
}

impl Head {
    fn new(n: usize) -> Head {
        Head {
            n,
            withdrawn: HashSet::new(),
            tie: None,
            nicks: Vec::new(),
        }
    }

    /// A candidate named by number (1 to n) or by its `[nick]`, as an index.
    fn candidate(&self, word: &str) -> Option<usize> {
        match word.parse::<usize>() {
            Ok(k) => (1..=self.n).contains(&k).then(|| k - 1),
            Err(_) => self.nicks.iter().position(|n| n == word),
        }
    }
}

struct Reader {
    tokens: std::iter::Peekable<std::vec::IntoIter<Token>>,
    last_line: usize,
}

impl Reader {
    fn next(&mut self, what: &str) -> Result<Token, String> {
        self.tokens
            .next()
            .ok_or_else(|| format!("line {}: the file ends before {what}", self.last_line))
    }

    /// A whole number where the format wants one.
    fn number(&mut self, what: &str) -> Result<(i64, usize), String> {
        match self.next(what)? {
            Token::Word(w, line) => match w.parse::<i64>() {
                Ok(v) => Ok((v, line)),
                Err(_) => Err(format!(
                    "line {line}: expected {what}, found \"{}\"",
                    escaped(&w)
                )),
            },
            t => Err(format!(
                "line {}: expected {what}, found {}",
                t.line(),
                t.shown()
            )),
        }
    }

    fn head(&mut self) -> Result<(usize, usize), String> {
        let (n, line) = self.number("the number of candidates")?;
        let (seats, _) = self.number("the number of seats")?;
        if !(1..=MAX_CANDIDATES).contains(&n) || seats < 1 || seats > n {
            return Err(format!(
                "line {line}: {n} candidates and {seats} seats cannot be counted (1 to {MAX_CANDIDATES} candidates, 1 seat or more and no more seats than candidates)"
            ));
        }
        Ok((n as usize, seats as usize))
    }

    /// `[tie …]`, `[withdrawn …]`, `[nick …]`, `[droop meek-prf]` and withdrawn
    /// candidates (`-3`), up to the first ballot.
    fn options(&mut self, head: &mut Head) -> Result<(), String> {
        while let Some(Token::Word(w, line)) = self.tokens.peek().cloned() {
            if w.starts_with('[') {
                self.tokens.next();
                let words = self.option_items(&w, line)?;
                option(head, &words, line)?;
            } else if let Some(k) = w.strip_prefix('-').filter(|k| !k.is_empty()) {
                self.tokens.next();
                withdraw(head, k, line)?;
            } else {
                return Ok(());
            }
        }
        Ok(())
    }

    /// The words of an option up to its `]`.
    fn option_items(&mut self, first: &str, line: usize) -> Result<Vec<String>, String> {
        let mut items = Vec::new();
        let mut word = first.trim_start_matches('[').to_string();
        loop {
            let closed = word.ends_with(']');
            let w = word.trim_end_matches(']');
            if !w.is_empty() {
                items.push(w.to_string());
            }
            if closed {
                return Ok(items);
            }
            word = match self.tokens.next() {
                Some(Token::Word(w, _)) => w,
                _ => return Err(format!("line {line}: an option in [ ] is not closed")),
            };
        }
    }

    /// The ballot lines up to the `0` that ends them (empty rankings left out, as Droop
    /// does; withdrawn candidates taken out of each ranking).
    fn ballots(&mut self, head: &Head) -> Result<Vec<Ballot>, String> {
        let mut ballots = Vec::new();
        let (mut total, mut ids) = (0i64, HashSet::new());
        loop {
            let (weight, line) = self.weight(&mut ids)?;
            if weight == 0 {
                return Ok(ballots);
            }
            total += weight;
            if total > MAX_BALLOTS {
                return Err(format!("line {line}: more than {MAX_BALLOTS} ballots"));
            }
            let ranking = self.ranking(head, line)?;
            if !ranking.is_empty() {
                ballots.push(Ballot {
                    ranking,
                    count: weight as u64,
                });
            }
        }
    }

    /// A ballot's weight, or 1 for a ballot ID `(…)`; 0 ends the ballots.
    fn weight(&mut self, ids: &mut HashSet<String>) -> Result<(i64, usize), String> {
        if let Some(Token::Word(w, line)) = self.tokens.peek().cloned()
            && w.starts_with('(')
        {
            self.tokens.next();
            let mut id = w;
            while !id.ends_with(')') {
                match self.tokens.next() {
                    Some(Token::Word(more, _)) => id = format!("{id} {more}"),
                    _ => return Err(format!("line {line}: a ballot ID in ( ) is not closed")),
                }
            }
            if !ids.insert(id.clone()) {
                return Err(format!(
                    "line {line}: the ballot ID {} is used twice",
                    escaped(&id)
                ));
            }
            return Ok((1, line));
        }
        let (weight, line) = self.number("a ballot's weight, or 0 to end the ballots")?;
        if weight < 0 {
            return Err(format!(
                "line {line}: a ballot's weight is 1 or more, found {weight} (a withdrawn candidate, -k, comes before the first ballot)"
            ));
        }
        Ok((weight, line))
    }

    /// A ballot's ranking up to its closing `0`.
    fn ranking(&mut self, head: &Head, line: usize) -> Result<Vec<usize>, String> {
        let mut ranking: Vec<usize> = Vec::new();
        loop {
            let word = match self.next("the 0 that ends a ballot")? {
                Token::Word(w, _) => w,
                t => {
                    return Err(format!(
                        "line {}: expected a candidate or the 0 that ends the ballot of line {line}, found {}",
                        t.line(),
                        t.shown()
                    ));
                }
            };
            if word == "0" {
                break;
            }
            if word.contains('=') {
                return Err(format!(
                    "line {line}: equal rankings (\"{}\") cannot be counted by Meek's method as SPEC §7 states it",
                    escaped(&word)
                ));
            }
            let Some(c) = head.candidate(&word) else {
                return Err(format!(
                    "line {line}: \"{}\" is not a candidate (1 to {})",
                    escaped(&word),
                    head.n
                ));
            };
            if ranking.contains(&c) {
                return Err(format!("line {line}: candidate {} is ranked twice", c + 1));
            }
            ranking.push(c);
        }
        ranking.retain(|c| !head.withdrawn.contains(c));
        Ok(ranking)
    }

    /// One name in quotes per candidate.
    fn names(&mut self, n: usize) -> Result<Vec<String>, String> {
        (1..=n)
            .map(
                |k| match self.next(&format!("the name of candidate {k}"))? {
                    Token::Quoted(name, _) => Ok(escaped(&name)),
                    t => Err(format!(
                        "line {}: expected the name of candidate {k} in quotes, found {}",
                        t.line(),
                        t.shown()
                    )),
                },
            )
            .collect()
    }

    /// The title in quotes, then optionally a source and a comment in quotes; what
    /// follows the comment is ignored, as Droop does.
    fn titles(&mut self) -> Result<String, String> {
        let title = match self.next("the title (in quotes, after the names)")? {
            Token::Quoted(t, _) => escaped(&t),
            t => {
                return Err(format!(
                    "line {}: expected the title in quotes after the candidates' names, found {}",
                    t.line(),
                    t.shown()
                ));
            }
        };
        for _ in ["source", "comment"] {
            match self.tokens.next() {
                None => return Ok(title),
                Some(Token::Quoted(..)) => {}
                Some(t) => {
                    return Err(format!(
                        "line {}: after the title, expected a source or a comment in quotes, or the end of the file, found {}",
                        t.line(),
                        t.shown()
                    ));
                }
            }
        }
        // Notes may follow the comment, unquoted (Droop ignores them); another string in
        // quotes is a name too many.
        match self.tokens.find(|t| matches!(t, Token::Quoted(..))) {
            Some(t) => Err(format!(
                "line {}: more strings in quotes than the candidates' names, the title, a source and a comment: {}",
                t.line(),
                t.shown()
            )),
            None => Ok(title),
        }
    }
}

/// One option of the head of the file: its name, then its words.
fn option(head: &mut Head, words: &[String], line: usize) -> Result<(), String> {
    let (name, items) = match words.split_first() {
        Some((name, items)) => (name.as_str(), items),
        None => ("", words),
    };
    match name {
        "tie" => head.tie = Some(tie_order(head, items, line)?),
        "withdrawn" => items.iter().try_for_each(|k| withdraw(head, k, line))?,
        "nick" => head.nicks = nicks(head.n, items, line)?,
        "droop" if items.iter().all(|o| o == "meek-prf") => {}
        "droop" => {
            return Err(format!(
                "line {line}: [droop {}] chooses a counting rule of Droop's; ccpub counts by Meek's method only ([droop meek-prf] is read)",
                escaped(&items.join(" "))
            ));
        }
        other => {
            return Err(format!(
                "line {line}: unknown option [{}] (known: [tie …], [withdrawn …], [nick …], [droop meek-prf])",
                escaped(other)
            ));
        }
    }
    Ok(())
}

/// `[tie …]`: every candidate once; the first is excluded first on a tie.
fn tie_order(head: &Head, items: &[String], line: usize) -> Result<Vec<usize>, String> {
    let mut rank = vec![usize::MAX; head.n];
    for (r, word) in items.iter().enumerate() {
        match head.candidate(word) {
            Some(c) if rank[c] == usize::MAX => rank[c] = r,
            _ => {
                return Err(format!(
                    "line {line}: [tie] lists each candidate exactly once; \"{}\" is unknown or listed twice",
                    escaped(word)
                ));
            }
        }
    }
    if items.len() != head.n {
        return Err(format!(
            "line {line}: [tie] lists each candidate exactly once: {} of {} listed",
            items.len(),
            head.n
        ));
    }
    Ok(rank)
}

fn nicks(n: usize, items: &[String], line: usize) -> Result<Vec<String>, String> {
    let distinct: HashSet<&String> = items.iter().collect();
    if items.len() != n || distinct.len() != n {
        return Err(format!(
            "line {line}: [nick] gives each of the {n} candidates one nickname, all different"
        ));
    }
    Ok(items.to_vec())
}

fn withdraw(head: &mut Head, word: &str, line: usize) -> Result<(), String> {
    let c = head.candidate(word).ok_or_else(|| {
        format!(
            "line {line}: withdrawn candidate \"{}\" is not a candidate (1 to {})",
            escaped(word),
            head.n
        )
    })?;
    if !head.withdrawn.insert(c) {
        return Err(format!(
            "line {line}: candidate {} is withdrawn twice",
            c + 1
        ));
    }
    Ok(())
}

/// The words and quoted strings of a file, comments left out; an unclosed quote or
/// `/*` is an error naming its line.
fn tokens(text: &str) -> Result<Vec<Token>, String> {
    let mut out = Vec::new();
    let mut comment_from = None;
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        let mut rest = line;
        loop {
            if comment_from.is_some() {
                match rest.find("*/") {
                    Some(end) => {
                        rest = &rest[end + 2..];
                        comment_from = None;
                    }
                    None => break,
                }
            }
            rest = rest.trim_start();
            if rest.is_empty() || rest.starts_with('#') {
                break;
            }
            if let Some(after) = rest.strip_prefix("/*") {
                comment_from = Some(n);
                rest = after;
            } else if let Some(quoted) = rest.strip_prefix('"') {
                let end = quoted
                    .find('"')
                    .ok_or_else(|| format!("line {n}: a quote is not closed on its line"))?;
                out.push(Token::Quoted(quoted[..end].to_string(), n));
                rest = &quoted[end + 1..];
            } else {
                let end = rest
                    .find(|c: char| c.is_whitespace() || c == '"' || c == '#')
                    .unwrap_or(rest.len());
                out.push(Token::Word(rest[..end].to_string(), n));
                rest = &rest[end..];
            }
        }
    }
    match comment_from {
        Some(n) => Err(format!("line {n}: a comment /* is not closed")),
        None => Ok(out),
    }
}

/// Text as a terminal may show it: control characters and bidirectional controls as
/// `\u{1b}` escapes (a name cannot move the cursor or retitle the window).
pub fn escaped(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod published;

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        read(text).unwrap_err()
    }

    /// Each ballot's ranking and count.
    fn rankings(blt: &Blt) -> Vec<(Vec<usize>, u64)> {
        blt.input
            .ballots
            .iter()
            .map(|b| (b.ranking.clone(), b.count))
            .collect()
    }

    const NAMES: &str = "\"Ann\" \"Bo\" \"Cy\"\n\"T\"\n";

    #[test]
    fn a_file_is_read_with_its_names_title_and_withdrawn_candidates() {
        let blt = read("4 2\n-4\n3 1 2 0\n2 2 0\n1 3 4 1 0\n1 4 0\n0\n\"Ann\" \"Bo\"\n\"Cy\"\n\"Di\"\n\"Test 2011\"\n").unwrap();
        assert_eq!((blt.input.candidates, blt.input.seats), (4, 2));
        assert_eq!(blt.names, ["Ann", "Bo", "Cy", "Di"]);
        assert_eq!(blt.title, "Test 2011");
        // The withdrawn candidate 4 is left out of the rankings; the ballot left empty
        // is not counted.
        let rankings = rankings(&blt);
        assert_eq!(rankings, [(vec![0, 1], 3), (vec![1], 2), (vec![2, 0], 1)]);
    }

    #[test]
    fn each_departure_from_the_format_is_an_error_naming_its_line() {
        let cases = [
            // A weight-0 ballot ended the ballots; its numbers became names.
            (
                "3 1\n1 1 0\n0 2 3 0\n0\n\"A\" \"B\" \"C\" \"T\"",
                "line 3: expected the name of candidate 1 in quotes, found \"2\"",
            ),
            // A negative weight was taken as a withdrawn candidate and its votes lost.
            (
                "3 1\n1 1 0\n-2 1 0\n0\n\"A\" \"B\" \"C\" \"T\"",
                "line 3: a ballot's weight is 1 or more, found -2 (a withdrawn candidate, -k, comes before the first ballot)",
            ),
            (
                "3 1\n-4\n1 1 0\n0\n\"A\" \"B\" \"C\" \"T\"",
                "line 2: withdrawn candidate \"4\" is not a candidate (1 to 3)",
            ),
            (
                "3 1\n-2 -2\n1 1 0\n0\n\"A\" \"B\" \"C\" \"T\"",
                "line 2: candidate 2 is withdrawn twice",
            ),
            // Every candidate withdrawn: a withdrawn candidate was elected.
            (
                "2 1\n-1 -2\n1 1 0\n0\n\"A\" \"B\" \"T\"",
                "line 1: 1 seat but 0 candidates not withdrawn",
            ),
            (
                "2 1\n1 1 0\n0\n\"A\" \"B\" \"T\" \"S\" \"C\"\n\"D\"",
                "line 5: more strings in quotes than the candidates' names, the title, a source and a comment: the name \"D\"",
            ),
            (
                "2 1\n1 1 0\n0\n\"A\" \"B\n\"T\"",
                "line 4: a quote is not closed on its line",
            ),
            (
                "2 1\n1 1 0\n0\n\"A\" \"B\"\n",
                "line 4: the file ends before the title (in quotes, after the names)",
            ),
            (
                "2 1\n1 1 0\n0\n\"A\" \"B\" T",
                "line 4: expected the title in quotes after the candidates' names, found \"T\"",
            ),
            (
                "3 1\n4 1 4 0\n0\n",
                "line 2: \"4\" is not a candidate (1 to 3)",
            ),
            ("3 1\n4 1 2 1 0\n0\n", "line 2: candidate 1 is ranked twice"),
            (
                "3 1\n4 1=2 0\n0\n",
                "line 2: equal rankings (\"1=2\") cannot be counted by Meek's method as SPEC §7 states it",
            ),
            (
                "3 1\n4 1 2",
                "line 2: the file ends before the 0 that ends a ballot",
            ),
            ("3 x\n", "line 1: expected the number of seats, found \"x\""),
            (
                "0 1\n",
                "line 1: 0 candidates and 1 seats cannot be counted (1 to 10000 candidates, 1 seat or more and no more seats than candidates)",
            ),
            (
                "3 1\n[tie 1 2]\n1 1 0\n0\n",
                "line 2: [tie] lists each candidate exactly once: 2 of 3 listed",
            ),
            (
                "3 1\n[tie 1 1 2]\n1 1 0\n0\n",
                "line 2: [tie] lists each candidate exactly once; \"1\" is unknown or listed twice",
            ),
            (
                "3 1\n[colour red]\n1 1 0\n0\n",
                "line 2: unknown option [colour] (known: [tie …], [withdrawn …], [nick …], [droop meek-prf])",
            ),
            (
                "3 1\n[droop wigm]\n1 1 0\n0\n",
                "line 2: [droop wigm] chooses a counting rule of Droop's; ccpub counts by Meek's method only ([droop meek-prf] is read)",
            ),
            ("3 1\n[tie 1 2\n", "line 2: an option in [ ] is not closed"),
            (
                "3 1\n/* a comment\n1 1 0\n",
                "line 2: a comment /* is not closed",
            ),
            (
                "3 1\n(a) 1 0\n(a) 2 0\n0\n",
                "line 3: the ballot ID (a) is used twice",
            ),
        ];
        for (text, message) in cases {
            assert_eq!(err(text), message, "{text:?}");
        }
    }

    #[test]
    fn the_options_of_droop_and_openstv_are_read() {
        let text = format!(
            "3 1\n[nick a b c]\n[withdrawn b]\n[tie c a b] [droop meek-prf]\n/* ballots */ 2 a c 0\n(x 1) c 0\n1 b a 0 # b is withdrawn\n0\n{NAMES}"
        );
        let blt = read(&text).unwrap();
        let rankings = rankings(&blt);
        assert_eq!(rankings, [(vec![0, 2], 2), (vec![2], 1), (vec![0], 1)]);
        assert_eq!(blt.input.tie_order, [1, 2, 0]);
        // `-2` on the line after the head withdraws candidate 2.
        let blt = read(&format!("3 1\n-2\n1 1 2 0\n0\n{NAMES}")).unwrap();
        assert_eq!(blt.input.ballots[0].ranking, [0]);
        // Notes after the comment are ignored, as Droop does (M135.blt has them).
        assert!(
            read(&format!(
                "3 1\n1 1 0\n0\n{NAMES}\"source\" \"comment\"\nFirst Prefs 1 2 3\n"
            ))
            .is_ok()
        );
    }

    /// SPEC §7's tie rule, as the same election from YAML is counted: all tied in every
    /// round, the name sorting last is excluded first; a `[tie]` line states another.
    #[test]
    fn ties_are_settled_by_spec_rule_unless_the_file_states_one() {
        let one_each = "3 1\n1 1 0\n1 2 0\n1 3 0\n0\n\"Ann\" \"Bo\" \"Cy\"\n\"T\"\n";
        let elected = |text: &str| {
            let blt = read(text).unwrap();
            let count = crate::count::meek(&blt.input);
            count
                .elected
                .iter()
                .map(|c| blt.names[*c].clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(elected(one_each), ["Ann"]);
        let stated = one_each.replace("3 1\n", "3 1\n[tie 1 2 3]\n");
        assert_eq!(elected(&stated), ["Cy"]);
    }

    #[test]
    fn control_characters_in_names_and_titles_are_shown_escaped() {
        let blt = read("2 1\n1 1 0\n0\n\"A\u{1b}]0;pwned\u{7}\" \"B\u{202e}\"\n\"T\u{1b}[2J\"\n")
            .unwrap();
        assert_eq!(blt.names, ["A\\u{1b}]0;pwned\\u{7}", "B\\u{202e}"]);
        assert_eq!(blt.title, "T\\u{1b}[2J");
    }

    #[test]
    fn a_name_of_any_length_is_counted_and_printed() {
        // Regression: a name of 65,536 characters made the transcript's padding panic.
        let long = "x".repeat(70_000);
        let blt = read(&format!("2 1\n2 1 0\n1 2 0\n0\n\"{long}\" \"B\"\n\"T\"\n")).unwrap();
        let count = crate::count::meek(&blt.input);
        let text = crate::count::transcript(&count, &blt.names, &blt.title, 1);
        assert!(
            text.contains(&format!("  {long}  ")),
            "the long name is written whole"
        );
        // The other names are padded to the widest column, 40 characters.
        let b = format!("\n  B{}  {:>16}\n", " ".repeat(39), "1.000000000");
        assert!(text.contains(&b), "{}", &text[text.len() - 300..]);
    }

    /// Random bytes, and random mutations of valid files: the reader never panics, the
    /// count of what it accepts never panics, and every rejection names its line.
    #[test]
    fn no_input_makes_the_reader_or_the_count_panic_and_every_rejection_names_a_line() {
        let valid = [
            "4 2\n-4\n3 1 2 0\n2 2 0\n1 3 4 1 0\n0\n\"Ann\" \"Bo\"\n\"Cy\"\n\"Di\"\n\"Test\"\n",
            "3 1\n[nick a b c]\n[tie c a b]\n2 a c 0\n(x) c 0\n0\n\"A\" \"B\" \"C\"\n\"T\" \"S\" \"C\"\n",
            "3 2\n5 1 2 3 0\n4 2 0\n1 3 1 0\n0\n\"A\" \"B\" \"C\" \"T\"",
        ];
        const PIECES: &[&str] = &[
            "0",
            "1",
            "2",
            "-1",
            " ",
            "\n",
            "\"",
            "[",
            "]",
            "(",
            ")",
            "=",
            "#",
            "/*",
            "*/",
            "99999999999999999999",
            "x",
            "\u{1b}",
            "é",
        ];
        let mut seed: u64 = 0x5eed;
        let mut next = || {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize
        };
        let mut accepted = 0;
        for i in 0..20_000 {
            let text = if i % 2 == 0 {
                let bytes: Vec<u8> = (0..next() % 80).map(|_| (next() % 128) as u8).collect();
                String::from_utf8_lossy(&bytes).into_owned()
            } else {
                let mut t = valid[next() % valid.len()].to_string();
                for _ in 0..1 + next() % 4 {
                    let mut at = next() % (t.len() + 1);
                    while !t.is_char_boundary(at) {
                        at -= 1;
                    }
                    let piece = PIECES[next() % PIECES.len()];
                    match next() % 3 {
                        0 => t.insert_str(at, piece),
                        1 => {
                            let mut end = (at + 1 + next() % 3).min(t.len());
                            while !t.is_char_boundary(end) {
                                end += 1;
                            }
                            t.replace_range(at..end, piece);
                        }
                        _ => {
                            let mut end = (at + 1).min(t.len());
                            while !t.is_char_boundary(end) {
                                end += 1;
                            }
                            t.replace_range(at..end, "");
                        }
                    }
                }
                t
            };
            match read(&text) {
                Ok(blt) => {
                    accepted += 1;
                    let count = crate::count::meek(&blt.input);
                    assert_eq!(count.elected.len(), blt.input.seats, "{text:?}");
                    let _ =
                        crate::count::transcript(&count, &blt.names, &blt.title, blt.input.seats);
                }
                Err(e) => assert!(e.starts_with("line "), "{e} for {text:?}"),
            }
        }
        assert!(
            accepted > 500,
            "the mutations still reach the count: {accepted}"
        );
    }
}
