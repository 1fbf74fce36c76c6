//! Persistence. The [`Store`] trait is what the core needs from a database;
//! each database has one implementation and its own migrations, chosen by
//! the URL scheme in [`open`].
//!
//! The store holds no rules. Where a rule must hold under concurrency (one
//! rotation per key, one user per userName, no lost update) the core asks for
//! a conditional write and the store makes it atomic; every write carries
//! its audit entry into the same transaction.

#[cfg(feature = "postgres")]
pub mod postgres;
mod rows;
pub mod sqlite;

use std::sync::Arc;

use async_trait::async_trait;

use crate::core::clock::Millis;
use crate::core::error::{Error, Result};
use crate::core::model::{AdminToken, ApiKey, AuditEntry, SsoMethod, UserRow};
use crate::scim::filter::Hint;

#[async_trait]
pub trait Store: Send + Sync + 'static {
    // --- team settings ---
    async fn scim_enabled(&self) -> Result<bool>;
    /// Turn SCIM on or off; when `revoke_keys_at` is set, revoke every key
    /// that is not revoked yet in the same transaction. Turning it on with no
    /// SSO method is a Conflict, checked atomically.
    async fn set_scim_enabled(
        &self,
        enabled: bool,
        revoke_keys_at: Option<Millis>,
        audit: &AuditEntry,
    ) -> Result<()>;

    async fn list_sso(&self) -> Result<Vec<SsoMethod>>;
    /// Conflict when a method with the same name (case-insensitively) exists.
    async fn insert_sso(&self, method: &SsoMethod, audit: &AuditEntry) -> Result<()>;
    /// Remove a method; refuse (Conflict) to remove the last one while SCIM
    /// is on, checked in the same transaction.
    async fn delete_sso(&self, id: &str, audit: &AuditEntry) -> Result<()>;

    // --- SCIM API keys ---
    async fn list_keys(&self) -> Result<Vec<ApiKey>>;
    /// The key with this secret hash, and whether SCIM is enabled — the two
    /// facts every SCIM request needs, in one round trip.
    async fn authenticate_key(&self, hash: &str) -> Result<Option<(ApiKey, bool)>>;
    async fn insert_key(&self, key: &ApiKey, audit: &AuditEntry) -> Result<()>;
    /// Replace `old_id` by `new`: atomically check that `old_id` is neither
    /// replaced nor revoked (else Conflict), give it `old_expires_at`, end any
    /// still-open grace window of its own predecessor at `now` when
    /// `end_open_window` is set, and insert `new`.
    async fn rotate_key(
        &self,
        old_id: &str,
        old_expires_at: Millis,
        end_open_window: bool,
        now: Millis,
        new: &ApiKey,
        audit: &AuditEntry,
    ) -> Result<()>;
    /// Revoke a key and any predecessor still in its grace window.
    async fn revoke_key(&self, id: &str, now: Millis, audit: &AuditEntry) -> Result<()>;
    /// Record a use; not audited.
    async fn touch_key(&self, id: &str, now: Millis) -> Result<()>;

    // --- admin tokens ---
    async fn insert_admin_token(&self, token: &AdminToken, audit: &AuditEntry) -> Result<()>;
    async fn find_admin_token(&self, hash: &str) -> Result<Option<AdminToken>>;

    // --- users ---
    /// Conflict (`uniqueness`) when the userName is taken.
    async fn insert_user(&self, user: &UserRow, audit: &AuditEntry) -> Result<()>;
    async fn get_user(&self, id: &str) -> Result<Option<UserRow>>;
    /// Write `user` if the stored version is still `expected_version`;
    /// `Ok(false)` when it is not. Conflict (`uniqueness`) on a taken userName.
    async fn update_user(
        &self,
        user: &UserRow,
        expected_version: i64,
        audit: &AuditEntry,
    ) -> Result<bool>;
    /// Delete if the stored version is `expected_version`; `Ok(false)` when
    /// the user changed or is gone.
    async fn delete_user(
        &self,
        id: &str,
        expected_version: i64,
        audit: &AuditEntry,
    ) -> Result<bool>;
    async fn count_users(&self) -> Result<u64>;
    /// Users in creation order.
    async fn page_users(&self, offset: u64, limit: u64) -> Result<Vec<UserRow>>;
    /// The users an index hint selects, in creation order.
    async fn find_users(&self, hint: &Hint) -> Result<Vec<UserRow>>;
    /// Every user, in creation order (for filters no index can answer).
    async fn scan_users(&self) -> Result<Vec<UserRow>>;

    // --- audit ---
    async fn list_audit(&self, since: Option<Millis>, limit: u64) -> Result<Vec<AuditEntry>>;
}

/// Open the store a database URL names, running its migrations.
pub async fn open(url: &str) -> Result<Arc<dyn Store>> {
    if url.starts_with("sqlite:") {
        Ok(Arc::new(sqlite::SqliteStore::open(url).await?))
    } else if is_postgres(url) {
        open_postgres(url).await
    } else {
        Err(Error::invalid(format!(
            "unsupported database URL {url:?}: expected sqlite://PATH or postgres://…"
        )))
    }
}

/// Whether a URL names a PostgreSQL database.
pub fn is_postgres(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

#[cfg(feature = "postgres")]
async fn open_postgres(url: &str) -> Result<Arc<dyn Store>> {
    Ok(Arc::new(postgres::PgStore::open(url).await?))
}

#[cfg(not(feature = "postgres"))]
async fn open_postgres(_url: &str) -> Result<Arc<dyn Store>> {
    Err(Error::new(
        crate::core::error::Kind::Unsupported,
        "this scimctl was built without PostgreSQL support",
    )
    .with_hint("rebuild with `cargo build --features postgres`"))
}
