//! Reads for the SQLite store, on the calling thread.
//!
//! sqlx runs every SQLite statement on a worker thread of its own and hands
//! the result back through a channel: two thread switches per query, which
//! on a small machine cost far more than the indexed lookup itself (a
//! `perf` profile of `GET /Users/{id}` under load spent over half its time
//! switching threads and under 1% in SQLite). Reads therefore use rusqlite
//! connections directly: a point read runs where it is asked for, in tens
//! of microseconds; a read that can take long (a page, a scan, the audit
//! trail) goes to tokio's blocking pool so that it never stalls a runtime
//! thread. Writes stay with the group-commit writer.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Row};

use crate::sql;
use scimctl_core::error::{Error, Kind, Result};
use scimctl_core::model::{
    AdminToken, ApiKey, AuditEntry, Membership, SsoMethod, TeamId, TeamRow, UserRow,
};

/// Idle connections kept for reuse; more may be open while busy.
const KEEP_IDLE: usize = 8;

pub struct Readers {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
}

/// A read's error as one of the core's errors.
pub(crate) fn read_error(err: rusqlite::Error) -> Error {
    let error = match &err {
        rusqlite::Error::SqliteFailure(e, _)
            if matches!(
                e.code,
                rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
            ) =>
        {
            Error::new(Kind::Unavailable, format!("database busy: {err}"))
        }
        _ => Error::internal(format!("database error: {err}")),
    };
    error.with_source(err)
}

impl Readers {
    pub fn new(path: &Path) -> Arc<Readers> {
        Arc::new(Readers {
            path: path.to_path_buf(),
            idle: Mutex::new(Vec::new()),
        })
    }

