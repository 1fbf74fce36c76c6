//! The embedded SQLite store.
//!
//! Reads go to a pool of read-only connections; every write goes through one
//! connection owned by the group-commit writer ([`writer`]), which runs the
//! writes that are waiting as one transaction. SQLite allows one writer at a
//! time anyway; queueing writers in our own process is cheaper and fairer
//! than letting them spin on `SQLITE_BUSY`, and sharing a commit between
//! many writes is what makes a bulk import fast. Batches start with
//! `BEGIN IMMEDIATE`, so that another process on the same file (the CLI's
//! embedded backend next to a running `serve`) takes the write lock up front
//! instead of failing to upgrade a read transaction halfway through.

mod read;
mod writer;

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use futures::FutureExt;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sqlx::{ConnectOptions, SqliteConnection};

use self::read::Readers;
use self::writer::{Attempt, Writer, in_savepoint};

use super::rows::{self, USER_COLUMNS};
use crate::core::model::{AdminToken, ApiKey, AuditEntry, SsoMethod, UserRow};
use crate::core::store::{Hint, Store};
use crate::error::{Error, Result};
use crate::time::Millis;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");

pub struct SqliteStore {
    writer: Writer,
    readers: Arc<Readers>,
}

/// The file path a `sqlite:` URL names: `sqlite:///abs/path`,
/// `sqlite://relative/path` or `sqlite:path`.
pub fn path_of(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or(rest);
    (!path.is_empty()).then_some(path)
}

impl SqliteStore {
    pub async fn open(url: &str) -> Result<Self> {
        let path = path_of(url)
            .ok_or_else(|| Error::invalid(format!("no file path in database URL {url:?}")))?;
        if let Some(parent) = std::path::Path::new(path).parent()
            && !parent.as_os_str().is_empty()
        {
            std::fs::create_dir_all(parent)
                .map_err(|e| Error::invalid(format!("cannot create {}: {e}", parent.display())))?;
        }
        let options = SqliteConnectOptions::from_str("sqlite:")
            .map_err(|e| Error::internal(e.to_string()))?
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true)
            .pragma("temp_store", "memory");
        let mut conn = options
            .connect()
            .await
            .map_err(|e| Error::invalid(format!("cannot open database {path}: {e}")))?;
        MIGRATOR
            .run(&mut conn)
            .await
            .map_err(|e| Error::internal(format!("database migration failed: {e}")))?;
        Ok(SqliteStore {
            writer: Writer::start(conn),
            readers: Readers::new(std::path::Path::new(path)),
        })
    }
}

/// The audit line a write appends, as the last statement of its query; the
/// entry's values are bound last ([`then_audit`]).
macro_rules! audit_sql {
    () => {
        "INSERT INTO audit (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)"
    };
    (if changed) => {
        "INSERT INTO audit (at, actor, action, target, detail) \
         SELECT ?, ?, ?, ?, ? WHERE changes() > 0"
    };
}

type Query<'q> = sqlx::query::Query<'q, sqlx::Sqlite, sqlx::sqlite::SqliteArguments>;

fn then_audit<'q>(query: Query<'q>, entry: &'q AuditEntry) -> Query<'q> {
    query
        .bind(entry.at)
        .bind(&entry.actor)
        .bind(&entry.action)
        .bind(&entry.target)
        .bind(&entry.detail)
}

/// The audit line as a statement of its own (inside a savepoint).
async fn audit(conn: &mut SqliteConnection, entry: &AuditEntry) -> Result<()> {
    then_audit(sqlx::query(audit_sql!()), entry)
        .execute(conn)
        .await?;
    Ok(())
}

/// A write refused by a unique index wrote nothing (SQLite undoes the
/// failing statement, and the statements after it in the query never run):
/// a clean refusal. Any other failure may have left something behind.
fn unique_or_broken<T>(err: sqlx::Error, refusal: impl FnOnce() -> Error) -> Attempt<T> {
    if rows::is_unique_violation(&err) {
        Ok(Err(refusal()))
    } else {
        Err(err.into())
    }
}

