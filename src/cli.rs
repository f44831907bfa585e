//! The command line: one Args struct per command, each with `run()` returning the exit status.
use crate::date::Date;
use crate::diag;
use crate::model::Seat;
use crate::pipeline::{self, Pipeline, RunOptions};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// ccpub: the static site generator for ccNSO publications.
#[derive(Parser, Debug)]
#[command(name = "ccpub", version = VERSION, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check the records and render the site into its output folder (SITE/public)
    Build(BuildArgs),
    /// Check the records against the rules and report every finding
    Check(CheckArgs),
    /// Serve a live preview on 127.0.0.1 that rebuilds and reloads on every change
    Serve(ServeArgs),
    /// Compare two versions of a guideline, word by word, in the terminal
    Diff(DiffArgs),
    /// Summarise what changed in the records between two git revisions
    Changes(ChangesArgs),
    /// Create a new record file, prefilled and ready to check
    #[command(subcommand)]
    New(NewCommand),
    /// Create a small new site in DIR that `ccpub build` publishes at once
    Init(InitArgs),
    /// Print the count of an election of the site, or of an STV ballot file (BLT format)
    Count(CountArgs),
    /// List what there is to translate: texts missing or out of date in each language
    Translations(TranslationsArgs),
    /// List every rule the records are checked against: id, level and what it asks
    Rules(RulesArgs),
}

/// Exit statuses (SPEC §4).
pub const EXIT_CONTENT: u8 = 1;
pub const EXIT_USAGE: u8 = 2;

/// Parses the command line and runs the command.
/// The command line, parsed; `Err` is the exit status after clap's message (usage
/// error, or `--help` and `--version`, which exit 0).
pub fn parse() -> Result<Cli, ExitCode> {
    Cli::try_parse().map_err(|e| {
        let _ = e.print();
        ExitCode::from(if e.use_stderr() { EXIT_USAGE } else { 0 })
    })
}

/// Runs a parsed command line.
/// `ccpub --version`: the version and the git revision it was built from.
pub const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), " (", env!("CCPUB_REVISION"), ")");

