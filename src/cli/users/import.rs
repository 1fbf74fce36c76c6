//! `scimctl users import`: onboarding at speed.
//!
//! Import reads every row first and checks it, so a file with bad rows
//! changes nothing unless `--continue-on-error` says to go on with the good
//! ones. Rows then run `--concurrency` at a time; results come out in row
//! order. A row whose user exists is settled by `--if-exists`, so a re-run of
//! the same file never creates a duplicate.

use std::collections::HashMap;
use std::io::Read;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use serde_json::json;

use super::bulk::{
    Columns, Drive, Job, Outcome, Report, Status, Stop, drive, drive_chunks, progress, verdict,
};
use super::census::{Census, Known, Skipped, differs};
use super::common::{IfExists, find, id_of};
use super::row::{FileFormat, Row, body_of, check, row_of};
use crate::backend::Backend;
use crate::cli::context::{Context, shell_word};
use scimctl_core::error::{Error, Kind, Result};
use scimctl_core::scim::patch::PatchOperation;

/// Create or update many users from a file.
///
/// CSV needs the header `email,first_name,last_name` and may add
/// `external_id`, `role`, `active` and `groups` (group names separated by
/// `;`); JSON Lines objects use the same keys (`groups` may be an array).
/// The rows' memberships are added once their users are written; with
/// `--if-exists update` a user's groups become exactly the row's. `-o jsonl` prints one result per row:
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
    /// Rows in flight at once (the embedded database instead writes
    /// batches of 500 rows, one transaction each).
    #[arg(long, default_value_t = 16, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub concurrency: u16,
    /// What to do with a row whose user exists.
    #[arg(long, value_enum, default_value_t = IfExists::Fail)]
    pub if_exists: IfExists,
    /// Import the good rows even when some rows are bad or fail.
    #[arg(long)]
    pub continue_on_error: bool,
    /// Create the groups that the groups column names and no group has
    /// (without it, such a row stops the import before anything is written).
    #[arg(long)]
    pub create_groups: bool,
}

/// A checked input line: the row, or why it is bad — with the email as far
/// as it could be read, so that a bad row's result still names its user.
#[derive(Debug)]
pub struct Parsed {
    pub line: u64,
    pub email: String,
    pub row: std::result::Result<Row, String>,
}

pub fn read_input(file: &str) -> Result<Vec<u8>> {
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

/// The format given, else the file name's (`.jsonl`, `.ndjson`), else CSV.
pub fn format_of(file: &str, given: Option<FileFormat>) -> FileFormat {
    given.unwrap_or_else(|| {
        let lower = file.to_ascii_lowercase();
        if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
            FileFormat::Jsonl
        } else {
            FileFormat::Csv
        }
    })
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
                        "the header is email,first_name,last_name[,external_id,role,active,groups]",
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

fn outcome(line: u64, email: &str, status: Status, id: Option<String>) -> Outcome {
    Outcome::new(Some(line), email, status, id)
}

fn failure(line: u64, email: &str, err: &Error) -> Outcome {
    Outcome::failed(Some(line), email, err)
}

/// Import one row. Where the census knows the user, the row is settled
/// from it (no request for a skip, one PATCH for a change). Otherwise the
/// create goes first: a 409 — also after a retry of a create whose first
/// answer was lost, or for a user the census missed — means "exists",
/// settled by `if_exists` after a lookup.
pub async fn import_row(
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
            settle_conflict(backend, line, row, if_exists, &e).await
        }
        Err(e) => failure(line, &row.email, &e),
    }
}

