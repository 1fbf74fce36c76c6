//! What `users import` and `users sync` share: running many changes
//! `--concurrency` at a time with results in order, stopping cleanly (a
//! failure, an unreachable backend, Ctrl-C), and the accounting — every
//! change ends in exactly one state, those in flight when the run stops
//! included — printed as `-o jsonl|json|csv|table`.

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::io::{IsTerminal, Write};

use futures::StreamExt;
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;

use crate::backend::Backend;
use crate::ui::output::{Format, Output, io_err, outln};
use crate::ui::table::Table;
use scimctl_core::error::{Error, Kind, Result};

/// The result of one change.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// The line of the input file; none for a user the file does not name
    /// (a deactivation by `users sync --deactivate-missing`).
    pub row: Option<u64>,
    pub email: String,
    /// What `users sync` set out to do (import rows say it in `status`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,
    pub status: Status,
    pub id: Option<String>,
    pub error: Option<String>,
    /// For an update by `users sync`: which values change, from what to what.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Change>,
    #[serde(skip)]
    pub kind: Option<Kind>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Created,
    Updated,
    Deactivated,
    Skipped,
    Failed,
    WouldCreate,
    WouldUpdate,
    WouldDeactivate,
    WouldSkip,
    WouldFail,
    /// The run stopped (a failure, an unreachable backend, Ctrl-C) before
    /// this change was sent.
    #[serde(rename = "not_attempted")]
    NotAttempted,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    Create,
    Update,
    Deactivate,
}

/// One value an update changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub field: &'static str,
    pub from: Option<String>,
    pub to: String,
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} → {}",
            self.field,
            self.from.as_deref().unwrap_or("(none)"),
            self.to
        )
    }
}

impl Outcome {
    pub fn new(row: Option<u64>, email: &str, status: Status, id: Option<String>) -> Outcome {
        Outcome {
            row,
            email: email.to_string(),
            action: None,
            status,
            id,
            error: None,
            changes: Vec::new(),
            kind: None,
        }
    }

    pub fn failed(row: Option<u64>, email: &str, err: &Error) -> Outcome {
        Outcome {
            error: Some(err.message().to_string()),
            kind: Some(err.kind()),
            ..Outcome::new(row, email, Status::Failed, None)
        }
    }

    pub fn with_action(mut self, action: Option<Action>) -> Outcome {
        self.action = action;
        self
    }
}

