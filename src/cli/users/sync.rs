//! `scimctl users sync ROSTER`: make the team what a roster file says.
//!
//! The plan comes from one read of the team (the census) and the roster:
//! a roster user the team lacks is created, one whose values differ is
//! updated, and with `--deactivate-missing` an active user the roster does
//! not name is deactivated. A roster is a statement of who is in the team,
//! so a roster row without `active` means "active": a deactivated user the
//! roster names is reactivated. A roster with a bad row changes nothing —
//! with `--deactivate-missing`, a row that cannot be read would otherwise
//! read as "deactivate this user".
//!
//! Creates and updates run first; deactivations only once they all
//! succeeded, so that a run stopped by a failure never leaves the team
//! smaller than before without its replacements. `--max-changes` refuses a
//! plan larger than an admin would expect from a routine sync (an empty or
//! truncated roster with `--deactivate-missing` would empty the team).

use std::collections::HashSet;
use std::time::Instant;

use super::bulk::{
    Action, Change, Columns, Drive, Job, Outcome, Report, Status, Stop, drive, progress,
};
use super::census::{Census, Known, changes};
use super::common::{IfExists, id_of};
use super::import::{format_of, import_row, parse, read_input};
use super::row::{FileFormat, Row};
use crate::backend::Backend;
use crate::cli::context::Context;
use scimctl_core::error::{Error, Kind, Result};
use scimctl_core::model::name_key;

/// Reconcile the team with a roster file (the import format).
///
/// Creates the roster's users the team lacks and updates those whose names,
/// role, external id or active state differ; a row without `active` wants the
/// user active. With --deactivate-missing, active users the roster does not
/// name are deactivated (after every create and update succeeded). The plan
/// comes from one read of the team; a second run plans nothing. `--dry-run`
/// prints the plan, one line per change (`-o jsonl`: {"row","email","action",
/// "status","id","error","changes"}); without it, a plan of more than
/// --max-changes changes is refused (exit 3). Exits 0 only when every change
/// succeeded.
#[derive(Debug, clap::Args)]
pub struct SyncArgs {
    /// The roster, or - for stdin: CSV with the header
    /// email,first_name,last_name[,external_id,role,active], or JSON Lines.
    #[arg(value_hint = clap::ValueHint::FilePath)]
    pub roster: String,
    /// Roster format [default: from the file name, else csv].
    #[arg(long, value_enum)]
    pub format: Option<FileFormat>,
    /// Print the plan; change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Also deactivate active users the roster does not name.
    #[arg(long)]
    pub deactivate_missing: bool,
    /// Refuse a plan of more changes than this [default: 10% of the team's
    /// active users, at least 10].
    #[arg(long, value_name = "N")]
    pub max_changes: Option<u64>,
    /// Changes in flight at once.
    #[arg(long, default_value_t = 16, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub concurrency: u16,
    /// Go on after a change fails (deactivations then run too).
    #[arg(long)]
    pub continue_on_error: bool,
    /// Create the groups that the roster's groups column names and no
    /// group has (without it, such a roster changes nothing).
    #[arg(long)]
    pub create_groups: bool,
}

/// One planned change.
struct Plan {
    /// The roster's row for a create or an update.
    row: Option<Row>,
    /// The user as the census read it, for an update or a deactivation.
    known: Option<Known>,
    changes: Vec<Change>,
}

/// The default safety stop: a tenth of the active team, at least 10.
fn default_max(active: usize) -> u64 {
    (active as u64 / 10).max(10)
}