/// A create answered 409 (`refused`). Usually the user exists: settled by
/// `if_exists`, after a lookup. But the person's account may be in another
/// team (docs/scim.md, "Accounts and memberships"): with no such user in
/// this team, the row fails with the service's reason, whatever
/// `if_exists` says.
async fn settle_conflict(
    backend: &dyn Backend,
    line: u64,
    row: &Row,
    if_exists: IfExists,
    refused: &Error,
) -> Outcome {
    let user = match find(backend, &row.email).await {
        Ok(u) => u,
        Err(e) if e.kind() == Kind::NotFound => return failure(line, &row.email, refused),
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

/// Rows per batch where the backend writes many users at once (the
/// embedded database): one transaction, two statements per 500 users.
pub const BATCH_ROWS: usize = 500;

/// Import a chunk of rows by the rules of [`import_row`], with every user
/// to create written in one call; an outcome per row, in order.
///
/// `halt`, for an import that stops at its first failure, is shared by the
/// chunks in flight: a row that fails before anything is written (a user
/// the census knows, with `--if-exists fail`) cuts its chunk there — the
/// rows after it are `not_attempted` — and a later chunk that has not yet
/// written sends nothing. A failure only the write reveals (a user the
/// census missed) cannot un-write the rest of its batch: those rows are
/// reported as what they are, created.
async fn import_batch(
    backend: &dyn Backend,
    jobs: &[Job<Row>],
    if_exists: IfExists,
    census: Option<&Census>,
    halt: Option<&AtomicBool>,
) -> Vec<Outcome> {
    let halted = || halt.is_some_and(|h| h.load(Ordering::SeqCst));
    let mut outcomes: Vec<Option<Outcome>> = (0..jobs.len()).map(|_| None).collect();
    let mut creates = Vec::with_capacity(jobs.len());
    // whether the halt is this chunk's: its rows before the failure still go
    let mut failed_here = false;
    for (i, job) in jobs.iter().enumerate() {
        if halted() {
            break;
        }
        let (line, row) = (job.row.unwrap_or_default(), &job.what);
        match census.and_then(|c| c.get(&row.email)) {
            Some(k) => {
                let o = settle_existing(backend, line, row, if_exists, &k.id, &k.row).await;
                if o.status == Status::Failed
                    && let Some(h) = halt
                {
                    h.store(true, Ordering::SeqCst);
                    failed_here = true;
                }
                outcomes[i] = Some(o);
            }
            None => creates.push(i),
        }
    }
    if halted() && !failed_here {
        // an earlier chunk failed while this one was being prepared
        creates.clear();
    }
    let bodies: Vec<serde_json::Value> = creates.iter().map(|&i| body_of(&jobs[i].what)).collect();
    let created = if bodies.is_empty() {
        Vec::new()
    } else {
        backend.user_create_many(&bodies).await
    };
    for (&i, result) in creates.iter().zip(created) {
        let (line, row) = (jobs[i].row.unwrap_or_default(), &jobs[i].what);
        let o = match result {
            Ok(id) => outcome(line, &row.email, Status::Created, Some(id)),
            Err(e) if e.kind() == Kind::Conflict => {
                settle_conflict(backend, line, row, if_exists, &e).await
            }
            Err(e) => failure(line, &row.email, &e),
        };
        if o.status == Status::Failed
            && let Some(h) = halt
        {
            h.store(true, Ordering::SeqCst);
        }
        outcomes[i] = Some(o);
    }
    outcomes
        .into_iter()
        .zip(jobs)
        .map(|(o, job)| {
            o.unwrap_or_else(|| Outcome::new(job.row, &job.email, Status::NotAttempted, None))
        })
        .collect()
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

pub async fn run(ctx: &Context, backend: &dyn Backend, a: ImportArgs) -> Result<()> {
    let parsed = parse(&read_input(&a.file)?, format_of(&a.file, a.format))?;
    let mut report = Report::new(ctx.out, Columns::Import, false);
    let mut good: Vec<Job<Row>> = Vec::with_capacity(parsed.len());
    let mut bad = Vec::new();
    for p in parsed {
        match p.row {
            Ok(r) => good.push(Job {
                row: Some(p.line),
                email: r.email.clone(),
                action: None,
                what: r,
            }),
            Err(reason) => bad.push(Outcome {
                error: Some(reason),
                kind: Some(Kind::Invalid),
                ..outcome(
                    p.line,
                    &p.email,
                    if a.dry_run {
                        Status::WouldFail
                    } else {
                        Status::Failed
                    },
                    None,
                )
            }),
        }
    }
    if !bad.is_empty() && !a.dry_run && !a.continue_on_error {
        // Nothing is sent: the good rows are not attempted.
        let mut all: Vec<Outcome> = bad.clone();
        all.extend(
            good.iter()
                .map(|j| Outcome::new(j.row, &j.email, Status::NotAttempted, None)),
        );
        all.sort_by_key(|o| o.row);
        for o in all {
            report.add(o)?;
        }
        report.finish()?;
        return verdict(
            &bad,
            &[],
            (
                "row is invalid, so nothing was imported (--continue-on-error imports the good rows)",
                "rows are invalid, so nothing was imported (--continue-on-error imports the good rows)",
            ),
        );
    }
    // Every group the rows name is found (or known to be missing) before
    // any user is written.
    let plan = super::memberships::prepare(backend, &good, a.create_groups).await?;
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
    let if_exists = a.if_exists;
    let dry_run = a.dry_run;
    // The embedded database writes a batch of rows in one transaction,
    // chunk after chunk (two in flight: one is checked while the other is
    // committed); any other backend gets the rows one by one, concurrently.
    let batched = backend.creates_in_batches() && !dry_run;
    let how = Drive {
        backend,
        concurrency: if batched { 2 } else { a.concurrency as usize },
        keep_going: a.continue_on_error || dry_run,
        bar: progress(good.len() as u64, "rows"),
    };
    let stop = if batched {
        let halt = AtomicBool::new(false);
        let halt = (!a.continue_on_error).then_some(&halt);
        let batch = |jobs| import_batch(backend, jobs, if_exists, census, halt);
        drive_chunks(&good, BATCH_ROWS, bad, &how, &mut report, batch).await?
    } else {
        drive(&good, bad, &how, &mut report, |job| async move {
            let (line, row) = (job.row.unwrap_or_default(), &job.what);
            if dry_run {
                plan_row(backend, line, row, if_exists, census).await
            } else {
                let known = census.and_then(|c| c.get(&row.email));
                import_row(backend, line, row, if_exists, known).await
            }
        })
        .await?
    };
    how.bar.finish_and_clear();
    // The memberships, once every row's user is written (and only then:
    // an import that stopped changes none; its resume adds them).
    let mut groups_line = None;
    if let Some(plan) = plan {
        if dry_run {
            let create = plan.to_create();
            if !create.is_empty() {
                groups_line = Some(format!(
                    "Groups: would create {}.",
                    super::memberships::some_names(&create)
                ));
            }
        } else {
            let exact = if_exists == IfExists::Update;
            let ids = std::mem::take(&mut report.ids);
            let line = super::memberships::apply_unless_stopped(
                backend,
                plan,
                &ids,
                exact,
                &mut report,
                stop.is_some(),
                "import",
            )
            .await?;
            report.ids = ids;
            groups_line = Some(line);
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    let report = report.finish()?;
    let resume = resume_command(ctx, &a, if_exists)?;
    let why = Stop::why(stop);
    if dry_run {
        eprintln!(
            "Plan: create {}, update {}, skip {}, fail {}{} (nothing was changed){why}.",
            report.count(Status::WouldCreate),
            report.count(Status::WouldUpdate),
            report.count(Status::WouldSkip),
            report.count(Status::WouldFail),
            report.not_reached("not planned"),
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
            report.not_reached("not attempted"),
            done as f64 / elapsed.max(1e-9),
        );
        if report.resumable(stop) {
            eprintln!("To resume: {resume}");
        }
    }
    if let Some(line) = groups_line {
        eprintln!("{line}");
    }
    report.exit(
        stop,
        "import",
        if dry_run {
            ("row would fail", "rows would fail")
        } else {
            ("row failed", "rows failed")
        },
    )
}

/// The command that imports the rest: the same backend (its global
/// flags), the same file, and `--if-exists skip` — or `update`, which a
/// resumed update must keep doing — with the import's own choices that
/// change what it writes.
fn resume_command(ctx: &Context, a: &ImportArgs, if_exists: IfExists) -> Result<String> {
    let mut words = vec!["scimctl".to_string()];
    words.extend(ctx.backend_flags()?);
    words.extend(["users".into(), "import".into(), shell_word(&a.file)]);
    if let Some(format) = a.format {
        words.extend(["--format".into(), format.name().into()]);
    }
    words.extend([
        "--if-exists".into(),
        match if_exists {
            IfExists::Update => "update",
            _ => "skip",
        }
        .into(),
    ]);
    if a.create_groups {
        words.push("--create-groups".into());
    }
    let command = words.join(" ");
    Ok(if a.file == "-" {
        format!("{command}, with the same input")
    } else {
        command
    })
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
