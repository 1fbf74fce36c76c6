//! `scimctl users import`: onboarding at speed.
//!
//! Import reads every row first and checks it, so a file with bad rows
//! changes nothing unless `--continue-on-error` says to go on with the good
//! ones. Rows then run `--concurrency` at a time; results come out in row
//! order. A row whose user exists is settled by `--if-exists`, so a re-run of
//! the same file never creates a duplicate.

use std::collections::HashMap;
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::time::Instant;

use futures::StreamExt;
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;
use serde_json::json;

use super::census::{Census, Known, Skipped, differs};
use super::common::{IfExists, find, id_of};
use super::row::{FileFormat, Row, body_of, check, row_of};
use crate::backend::Backend;
use crate::cli::context::Context;
use crate::error::{Error, Kind, Result};
use crate::scim::patch::PatchOperation;
use crate::ui::output::{Format, Output, io_err, outln};
use crate::ui::table::Table;

/// Create or update many users from a file.
///
/// CSV needs the header `email,first_name,last_name` and may add
/// `external_id`, `role` and `active`; JSON Lines objects use the same
/// keys. `-o jsonl` prints one result per row:
/// {"row","email","status":"created|updated|skipped|failed|not_attempted","id","error"}.
/// Every row ends in exactly one state, rows in flight when the import stops
/// included; Ctrl-C stops launching rows, waits for those in flight, prints
/// the summary and how to resume (a second Ctrl-C stops at once).
/// Exits 0 only when every row succeeded or was skipped by request.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The file, or - for stdin.
    #[arg(value_hint = clap::ValueHint::FilePath)]
    pub file: String,
    /// Input format [default: from the file name, else csv].
    #[arg(long, value_enum)]
    pub format: Option<FileFormat>,
    /// Check every row and print the plan; change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Rows in flight at once.
    #[arg(long, default_value_t = 16, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub concurrency: u16,
    /// What to do with a row whose user exists.
    #[arg(long, value_enum, default_value_t = IfExists::Fail)]
    pub if_exists: IfExists,
    /// Import the good rows even when some rows are bad or fail.
    #[arg(long)]
    pub continue_on_error: bool,
}

/// The result of one row.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub row: u64,
    pub email: String,
    pub status: Status,
    pub id: Option<String>,
    pub error: Option<String>,
    #[serde(skip)]
    kind: Option<Kind>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Created,
    Updated,
    Skipped,
    Failed,
    WouldCreate,
    WouldUpdate,
    WouldSkip,
    WouldFail,
    /// The import stopped (a failure, an unreachable backend, Ctrl-C)
    /// before this row was sent.
    #[serde(rename = "not_attempted")]
    NotAttempted,
}

/// A checked input line: the row, or why it is bad — with the email as far
/// as it could be read, so that a bad row's result still names its user.
#[derive(Debug)]
pub struct Parsed {
    pub line: u64,
    pub email: String,
    pub row: std::result::Result<Row, String>,
}

fn read_input(file: &str) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    if file == "-" {
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| Error::invalid(format!("cannot read stdin: {e}")))?;
    } else {
        buf = std::fs::read(PathBuf::from(file))
            .map_err(|e| Error::invalid(format!("cannot read {file}: {e}")))?;
    }
    Ok(buf)
}