/// An outcome's status as written in every format.
pub fn status_word(status: Status) -> String {
    serde_json::to_value(status)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn action_word(action: Option<Action>) -> String {
    action
        .and_then(|a| serde_json::to_value(a).ok())
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn changes_text(changes: &[Change]) -> String {
    changes
        .iter()
        .map(Change::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

/// Which columns a report has: an import's, or a sync's (with the action
/// and the changes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Columns {
    Import,
    Sync,
}

/// A group whose memberships an import or a sync could not change.
#[derive(Debug, Clone, Serialize)]
pub struct GroupFailure {
    /// The group's displayName as the file spells it.
    pub group: String,
    pub status: Status,
    pub error: String,
    #[serde(skip)]
    pub kind: Kind,
}

/// Prints results as they settle, in order.
pub struct Report {
    format: Format,
    columns: Columns,
    counts: HashMap<Status, u64>,
    pub failures: Vec<Outcome>,
    /// Groups the membership step could not change: not rows, so not in
    /// the rows' counts.
    pub group_failures: Vec<GroupFailure>,
    /// The user id of each row that created, updated or kept its user, by
    /// folded email (what the import's memberships need).
    pub ids: HashMap<String, String>,
    all: Vec<Outcome>,
    /// One line per change in a table: with `-o table` given, or when
    /// `lines` says so (a sync's dry run shows its plan). By default a
    /// person gets the progress bar and the summary only.
    table: Option<Table<std::io::Stdout>>,
}

impl Report {
    pub fn new(out: Output, columns: Columns, lines: bool) -> Self {
        let heads: &[&str] = match columns {
            Columns::Import => &["ROW", "EMAIL", "STATUS", "ID", "ERROR"],
            Columns::Sync => &["ROW", "EMAIL", "STATUS", "CHANGES", "ERROR"],
        };
        Report {
            format: out.format,
            columns,
            counts: HashMap::new(),
            failures: Vec::new(),
            group_failures: Vec::new(),
            ids: HashMap::new(),
            all: Vec::new(),
            table: (out.format == Format::Table && (out.chosen || lines))
                .then(|| Table::new(std::io::stdout(), heads, out.style())),
        }
    }

    fn cells(&self, o: &Outcome) -> Vec<String> {
        let row = o.row.map(|r| r.to_string()).unwrap_or_default();
        match self.columns {
            Columns::Import => vec![
                row,
                o.email.clone(),
                status_word(o.status),
                o.id.clone().unwrap_or_default(),
                o.error.clone().unwrap_or_default(),
            ],
            Columns::Sync => vec![
                row,
                o.email.clone(),
                status_word(o.status),
                changes_text(&o.changes),
                o.error.clone().unwrap_or_default(),
            ],
        }
    }

    pub fn add(&mut self, o: Outcome) -> Result<()> {
        *self.counts.entry(o.status).or_default() += 1;
        if let Some(id) = &o.id
            && matches!(
                o.status,
                Status::Created | Status::Updated | Status::Skipped
            )
        {
            self.ids
                .insert(scimctl_core::model::name_key(&o.email), id.clone());
        }
        if o.error.is_some() {
            self.failures.push(o.clone());
        }
        match self.format {
            Format::Jsonl => {
                let line = serde_json::to_string(&o).unwrap_or_default();
                writeln!(std::io::stdout().lock(), "{line}").map_err(io_err)?;
            }
            Format::Json | Format::Csv => self.all.push(o),
            Format::Table => {
                let cells = self.cells(&o);
                if let Some(t) = self.table.as_mut() {
                    t.push(cells)?;
                }
            }
        }
        Ok(())
    }

    /// A group the membership step could not change: a line of its own in
    /// JSON Lines (`{"group", "status", "error"}`) and in a table; JSON and
    /// CSV hold rows only, and the summary and the exit say it.
    pub fn group_failed(&mut self, group: &str, err: &Error) -> Result<()> {
        let failure = GroupFailure {
            group: group.to_string(),
            status: Status::Failed,
            error: err.message().to_string(),
            kind: err.kind(),
        };
        match self.format {
            Format::Jsonl => {
                let line = serde_json::to_string(&failure).unwrap_or_default();
                writeln!(std::io::stdout().lock(), "{line}").map_err(io_err)?;
            }
            Format::Table => {
                if let Some(t) = self.table.as_mut() {
                    t.push(vec![
                        String::new(),
                        format!("group {group}"),
                        status_word(Status::Failed),
                        String::new(),
                        failure.error.clone(),
                    ])?;
                }
            }
            Format::Json | Format::Csv => {}
        }
        self.group_failures.push(failure);
        Ok(())
    }

    pub fn count(&self, status: Status) -> u64 {
        self.counts.get(&status).copied().unwrap_or(0)
    }

    /// The end of a summary line for the results not reached:
    /// `, {words} N`, or nothing when there are none.
    pub fn not_reached(&self, words: &str) -> String {
        match self.count(Status::NotAttempted) {
            0 => String::new(),
            n => format!(", {words} {n}"),
        }
    }

    /// The exit of a run (an import or a sync: `what`) once its summary is
    /// shown: interrupted by Ctrl-C, else the [`verdict`] of its failures.
    pub fn exit(&self, stop: Option<Stop>, what: &str, failed: (&str, &str)) -> Result<()> {
        if matches!(stop, Some(Stop::Interrupted | Stop::Abandoned)) {
            return Err(Error::new(
                Kind::Interrupted,
                format!("the {what} was interrupted"),
            ));
        }
        verdict(&self.failures, &self.group_failures, failed)
    }

    /// Whether a run that stopped left rows for a resume (not attempted,
    /// or failed).
    pub fn resumable(&self, stop: Option<Stop>) -> bool {
        stop.is_some() && self.count(Status::NotAttempted) + self.count(Status::Failed) > 0
    }

    pub fn finish(mut self) -> Result<Self> {
        if let Some(t) = self.table.take() {
            t.finish()?;
        }
        match self.format {
            Format::Json => {
                outln!(
                    "{}",
                    serde_json::to_string_pretty(&self.all).unwrap_or_default()
                )?;
            }
            Format::Csv => {
                let mut w = csv::Writer::from_writer(std::io::stdout());
                let sync = self.columns == Columns::Sync;
                let mut head = vec!["row", "email"];
                if sync {
                    head.push("action");
                }
                head.extend(["status", "id", "error"]);
                if sync {
                    head.push("changes");
                }
                let _ = w.write_record(&head);
                for o in &self.all {
                    let mut rec = vec![
                        o.row.map(|r| r.to_string()).unwrap_or_default(),
                        o.email.clone(),
                    ];
                    if sync {
                        rec.push(action_word(o.action));
                    }
                    rec.extend([
                        status_word(o.status),
                        o.id.clone().unwrap_or_default(),
                        o.error.clone().unwrap_or_default(),
                    ]);
                    if sync {
                        rec.push(changes_text(&o.changes));
                    }
                    let _ = w.write_record(&rec);
                }
                w.flush().map_err(io_err)?;
            }
            _ => {}
        }
        Ok(self)
    }
}

pub fn progress(total: u64, unit: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total);
    bar.set_style(
        ProgressStyle::with_template(&format!(
            "{{bar:20}} {{pos}}/{{len}} {unit}  {{per_sec}}  eta {{eta}}  {{msg}}"
        ))
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// The exit of a bulk command: 0 when every change succeeded or was
/// skipped; otherwise the code of the failures' kind when they share one,
/// else 1. `what` says what happened to rows, for one and for several;
/// groups the membership step could not change are named after them.
pub fn verdict(failures: &[Outcome], groups: &[GroupFailure], what: (&str, &str)) -> Result<()> {
    let mut kinds = failures
        .iter()
        .map(|f| f.kind.unwrap_or(Kind::Internal))
        .chain(groups.iter().map(|g| g.kind));
    let Some(kind) = kinds.next() else {
        return Ok(());
    };
    let kind = if kinds.all(|k| k == kind) {
        kind
    } else {
        Kind::Internal
    };
    let mut parts = Vec::new();
    if !failures.is_empty() {
        let sample: Vec<String> = failures
            .iter()
            .take(5)
            .map(|f| {
                let at = match f.row {
                    Some(r) => format!("row {r}"),
                    None => f.email.clone(),
                };
                format!("{at}: {}", f.error.as_deref().unwrap_or("failed"))
            })
            .collect();
        parts.push(format!(
            "{} {}: {}{}",
            failures.len(),
            if failures.len() == 1 { what.0 } else { what.1 },
            sample.join("; "),
            if failures.len() > 5 { "; …" } else { "" }
        ));
    }
    if !groups.is_empty() {
        let sample: Vec<String> = groups
            .iter()
            .take(5)
            .map(|g| format!("{}: {}", g.group, g.error))
            .collect();
        parts.push(format!(
            "{} group{} could not be changed: {}{}",
            groups.len(),
            if groups.len() == 1 { "" } else { "s" },
            sample.join("; "),
            if groups.len() > 5 { "; …" } else { "" }
        ));
    }
    Err(Error::new(kind, parts.join("; ")))
}

/// Why a run stopped before its last change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// A change failed and the run was not told to go on.
    Failure,
    /// The backend is unreachable or keeps rate-limiting after the retries:
    /// every later change would fail the same way.
    Unreachable,
    /// Ctrl-C: changes in flight are waited for.
    Interrupted,
    /// A second Ctrl-C: changes in flight are abandoned, their fate unknown.
    Abandoned,
}

impl Stop {
    /// The end of a summary line that says why the run stopped.
    pub fn why(stop: Option<Stop>) -> &'static str {
        match stop {
            None => "",
            Some(Stop::Failure) => "; stopped at the first failure (--continue-on-error goes on)",
            Some(Stop::Unreachable) => "; stopped: the backend is unreachable or rate-limiting",
            Some(Stop::Interrupted | Stop::Abandoned) => "; interrupted",
        }
    }
}

/// One change to run: where it comes from, and what it sets out to do.
pub struct Job<T> {
    pub row: Option<u64>,
    pub email: String,
    pub action: Option<Action>,
    pub what: T,
}

/// How a run goes.
pub struct Drive<'b> {
    /// The backend the changes go to (for its rate-limit pause).
    pub backend: &'b dyn Backend,
    pub concurrency: usize,
    /// Go on past failed changes (`--continue-on-error`, or a dry run).
    pub keep_going: bool,
    pub bar: ProgressBar,
}

/// Run `jobs` with `concurrency` in flight, results in job order into
/// `report`, with `early` (outcomes known without a request, e.g. invalid
/// rows) interleaved at their row. Once the run stops, no job is launched;
/// those in flight are waited for and reported — a change the server may
/// have acted on is never left out — then every job left is reported
/// `not_attempted`. The bar is the caller's to clear: a sync drives twice.
pub async fn drive<'a, T, F, Fut>(
    jobs: &'a [Job<T>],
    early: Vec<Outcome>,
    how: &Drive<'_>,
    report: &mut Report,
    work: F,
) -> Result<Option<Stop>>
where
    F: Fn(&'a Job<T>) -> Fut,
    Fut: Future<Output = Outcome>,
{
    let one = |chunk: &'a [Job<T>]| {
        let o = work(&chunk[0]);
        async move { vec![o.await] }
    };
    drive_chunks(jobs, 1, early, how, report, one).await
}

