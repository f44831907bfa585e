//! What a theme's templates may do: no include cycles (found before rendering), and,
//! per page, a bounded `range`, output size and render time, each refused with an
//! error that names the template.
use std::cell::Cell;
use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, Instant};
use tera::ast::Node;

/// The largest page a template may write.
pub(crate) const MAX_PAGE: usize = 64 * 1024 * 1024;
/// The longest one page may take to render.
pub(crate) const MAX_RENDER: Duration = Duration::from_secs(10);
/// The most items `range()` may make.
pub(crate) const MAX_RANGE: usize = 100_000;

thread_local! {
    /// When the page being rendered on this thread must be done.
    static DEADLINE: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// Refuses templates that include one another in a circle (Tera would recurse until
/// the stack overflows). Extends cycles Tera finds itself.
pub(crate) fn check_includes(templates: &[(String, String)]) -> Result<(), String> {
    let mut graph: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (name, text) in templates {
        let mut one = tera::Tera::default();
        // A template that does not parse is reported by the real compilation.
        if one.add_raw_template(name, text).is_ok()
            && let Ok(t) = one.get_template(name)
        {
            let mut found = Vec::new();
            includes(&t.ast, &mut found);
            graph.insert(name, found);
        }
    }
    let mut state: HashMap<&str, bool> = HashMap::new();
    for name in graph.keys() {
        let mut path = Vec::new();
        if let Some(cycle) = cycle_from(name, &graph, &mut state, &mut path) {
            return Err(format!(
                "template {} includes itself ({})",
                cycle[0],
                cycle.join(" -> ")
            ));
        }
    }
    Ok(())
}

/// Depth-first search; `state`: false while on the path, true when done.
fn cycle_from<'a>(
    name: &'a str,
    graph: &'a BTreeMap<&'a str, Vec<String>>,
    state: &mut HashMap<&'a str, bool>,
    path: &mut Vec<&'a str>,
) -> Option<Vec<String>> {
    match state.get(name) {
        Some(true) => return None,
        Some(false) => {
            let start = path.iter().position(|n| *n == name).unwrap_or(0);
            let mut cycle: Vec<String> = path[start..].iter().map(|s| s.to_string()).collect();
            cycle.push(name.to_string());
            return Some(cycle);
        }
        None => {}
    }
    state.insert(name, false);
    path.push(name);
    for next in graph.get(name).into_iter().flatten() {
        if let Some((key, _)) = graph.get_key_value(next.as_str())
            && let Some(cycle) = cycle_from(key, graph, state, path)
        {
            return Some(cycle);
        }
    }
    path.pop();
    state.insert(name, true);
    None
}

/// The templates a list of nodes includes, at any depth.
fn includes(nodes: &[Node], out: &mut Vec<String>) {
    for node in nodes {
        match node {
            Node::Include(_, names, _) => out.extend(names.iter().cloned()),
            Node::Block(_, b, _) => includes(&b.body, out),
            Node::MacroDefinition(_, m, _) => includes(&m.body, out),
            Node::FilterSection(_, f, _) => includes(&f.body, out),
            Node::Forloop(_, f, _) => {
                includes(&f.body, out);
                includes(f.empty_body.as_deref().unwrap_or_default(), out);
            }
            Node::If(i, _) => {
                for (_, _, body) in &i.conditions {
                    includes(body, out);
                }
                if let Some((_, body)) = &i.otherwise {
                    includes(body, out);
                }
            }
            _ => {}
        }
    }
}

/// Tera's `range(end, start=0, step_by=1)`, refusing more than `MAX_RANGE` items and
/// calls after the page's deadline (so nested loops cannot run unbounded).
pub(crate) fn bounded_range(args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let number = |key: &str, default: Option<u64>| -> tera::Result<u64> {
        match args.get(key) {
            Some(v) => v.as_u64().ok_or_else(|| {
                tera::Error::msg(format!(
                    "Function `range`: `{key}` must be a whole number, not {v}"
                ))
            }),
            None => {
                default.ok_or_else(|| tera::Error::msg(format!("Function `range` needs `{key}`")))
            }
        }
    };
    let (start, end, step) = (
        number("start", Some(0))?,
        number("end", None)?,
        number("step_by", Some(1))?,
    );
    if step == 0 {
        return Err(tera::Error::msg(
            "Function `range`: `step_by` must be at least 1",
        ));
    }
    let count = end.saturating_sub(start).div_ceil(step);
    if count > MAX_RANGE as u64 {
        return Err(tera::Error::msg(format!(
            "Function `range` would make {count} items (at most {MAX_RANGE})"
        )));
    }
    past_deadline().map_or(Ok(()), Err)?;
    let items: Vec<u64> = (start..end).step_by(step as usize).collect();
    Ok(tera::to_value(items).unwrap_or_default())
}

