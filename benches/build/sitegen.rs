//! A deterministic generator of SPEC-conformant sites for benchmarks: every ccTLD as a
//! member, 18 councillors, 12 working groups, 20 guidelines × 5 versions, N news items
//! of about 300 words; and the equivalent Hugo site.
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

const WORDS: &[&str] = &[
    "council",
    "member",
    "policy",
    "region",
    "registry",
    "domain",
    "country",
    "code",
    "manager",
    "working",
    "group",
    "review",
    "procedure",
    "version",
    "guideline",
    "secretariat",
    "meeting",
    "resolution",
    "community",
    "internet",
    "names",
    "support",
    "organisation",
    "delegation",
    "transfer",
    "election",
    "nomination",
    "board",
    "seat",
    "term",
    "chair",
    "report",
    "draft",
    "adopted",
    "clause",
    "request",
    "approved",
    "rejected",
    "pending",
    "annual",
    "budget",
    "finance",
    "security",
    "stability",
    "technical",
    "operational",
    "strategic",
    "planning",
    "study",
    "framework",
    "interpretation",
    "consensus",
    "vote",
    "members",
    "regional",
    "global",
    "local",
    "public",
    "comment",
    "period",
    "deadline",
    "proposal",
    "charter",
    "scope",
    "liaison",
    "governmental",
    "advisory",
    "committee",
    "the",
    "of",
    "and",
    "to",
    "in",
    "for",
    "on",
    "with",
    "by",
    "at",
    "from",
    "a",
    "an",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "will",
    "may",
    "shall",
    "its",
    "their",
    "this",
    "that",
    "which",
    "each",
    "every",
];

/// A small deterministic pseudo-random source (a linear congruential generator).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    fn words(&mut self, n: usize) -> String {
        let mut s = String::new();
        for i in 0..n {
            if i > 0 {
                s.push(' ');
            }
            s.push_str(WORDS[self.below(WORDS.len() as u64) as usize]);
        }
        s
    }

    fn paragraphs(&mut self, words: usize) -> String {
        let mut out = String::new();
        let mut left = words;
        while left > 0 {
            let n = left.min(40 + self.below(40) as usize);
            let mut p = self.words(n);
            p[..1].make_ascii_uppercase();
            let _ = write!(out, "{p}.\n\n");
            left -= n;
        }
        out
    }
}

/// The ISO codes and ICANN regions of the built-in table, plus the reserved ccTLD codes.
fn codes(root: &Path) -> Vec<(String, String, String)> {
    let text = fs::read_to_string(root.join("data/iso3166-icann-regions.csv")).unwrap();
    let mut out: Vec<(String, String, String)> = text
        .lines()
        .skip(1)
        .map(|l| {
            let code = &l[..2];
            let region = l.rsplit(',').next().unwrap();
            (
                code.to_string(),
                format!("Territory {}", code.to_uppercase()),
                region.to_string(),
            )
        })
        .collect();
    for code in ["ac", "eu", "uk"] {
        out.push((
            code.to_string(),
            format!("Territory {}", code.to_uppercase()),
            "europe".into(),
        ));
    }
    out.sort();
    out
}

fn date(days_before: u64) -> String {
    // 2026-01-01 is the as_of date of the generated sites.
    let as_of = ccpub::date::Date::ymd(2026, 1, 1);
    ccpub::date::Date::from_days(as_of.days() - days_before as i64).to_string()
}