/// Runs the command on a thread whose stack, like that of every thread that renders
/// pages, has room for the deepest template a theme may have (`render::RENDER_STACK`).
pub fn run(cli: Cli) -> ExitCode {
    let stack = crate::render::RENDER_STACK;
    let _ = rayon::ThreadPoolBuilder::new()
        .stack_size(stack)
        .build_global();
    let command = std::thread::Builder::new()
        .name("ccpub".into())
        .stack_size(stack)
        .spawn(move || run_command(cli));
    match command.map(|t| t.join()) {
        Ok(Ok(code)) => code,
        Ok(Err(panic)) => std::panic::resume_unwind(panic),
        Err(e) => {
            eprintln!("error: cannot start: {e}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}

fn run_command(cli: Cli) -> ExitCode {
    let result = match cli.command {
        Command::Build(args) => args.run(),
        Command::Check(args) => args.run(),
        Command::Diff(args) => args.run(),
        Command::Serve(args) => args.run(),
        Command::Init(args) => args.run(),
        Command::New(cmd) => cmd.run(),
        Command::Changes(args) => args.run(),
        Command::Count(args) => args.run(),
        Command::Translations(args) => args.run(),
        Command::Rules(args) => args.run(),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    /// Compiler-style lines with the source line and a caret
    Text,
    /// A JSON array of {path, line, column, level, rule, message}
    Json,
    /// GitHub Actions workflow commands (annotations on pull requests)
    Github,
}

/// Options every command that reads a site shares.
#[derive(clap::Args, Debug)]
pub struct SiteArgs {
    /// The site folder (holding content/site.yaml)
    #[arg(default_value = ".")]
    pub site: PathBuf,
    /// Also check links to draft guideline versions as pages of the site
    #[arg(long)]
    pub drafts: bool,
    /// The date "current" means (YYYY-MM-DD); default: as_of in site.yaml, SOURCE_DATE_EPOCH, today
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<Date>,
}

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Count warnings as errors
    #[arg(long)]
    pub strict: bool,
    /// How to print the findings
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

impl CheckArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let opts = self.site.options(self.strict, None);
        let checked = Pipeline::new(opts.clone())?.check()?;
        let report = match self.format {
            Format::Text => {
                diag::render_text(&checked.findings, |p| pipeline::source_text(&opts.site, p))
            }
            Format::Json => diag::render_json(&checked.findings),
            Format::Github => diag::render_github(&checked.findings),
        };
        match self.format {
            Format::Text => std::io::stderr().write_all(report.as_bytes())?,
            Format::Json | Format::Github => std::io::stdout().write_all(report.as_bytes())?,
        }
        Ok(if checked.has_errors() {
            ExitCode::from(EXIT_CONTENT)
        } else {
            ExitCode::SUCCESS
        })
    }
}

impl SiteArgs {
    fn options(&self, strict: bool, base_url: Option<String>) -> RunOptions {
        RunOptions {
            site: self.site.clone(),
            drafts: self.drafts,
            as_of: self.as_of,
            strict,
            base_url,
            at_root: false,
        }
    }
}

#[derive(clap::Args, Debug)]
pub struct BuildArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// The output folder, replaced whole by a successful build [default: SITE/public]
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Count warnings as errors
    #[arg(long)]
    pub strict: bool,
    /// The absolute URL the site is served from (overrides base_url in site.yaml)
    #[arg(long, value_parser = parse_base_url)]
    pub base_url: Option<String>,
    /// Replace the output folder even if it is not empty and ccpub did not write it
    #[arg(long)]
    pub force: bool,
}

impl BuildArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let started = std::time::Instant::now();
        let opts = self.site.options(self.strict, self.base_url.clone());
        let out = self
            .out
            .clone()
            .unwrap_or_else(|| self.site.site.join("public"));
        let pipeline = Pipeline::new(opts.clone())?;
        let (checked, summary) = crate::publish::build(&pipeline, &out, self.force)?;
        let mut stderr = std::io::stderr();
        if !checked.findings.is_empty() || summary.is_none() {
            stderr.write_all(
                diag::render_text(&checked.findings, |p| pipeline::source_text(&opts.site, p))
                    .as_bytes(),
            )?;
        }
        let Some(s) = summary else {
            writeln!(stderr, "nothing written: {} is unchanged", out.display())?;
            return Ok(ExitCode::from(EXIT_CONTENT));
        };
        let warnings = checked.findings.len();
        writeln!(
            stderr,
            "built {} pages and {} files ({:.1} MB) into {} in {:.2} s{}",
            s.pages,
            s.files,
            s.bytes as f64 / 1e6,
            out.display(),
            started.elapsed().as_secs_f64(),
            if warnings > 0 {
                format!(
                    ", {warnings} {}",
                    if warnings == 1 { "warning" } else { "warnings" }
                )
            } else {
                String::new()
            }
        )?;
        // The command ends here: the plan's pages and records are freed by a thread of
        // their own (or by the process's exit), not one by one before it.
        std::thread::spawn(move || drop((checked, pipeline)));
        Ok(ExitCode::SUCCESS)
    }
}

#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// The port on 127.0.0.1 (0: any free port)
    #[arg(long, default_value_t = 1111)]
    pub port: u16,
    /// Poll for changes instead of using file-system events (network or container file systems)
    #[arg(long)]
    pub poll: bool,
}

impl ServeArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        // The preview serves at `/`, whatever the path of the site's base URL.
        let opts = RunOptions {
            at_root: true,
            ..self.site.options(false, None)
        };
        let pipeline = Pipeline::keeping(opts)?;
        crate::serve::serve(crate::serve::ServeOptions {
            pipeline,
            port: self.port,
            poll: self.poll,
        })?;
        Ok(ExitCode::SUCCESS)
    }
}

#[derive(clap::Args, Debug)]
#[command(override_usage = "ccpub diff [SITE] <GUIDELINE> <FROM> <TO>")]
pub struct DiffArgs {
    /// [SITE] (default: the current folder), the guideline (its folder under
    /// content/guidelines/), and the two versions to compare
    #[arg(num_args = 3..=4, required = true, value_name = "ARGS")]
    pub args: Vec<String>,
}

