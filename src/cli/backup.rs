//! `scimctl backup` and `scimctl restore`: a consistent copy of a live
//! SQLite team database, and putting one back (docs/cli.md, "Backup and
//! restore"). The copying is the store's (SQLite's online backup API);
//! this file picks the files and reports.

use std::path::{Path, PathBuf};

use serde_json::json;

use crate::ui::output::{Format, outln};
use scimctl_core::error::{Error, Result};
use scimctl_store::sqlite::backup::{self, Copied};

/// Copy a SQLite team database to FILE while `serve` may be writing to it.
///
/// The copy is the database as of one instant (every write acknowledged
/// before the backup began is in it), checked with SQLite's integrity check
/// and written under a temporary name, then renamed to FILE, readable by
/// its owner only. PostgreSQL databases are backed up with PostgreSQL's own
/// tools (pg_dump).
#[derive(Debug, clap::Args)]
pub struct BackupArgs {
    /// Team database URL [default: sqlite://$XDG_DATA_HOME/scimctl/team.db]
    #[arg(long, env = "SCIMCTL_DATABASE_URL", hide_env_values = true)]
    pub database: Option<String>,

    /// Where to write the copy. It must not exist, unless --force.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Replace FILE if it exists.
    #[arg(long)]
    pub force: bool,
}

/// Put a backup made by `scimctl backup` in place of a SQLite team
/// database.
///
/// FILE is checked first (SQLite's integrity check, and that it is a
/// scimctl team database), so a bad file never replaces a good database. A
/// database that holds users, keys, tokens, SSO methods or audit lines is
/// replaced only with --force; stop `scimctl serve` on it first. A backup
/// of an earlier release is brought up to this one's schema.
#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    /// The backup to restore.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Team database URL [default: sqlite://$XDG_DATA_HOME/scimctl/team.db]
    #[arg(long, env = "SCIMCTL_DATABASE_URL", hide_env_values = true)]
    pub database: Option<String>,

    /// Replace a database that holds data.
    #[arg(long)]
    pub force: bool,
}

/// The file a `sqlite:` URL names; any other URL is a usage error.
fn sqlite_file(url: Option<String>, what: &str) -> Result<(String, PathBuf)> {
    let url = url.unwrap_or_else(crate::config::default_database_url);
    match scimctl_store::sqlite::path_of(&url) {
        Some(path) => Ok((url.clone(), PathBuf::from(path))),
        None => Err(Error::invalid(format!(
            "`scimctl {what}` works on SQLite databases (sqlite://…)"
        ))
        .with_hint(
            "for PostgreSQL use its own tools: pg_dump -Fc for a backup, pg_restore to put it back",
        )),
    }
}

fn report(format: Format, verb: &str, file: &Path, copied: &Copied) -> Result<()> {
    if format == Format::Json {
        outln!(
            "{}",
            json!({
                "file": file.display().to_string(),
                "teams": copied.teams,
                "users": copied.users,
                "bytes": copied.bytes,
            })
        )?;
    } else {
        eprintln!(
            "{verb} {} ({} {}, {} {}, {} bytes).",
            file.display(),
            copied.teams,
            if copied.teams == 1 { "team" } else { "teams" },
            copied.users,
            if copied.users == 1 { "user" } else { "users" },
            copied.bytes
        );
    }
    Ok(())
}

/// Run blocking SQLite work off the async runtime.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| Error::internal(format!("the copy stopped: {e}")))?
}

pub async fn backup(args: BackupArgs, format: Format) -> Result<()> {
    let (_, source) = sqlite_file(args.database, "backup")?;
    let dest = args.file.clone();
    let copied = blocking(move || backup::backup(&source, &dest, args.force)).await?;
    report(format, "Backed up to", &args.file, &copied)
}

pub async fn restore(args: RestoreArgs, format: Format) -> Result<()> {
    let (url, dest) = sqlite_file(args.database, "restore")?;
    let file = args.file.clone();
    let copied = blocking(move || backup::restore(&file, &dest, args.force)).await?;
    // Opening it runs the migrations a backup of an earlier release needs.
    crate::backend::open_team(&url).await?;
    report(format, "Restored from", &args.file, &copied)
}
