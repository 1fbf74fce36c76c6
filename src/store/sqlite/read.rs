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

use crate::core::model::{AdminToken, ApiKey, AuditEntry, SsoMethod, UserRow};
use crate::error::{Error, Kind, Result};
use crate::store::rows;

/// Idle connections kept for reuse; more may be open while busy.
const KEEP_IDLE: usize = 8;

pub struct Readers {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        match &err {
            rusqlite::Error::SqliteFailure(e, _)
                if matches!(
                    e.code,
                    rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
                ) =>
            {
                Error::new(Kind::Unavailable, format!("database busy: {err}"))
            }
            _ => Error::internal(format!("database error: {err}")),
        }
    }
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
        conn.busy_timeout(Duration::from_secs(10))?;
        // 1 MiB of page cache instead of SQLite's 2 MiB: the hot pages (the
        // key and userName indexes) fit, and a CLI streaming 100,000 users
        // stays small.
        conn.pragma_update(None, "cache_size", -1024)?;
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
/// A statement value shared with PostgreSQL (`rows::Arg`), as rusqlite's.
pub fn value_of(arg: &crate::store::rows::Arg<'_>) -> rusqlite::types::Value {
    use crate::store::rows::Arg;
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
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(params)?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
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
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(params)?;
    rows.next()?.map(map).transpose()
}

// --- rows into records (the columns are named as in migrations/sqlite) ---

pub fn key(row: &Row<'_>) -> Result<ApiKey> {
    Ok(ApiKey {
        id: row.get("id")?,
        name: row.get("name")?,
        prefix: row.get("prefix")?,
        hash: row.get("hash")?,
        created_at: row.get("created_at")?,
        last_used_at: row.get("last_used_at")?,
        expires_at: row.get("expires_at")?,
        revoked_at: row.get("revoked_at")?,
        replaced_by: row.get("replaced_by")?,
    })
}

pub fn sso(row: &Row<'_>) -> Result<SsoMethod> {
    let kind: String = row.get("kind")?;
    Ok(SsoMethod {
        id: row.get("id")?,
        kind: rows::sso_kind(&kind),
        name: row.get("name")?,
        created_at: row.get("created_at")?,
    })
}

pub fn token(row: &Row<'_>) -> Result<AdminToken> {
    Ok(AdminToken {
        id: row.get("id")?,
        name: row.get("name")?,
        prefix: row.get("prefix")?,
        hash: row.get("hash")?,
        created_at: row.get("created_at")?,
        revoked_at: row.get("revoked_at")?,
    })
}

/// A user from the columns of [`rows::USER_COLUMNS`], in that order, then
/// its groups ([`crate::store::groups::groups_of_user`]).
pub fn user(row: &Row<'_>) -> Result<UserRow> {
    let doc: String = row.get(7)?;
    let groups: Option<String> = row.get(8)?;
    Ok(UserRow {
        id: row.get(0)?,
        user_name: row.get(1)?,
        external_id: row.get(2)?,
        active: row.get(3)?,
        version: row.get(4)?,
        created: row.get(5)?,
        last_modified: row.get(6)?,
        doc: rows::parse_doc(&doc)?,
        groups: crate::store::groups::parse_groups(groups.as_deref()),
    })
}

pub fn audit(row: &Row<'_>) -> Result<AuditEntry> {
    Ok(AuditEntry {
        seq: row.get("seq")?,
        at: row.get("at")?,
        actor: row.get("actor")?,
        action: rows::audit_action(&row.get::<_, String>("action")?)?,
        target: row.get("target")?,
        detail: row.get("detail")?,
    })
}
