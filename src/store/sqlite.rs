//! The embedded SQLite store.
//!
//! Two pools: one connection for writes, several for reads. SQLite allows one
//! writer at a time anyway; queueing writers on our own pool is cheaper and
//! fairer than letting them spin on `SQLITE_BUSY`. Writes still start with
//! `BEGIN IMMEDIATE`, so that another process on the same file (the CLI's
//! embedded backend next to a running `serve`) takes the write lock up front
//! instead of failing to upgrade a read transaction halfway through.

use std::str::FromStr;
use std::time::Duration;

use async_trait::async_trait;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::{Sqlite, Transaction};

use super::Store;
use super::rows::{self, AuditRow, AuthRow, KeyRow, SsoRow, TokenRow, USER_COLUMNS, UserDbRow};
use crate::core::clock::Millis;
use crate::core::error::{Error, Result};
use crate::core::model::{AdminToken, ApiKey, AuditEntry, SsoMethod, UserRow};
use crate::scim::filter::Hint;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");

pub struct SqliteStore {
    writer: SqlitePool,
    reader: SqlitePool,
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
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(options.clone())
            .await
            .map_err(|e| Error::invalid(format!("cannot open database {path}: {e}")))?;
        MIGRATOR
            .run(&writer)
            .await
            .map_err(|e| Error::internal(format!("database migration failed: {e}")))?;
        let reader = SqlitePoolOptions::new()
            .max_connections(4)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(options.read_only(true))
            .await?;
        Ok(SqliteStore { writer, reader })
    }

    async fn begin(&self) -> Result<Transaction<'static, Sqlite>> {
        Ok(self.writer.begin_with("BEGIN IMMEDIATE").await?)
    }
}