impl DiffArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        use std::io::IsTerminal;
        let colour = std::io::stdout().is_terminal();
        let (site, rest) = match self.args.as_slice() {
            [site, rest @ ..] if self.args.len() == 4 => (PathBuf::from(site), rest),
            rest => (PathBuf::from("."), rest),
        };
        let text = crate::diff::diff(&site, &rest[0], &rest[1], &rest[2], colour)?;
        std::io::stdout().write_all(text.as_bytes())?;
        Ok(ExitCode::SUCCESS)
    }
}

#[derive(clap::Args, Debug)]
pub struct ChangesArgs {
    /// The revision to compare from (a commit, branch or tag)
    pub from: String,
    /// The revision to compare to [default: the working tree]
    pub to: Option<String>,
    /// The site folder, inside a git repository
    #[arg(long, default_value = ".")]
    pub site: PathBuf,
    /// Text for the terminal, or Markdown for a pull request or a news item
    #[arg(long, value_enum, default_value_t = ChangesFormat::Text)]
    pub format: ChangesFormat,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ChangesFormat {
    Text,
    Markdown,
}

impl ChangesArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let changes = crate::changes::between(&self.site, &self.from, self.to.as_deref())?;
        let text = crate::changes::render(&changes, matches!(self.format, ChangesFormat::Markdown));
        std::io::stdout().write_all(text.as_bytes())?;
        Ok(ExitCode::SUCCESS)
    }
}

#[derive(Subcommand, Debug)]
pub enum NewCommand {
    /// A member: content/members/<LABEL>.yaml, with country and ICANN region from the built-in tables
    Member {
        /// The ccTLD's label (an ISO 3166-1 code, ac, eu, uk, or an IDN's xn-- A-label)
        label: String,
        /// The date the Council approved the membership [default: today]
        #[arg(long, value_parser = parse_date)]
        joined: Option<Date>,
        #[arg(long, default_value = ".")]
        site: PathBuf,
    },
    /// A councillor: content/council/<PERSON>.yaml with one three-year term
    Councillor {
        /// The person's id (jane-doe)
        person: String,
        /// The seat: a region id, or nomcom
        #[arg(long, value_parser = parse_seat)]
        seat: Seat,
        /// The start of the term [default: today]
        #[arg(long, value_parser = parse_date)]
        from: Option<Date>,
        #[arg(long, default_value = ".")]
        site: PathBuf,
    },
    /// A working group: content/working-groups/<SLUG>.md, active, created today
    WorkingGroup {
        slug: String,
        #[arg(long, default_value = ".")]
        site: PathBuf,
    },
    /// The next draft version of a guideline, its text a copy of the highest version
    GuidelineVersion {
        slug: String,
        #[arg(long, default_value = ".")]
        site: PathBuf,
    },
    /// An announcement: content/news/<today>-<SLUG>.md
    News {
        slug: String,
        #[arg(long, default_value = ".")]
        site: PathBuf,
    },
    /// A Council meeting: content/meetings/<NUMBER>.md, the councillors seated on its
    /// date as the attendance to edit, and its first resolution id
    Meeting {
        /// The meeting's number (the minutes' numbering: 67)
        number: u32,
        /// The date of the meeting [default: today]
        #[arg(long, value_parser = parse_date)]
        date: Option<Date>,
        #[arg(long, default_value = ".")]
        site: PathBuf,
    },
    /// An election: content/elections/<SLUG>.yaml with its call and a nomination period
    /// of three weeks, ready for the nominations
    Election {
        slug: String,
        /// Who nominates and votes: a region id (a Council seat), or all
        #[arg(long)]
        electorate: String,
        /// The day nominations open [default: today]
        #[arg(long, value_parser = parse_date)]
        call: Option<Date>,
        #[arg(long, default_value = ".")]
        site: PathBuf,
    },
    /// A membership application: content/applications/<LABEL>-<RECEIVED>.yaml, pending,
    /// its applicant prefilled from the built-in tables
    Application {
        /// The ccTLD's label
        label: String,
        /// The date the application was received [default: today]
        #[arg(long, value_parser = parse_date)]
        received: Option<Date>,
        #[arg(long, default_value = ".")]
        site: PathBuf,
    },
    /// A translation: <FILE> with .<LANG>.md for .md, holding the original's title and
    /// text to translate and the hash of the original it translates
    Translation {
        /// The page, news item, working group or guideline version to translate
        /// (content/pages/about.md)
        file: String,
        /// The language (one of site.yaml's `languages` other than the default)
        lang: String,
        #[arg(long, default_value = ".")]
        site: PathBuf,
    },
}