/// Parse every line; the row number is the line number in the input.
pub fn parse(bytes: &[u8], format: FileFormat) -> Result<Vec<Parsed>> {
    let mut out = Vec::new();
    match format {
        FileFormat::Csv => {
            let mut reader = csv::ReaderBuilder::new()
                .trim(csv::Trim::All)
                .flexible(false)
                .from_reader(bytes);
            let headers = reader
                .headers()
                .map_err(|e| Error::invalid(format!("cannot read the CSV header: {e}")))?
                .clone();
            for required in ["email", "first_name", "last_name"] {
                if !headers.iter().any(|h| h == required) {
                    return Err(Error::invalid(format!(
                        "the CSV header has no {required} column (found: {})",
                        headers.iter().collect::<Vec<_>>().join(",")
                    ))
                    .with_hint(
                        "the header is email,first_name,last_name[,external_id,role,active]",
                    ));
                }
            }
            let email_column = headers.iter().position(|h| h == "email");
            for record in reader.records() {
                match record {
                    Ok(r) => {
                        let line = r.position().map_or(0, |p| p.line());
                        let email = email_column
                            .and_then(|i| r.get(i))
                            .unwrap_or_default()
                            .to_string();
                        let row = r
                            .deserialize::<Row>(Some(&headers))
                            .map_err(|e| e.to_string())
                            .and_then(check);
                        out.push(Parsed { line, email, row });
                    }
                    Err(e) => {
                        let line = e.position().map_or(0, |p| p.line());
                        out.push(Parsed {
                            line,
                            email: String::new(),
                            row: Err(e.to_string()),
                        });
                    }
                }
            }
        }
        FileFormat::Jsonl => {
            for (i, line) in bytes.split(|b| *b == b'\n').enumerate() {
                let text = String::from_utf8_lossy(line);
                if text.trim().is_empty() {
                    continue;
                }
                let row = serde_json::from_str::<Row>(&text)
                    .map_err(|e| e.to_string())
                    .and_then(check);
                let email = match &row {
                    Ok(r) => r.email.clone(),
                    Err(_) => serde_json::from_str::<serde_json::Value>(&text)
                        .ok()
                        .and_then(|v| v.get("email")?.as_str().map(str::to_string))
                        .unwrap_or_default(),
                };
                out.push(Parsed {
                    line: i as u64 + 1,
                    email,
                    row,
                });
            }
        }
    }
    // The same email twice in one file is a mistake in the file.
    let mut first_seen: HashMap<String, u64> = HashMap::new();
    for p in &mut out {
        if let Ok(r) = &p.row {
            p.email = r.email.clone();
            let key = r.email.to_lowercase();
            if let Some(first) = first_seen.get(&key) {
                p.row = Err(format!("{} is already on row {first}", r.email));
            } else {
                first_seen.insert(key, p.line);
            }
        }
    }
    Ok(out)
}

fn update_ops(row: &Row) -> Vec<PatchOperation> {
    let mut value = json!({
        "name.givenName": row.first_name,
        "name.familyName": row.last_name,
    });
    if let Some(r) = &row.role {
        value["roles"] = json!([{"value": r, "primary": true}]);
    }
    if let Some(a) = row.active {
        value["active"] = json!(a);
    }
    if let Some(x) = &row.external_id {
        value["externalId"] = json!(x);
    }
    vec![PatchOperation::replace(None, value)]
}

fn outcome(row: u64, email: &str, status: Status, id: Option<String>) -> Outcome {
    Outcome {
        row,
        email: email.to_string(),
        status,
        id,
        error: None,
        kind: None,
    }
}

fn failure(row: u64, email: &str, err: &Error) -> Outcome {
    Outcome {
        row,
        email: email.to_string(),
        status: Status::Failed,
        id: None,
        error: Some(err.message().to_string()),
        kind: Some(err.kind()),
    }
}

/// Import one row. Where the census knows the user, the row is settled
/// from it (no request for a skip, one PATCH for a change). Otherwise the
/// create goes first: a 409 — also after a retry of a create whose first
/// answer was lost, or for a user the census missed — means "exists",
/// settled by `if_exists` after a lookup.
async fn import_row(
    backend: &dyn Backend,
    line: u64,
    row: &Row,
    if_exists: IfExists,
    known: Option<&Known>,
) -> Outcome {
    if let Some(k) = known {
        return settle_existing(backend, line, row, if_exists, &k.id, &k.row).await;
    }
    match backend.user_create(&body_of(row)).await {
        Ok(user) => outcome(line, &row.email, Status::Created, id_of(&user).ok()),
        Err(e) if e.kind() == Kind::Conflict => {
            if if_exists == IfExists::Fail {
                return exists(line, &row.email, Status::Failed, None);
            }
            let user = match find(backend, &row.email).await {
                Ok(u) => u,
                // a skip needs no id; an update does
                Err(_) if if_exists == IfExists::Skip => {
                    return outcome(line, &row.email, Status::Skipped, None);
                }
                Err(e) => return failure(line, &row.email, &e),
            };
            match id_of(&user) {
                Ok(id) => settle_existing(backend, line, row, if_exists, &id, &row_of(&user)).await,
                Err(e) => failure(line, &row.email, &e),
            }
        }
        Err(e) => failure(line, &row.email, &e),
    }
}