async fn audit(tx: &mut Transaction<'static, Sqlite>, entry: &AuditEntry) -> Result<()> {
    sqlx::query("INSERT INTO audit (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)")
        .bind(entry.at)
        .bind(&entry.actor)
        .bind(&entry.action)
        .bind(&entry.target)
        .bind(&entry.detail)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

#[async_trait]
impl Store for SqliteStore {
    async fn scim_enabled(&self) -> Result<bool> {
        Ok(
            sqlx::query_scalar("SELECT scim_enabled FROM team WHERE id = 1")
                .fetch_one(&self.reader)
                .await?,
        )
    }

    async fn set_scim_enabled(
        &self,
        enabled: bool,
        revoke_keys_at: Option<Millis>,
        entry: &AuditEntry,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        // Turning SCIM on needs an SSO method; checked in the same statement,
        // so that a concurrent removal of the last one cannot race it.
        let done = sqlx::query(
            "UPDATE team SET scim_enabled = ? WHERE id = 1 \
             AND (? = 0 OR EXISTS (SELECT 1 FROM sso_methods))",
        )
        .bind(enabled)
        .bind(enabled)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(rows::scim_needs_sso());
        }
        if let Some(at) = revoke_keys_at {
            sqlx::query("UPDATE api_keys SET revoked_at = ? WHERE revoked_at IS NULL")
                .bind(at)
                .execute(&mut *tx)
                .await?;
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn list_sso(&self) -> Result<Vec<SsoMethod>> {
        let rows: Vec<SsoRow> =
            sqlx::query_as("SELECT id, kind, name, created_at FROM sso_methods ORDER BY rowid")
                .fetch_all(&self.reader)
                .await?;
        Ok(rows.into_iter().map(SsoMethod::from).collect())
    }

    async fn insert_sso(&self, method: &SsoMethod, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        let inserted = sqlx::query(
            "INSERT INTO sso_methods (id, kind, name, name_lower, created_at) VALUES (?, ?, ?, ?, ?)",
        )
        .bind(&method.id)
        .bind(method.kind.as_str())
        .bind(&method.name)
        .bind(method.name.to_lowercase())
        .bind(method.created_at)
        .execute(&mut *tx)
        .await;
        match inserted {
            Err(e) if rows::is_unique_violation(&e) => {
                return Err(rows::sso_name_taken(method));
            }
            other => other?,
        };
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn delete_sso(&self, id: &str, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        // Read the toggle inside the write transaction, so that a concurrent
        // `scim enable` cannot slip between the check and the delete.
        let (enabled, count): (bool, i64) = sqlx::query_as(
            "SELECT (SELECT scim_enabled FROM team WHERE id = 1), (SELECT count(*) FROM sso_methods)",
        )
        .fetch_one(&mut *tx)
        .await?;
        if enabled && count <= 1 {
            return Err(rows::last_sso_method());
        }
        let done = sqlx::query("DELETE FROM sso_methods WHERE id = ?")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(rows::no_sso_method(id));
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn list_keys(&self) -> Result<Vec<ApiKey>> {
        let rows: Vec<KeyRow> = sqlx::query_as("SELECT * FROM api_keys ORDER BY rowid")
            .fetch_all(&self.reader)
            .await?;
        Ok(rows.into_iter().map(ApiKey::from).collect())
    }

    async fn authenticate_key(&self, hash: &str) -> Result<Option<(ApiKey, bool)>> {
        let row: Option<AuthRow> = sqlx::query_as(
            "SELECT k.*, (SELECT scim_enabled FROM team WHERE id = 1) AS scim_enabled \
             FROM api_keys k WHERE k.hash = ?",
        )
        .bind(hash)
        .fetch_optional(&self.reader)
        .await?;
        Ok(row.map(Into::into))
    }

    async fn insert_key(&self, key: &ApiKey, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        insert_key_tx(&mut tx, key).await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
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
        let mut tx = self.begin().await?;
        // The new key must exist before the old one can point at it.
        insert_key_tx(&mut tx, new).await?;
        let claimed = sqlx::query(
            "UPDATE api_keys SET replaced_by = ?, expires_at = ? \
             WHERE id = ? AND replaced_by IS NULL AND revoked_at IS NULL",
        )
        .bind(&new.id)
        .bind(old_expires_at)
        .bind(old_id)
        .execute(&mut *tx)
        .await?;
        if claimed.rows_affected() == 0 {
            // Dropping the transaction rolls back the insert.
            return Err(rows::key_changed_meanwhile());
        }
        if end_open_window {
            sqlx::query(
                "UPDATE api_keys SET expires_at = ? \
                 WHERE replaced_by = ? AND expires_at > ? AND revoked_at IS NULL",
            )
            .bind(now)
            .bind(old_id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn revoke_key(&self, id: &str, now: Millis, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        let done =
            sqlx::query("UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .bind(now)
                .bind(id)
                .execute(&mut *tx)
                .await?;
        if done.rows_affected() == 0 {
            return Err(rows::key_already_revoked());
        }
        sqlx::query(
            "UPDATE api_keys SET revoked_at = ? \
             WHERE replaced_by = ? AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?)",
        )
        .bind(now)
        .bind(id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn touch_key(&self, id: &str, now: Millis) -> Result<()> {
        sqlx::query("UPDATE api_keys SET last_used_at = ? WHERE id = ?")
            .bind(now)
            .bind(id)
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    async fn insert_admin_token(&self, token: &AdminToken, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO admin_tokens (id, name, prefix, hash, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(&token.id)
        .bind(&token.name)
        .bind(&token.prefix)
        .bind(&token.hash)
        .bind(token.created_at)
        .bind(token.revoked_at)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn find_admin_token(&self, hash: &str) -> Result<Option<AdminToken>> {
        let row: Option<TokenRow> = sqlx::query_as("SELECT * FROM admin_tokens WHERE hash = ?")
            .bind(hash)
            .fetch_optional(&self.reader)
            .await?;
        Ok(row.map(AdminToken::from))
    }

    async fn insert_user(&self, user: &UserRow, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        let inserted = sqlx::query(
            "INSERT INTO users (id, user_name, user_name_lower, external_id, active, version, \
             created_at, last_modified, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&user.id)
        .bind(&user.user_name)
        .bind(user.user_name.to_lowercase())
        .bind(&user.external_id)
        .bind(user.active)
        .bind(user.version)
        .bind(user.created)
        .bind(user.last_modified)
        .bind(rows::doc_text(user))
        .execute(&mut *tx)
        .await;
        match inserted {
            Err(e) if rows::is_unique_violation(&e) => return Err(rows::user_name_taken(user)),
            other => other?,
        };
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn get_user(&self, id: &str) -> Result<Option<UserRow>> {
        let row: Option<UserDbRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {USER_COLUMNS} FROM users WHERE id = ?"
        )))
        .bind(id)
        .fetch_optional(&self.reader)
        .await?;
        row.map(UserRow::try_from).transpose()
    }

    async fn update_user(
        &self,
        user: &UserRow,
        expected_version: i64,
        entry: &AuditEntry,
    ) -> Result<bool> {
        let mut tx = self.begin().await?;
        let updated = sqlx::query(
            "UPDATE users SET user_name = ?, user_name_lower = ?, external_id = ?, active = ?, \
             version = ?, last_modified = ?, doc = ? WHERE id = ? AND version = ?",
        )
        .bind(&user.user_name)
        .bind(user.user_name.to_lowercase())
        .bind(&user.external_id)
        .bind(user.active)
        .bind(user.version)
        .bind(user.last_modified)
        .bind(rows::doc_text(user))
        .bind(&user.id)
        .bind(expected_version)
        .execute(&mut *tx)
        .await;
        let updated = match updated {
            Err(e) if rows::is_unique_violation(&e) => return Err(rows::user_name_taken(user)),
            other => other?,
        };
        if updated.rows_affected() == 0 {
            return Ok(false);
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn delete_user(
        &self,
        id: &str,
        expected_version: i64,
        entry: &AuditEntry,
    ) -> Result<bool> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("DELETE FROM users WHERE id = ? AND version = ?")
            .bind(id)
            .bind(expected_version)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Ok(false);
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn count_users(&self) -> Result<u64> {
        let n: i64 = sqlx::query_scalar("SELECT count(*) FROM users")
            .fetch_one(&self.reader)
            .await?;
        Ok(n as u64)
    }

    async fn page_users(&self, offset: u64, limit: u64) -> Result<Vec<UserRow>> {
        let rows: Vec<UserDbRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {USER_COLUMNS} FROM users WHERE seq >= \
             (SELECT seq FROM users INDEXED BY users_seq ORDER BY seq LIMIT 1 OFFSET ?) \
             ORDER BY seq LIMIT ?"
        )))
        .bind(offset as i64)
        .bind(limit as i64)
        .fetch_all(&self.reader)
        .await?;
        rows::users(rows)
    }

    async fn find_users(&self, hint: &Hint) -> Result<Vec<UserRow>> {
        let (column, value) = match hint {
            Hint::UserName(v) => ("user_name_lower", v),
            Hint::Id(v) => ("id", v),
            Hint::ExternalId(v) => ("external_id", v),
        };
        let rows: Vec<UserDbRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {USER_COLUMNS} FROM users WHERE {column} = ? ORDER BY seq"
        )))
        .bind(value)
        .fetch_all(&self.reader)
        .await?;
        rows::users(rows)
    }

    async fn scan_users(&self) -> Result<Vec<UserRow>> {
        let rows: Vec<UserDbRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {USER_COLUMNS} FROM users ORDER BY seq"
        )))
        .fetch_all(&self.reader)
        .await?;
        rows::users(rows)
    }

    async fn list_audit(&self, since: Option<Millis>, limit: u64) -> Result<Vec<AuditEntry>> {
        let rows: Vec<AuditRow> = sqlx::query_as(
            "SELECT seq, at, actor, action, target, detail FROM audit \
             WHERE at >= ? ORDER BY seq LIMIT ?",
        )
        .bind(since.unwrap_or(i64::MIN))
        .bind(limit as i64)
        .fetch_all(&self.reader)
        .await?;
        Ok(rows.into_iter().map(AuditEntry::from).collect())
    }
}

async fn insert_key_tx(tx: &mut Transaction<'static, Sqlite>, key: &ApiKey) -> Result<()> {
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
    .execute(&mut **tx)
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