impl NewCommand {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let rel = match self.record(crate::pipeline::today()) {
            Ok((site, record)) => {
                pipeline::ensure_site(&site)?;
                crate::scaffold::create(&site, &record)?
            }
            Err((site, file, lang)) => {
                pipeline::ensure_site(&site)?;
                crate::translate::new_translation(&site, &file, &lang)?
            }
        };
        eprintln!("created {rel}");
        Ok(ExitCode::SUCCESS)
    }

    /// The site folder and the record to write in it.
    /// The site folder the record is written in.
    fn site(&self) -> &PathBuf {
        use NewCommand as N;
        match self {
            N::Member { site, .. } | N::Councillor { site, .. } | N::WorkingGroup { site, .. } => {
                site
            }
            N::GuidelineVersion { site, .. } | N::News { site, .. } | N::Meeting { site, .. } => {
                site
            }
            N::Election { site, .. } | N::Application { site, .. } => site,
            N::Translation { site, .. } => site,
        }
    }

    /// (`Err`: a translation, written from its original: the site, file and language.)
    fn record(
        self,
        today: Date,
    ) -> Result<(PathBuf, crate::scaffold::NewRecord), (PathBuf, String, String)> {
        use crate::scaffold::NewRecord as R;
        use NewCommand as N;
        let site = self.site().clone();
        let day = |d: Option<Date>| d.unwrap_or(today);
        let record = match self {
            N::Translation { site, file, lang } => return Err((site, file, lang)),
            N::Member { label, joined, .. } => R::Member {
                label,
                joined: day(joined),
            },
            N::Councillor {
                person, seat, from, ..
            } => R::Councillor {
                id: person,
                seat,
                from: day(from),
            },
            N::WorkingGroup { slug, .. } => R::WorkingGroup {
                slug,
                created: today,
            },
            N::GuidelineVersion { slug, .. } => R::GuidelineVersion { slug, date: today },
            N::News { slug, .. } => R::News { slug, date: today },
            N::Meeting { number, date, .. } => R::Meeting {
                number,
                date: day(date),
            },
            N::Election {
                slug,
                electorate,
                call,
                ..
            } => R::Election {
                slug,
                electorate,
                call: day(call),
            },
            N::Application {
                label, received, ..
            } => R::Application {
                label,
                received: day(received),
            },
        };
        Ok((site, record))
    }
}

#[derive(clap::Args, Debug)]
pub struct TranslationsArgs {
    /// Only this language (one of site.yaml's `languages` other than the default)
    #[arg(long)]
    pub lang: Option<String>,
    /// Text for the terminal (in a git repository, with what changed in the original
    /// of each out-of-date translation), or JSON
    #[arg(long, value_enum, default_value_t = TranslationsFormat::Text)]
    pub format: TranslationsFormat,
    #[arg(long, default_value = ".")]
    pub site: PathBuf,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum TranslationsFormat {
    Text,
    Json,
}

impl TranslationsArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        use std::io::IsTerminal;
        let colour = std::io::stdout().is_terminal();
        let json = matches!(self.format, TranslationsFormat::Json);
        let text = crate::translate::report(&self.site, self.lang.as_deref(), json, colour)?;
        std::io::stdout().write_all(text.as_bytes())?;
        Ok(ExitCode::SUCCESS)
    }
}