/// Run a write-and-audit query; `Ok(rows changed)` or the refusal.
async fn run_audited(
    conn: &mut SqliteConnection,
    query: Query<'_>,
    refusal: impl FnOnce() -> Error,
) -> Attempt<u64> {
    match query.execute(conn).await {
        Ok(done) => Ok(Ok(done.rows_affected())),
        Err(e) => unique_or_broken(e, refusal),
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn scim_enabled(&self) -> Result<bool> {
        self.readers.now(|c| {
            Ok(
                c.query_row("SELECT scim_enabled FROM team WHERE id = 1", [], |r| {
                    r.get(0)
                })?,
            )
        })
    }

    async fn set_scim_enabled(
        &self,
        enabled: bool,
        revoke_keys_at: Option<Millis>,
        entry: &AuditEntry,
    ) -> Result<()> {
        let entry = entry.clone();
        self.writer
            .write(move |c| {
                in_savepoint(c, async move |c| {
                    // Turning SCIM on needs an SSO method; checked in the
                    // same statement, inside the one write transaction, so
                    // that a concurrent removal of the last one cannot race it.
                    let done = sqlx::query(
                        "UPDATE team SET scim_enabled = ? WHERE id = 1 \
                         AND (? = 0 OR EXISTS (SELECT 1 FROM sso_methods))",
                    )
                    .bind(enabled)
                    .bind(enabled)
                    .execute(&mut *c)
                    .await?;
                    if done.rows_affected() == 0 {
                        return Err(rows::scim_needs_sso());
                    }
                    if let Some(at) = revoke_keys_at {
                        sqlx::query("UPDATE api_keys SET revoked_at = ? WHERE revoked_at IS NULL")
                            .bind(at)
                            .execute(&mut *c)
                            .await?;
                    }
                    audit(c, &entry).await
                })
                .boxed()
            })
            .await
    }

    async fn list_sso(&self) -> Result<Vec<SsoMethod>> {
        self.readers.now(|c| {
            read::all(
                c,
                "SELECT id, kind, name, created_at FROM sso_methods ORDER BY rowid",
                [],
                read::sso,
            )
        })
    }

    async fn insert_sso(&self, method: &SsoMethod, entry: &AuditEntry) -> Result<()> {
        let (method, entry) = (method.clone(), entry.clone());
        self.writer
            .write(move |c| {
                async move {
                    let query = sqlx::query(concat!(
                        "INSERT INTO sso_methods (id, kind, name, name_lower, created_at) \
                         VALUES (?, ?, ?, ?, ?); ",
                        audit_sql!()
                    ))
                    .bind(&method.id)
                    .bind(method.kind.as_str())
                    .bind(&method.name)
                    .bind(method.name.to_lowercase())
                    .bind(method.created_at);
                    let done = run_audited(c, then_audit(query, &entry), || {
                        rows::sso_name_taken(&method)
                    })
                    .await?;
                    Ok(done.map(drop))
                }
                .boxed()
            })
            .await
    }

    async fn delete_sso(&self, id: &str, entry: &AuditEntry) -> Result<()> {
        let (id, entry) = (id.to_string(), entry.clone());
        self.writer
            .write(move |c| {
                in_savepoint(c, async move |c| {
                    // Read the toggle inside the write transaction, so that a
                    // concurrent `scim enable` cannot slip between the check
                    // and the delete.
                    let (enabled, count): (bool, i64) = sqlx::query_as(
                        "SELECT (SELECT scim_enabled FROM team WHERE id = 1), \
                         (SELECT count(*) FROM sso_methods)",
                    )
                    .fetch_one(&mut *c)
                    .await?;
                    if enabled && count <= 1 {
                        return Err(rows::last_sso_method());
                    }
                    let done = sqlx::query("DELETE FROM sso_methods WHERE id = ?")
                        .bind(&id)
                        .execute(&mut *c)
                        .await?;
                    if done.rows_affected() == 0 {
                        return Err(rows::no_sso_method(&id));
                    }
                    audit(c, &entry).await
                })
                .boxed()
            })
            .await
    }

    async fn list_keys(&self) -> Result<Vec<ApiKey>> {
        self.readers
            .now(|c| read::all(c, "SELECT * FROM api_keys ORDER BY rowid", [], read::key))
    }

    async fn authenticate_key(&self, hash: &str) -> Result<Option<(ApiKey, bool)>> {
        self.readers.now(|c| {
            read::first(
                c,
                "SELECT k.*, (SELECT scim_enabled FROM team WHERE id = 1) AS scim_enabled \
                 FROM api_keys k WHERE k.hash = ?",
                [hash],
                |r| Ok((read::key(r)?, r.get("scim_enabled")?)),
            )
        })
    }

    async fn insert_key(&self, key: &ApiKey, entry: &AuditEntry) -> Result<()> {
        let (key, entry) = (key.clone(), entry.clone());
        self.writer
            .write(move |c| {
                in_savepoint(c, async move |c| {
                    insert_key(c, &key).await?;
                    audit(c, &entry).await
                })
                .boxed()
            })
            .await
    }

    async fn rotate_key(
        &self,
        old_id: &str,
        old_expires_at: Millis,
        end_open_window: bool,
        now: Millis,
        new: &ApiKey,
        entry: &AuditEntry,
    ) -> Result<()> {
        let (old_id, new, entry) = (old_id.to_string(), new.clone(), entry.clone());
        self.writer
            .write(move |c| {
                in_savepoint(c, async move |c| {
                    // The new key must exist before the old one can point at it.
                    insert_key(c, &new).await?;
                    let claimed = sqlx::query(
                        "UPDATE api_keys SET replaced_by = ?, expires_at = ? \
                         WHERE id = ? AND replaced_by IS NULL AND revoked_at IS NULL",
                    )
                    .bind(&new.id)
                    .bind(old_expires_at)
                    .bind(&old_id)
                    .execute(&mut *c)
                    .await?;
                    if claimed.rows_affected() == 0 {
                        // The savepoint's rollback takes the insert back.
                        return Err(rows::key_changed_meanwhile());
                    }
                    if end_open_window {
                        sqlx::query(
                            "UPDATE api_keys SET expires_at = ? \
                             WHERE replaced_by = ? AND expires_at > ? AND revoked_at IS NULL",
                        )
                        .bind(now)
                        .bind(&old_id)
                        .bind(now)
                        .execute(&mut *c)
                        .await?;
                    }
                    audit(c, &entry).await
                })
                .boxed()
            })
            .await
    }

    async fn revoke_key(&self, id: &str, now: Millis, entry: &AuditEntry) -> Result<()> {
        let (id, entry) = (id.to_string(), entry.clone());
        self.writer
            .write(move |c| {
                in_savepoint(c, async move |c| {
                    let done = sqlx::query(
                        "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                    )
                    .bind(now)
                    .bind(&id)
                    .execute(&mut *c)
                    .await?;
                    if done.rows_affected() == 0 {
                        return Err(rows::key_already_revoked());
                    }
                    sqlx::query(
                        "UPDATE api_keys SET revoked_at = ? WHERE replaced_by = ? \
                         AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?)",
                    )
                    .bind(now)
                    .bind(&id)
                    .bind(now)
                    .execute(&mut *c)
                    .await?;
                    audit(c, &entry).await
                })
                .boxed()
            })
            .await
    }

    async fn touch_key(&self, id: &str, now: Millis) -> Result<()> {
        let id = id.to_string();
        self.writer
            .write(move |c| {
                async move {
                    sqlx::query(
                        "UPDATE api_keys SET last_used_at = ? \
                         WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)",
                    )
                    .bind(now)
                    .bind(&id)
                    .bind(now)
                    .execute(c)
                    .await?;
                    Ok(Ok(()))
                }
                .boxed()
            })
            .await
    }

    async fn insert_admin_token(&self, token: &AdminToken, entry: &AuditEntry) -> Result<()> {
        let (token, entry) = (token.clone(), entry.clone());
        self.writer
            .write(move |c| {
                async move {
                    let query = sqlx::query(concat!(
                        "INSERT INTO admin_tokens (id, name, prefix, hash, created_at, revoked_at) \
                         VALUES (?, ?, ?, ?, ?, ?); ",
                        audit_sql!()
                    ))
                    .bind(&token.id)
                    .bind(&token.name)
                    .bind(&token.prefix)
                    .bind(&token.hash)
                    .bind(token.created_at)
                    .bind(token.revoked_at);
                    let done = run_audited(c, then_audit(query, &entry), || {
                        Error::conflict("this admin token exists already")
                    })
                    .await?;
                    Ok(done.map(drop))
                }
                .boxed()
            })
            .await
    }

    async fn find_admin_token(&self, hash: &str) -> Result<Option<AdminToken>> {
        self.readers.now(|c| {
            read::first(
                c,
                "SELECT * FROM admin_tokens WHERE hash = ?",
                [hash],
                read::token,
            )
        })
    }

    async fn insert_user(&self, user: &UserRow, entry: &AuditEntry) -> Result<()> {
        let (user, entry) = (UserColumns::of(user), entry.clone());
        self.writer
            .write(move |c| {
                async move {
                    let query = sqlx::query(concat!(
                        "INSERT INTO users (id, user_name, user_name_lower, external_id, active, \
                         version, created_at, last_modified, doc) \
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?); ",
                        audit_sql!()
                    ))
                    .bind(&user.id)
                    .bind(&user.user_name)
                    .bind(user.user_name.to_lowercase())
                    .bind(&user.external_id)
                    .bind(user.active)
                    .bind(user.version)
                    .bind(user.created)
                    .bind(user.last_modified)
                    .bind(&user.doc);
                    let done = run_audited(c, then_audit(query, &entry), || {
                        rows::user_name_taken(&user.user_name)
                    })
                    .await?;
                    Ok(done.map(drop))
                }
                .boxed()
            })
            .await
    }

    async fn get_user(&self, id: &str) -> Result<Option<UserRow>> {
        self.readers
            .now(|c| read::first(c, &user_query("WHERE id = ?"), [id], read::user))
    }

    async fn update_user(
        &self,
        user: &UserRow,
        expected_version: i64,
        entry: &AuditEntry,
    ) -> Result<bool> {
        let (user, entry) = (UserColumns::of(user), entry.clone());
        self.writer
            .write(move |c| {
                async move {
                    // The audit line is written only if the version matched.
                    let query = sqlx::query(concat!(
                        "UPDATE users SET user_name = ?, user_name_lower = ?, external_id = ?, \
                         active = ?, version = ?, last_modified = ?, doc = ? \
                         WHERE id = ? AND version = ?; ",
                        audit_sql!(if changed)
                    ))
                    .bind(&user.user_name)
                    .bind(user.user_name.to_lowercase())
                    .bind(&user.external_id)
                    .bind(user.active)
                    .bind(user.version)
                    .bind(user.last_modified)
                    .bind(&user.doc)
                    .bind(&user.id)
                    .bind(expected_version);
                    let done = run_audited(c, then_audit(query, &entry), || {
                        rows::user_name_taken(&user.user_name)
                    })
                    .await?;
                    Ok(done.map(|n| n > 0))
                }
                .boxed()
            })
            .await
    }

    async fn delete_user(
        &self,
        id: &str,
        expected_version: i64,
        entry: &AuditEntry,
    ) -> Result<bool> {
        let (id, entry) = (id.to_string(), entry.clone());
        self.writer
            .write(move |c| {
                async move {
                    let query = sqlx::query(concat!(
                        "DELETE FROM users WHERE id = ? AND version = ?; ",
                        audit_sql!(if changed)
                    ))
                    .bind(&id)
                    .bind(expected_version);
                    // (no unique index can refuse a delete)
                    let done = then_audit(query, &entry).execute(c).await?;
                    Ok(Ok(done.rows_affected() > 0))
                }
                .boxed()
            })
            .await
    }

    async fn count_users(&self) -> Result<u64> {
        // Counts the compact seq index; a few milliseconds at 100,000 users.
        self.readers
            .later(|c| {
                let n: i64 = c.query_row("SELECT count(*) FROM users", [], |r| r.get(0))?;
                Ok(n as u64)
            })
            .await
    }

    async fn page_users(&self, offset: u64, limit: u64) -> Result<Vec<UserRow>> {
        self.readers
            .later(move |c| {
                read::all(
                    c,
                    &user_query(
                        "WHERE seq >= (SELECT seq FROM users INDEXED BY users_seq \
                         ORDER BY seq LIMIT 1 OFFSET ?) ORDER BY seq LIMIT ?",
                    ),
                    [offset as i64, limit as i64],
                    read::user,
                )
            })
            .await
    }

    async fn find_users(&self, hint: &Hint) -> Result<Vec<UserRow>> {
        let (column, value) = match hint {
            Hint::UserName(v) => ("user_name_lower", v),
            Hint::Id(v) => ("id", v),
            Hint::ExternalId(v) => ("external_id", v),
        };
        self.readers.now(|c| {
            read::all(
                c,
                &user_query(&format!("WHERE {column} = ? ORDER BY seq")),
                [value],
                read::user,
            )
        })
    }

    async fn scan_users(&self) -> Result<Vec<UserRow>> {
        self.readers
            .later(|c| read::all(c, &user_query("ORDER BY seq"), [], read::user))
            .await
    }

    async fn list_audit(&self, since: Option<Millis>, limit: u64) -> Result<Vec<AuditEntry>> {
        let since = since.unwrap_or(i64::MIN);
        self.readers
            .later(move |c| {
                read::all(
                    c,
                    "SELECT seq, at, actor, action, target, detail FROM audit \
                     WHERE at >= ? ORDER BY seq LIMIT ?",
                    [since, limit as i64],
                    read::audit,
                )
            })
            .await
    }
}

/// What a user write stores, owned so that the writer task can take it: the
/// document as its JSON text (serialised here, on the caller's thread, not
/// in the writer every other write waits for, and without copying the
/// parsed document).
struct UserColumns {
    id: String,
    user_name: String,
    external_id: Option<String>,
    active: bool,
    version: i64,
    created: Millis,
    last_modified: Millis,
    doc: String,
}

impl UserColumns {
    fn of(user: &UserRow) -> UserColumns {
        UserColumns {
            id: user.id.clone(),
            user_name: user.user_name.clone(),
            external_id: user.external_id.clone(),
            active: user.active,
            version: user.version,
            created: user.created,
            last_modified: user.last_modified,
            doc: rows::doc_text(user),
        }
    }
}

/// `SELECT <the user columns> FROM users <rest>`.
fn user_query(rest: &str) -> String {
    format!("SELECT {USER_COLUMNS} FROM users {rest}")
}

async fn insert_key(conn: &mut SqliteConnection, key: &ApiKey) -> Result<()> {
    sqlx::query(
        "INSERT INTO api_keys (id, name, prefix, hash, created_at, last_used_at, expires_at, \
         revoked_at, replaced_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&key.id)
    .bind(&key.name)
    .bind(&key.prefix)
    .bind(&key.hash)
    .bind(key.created_at)
    .bind(key.last_used_at)
    .bind(key.expires_at)
    .bind(key.revoked_at)
    .bind(&key.replaced_by)
    .execute(conn)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::path_of;

    #[test]
    fn sqlite_urls_name_files() {
        assert_eq!(path_of("sqlite:///tmp/a.db"), Some("/tmp/a.db"));
        assert_eq!(path_of("sqlite://rel/a.db"), Some("rel/a.db"));
        assert_eq!(path_of("sqlite:a.db?mode=rwc"), Some("a.db"));
        assert_eq!(path_of("sqlite://"), None);
        assert_eq!(path_of("postgres://x"), None);
    }
}