    fn open(&self) -> Result<Connection> {
        let conn = Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| {
            Error::invalid(format!("cannot open database {}: {e}", self.path.display()))
        })?;
        conn.busy_timeout(Duration::from_secs(10))
            .map_err(read_error)?;
        // 1 MiB of page cache instead of SQLite's 2 MiB: the hot pages (the
        // key and userName indexes) fit, and a CLI streaming 100,000 users
        // stays small.
        conn.pragma_update(None, "cache_size", -1024)
            .map_err(read_error)?;
        conn.set_prepared_statement_cache_capacity(32);
        Ok(conn)
    }

    /// Run `read` on an idle connection (or a new one), here and now. For
    /// reads that touch a handful of rows.
    pub fn now<T>(&self, read: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let conn = self.idle.lock().map_err(poisoned)?.pop();
        let conn = match conn {
            Some(c) => c,
            None => self.open()?,
        };
        let result = read(&conn);
        let mut idle = self.idle.lock().map_err(poisoned)?;
        if idle.len() < KEEP_IDLE {
            idle.push(conn);
        }
        result
    }

    /// The same on tokio's blocking pool, for reads of many rows.
    pub async fn later<T, F>(self: &Arc<Self>, read: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T> + Send + 'static,
    {
        let me = Arc::clone(self);
        tokio::task::spawn_blocking(move || me.now(read))
            .await
            .map_err(|e| Error::internal(format!("a database read failed: {e}")))?
    }

    /// The same, and interrupted (`sqlite3_interrupt`) if the caller stops
    /// waiting: a listing whose client has gone does not run on. The
    /// interrupt can only reach this read: the connection goes back to the
    /// pool only after the flag says the read is over.
    pub async fn cancellable<T, F>(self: &Arc<Self>, read: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T> + Send + 'static,
    {
        let conn = self.idle.lock().map_err(poisoned)?.pop();
        let conn = match conn {
            Some(c) => c,
            None => self.open()?,
        };
        let guard = Interrupt {
            handle: conn.get_interrupt_handle(),
            running: Arc::new(Mutex::new(true)),
        };
        let running = Arc::clone(&guard.running);
        let me = Arc::clone(self);
        let result = tokio::task::spawn_blocking(move || {
            let result = read(&conn);
            if let Ok(mut running) = running.lock() {
                *running = false;
            }
            if let Ok(mut idle) = me.idle.lock()
                && idle.len() < KEEP_IDLE
            {
                idle.push(conn);
            }
            result
        })
        .await
        .map_err(|e| Error::internal(format!("a database read failed: {e}")))?;
        drop(guard);
        result
    }
}

/// Interrupts a read still running when dropped.
struct Interrupt {
    handle: rusqlite::InterruptHandle,
    running: Arc<Mutex<bool>>,
}

impl Drop for Interrupt {
    fn drop(&mut self) {
        if let Ok(running) = self.running.lock()
            && *running
        {
            self.handle.interrupt();
        }
    }
}

fn poisoned<T>(_: std::sync::PoisonError<T>) -> Error {
    Error::internal("a database read panicked earlier")
}

/// Every row a query yields, mapped.
/// A statement value shared with PostgreSQL (`sql::Arg`), as rusqlite's.
pub fn value_of(arg: &crate::sql::Arg<'_>) -> rusqlite::types::Value {
    use crate::sql::Arg;
    use rusqlite::types::Value;
    match arg {
        Arg::Int(v) => Value::Integer(*v),
        Arg::OptInt(v) => v.map_or(Value::Null, Value::Integer),
        Arg::Text(v) => Value::Text((*v).to_string()),
        Arg::OptText(v) => v.map_or(Value::Null, |t| Value::Text(t.to_string())),
        Arg::Owned(v) => Value::Text(v.clone()),
        Arg::Bool(v) => Value::Integer(i64::from(*v)),
    }
}

pub fn all<T>(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
    map: impl Fn(&Row<'_>) -> Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = conn.prepare_cached(sql).map_err(read_error)?;
    let mut rows = stmt.query(params).map_err(read_error)?;
    let mut out = Vec::new();
    while let Some(row) = rows.next().map_err(read_error)? {
        out.push(map(row)?);
    }
    Ok(out)
}

/// The first row a query yields, mapped.
pub fn first<T>(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
    map: impl Fn(&Row<'_>) -> Result<T>,
) -> Result<Option<T>> {
    let mut stmt = conn.prepare_cached(sql).map_err(read_error)?;
    let mut rows = stmt.query(params).map_err(read_error)?;
    rows.next().map_err(read_error)?.map(map).transpose()
}

// --- rows into records (the columns are named as in migrations/sqlite) ---

/// An invite and its team, from a row of the invite statements.
pub fn invite(row: &Row<'_>) -> Result<(scimctl_core::model::InviteRow, TeamId)> {
    let tuple = (
        row.get(0).map_err(read_error)?,
        row.get(1).map_err(read_error)?,
        row.get(2).map_err(read_error)?,
        row.get(3).map_err(read_error)?,
        row.get(4).map_err(read_error)?,
        row.get(5).map_err(read_error)?,
        row.get(6).map_err(read_error)?,
        row.get(7).map_err(read_error)?,
        row.get(8).map_err(read_error)?,
        row.get(9).map_err(read_error)?,
        row.get(10).map_err(read_error)?,
        row.get(11).map_err(read_error)?,
        row.get(12).map_err(read_error)?,
        row.get(13).map_err(read_error)?,
        row.get(14).map_err(read_error)?,
        row.get(15).map_err(read_error)?,
    );
    Ok(crate::invites::invite_of(tuple))
}

pub fn team(row: &Row<'_>) -> Result<TeamRow> {
    Ok(TeamRow {
        id: row.get(0).map_err(read_error)?,
        name: row.get(1).map_err(read_error)?,
        scim_enabled: row.get(2).map_err(read_error)?,
        created_at: row.get(3).map_err(read_error)?,
    })
}

pub fn key(row: &Row<'_>) -> Result<ApiKey> {
    Ok(ApiKey {
        id: row.get("id").map_err(read_error)?,
        name: row.get("name").map_err(read_error)?,
        prefix: row.get("prefix").map_err(read_error)?,
        hash: row.get("hash").map_err(read_error)?,
        created_at: row.get("created_at").map_err(read_error)?,
        last_used_at: row.get("last_used_at").map_err(read_error)?,
        expires_at: row.get("expires_at").map_err(read_error)?,
        revoked_at: row.get("revoked_at").map_err(read_error)?,
        replaced_by: row.get("replaced_by").map_err(read_error)?,
    })
}

pub fn sso(row: &Row<'_>) -> Result<SsoMethod> {
    let kind: String = row.get("kind").map_err(read_error)?;
    Ok(SsoMethod {
        id: row.get("id").map_err(read_error)?,
        kind: sql::sso_kind(&kind),
        name: row.get("name").map_err(read_error)?,
        created_at: row.get("created_at").map_err(read_error)?,
    })
}

pub fn token(row: &Row<'_>) -> Result<AdminToken> {
    Ok(AdminToken {
        id: row.get("id").map_err(read_error)?,
        name: row.get("name").map_err(read_error)?,
        prefix: row.get("prefix").map_err(read_error)?,
        hash: row.get("hash").map_err(read_error)?,
        created_at: row.get("created_at").map_err(read_error)?,
        revoked_at: row.get("revoked_at").map_err(read_error)?,
    })
}

/// A user from the columns of [`crate::sql::USER_COLUMNS`], in that order, then
/// its groups ([`crate::groups::groups_of_user`]).
pub fn user(row: &Row<'_>) -> Result<UserRow> {
    let doc: String = row.get(7).map_err(read_error)?;
    let state: String = row.get(8).map_err(read_error)?;
    let groups: Option<String> = row.get(11).map_err(read_error)?;
    Ok(UserRow {
        id: row.get(0).map_err(read_error)?,
        user_name: row.get(1).map_err(read_error)?,
        external_id: row.get(2).map_err(read_error)?,
        active: row.get(3).map_err(read_error)?,
        version: row.get(4).map_err(read_error)?,
        created: row.get(5).map_err(read_error)?,
        last_modified: row.get(6).map_err(read_error)?,
        doc: sql::parse_doc(&doc)?,
        membership: Membership {
            state: sql::member_state(&state),
            invited_at: row.get(9).map_err(read_error)?,
            joined_at: row.get(10).map_err(read_error)?,
        },
        groups: crate::group_sql::parse_groups(groups.as_deref()),
    })
}

pub fn audit(row: &Row<'_>) -> Result<AuditEntry> {
    Ok(AuditEntry {
        seq: row.get("seq").map_err(read_error)?,
        at: row.get("at").map_err(read_error)?,
        actor: row.get("actor").map_err(read_error)?,
        action: sql::audit_action(&row.get::<_, String>("action").map_err(read_error)?)?,
        target: row.get("target").map_err(read_error)?,
        detail: row.get("detail").map_err(read_error)?,
    })
}
