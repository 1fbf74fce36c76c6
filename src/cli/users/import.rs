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

use super::common::{IfExists, find, id_of};
use super::row::{FileFormat, Row, body_of, check};
use crate::backend::Backend;
use crate::cli::context::Context;
use crate::error::{Error, Kind, Result};
use crate::scim::patch::PatchOperation;
use crate::ui::output::{Format, io_err, outln};

/// Create or update many users from a file.
///
/// CSV needs the header `email,first_name,last_name` and may add
/// `external_id`, `role` and `active`; JSON Lines objects use the same
/// keys. `-o jsonl` prints one result per row:
/// {"row","email","status":"created|updated|skipped|failed","id","error"}.
/// Exits 0 only when every row succeeded or was skipped by request.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The file, or - for stdin.
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
}

/// A checked input line: the row, or why it is bad.
type Parsed = (u64, std::result::Result<Row, String>);

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
            for record in reader.records() {
                match record {
                    Ok(r) => {
                        let line = r.position().map_or(0, |p| p.line());
                        let row = r
                            .deserialize::<Row>(Some(&headers))
                            .map_err(|e| e.to_string())
                            .and_then(check);
                        out.push((line, row));
                    }
                    Err(e) => {
                        let line = e.position().map_or(0, |p| p.line());
                        out.push((line, Err(e.to_string())));
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
                out.push((i as u64 + 1, row));
            }
        }
    }
    // The same email twice in one file is a mistake in the file.
    let mut first_seen: HashMap<String, u64> = HashMap::new();
    for (line, row) in &mut out {
        if let Ok(r) = row {
            let key = r.email.to_lowercase();
            if let Some(first) = first_seen.get(&key) {
                *row = Err(format!("{} is already on row {first}", r.email));
            } else {
                first_seen.insert(key, *line);
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

/// Import one row. A create answered 409 — also after a retry of a create
/// whose first answer was lost — means "exists", settled by `if_exists`.
async fn import_row(backend: &dyn Backend, line: u64, row: &Row, if_exists: IfExists) -> Outcome {
    match backend.user_create(&body_of(row)).await {
        Ok(user) => outcome(line, &row.email, Status::Created, id_of(&user).ok()),
        Err(e) if e.kind() == Kind::Conflict => match if_exists {
            IfExists::Fail => failure(
                line,
                &row.email,
                &Error::conflict(format!("user {} already exists", row.email)),
            ),
            IfExists::Skip => {
                let id = find(backend, &row.email)
                    .await
                    .ok()
                    .and_then(|u| id_of(&u).ok());
                outcome(line, &row.email, Status::Skipped, id)
            }
            IfExists::Update => {
                let updated = async {
                    let user = find(backend, &row.email).await?;
                    let id = id_of(&user)?;
                    backend.user_patch(&id, &update_ops(row)).await
                };
                match updated.await {
                    Ok(u) => outcome(line, &row.email, Status::Updated, id_of(&u).ok()),
                    Err(e) => failure(line, &row.email, &e),
                }
            }
        },
        Err(e) => failure(line, &row.email, &e),
    }
}

/// What a row would do (dry run): one lookup, no write.
async fn plan_row(backend: &dyn Backend, line: u64, row: &Row, if_exists: IfExists) -> Outcome {
    match find(backend, &row.email).await {
        Err(e) if e.kind() == Kind::NotFound => {
            outcome(line, &row.email, Status::WouldCreate, None)
        }
        Err(e) => failure(line, &row.email, &e),
        Ok(user) => {
            let id = id_of(&user).ok();
            match if_exists {
                IfExists::Fail => Outcome {
                    error: Some(format!("user {} already exists", row.email)),
                    kind: Some(Kind::Conflict),
                    ..outcome(line, &row.email, Status::WouldFail, id)
                },
                IfExists::Skip => outcome(line, &row.email, Status::WouldSkip, id),
                IfExists::Update => outcome(line, &row.email, Status::WouldUpdate, id),
            }
        }
    }
}

/// Prints results as they settle, in row order.
struct Report {
    format: Format,
    counts: HashMap<Status, u64>,
    failures: Vec<Outcome>,
    all: Vec<Outcome>,
}

impl Report {
    fn new(format: Format) -> Self {
        Report {
            format,
            counts: HashMap::new(),
            failures: Vec::new(),
            all: Vec::new(),
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
            Format::Table => {}
        }
        Ok(())
    }

    fn count(&self, status: Status) -> u64 {
        self.counts.get(&status).copied().unwrap_or(0)
    }

    fn finish(self) -> Result<Self> {
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
                    let status = serde_json::to_value(o.status).unwrap_or_default();
                    let _ = w.write_record([
                        o.row.to_string(),
                        o.email.clone(),
                        status.as_str().unwrap_or("").to_string(),
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
        ProgressStyle::with_template("{bar:40} {pos}/{len} rows  {per_sec}  eta {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// The exit of a bulk command: 0 when every row succeeded or was skipped;
/// otherwise the code of the failures' kind when they share one, else 1.
fn verdict(failures: &[Outcome], what: &str) -> Result<()> {
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
            "{} row{} {what}: {}{}",
            failures.len(),
            if failures.len() == 1 { "" } else { "s" },
            sample.join("; "),
            if failures.len() > 5 { "; …" } else { "" }
        ),
    ))
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
    let mut report = Report::new(ctx.out.format);
    let mut good: Vec<(u64, Row)> = Vec::with_capacity(parsed.len());
    let mut bad = Vec::new();
    for (line, row) in parsed {
        match row {
            Ok(r) => good.push((line, r)),
            Err(reason) => bad.push(Outcome {
                row: line,
                email: String::new(),
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
        for o in bad.iter().cloned() {
            report.add(o)?;
        }
        report.finish()?;
        return verdict(
            &bad,
            "are invalid, so nothing was imported (--continue-on-error imports the good rows)",
        );
    }
    let started = Instant::now();
    let bar = progress(good.len() as u64);
    let if_exists = a.if_exists;
    let dry_run = a.dry_run;
    // Results in row order, `concurrency` rows in flight.
    let mut results = futures::stream::iter(good.iter())
        .map(|(line, row)| async move {
            if dry_run {
                plan_row(backend, *line, row, if_exists).await
            } else {
                import_row(backend, *line, row, if_exists).await
            }
        })
        .buffered(a.concurrency as usize);
    let mut bad = bad.into_iter().peekable();
    let mut stopped = false;
    while let Some(o) = results.next().await {
        // Interleave the invalid rows at their place.
        while bad.peek().is_some_and(|b| b.row < o.row) {
            report.add(bad.next().expect("peeked"))?;
        }
        let failed = o.status == Status::Failed;
        // An unreachable backend fails every row alike after the retries:
        // stop then, even with --continue-on-error (which is about bad rows).
        let unreachable = matches!(o.kind, Some(Kind::Unavailable | Kind::RateLimited));
        report.add(o)?;
        bar.inc(1);
        if (failed && !a.continue_on_error && !dry_run) || unreachable {
            stopped = true;
            break;
        }
    }
    drop(results);
    for b in bad {
        report.add(b)?;
    }
    bar.finish_and_clear();
    let elapsed = started.elapsed().as_secs_f64();
    let report = report.finish()?;
    if dry_run {
        eprintln!(
            "Plan: create {}, update {}, skip {}, fail {} (nothing was changed).",
            report.count(Status::WouldCreate),
            report.count(Status::WouldUpdate),
            report.count(Status::WouldSkip),
            report.count(Status::WouldFail)
        );
        return verdict(&report.failures, "would fail");
    }
    let done = report.count(Status::Created)
        + report.count(Status::Updated)
        + report.count(Status::Skipped);
    eprintln!(
        "Created {}, updated {}, skipped {}, failed {} in {elapsed:.1}s ({:.0} rows/s){}.",
        report.count(Status::Created),
        report.count(Status::Updated),
        report.count(Status::Skipped),
        report.count(Status::Failed),
        done as f64 / elapsed.max(1e-9),
        if stopped {
            "; stopped at the first failure (--continue-on-error goes on)"
        } else {
            ""
        }
    );
    verdict(&report.failures, "failed")
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
        let lines: Vec<u64> = rows.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [2, 3, 4, 5, 6, 7]);
        assert!(rows[0].1.is_ok());
        assert!(rows[1].1.as_ref().unwrap_err().contains("not an email"));
        assert!(rows[2].1.as_ref().unwrap_err().contains("first_name"));
        assert!(rows[3].1.as_ref().unwrap_err().contains("row 2"));
        let dee = rows[4].1.as_ref().unwrap();
        assert_eq!(
            (dee.role.as_deref(), dee.active),
            (Some("admin"), Some(false))
        );
        assert!(rows[5].1.as_ref().unwrap_err().contains("true or false"));
        assert!(parse(b"mail,first\nx,y\n", FileFormat::Csv).is_err());
    }

    #[test]
    fn jsonl_rows_and_blank_lines() {
        let input = b"{\"email\":\"a@x.io\",\"first_name\":\"A\",\"last_name\":\"B\",\"active\":true}\n\n{bad\n";
        let rows = parse(input, FileFormat::Jsonl).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].0, 1);
        assert_eq!(rows[1].0, 3);
        assert!(rows[1].1.is_err());
    }
}