#[derive(clap::Args, Debug)]
pub struct CountArgs {
    /// An election of the site (its slug, content/elections/<SLUG>.yaml), or a ballot
    /// file in the BLT format of OpenSTV and Droop (`*.blt`)
    target: String,
    #[arg(long, default_value = ".")]
    site: PathBuf,
}

impl CountArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        if !self.target.ends_with(".blt") {
            return self.election();
        }
        let file = PathBuf::from(&self.target);
        let text = std::fs::read_to_string(&file)
            .map_err(|e| anyhow::anyhow!("failed to read `{}`: {e}", file.display()))?;
        let blt =
            crate::blt::read(&text).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
        let count = crate::count::meek(&blt.input);
        let transcript = crate::count::transcript(&count, &blt.names, &blt.title, blt.input.seats);
        print!("{transcript}");
        Ok(ExitCode::SUCCESS)
    }
}

impl CountArgs {
    /// The count of an election of the site, as its records give it.
    fn election(&self) -> anyhow::Result<ExitCode> {
        pipeline::ensure_site(&self.site)?;
        let mut diags = diag::Diagnostics::default();
        let loaded = crate::load::load(&self.site, &mut diags, &crate::load::LoadCache::off())?;
        let site = loaded.site;
        let Some(e) = site.elections.iter().find(|e| e.slug == self.target) else {
            let known: Vec<&str> = site.elections.iter().map(|e| e.slug.as_str()).collect();
            anyhow::bail!(
                "no election \"{}\" (elections: {})",
                self.target,
                if known.is_empty() {
                    "none".to_string()
                } else {
                    known.join(", ")
                }
            );
        };
        print!("{}", crate::tally::transcript(&site, e));
        Ok(ExitCode::SUCCESS)
    }
}

fn parse_seat(s: &str) -> Result<Seat, String> {
    Seat::parse(s).ok_or_else(|| format!("unknown seat \"{s}\" (expected one of: africa, asia-pacific, europe, latin-america, north-america, nomcom)"))
}

#[derive(clap::Args, Debug)]
pub struct InitArgs {
    /// The folder to create (absent or empty)
    pub dir: PathBuf,
    /// The git repository the workflows install ccpub from [default: the one this
    /// ccpub was cloned from, when known]
    #[arg(long, value_name = "URL")]
    pub ccpub_git: Option<String>,
}

impl InitArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let pin = crate::init::Pin::of_this_build(self.ccpub_git);
        let written = crate::init::init(&self.dir, pipeline::today(), &pin)?;
        let dir = self.dir.display();
        eprintln!(
            "created a new site with {} files in {dir}, and workflows that publish it on GitHub Pages\nnext: ccpub check --strict {dir} && ccpub serve {dir}",
            written.files
        );
        for note in written.notes {
            eprintln!("note: {note}");
        }
        Ok(ExitCode::SUCCESS)
    }
}

fn parse_base_url(s: &str) -> Result<String, String> {
    let ok =
        (s.starts_with("https://") || s.starts_with("http://")) && !s.contains(char::is_whitespace);
    if ok {
        Ok(s.trim_end_matches('/').to_string())
    } else {
        Err(format!(
            "invalid base URL \"{s}\" (expected an absolute http(s) URL)"
        ))
    }
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s, false).ok_or_else(|| format!("invalid date \"{s}\" (expected YYYY-MM-DD)"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn verify_cli() {
        // clap's own consistency checks of every command, flag and default.
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}

#[derive(clap::Args, Debug)]
pub struct RulesArgs {
    /// `text`: a line per rule; `markdown`: the table of docs/rules.md
    #[arg(long, value_enum, default_value = "text")]
    format: RulesFormat,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum RulesFormat {
    Text,
    Markdown,
}

impl RulesArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let text = match self.format {
            RulesFormat::Text => diag::rules_text(),
            RulesFormat::Markdown => diag::rules_markdown(),
        };
        std::io::stdout().write_all(text.as_bytes())?;
        Ok(ExitCode::SUCCESS)
    }
}