fn write(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

const SEATS: [&str; 6] = [
    "africa",
    "asia-pacific",
    "europe",
    "latin-america",
    "north-america",
    "nomcom",
];

/// Writes a ccpub site with `news` announcements into `dir`; `root` is the project folder.
pub fn ccpub_site(root: &Path, dir: &Path, news: usize) {
    let mut rng = Rng::new(42);
    let c = dir.join("content");
    write(
        &c.join("site.yaml"),
        "title: Benchmark ccNSO\nbase_url: https://bench.example.org\nas_of: 2026-01-01\nnews_per_page: 20\n",
    );
    for (i, (code, country, region)) in codes(root).iter().enumerate() {
        let joined = date(365 * 3 + rng.below(365 * 19));
        let left = if i % 25 == 7 {
            format!("left: {}\nleft_reason: resignation\n", date(rng.below(300)))
        } else {
            String::new()
        };
        write(
            &c.join(format!("members/{code}.yaml")),
            &format!(
                "cctld: {code}\ncountry: {country}\nmanager: Registry of {country}\nregion: {region}\nregion_basis: un-statistics\njoined: {joined}\n{left}website: https://nic.{code}.example\n"
            ),
        );
    }
    for (s, seat) in SEATS.iter().enumerate() {
        for k in 0..3 {
            let from = 2023 + k;
            let chair = if s == 2 && k == 0 {
                "roles:\n  - role: chair\n    from: 2024-03-01\n    to: 2026-03-01\n"
            } else {
                ""
            };
            write(
                &c.join(format!("council/person-{s}-{k}.yaml")),
                &format!(
                    "name: Person {s} {k}\nterms:\n  - seat: {seat}\n    from: {from}-03-01\n    to: {}-03-01\n{chair}",
                    from + 3
                ),
            );
        }
    }
    for g in 0..12 {
        let body = rng.paragraphs(200);
        write(
            &c.join(format!("working-groups/group-{g}.md")),
            &format!(
                "---\nname: Working Group {g}\nstatus: active\ncreated: {}\nmembers: [nl, au, br]\n---\n## Charter\n\n{body}",
                date(1000 + g * 30)
            ),
        );
    }
    for g in 0..20 {
        let mut clauses: Vec<String> = (1..=10)
            .map(|n| format!("{n}.1. {}.", rng.words(45)))
            .collect();
        for v in 0..5 {
            let i = rng.below(10) as usize;
            clauses[i] = format!("{}.1. {}.", i + 1, rng.words(45));
            let mut body = String::new();
            for (n, clause) in clauses.iter().enumerate() {
                let _ = write!(body, "## {}. Section {}\n\n{clause}\n\n", n + 1, n + 1);
            }
            let adopted = date(1500 - v * 300 - g);
            write(
                &c.join(format!("guidelines/guideline-{g}/1.{v}.md")),
                &format!(
                    "---\ntitle: Guideline {g}\nversion: \"1.{v}\"\nstatus: adopted\ndate: {adopted}\nadopted: {adopted}\nadopted_by: ccNSO Council\nsummary: Revision {v}\n---\n{body}"
                ),
            );
        }
    }
    for (slug, title) in [
        ("about", "About"),
        ("joining", "How to join"),
        ("secretariat", "Secretariat"),
    ] {
        write(
            &c.join(format!("pages/{slug}.md")),
            &format!(
                "---\ntitle: {title}\nweight: 1\n---\n{}See the [members](/members/).\n",
                rng.paragraphs(150)
            ),
        );
    }
    for n in 0..news {
        let day = date((n / 3) as u64);
        let body = rng.paragraphs(290);
        write(
            &c.join(format!("news/{day}-item-{n}.md")),
            &format!(
                "---\ntitle: Announcement {n}\nsummary: {}\n---\n{body}See [the members](/members/nl/).\n",
                rng.words(8)
            ),
        );
    }
}

/// The site of `ccpub_site` in the six UN languages (SPEC §8): every page six times.
pub fn six_language_site(root: &Path, dir: &Path, news: usize) {
    ccpub_site(root, dir, news);
    let yaml = dir.join("content/site.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    write(
        &yaml,
        &format!("{text}languages: [en, fr, es, ar, ru, zh]\n"),
    );
}

/// Writes the equivalent Hugo site (same records as pages, same bodies, news paginated 20 a page).
pub fn hugo_site(ccpub_dir: &Path, dir: &Path) {
    write(
        &dir.join("hugo.toml"),
        "baseURL = 'https://bench.example.org/'\ntitle = 'Benchmark ccNSO'\ndisableKinds = ['taxonomy', 'term', 'RSS']\n[pagination]\n  pagerSize = 20\n[markup.goldmark.renderer]\n  unsafe = false\n",
    );
    let layouts = dir.join("layouts/_default");
    write(
        &layouts.join("baseof.html"),
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }} — {{ site.Title }}</title><link rel=\"stylesheet\" href=\"/style.css\"></head><body><header><nav><a href=\"/members/\">Members</a> <a href=\"/news/\">News</a> <a href=\"/guidelines/\">Guidelines</a></nav></header><main>{{ block \"main\" . }}{{ end }}</main><footer>{{ site.Title }}</footer></body></html>\n",
    );
    write(
        &layouts.join("single.html"),
        "{{ define \"main\" }}<article><h1>{{ .Title }}</h1><p><time>{{ .Date.Format \"2 January 2006\" }}</time></p>{{ .Content }}</article>{{ end }}\n",
    );
    write(
        &layouts.join("list.html"),
        "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ $p := .Paginate .Pages.ByDate.Reverse }}<ul>{{ range $p.Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ .Summary }}</li>{{ end }}</ul>{{ if $p.HasNext }}<a href=\"{{ $p.Next.URL }}\">Older</a>{{ end }}{{ end }}\n",
    );
    write(
        &dir.join("layouts/index.html"),
        "{{ define \"main\" }}<h1>{{ site.Title }}</h1><ul>{{ range first 5 (where site.RegularPages \"Section\" \"news\").ByDate.Reverse }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n",
    );
    let content = ccpub_dir.join("content");
    for section in ["news", "working-groups", "pages"] {
        let Ok(entries) = fs::read_dir(content.join(section)) else {
            continue;
        };
        let out_section = if section == "pages" {
            String::new()
        } else {
            format!("{section}/")
        };
        for e in entries {
            let path = e.unwrap().path();
            let text = fs::read_to_string(&path).unwrap();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            let mut front_end = text[4..].find("\n---\n").unwrap() + 4;
            let title = text
                .lines()
                .find_map(|l| {
                    l.strip_prefix("title: ")
                        .or_else(|| l.strip_prefix("name: "))
                })
                .unwrap_or("Untitled")
                .to_string();
            let date_line = if section == "news" {
                format!("date: {}\n", &name[..10])
            } else {
                String::new()
            };
            front_end += 5;
            write(
                &dir.join(format!("content/{out_section}{name}")),
                &format!(
                    "---\ntitle: \"{title}\"\n{date_line}---\n{}",
                    &text[front_end..]
                ),
            );
        }
    }
    for e in fs::read_dir(content.join("members")).unwrap() {
        let path = e.unwrap().path();
        let text = fs::read_to_string(&path).unwrap();
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        let body: String = text.lines().map(|l| format!("- {l}\n")).collect();
        write(
            &dir.join(format!("content/members/{stem}.md")),
            &format!("---\ntitle: \".{stem}\"\n---\n{body}"),
        );
    }
    for g in fs::read_dir(content.join("guidelines")).unwrap() {
        let g = g.unwrap().path();
        let slug = g.file_name().unwrap().to_string_lossy().to_string();
        for v in fs::read_dir(&g).unwrap() {
            let path = v.unwrap().path();
            let text = fs::read_to_string(&path).unwrap();
            let stem = path.file_stem().unwrap().to_string_lossy().to_string();
            let front_end = text[4..].find("\n---\n").unwrap() + 9;
            write(
                &dir.join(format!("content/guidelines/{slug}/{stem}.md")),
                &format!("---\ntitle: \"{slug} {stem}\"\n---\n{}", &text[front_end..]),
            );
        }
    }
    write(
        &dir.join("static/style.css"),
        "body { font-family: sans-serif; }\n",
    );
}