/// [`drive`] by chunks of up to `chunk` jobs, each one call of `work` that
/// gives an outcome per job, in order (a batch of creates that the
/// embedded database writes in one go); `how.concurrency` chunks in flight.
pub async fn drive_chunks<'a, T, F, Fut>(
    jobs: &'a [Job<T>],
    chunk: usize,
    early: Vec<Outcome>,
    how: &Drive<'_>,
    report: &mut Report,
    work: F,
) -> Result<Option<Stop>>
where
    F: Fn(&'a [Job<T>]) -> Fut,
    Fut: Future<Output = Vec<Outcome>>,
{
    let bar = &how.bar;
    let mut waiting = jobs.chunks(chunk.max(1));
    let mut in_flight = futures::stream::FuturesOrdered::new();
    let mut flying: VecDeque<&'a [Job<T>]> = VecDeque::new();
    let mut early = early.into_iter().peekable();
    let mut stop: Option<Stop> = None;
    let mut interrupt = Box::pin(tokio::signal::ctrl_c());
    // The bar says when the run waits for a service's rate limit, so that
    // a paused run does not look hung.
    let mut tick = tokio::time::interval(std::time::Duration::from_millis(500));
    loop {
        while stop.is_none() && in_flight.len() < how.concurrency {
            let Some(jobs) = waiting.next() else {
                break;
            };
            flying.push_back(jobs);
            in_flight.push_back(work(jobs));
        }
        let outcomes = tokio::select! {
            o = in_flight.next() => match o {
                Some(o) => o,
                None => break,
            },
            _ = tick.tick(), if !bar.is_hidden() => {
                bar.set_message(match how.backend.rate_limit_pause() {
                    Some(wait) => format!("rate limit: {:.0} s", wait.as_secs_f64().ceil()),
                    None => String::new(),
                });
                continue;
            }
            _ = &mut interrupt, if stop != Some(Stop::Abandoned) => {
                if stop == Some(Stop::Interrupted) {
                    stop = Some(Stop::Abandoned);
                    break;
                }
                stop = Some(Stop::Interrupted);
                let n: usize = flying.iter().map(|c| c.len()).sum();
                bar.suspend(|| {
                    eprintln!(
                        "Interrupted: waiting for {n} change(s) in flight (Ctrl-C again to stop at once)…"
                    )
                });
                interrupt = Box::pin(tokio::signal::ctrl_c());
                continue;
            }
        };
        flying.pop_front();
        for o in outcomes {
            while early.peek().is_some_and(|b| b.row < o.row) {
                report.add(early.next().expect("peeked"))?;
            }
            if stop.is_none() {
                if matches!(o.kind, Some(Kind::Unavailable | Kind::RateLimited)) {
                    stop = Some(Stop::Unreachable);
                } else if o.status == Status::Failed && !how.keep_going {
                    stop = Some(Stop::Failure);
                }
            }
            report.add(o)?;
            bar.inc(1);
        }
    }
    drop(in_flight);
    // What is left, in order: changes abandoned in flight (their fate is
    // unknown), changes never sent, and the early outcomes among them.
    let mut rest: Vec<Outcome> = flying
        .into_iter()
        .flatten()
        .map(|job| Outcome {
            error: Some(
                "interrupted while in flight: the user may or may not have been written".into(),
            ),
            kind: Some(Kind::Interrupted),
            ..Outcome::new(job.row, &job.email, Status::Failed, None).with_action(job.action)
        })
        .chain(waiting.flatten().map(|job| {
            Outcome::new(job.row, &job.email, Status::NotAttempted, None).with_action(job.action)
        }))
        .chain(early)
        .collect();
    // stable: rows without a line (deactivations) keep their order, last
    rest.sort_by_key(|o| (o.row.is_none(), o.row));
    for o in rest {
        report.add(o)?;
    }
    Ok(stop)
}
