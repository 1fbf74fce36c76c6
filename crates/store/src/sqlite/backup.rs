//! `scimctl backup` and `scimctl restore` of a SQLite team database
//! (docs/cli.md, "Backup and restore"), with SQLite's online backup API.
//!
//! A copy of the file itself is not a backup while `serve` writes: the
//! newest transactions live in the `-wal` file, and a copy taken between
//! two writes of a checkpoint is torn. The backup API reads the database
//! through SQLite, as one more reader, and copies every page in a single
//! step: in WAL mode that step holds a read snapshot, so the copy is the
//! database as of one instant — every transaction committed before it
//! began, none after — while the writer goes on. (Copying in small steps
//! would let the writer's commits restart the copy, without end under a
//! steady load.)
//!
//! The copy is written beside its destination under a temporary name and
//! renamed into place once it is complete and `PRAGMA integrity_check`
//! says `ok`: a backup interrupted by a full disk or Ctrl-C never looks
//! like a good one.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

use scimctl_core::error::{Error, Kind, Result};

/// What a backup or a restore copied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copied {
    pub teams: u64,
    pub users: u64,
    pub bytes: u64,
}

fn sqlite_error(what: &str, path: &Path, e: rusqlite::Error) -> Error {
    let full = matches!(
        &e,
        rusqlite::Error::SqliteFailure(f, _)
            if matches!(f.code, rusqlite::ErrorCode::DiskFull | rusqlite::ErrorCode::SystemIoFailure)
    );
    let kind = if full {
        Kind::Unavailable
    } else {
        Kind::Internal
    };
    Error::new(kind, format!("{what} {}: {e}", path.display()))
}

/// Open an existing database (never create one: a mistyped path is an
/// error, not an empty backup).
fn open_existing(path: &Path, flags: OpenFlags) -> Result<Connection> {
    if !path.is_file() {
        return Err(Error::not_found(format!(
            "no database file at {}",
            path.display()
        )));
    }
    let conn = Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|e| sqlite_error("cannot open", path, e))?;
    conn.busy_timeout(Duration::from_secs(30))
        .map_err(|e| sqlite_error("cannot open", path, e))?;
    Ok(conn)
}

/// Copy all of `from` into `to` in one step (see the module comment),
/// waiting while another connection holds a lock that blocks it.
fn copy(from: &Connection, to: &mut Connection, path: &Path) -> Result<()> {
    let backup = Backup::new(from, to).map_err(|e| sqlite_error("cannot copy", path, e))?;
    loop {
        match backup
            .step(-1)
            .map_err(|e| sqlite_error("cannot copy", path, e))?
        {
            StepResult::Done => return Ok(()),
            StepResult::More | StepResult::Busy | StepResult::Locked => {
                std::thread::sleep(Duration::from_millis(50))
            }
            _ => std::thread::sleep(Duration::from_millis(50)),
        }
    }
}

/// `PRAGMA integrity_check` is `ok`, and the file is a scimctl team
/// database (it has the tables every release since the first has had).
fn check(conn: &Connection, path: &Path) -> Result<Copied> {
    let verdict: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|_| not_a_team_database(path))?;
    if verdict != "ok" {
        return Err(Error::invalid(format!(
            "{} fails SQLite's integrity check: {verdict}",
            path.display()
        )));
    }
    let has = |table: &str| -> bool {
        conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
            [table],
            |r| r.get::<_, i64>(0),
        )
        .is_ok_and(|n| n == 1)
    };
    if !(has("_sqlx_migrations") && has("users") && has("api_keys")) {
        return Err(not_a_team_database(path));
    }
    let count = |sql: &str| -> u64 {
        conn.query_row(sql, [], |r| r.get::<_, i64>(0))
            .map_or(0, |n| n.max(0) as u64)
    };
    // (a database of the first release has no `teams` table: one team)
    let teams = if has("teams") {
        count("SELECT count(*) FROM teams")
    } else {
        1
    };
    Ok(Copied {
        teams,
        users: count("SELECT count(*) FROM users"),
        bytes: std::fs::metadata(path).map_or(0, |m| m.len()),
    })
}