fn past_deadline() -> Option<tera::Error> {
    let late = DEADLINE
        .with(|d| d.get())
        .is_some_and(|d| Instant::now() > d);
    late.then(|| tera::Error::msg(too_slow()))
}

fn too_slow() -> String {
    format!(
        "the page took longer than {} s to render",
        MAX_RENDER.as_secs()
    )
}

/// Where a page is rendered: at most `MAX_PAGE` bytes, written before the deadline.
/// Tera stops at the first refused write.
pub(crate) struct Bounded {
    pub(crate) bytes: Vec<u8>,
    deadline: Instant,
    /// Writes since the clock was last read (it is read every `CLOCK_EVERY` writes:
    /// a page makes thousands of small writes).
    writes: u32,
    /// Why a write was refused.
    pub(crate) refused: Option<String>,
}

/// How many writes go by between two readings of the clock.
const CLOCK_EVERY: u32 = 64;

impl Bounded {
    /// An empty page; the deadline starts now, on this thread.
    pub(crate) fn start() -> Bounded {
        let deadline = Instant::now() + MAX_RENDER;
        DEADLINE.with(|d| d.set(Some(deadline)));
        Bounded {
            bytes: Vec::new(),
            deadline,
            writes: 0,
            refused: None,
        }
    }
}

impl Drop for Bounded {
    fn drop(&mut self) {
        DEADLINE.with(|d| d.set(None));
    }
}

impl std::io::Write for Bounded {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.writes = (self.writes + 1) % CLOCK_EVERY;
        let refused = if self.bytes.len() + buf.len() > MAX_PAGE {
            Some(format!("the page is larger than {} MiB", MAX_PAGE >> 20))
        } else if self.writes == 0 && Instant::now() > self.deadline {
            Some(too_slow())
        } else {
            None
        };
        if let Some(why) = refused {
            self.refused = Some(why.clone());
            return Err(std::io::Error::other(why));
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(name: &str, text: &str) -> (String, String) {
        (name.to_string(), text.to_string())
    }

    #[test]
    fn include_cycles_are_found_with_their_path() {
        let direct = [t("page.html", "a{% include \"page.html\" %}")];
        assert_eq!(
            check_includes(&direct),
            Err("template page.html includes itself (page.html -> page.html)".to_string())
        );
        let nested = [
            t(
                "a.html",
                "{% if x %}{% for i in y %}{% include \"b.html\" %}{% endfor %}{% endif %}",
            ),
            t(
                "b.html",
                "{% block c %}{% include \"a.html\" %}{% endblock c %}",
            ),
        ];
        assert_eq!(
            check_includes(&nested),
            Err("template a.html includes itself (a.html -> b.html -> a.html)".to_string())
        );
        let fine = [
            t("a.html", "{% include \"b.html\" %}{% include \"b.html\" %}"),
            t("b.html", "b"),
        ];
        assert_eq!(check_includes(&fine), Ok(()));
    }

    #[test]
    fn range_is_bounded() {
        let args = |end: u64| HashMap::from([("end".to_string(), tera::to_value(end).unwrap())]);
        assert_eq!(
            bounded_range(&args(3)).unwrap(),
            tera::to_value([0, 1, 2]).unwrap()
        );
        let err = bounded_range(&args(100_000_000)).unwrap_err().to_string();
        assert_eq!(
            err,
            "Function `range` would make 100000000 items (at most 100000)"
        );
    }

    #[test]
    fn a_page_past_its_size_is_refused() {
        use std::io::Write;
        let mut page = Bounded::start();
        assert!(page.write_all(&vec![b'a'; MAX_PAGE]).is_ok());
        assert!(page.write_all(b"b").is_err());
        assert_eq!(
            page.refused.as_deref(),
            Some("the page is larger than 64 MiB")
        );
    }
}