/// A row whose user exists: fail, skip, or update — and an update that
/// would change nothing is a skip, with no request.
async fn settle_existing(
    backend: &dyn Backend,
    line: u64,
    row: &Row,
    if_exists: IfExists,
    id: &str,
    now: &Row,
) -> Outcome {
    match settle(if_exists, now, row) {
        Settle::Fail => exists(line, &row.email, Status::Failed, Some(id.into())),
        Settle::Skip => outcome(line, &row.email, Status::Skipped, Some(id.into())),
        Settle::Update => match backend.user_patch(id, &update_ops(row)).await {
            Ok(u) => outcome(line, &row.email, Status::Updated, id_of(&u).ok()),
            Err(e) => failure(line, &row.email, &e),
        },
    }
}

/// What becomes of a row whose user exists: the one rule for an import
/// and its dry run.
enum Settle {
    Fail,
    Skip,
    Update,
}

fn settle(if_exists: IfExists, now: &Row, wanted: &Row) -> Settle {
    match if_exists {
        IfExists::Fail => Settle::Fail,
        IfExists::Skip => Settle::Skip,
        // an update that would change nothing is a skip, with no request
        IfExists::Update if !differs(now, wanted) => Settle::Skip,
        IfExists::Update => Settle::Update,
    }
}

/// "Already exists", as a failed row (or one that would fail).
fn exists(line: u64, email: &str, status: Status, id: Option<String>) -> Outcome {
    Outcome {
        error: Some(format!("user {email} already exists")),
        kind: Some(Kind::Conflict),
        ..outcome(line, email, status, id)
    }
}

/// What a row would do (dry run), by the same rules as [`import_row`]:
/// from the census when there is one, else from one lookup. No write.
async fn plan_row(
    backend: &dyn Backend,
    line: u64,
    row: &Row,
    if_exists: IfExists,
    census: Option<&Census>,
) -> Outcome {
    let found = match census {
        Some(c) => c.get(&row.email).map(|k| (k.id.clone(), k.row.clone())),
        None => match find(backend, &row.email).await {
            Err(e) if e.kind() == Kind::NotFound => None,
            Err(e) => return failure(line, &row.email, &e),
            Ok(user) => Some((id_of(&user).unwrap_or_default(), row_of(&user))),
        },
    };
    let Some((id, now)) = found else {
        return outcome(line, &row.email, Status::WouldCreate, None);
    };
    let id = (!id.is_empty()).then_some(id);
    match settle(if_exists, &now, row) {
        Settle::Fail => exists(line, &row.email, Status::WouldFail, id),
        Settle::Skip => outcome(line, &row.email, Status::WouldSkip, id),
        Settle::Update => outcome(line, &row.email, Status::WouldUpdate, id),
    }
}

/// Prints results as they settle, in row order.
struct Report {
    format: Format,
    counts: HashMap<Status, u64>,
    failures: Vec<Outcome>,
    all: Vec<Outcome>,
    /// With `-o table` given: one line per row (by default a person gets
    /// the progress bar and the summary only).
    table: Option<Table<std::io::Stdout>>,
}