fn not_a_team_database(path: &Path) -> Error {
    Error::invalid(format!("{} is not a scimctl team database", path.display()))
}

/// Whether a database holds anything a restore would destroy: a user, a
/// group, a key, a token, an SSO method, an audit line or a second team.
/// A file that is missing, empty or has no scimctl tables holds nothing.
pub fn holds_data(path: &Path) -> Result<bool> {
    if !path.is_file() || std::fs::metadata(path).is_ok_and(|m| m.len() == 0) {
        return Ok(false);
    }
    let conn = open_existing(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
    let tables: Vec<String> = {
        let mut stmt = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
            .map_err(|e| sqlite_error("cannot read", path, e))?;
        stmt.query_map([], |r| r.get(0))
            .and_then(|rows| rows.collect())
            .map_err(|e| sqlite_error("cannot read", path, e))?
    };
    let rows = |table: &str| -> Result<i64> {
        if !tables.iter().any(|t| t == table) {
            return Ok(0);
        }
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .map_err(|e| sqlite_error("cannot read", path, e))
    };
    for table in [
        "users",
        "scim_groups",
        "api_keys",
        "admin_tokens",
        "sso_methods",
        "audit",
    ] {
        if rows(table)? > 0 {
            return Ok(true);
        }
    }
    Ok(rows("teams")? > 1)
}

/// A temporary name beside `dest`, so that the rename stays on one file
/// system.
fn temporary_beside(dest: &Path) -> PathBuf {
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "backup".into());
    dest.with_file_name(format!(".{name}.partial-{}", std::process::id()))
}

/// Create `path` empty, readable by its owner only: a backup holds the
/// team's users and the digests of its keys.
fn create_private(path: &Path) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map(drop).map_err(|e| {
        Error::new(
            Kind::Unavailable,
            format!("cannot create {}: {e}", path.display()),
        )
    })
}

/// Take a consistent copy of the live database at `source` into `dest`.
/// `dest` must not exist unless `overwrite`.
pub fn backup(source: &Path, dest: &Path, overwrite: bool) -> Result<Copied> {
    if dest.exists() && !overwrite {
        return Err(
            Error::conflict(format!("{} exists already", dest.display()))
                .with_hint("name a new file, or add --force to replace it"),
        );
    }
    let from = open_existing(source, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
    let partial = temporary_beside(dest);
    let _ = std::fs::remove_file(&partial);
    create_private(&partial)?;
    let outcome = (|| {
        let mut to =
            Connection::open(&partial).map_err(|e| sqlite_error("cannot write", &partial, e))?;
        copy(&from, &mut to, source)?;
        // One self-contained file: no -wal or -shm beside the backup.
        to.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))
            .map_err(|e| sqlite_error("cannot write", &partial, e))?;
        let copied = check(&to, &partial)?;
        drop(to);
        std::fs::rename(&partial, dest).map_err(|e| {
            Error::new(
                Kind::Unavailable,
                format!("cannot write {}: {e}", dest.display()),
            )
        })?;
        Ok(copied)
    })();
    if outcome.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    outcome
}

/// Put the backup at `backup` in place of the database at `dest` (created
/// when missing; its directory must exist). A database that holds data is
/// replaced only with `overwrite`. The backup is checked first, so a bad
/// file never replaces a good database.
pub fn restore(backup: &Path, dest: &Path, overwrite: bool) -> Result<Copied> {
    let from = open_existing(backup, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    check(&from, backup)?;
    if holds_data(dest)? && !overwrite {
        return Err(Error::conflict(format!(
            "{} holds a team database with data; restoring would replace it",
            dest.display()
        ))
        .with_hint("stop `scimctl serve` on it, then add --force to replace it"));
    }
    if !dest.exists() {
        create_private(dest)?;
    }
    let mut to = Connection::open(dest).map_err(|e| sqlite_error("cannot write", dest, e))?;
    to.busy_timeout(Duration::from_secs(30))
        .map_err(|e| sqlite_error("cannot write", dest, e))?;
    copy(&from, &mut to, backup)?;
    check(&to, dest)
}