pub async fn run(ctx: &Context, backend: &dyn Backend, a: SyncArgs) -> Result<()> {
    let parsed = parse(&read_input(&a.roster)?, format_of(&a.roster, a.format))?;
    let mut rows = Vec::with_capacity(parsed.len());
    let mut bad = Vec::new();
    for p in parsed {
        match p.row {
            Ok(r) => rows.push((p.line, r)),
            Err(reason) => bad.push(format!("row {}: {reason}", p.line)),
        }
    }
    if !bad.is_empty() {
        let n = bad.len();
        return Err(Error::invalid(format!(
            "{n} roster row{} invalid, so nothing was changed: {}{}",
            if n == 1 { " is" } else { "s are" },
            bad.iter().take(5).cloned().collect::<Vec<_>>().join("; "),
            if n > 5 { "; …" } else { "" }
        ))
        .with_hint("fix the roster and run again; `users import --dry-run` lists every bad row"));
    }

    // Everyone the roster names, changed or not: never deactivated.
    let roster: HashSet<String> = rows.iter().map(|(_, r)| name_key(r.email.trim())).collect();
    let started = Instant::now();
    let census = Census::read(backend).await.map_err(|e| {
        let hint = "sync plans from one read of the whole team and acts on nothing without it";
        let message = format!("cannot read the team: {}", e.message());
        Error::new(e.kind(), message).with_hint(e.hint().unwrap_or(hint).to_string())
    })?;
    let active = census
        .users()
        .filter(|k| k.row.active != Some(false))
        .count();

    // The roster's groups, found before anything changes; the roster's
    // users end in exactly the groups their rows name.
    let roster_jobs: Vec<Job<Row>> = rows
        .iter()
        .map(|(line, r)| Job {
            row: Some(*line),
            email: r.email.clone(),
            action: None,
            what: r.clone(),
        })
        .collect();
    let groups_plan = super::memberships::prepare(backend, &roster_jobs, a.create_groups).await?;
    let mut member_ids: std::collections::HashMap<String, String> = roster_jobs
        .iter()
        .filter_map(|j| {
            census
                .get(&j.email)
                .map(|k| (name_key(&j.email), k.id.clone()))
        })
        .collect();
    drop(roster_jobs);

    // The plan: roster rows in file order, then deactivations by email.
    let mut upserts: Vec<Job<Plan>> = Vec::new();
    let mut unchanged = 0u64;
    for (line, row) in rows {
        let wanted = Row {
            active: Some(row.active.unwrap_or(true)),
            ..row
        };
        let known = census.get(&wanted.email).cloned();
        let (action, changes) = match &known {
            None => (Action::Create, Vec::new()),
            Some(k) => {
                let c = changes(&k.row, &wanted);
                if c.is_empty() {
                    unchanged += 1;
                    continue;
                }
                (Action::Update, c)
            }
        };
        upserts.push(Job {
            row: Some(line),
            email: wanted.email.clone(),
            action: Some(action),
            what: Plan {
                row: Some(wanted),
                known,
                changes,
            },
        });
    }
    let mut leavers: Vec<Job<Plan>> = Vec::new();
    if a.deactivate_missing {
        let mut gone: Vec<&Known> = census
            .users()
            .filter(|k| {
                k.row.active != Some(false) && !roster.contains(&name_key(k.row.email.trim()))
            })
            .collect();
        gone.sort_by(|x, y| x.row.email.cmp(&y.row.email));
        leavers = gone
            .into_iter()
            .map(|k| Job {
                row: None,
                email: k.row.email.clone(),
                action: Some(Action::Deactivate),
                what: Plan {
                    row: None,
                    known: Some(k.clone()),
                    changes: vec![Change {
                        field: "active",
                        from: k.row.active.map(|b| b.to_string()),
                        to: "false".into(),
                    }],
                },
            })
            .collect();
    }
    let total = (upserts.len() + leavers.len()) as u64;
    let max = a.max_changes.unwrap_or_else(|| default_max(active));
    let over = total > max;
    let mut report = Report::new(ctx.out, Columns::Sync, a.dry_run);
    let how = Drive {
        backend,
        concurrency: a.concurrency as usize,
        keep_going: a.continue_on_error || a.dry_run,
        bar: if a.dry_run {
            indicatif::ProgressBar::hidden()
        } else {
            progress(total, "changes")
        },
    };
    let limit_words = match a.max_changes {
        Some(m) => format!("--max-changes {m}"),
        None => format!(
            "the default --max-changes {max} (10% of the team's {active} active users, at least 10)"
        ),
    };
    if a.dry_run {
        let plan = |job: &Job<Plan>| {
            let status = match job.action {
                Some(Action::Create) => Status::WouldCreate,
                Some(Action::Update) => Status::WouldUpdate,
                _ => Status::WouldDeactivate,
            };
            let id = job.what.known.as_ref().map(|k| k.id.clone());
            let o = Outcome {
                changes: job.what.changes.clone(),
                ..Outcome::new(job.row, &job.email, status, id).with_action(job.action)
            };
            async move { o }
        };
        drive(&upserts, Vec::new(), &how, &mut report, plan).await?;
        drive(&leavers, Vec::new(), &how, &mut report, plan).await?;
        let report = report.finish()?;
        if let Some(create) = groups_plan.as_ref().map(|p| p.to_create())
            && !create.is_empty()
        {
            eprintln!(
                "Groups: would create {}.",
                super::memberships::some_names(&create)
            );
        }
        eprintln!(
            "Plan: create {}, update {}, deactivate {}, unchanged {unchanged} (nothing was changed).",
            report.count(Status::WouldCreate),
            report.count(Status::WouldUpdate),
            report.count(Status::WouldDeactivate),
        );
        if over {
            eprintln!(
                "A real run would refuse this plan: {total} changes is more than {limit_words}."
            );
        }
        return Ok(());
    }
    if over {
        return Err(Error::new(
            Kind::Declined,
            format!(
                "the plan makes {total} changes, more than {limit_words}, so nothing was changed"
            ),
        )
        .with_hint(format!(
            "check it with --dry-run, then run again with --max-changes {total}"
        )));
    }

    let mut stop = drive(&upserts, Vec::new(), &how, &mut report, |job| {
        apply(backend, job)
    })
    .await?;
    // with --continue-on-error, failures do not stop the run
    if stop.is_none() {
        stop = drive(&leavers, Vec::new(), &how, &mut report, |job| {
            apply(backend, job)
        })
        .await?;
    } else {
        for job in &leavers {
            report.add(
                Outcome::new(None, &job.email, Status::NotAttempted, None).with_action(job.action),
            )?;
        }
    }
    how.bar.finish_and_clear();
    // Memberships last, once every user exists (a sync that stopped
    // changes none; running it again does).
    let mut groups_line = None;
    if let Some(plan) = groups_plan {
        member_ids.extend(report.ids.iter().map(|(k, v)| (k.clone(), v.clone())));
        let line = super::memberships::apply_unless_stopped(
            backend,
            plan,
            &member_ids,
            true,
            &mut report,
            stop.is_some(),
            "sync",
        )
        .await?;
        groups_line = Some(line);
    }
    let elapsed = started.elapsed().as_secs_f64();
    let report = report.finish()?;
    if let Some(line) = groups_line {
        eprintln!("{line}");
    }
    eprintln!(
        "Created {}, updated {}, deactivated {}, unchanged {}, failed {}{} in {elapsed:.1}s{}.",
        report.count(Status::Created),
        report.count(Status::Updated),
        report.count(Status::Deactivated),
        // an update the service already had (a user changed since the read)
        unchanged + report.count(Status::Skipped),
        report.count(Status::Failed),
        report.not_reached("not attempted"),
        Stop::why(stop),
    );
    if report.resumable(stop) {
        eprintln!("To resume: run the same sync again; it plans only what is still to do.");
    }
    report.exit(stop, "sync", ("change failed", "changes failed"))
}

/// Run one planned change. A create is an import row with `--if-exists
/// update`, so a user created since the read meets its 409 and is updated
/// instead; an update whose user the census knew is one PATCH.
async fn apply(backend: &dyn Backend, job: &Job<Plan>) -> Outcome {
    let line = job.row.unwrap_or_default();
    let o = match (&job.what.row, &job.what.known) {
        (Some(row), known) => {
            import_row(backend, line, row, IfExists::Update, known.as_ref()).await
        }
        (None, Some(k)) => match backend.user_set_active(&k.id, false).await {
            Ok(u) => Outcome::new(None, &job.email, Status::Deactivated, id_of(&u).ok()),
            Err(e) => Outcome::failed(None, &job.email, &e),
        },
        (None, None) => Outcome::new(job.row, &job.email, Status::Skipped, None),
    };
    Outcome {
        changes: job.what.changes.clone(),
        ..o.with_action(job.action)
    }
}