/// An outcome's status as written in every format.
fn status_word(status: Status) -> String {
    serde_json::to_value(status)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

impl Report {
    fn new(out: Output) -> Self {
        Report {
            format: out.format,
            counts: HashMap::new(),
            failures: Vec::new(),
            all: Vec::new(),
            table: (out.format == Format::Table && out.chosen).then(|| {
                Table::new(
                    std::io::stdout(),
                    &["ROW", "EMAIL", "STATUS", "ID", "ERROR"],
                    out.style(),
                )
            }),
        }
    }

    fn add(&mut self, o: Outcome) -> Result<()> {
        *self.counts.entry(o.status).or_default() += 1;
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
                if let Some(t) = self.table.as_mut() {
                    t.push(vec![
                        o.row.to_string(),
                        o.email.clone(),
                        status_word(o.status),
                        o.id.clone().unwrap_or_default(),
                        o.error.clone().unwrap_or_default(),
                    ])?;
                }
            }
        }
        Ok(())
    }

    fn count(&self, status: Status) -> u64 {
        self.counts.get(&status).copied().unwrap_or(0)
    }

    fn finish(mut self) -> Result<Self> {
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
                let _ = w.write_record(["row", "email", "status", "id", "error"]);
                for o in &self.all {
                    let _ = w.write_record([
                        o.row.to_string(),
                        o.email.clone(),
                        status_word(o.status),
                        o.id.clone().unwrap_or_default(),
                        o.error.clone().unwrap_or_default(),
                    ]);
                }
                w.flush().map_err(io_err)?;
            }
            _ => {}
        }
        Ok(self)
    }
}

fn progress(total: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} rows  {per_sec}  eta {eta}  {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// The exit of a bulk command: 0 when every row succeeded or was skipped;
/// otherwise the code of the failures' kind when they share one, else 1.
/// `what` says what happened to the rows, for one row and for several.
fn verdict(failures: &[Outcome], what: (&str, &str)) -> Result<()> {
    let Some(first) = failures.first() else {
        return Ok(());
    };
    let kind = first.kind.unwrap_or(Kind::Internal);
    let kind = if failures.iter().all(|f| f.kind == Some(kind)) {
        kind
    } else {
        Kind::Internal
    };
    let sample: Vec<String> = failures
        .iter()
        .take(5)
        .map(|f| format!("row {}: {}", f.row, f.error.as_deref().unwrap_or("failed")))
        .collect();
    Err(Error::new(
        kind,
        format!(
            "{} {}: {}{}",
            failures.len(),
            if failures.len() == 1 {
                format!("row {}", what.0)
            } else {
                format!("rows {}", what.1)
            },
            sample.join("; "),
            if failures.len() > 5 { "; …" } else { "" }
        ),
    ))
}

/// Why an import stopped before its last row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    /// A row failed and `--continue-on-error` was not given.
    Failure,
    /// The backend is unreachable or keeps rate-limiting after the retries:
    /// every later row would fail the same way.
    Unreachable,
    /// Ctrl-C: rows in flight are waited for.
    Interrupted,
    /// A second Ctrl-C: rows in flight are abandoned, their fate unknown.
    Abandoned,
}

fn not_attempted(line: u64, email: &str) -> Outcome {
    outcome(line, email, Status::NotAttempted, None)
}

pub async fn run(ctx: &Context, backend: &dyn Backend, a: ImportArgs) -> Result<()> {
    let format = a.format.unwrap_or_else(|| {
        let lower = a.file.to_ascii_lowercase();
        if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
            FileFormat::Jsonl
        } else {
            FileFormat::Csv
        }
    });
    let parsed = parse(&read_input(&a.file)?, format)?;
    let mut report = Report::new(ctx.out);
    let mut good: Vec<(u64, Row)> = Vec::with_capacity(parsed.len());
    let mut bad = Vec::new();
    for p in parsed {
        match p.row {
            Ok(r) => good.push((p.line, r)),
            Err(reason) => bad.push(Outcome {
                row: p.line,
                email: p.email,
                status: if a.dry_run {
                    Status::WouldFail
                } else {
                    Status::Failed
                },
                id: None,
                error: Some(reason),
                kind: Some(Kind::Invalid),
            }),
        }
    }
    if !bad.is_empty() && !a.dry_run && !a.continue_on_error {
        // Nothing is sent: the good rows are not attempted.
        let mut all: Vec<Outcome> = bad.clone();
        all.extend(
            good.iter()
                .map(|(line, row)| not_attempted(*line, &row.email)),
        );
        all.sort_by_key(|o| o.row);
        for o in all {
            report.add(o)?;
        }
        report.finish()?;
        return verdict(
            &bad,
            (
                "is invalid, so nothing was imported (--continue-on-error imports the good rows)",
                "are invalid, so nothing was imported (--continue-on-error imports the good rows)",
            ),
        );
    }
    let started = Instant::now();
    // One read of the team when it is cheaper than asking per row.
    let census = match Census::take(backend, good.len()).await {
        Ok(c) => {
            tracing::debug!(users = c.len(), "read the team once");
            Some(c)
        }
        Err(Skipped::NotWorthIt) => None,
        Err(Skipped::Failed(e)) => {
            tracing::warn!("could not read the team in one pass, so each row asks: {e}");
            None
        }
    };
    let census = census.as_ref();
    let bar = progress(good.len() as u64);
    let if_exists = a.if_exists;
    let dry_run = a.dry_run;
    let work = |line: u64, row: &Row| {
        let row = row.clone();
        async move {
            if dry_run {
                plan_row(backend, line, &row, if_exists, census).await
            } else {
                let known = census.and_then(|c| c.get(&row.email));
                import_row(backend, line, &row, if_exists, known).await
            }
        }
    };
    // Results in row order with `concurrency` rows in flight. Once the
    // import stops, no row is launched, and the rows in flight are waited
    // for and reported: a row the server may have acted on is never left out.
    let mut waiting = good.iter();
    let mut in_flight = futures::stream::FuturesOrdered::new();
    let mut flying: std::collections::VecDeque<(u64, String)> = std::collections::VecDeque::new();
    let mut bad = bad.into_iter().peekable();
    let mut stop: Option<Stop> = None;
    let mut interrupt = Box::pin(tokio::signal::ctrl_c());
    // The bar says when the rows wait for a service's rate limit, so that a
    // paused import does not look hung.
    let mut tick = tokio::time::interval(std::time::Duration::from_millis(500));
    loop {
        while stop.is_none() && in_flight.len() < a.concurrency as usize {
            let Some((line, row)) = waiting.next() else {
                break;
            };
            flying.push_back((*line, row.email.clone()));
            in_flight.push_back(work(*line, row));
        }
        let o = tokio::select! {
            o = in_flight.next() => match o {
                Some(o) => o,
                None => break,
            },
            _ = tick.tick(), if !bar.is_hidden() => {
                bar.set_message(match crate::backend::rate_limit_pause() {
                    Some(wait) => format!("waiting for the rate limit ({:.0} s)", wait.as_secs_f64().ceil()),
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
                bar.suspend(|| {
                    eprintln!(
                        "Interrupted: waiting for {} row(s) in flight (Ctrl-C again to stop at once)…",
                        in_flight.len()
                    )
                });
                interrupt = Box::pin(tokio::signal::ctrl_c());
                continue;
            }
        };
        flying.pop_front();
        // Interleave the invalid rows at their place.
        while bad.peek().is_some_and(|b| b.row < o.row) {
            report.add(bad.next().expect("peeked"))?;
        }
        if stop.is_none() {
            if matches!(o.kind, Some(Kind::Unavailable | Kind::RateLimited)) {
                stop = Some(Stop::Unreachable);
            } else if o.status == Status::Failed && !a.continue_on_error && !dry_run {
                stop = Some(Stop::Failure);
            }
        }
        report.add(o)?;
        bar.inc(1);
    }
    drop(in_flight);
    // What is left, in row order: rows abandoned in flight (their fate is
    // unknown), rows never sent, and the invalid rows among them.
    let mut rest: Vec<Outcome> = flying
        .into_iter()
        .map(|(line, email)| Outcome {
            error: Some(
                "interrupted while in flight: the user may or may not have been written".into(),
            ),
            kind: Some(Kind::Interrupted),
            ..outcome(line, &email, Status::Failed, None)
        })
        .chain(waiting.map(|(line, row)| not_attempted(*line, &row.email)))
        .chain(bad)
        .collect();
    rest.sort_by_key(|o| o.row);
    for o in rest {
        report.add(o)?;
    }
    bar.finish_and_clear();
    let elapsed = started.elapsed().as_secs_f64();
    let report = report.finish()?;
    let resume = if a.file == "-" {
        "re-run with the same input and --if-exists skip".to_string()
    } else {
        format!("scimctl users import {} --if-exists skip", a.file)
    };
    let why = match stop {
        None => String::new(),
        Some(Stop::Failure) => {
            "; stopped at the first failure (--continue-on-error goes on)".to_string()
        }
        Some(Stop::Unreachable) => {
            "; stopped: the backend is unreachable or rate-limiting".to_string()
        }
        Some(Stop::Interrupted | Stop::Abandoned) => "; interrupted".to_string(),
    };
    if dry_run {
        eprintln!(
            "Plan: create {}, update {}, skip {}, fail {}{} (nothing was changed){why}.",
            report.count(Status::WouldCreate),
            report.count(Status::WouldUpdate),
            report.count(Status::WouldSkip),
            report.count(Status::WouldFail),
            match report.count(Status::NotAttempted) {
                0 => String::new(),
                n => format!(", not planned {n}"),
            },
        );
    } else {
        let done = report.count(Status::Created)
            + report.count(Status::Updated)
            + report.count(Status::Skipped);
        eprintln!(
            "Created {}, updated {}, skipped {}, failed {}{} in {elapsed:.1}s ({:.0} rows/s){why}.",
            report.count(Status::Created),
            report.count(Status::Updated),
            report.count(Status::Skipped),
            report.count(Status::Failed),
            match report.count(Status::NotAttempted) {
                0 => String::new(),
                n => format!(", not attempted {n}"),
            },
            done as f64 / elapsed.max(1e-9),
        );
        if stop.is_some() && report.count(Status::NotAttempted) + report.count(Status::Failed) > 0 {
            eprintln!("To resume: {resume}");
        }
    }
    if matches!(stop, Some(Stop::Interrupted | Stop::Abandoned)) {
        return Err(Error::new(Kind::Interrupted, "the import was interrupted"));
    }
    verdict(
        &report.failures,
        if dry_run {
            ("would fail", "would fail")
        } else {
            ("failed", "failed")
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_rows_are_checked_and_numbered_by_line() {
        let input = b"email,first_name,last_name,role,active\n\
            ann@example.com,Ann,Lee,,\n\
            not-an-email,Bob,Ray,,\n\
            cy@example.com,,Doe,,\n\
            ANN@example.com,Ann,Again,,\n\
            dee@example.com,Dee,Fox,admin,false\n\
            eve@example.com,Eve,Gray,,maybe\n";
        let rows = parse(input, FileFormat::Csv).unwrap();
        let lines: Vec<u64> = rows.iter().map(|p| p.line).collect();
        assert_eq!(lines, [2, 3, 4, 5, 6, 7]);
        assert!(rows[0].row.is_ok());
        assert!(rows[1].row.as_ref().unwrap_err().contains("not an email"));
        assert!(rows[2].row.as_ref().unwrap_err().contains("first_name"));
        // bad rows still name their user
        assert_eq!(rows[2].email, "cy@example.com");
        assert!(rows[3].row.as_ref().unwrap_err().contains("row 2"));
        assert_eq!(rows[3].email, "ANN@example.com");
        let dee = rows[4].row.as_ref().unwrap();
        assert_eq!(
            (dee.role.as_deref(), dee.active),
            (Some("admin"), Some(false))
        );
        assert!(rows[5].row.as_ref().unwrap_err().contains("true or false"));
        assert_eq!(rows[5].email, "eve@example.com");
        assert!(parse(b"mail,first\nx,y\n", FileFormat::Csv).is_err());
    }

    #[test]
    fn jsonl_rows_and_blank_lines() {
        let input = b"{\"email\":\"a@x.io\",\"first_name\":\"A\",\"last_name\":\"B\",\"active\":true}\n\n{bad\n";
        let rows = parse(input, FileFormat::Jsonl).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].line, 1);
        assert_eq!(rows[1].line, 3);
        assert!(rows[1].row.is_err());
        let rows = parse(
            b"{\"email\":\"b@x.io\",\"first_name\":\"\"}\n",
            FileFormat::Jsonl,
        )
        .unwrap();
        assert_eq!(rows[0].email, "b@x.io");
    }
}
