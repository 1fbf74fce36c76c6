//! The operations of SPEC §4–§5, behind one trait with two implementations:
//! the embedded backend (the team core on a local database, in-process) and
//! the remote one (SCIM + admin API over HTTP). Commands are written once,
//! against [`Backend`], so both behave the same.

pub mod embedded;
pub mod remote;

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use serde_json::Value;

use crate::core::Team;
use crate::core::keys::IssuedKey;
use crate::core::model::{Actor, AuditEntry, KeyInfo, SsoType};
use crate::core::sso::{ScimStatus, SsoInfo};
use crate::core::store::Store;
use crate::error::{Error, Result};
use crate::scim::patch::PatchOperation;
use crate::secret::Secret;
use crate::time::Millis;
use crate::time::SystemClock;

/// One page of users, as SCIM resources.
#[derive(Debug, Clone)]
pub struct Page {
    pub total: u64,
    pub resources: Vec<Value>,
}

#[async_trait]
pub trait Backend: Send + Sync {
    /// A short description for messages: the database or the URL.
    fn describe(&self) -> String;

    // --- admin plane ---
    async fn scim_status(&self) -> Result<ScimStatus>;
    async fn scim_set(&self, enabled: bool, revoke_keys: bool) -> Result<ScimStatus>;
    async fn sso_list(&self) -> Result<Vec<SsoInfo>>;
    async fn sso_add(&self, kind: SsoType, name: &str) -> Result<SsoInfo>;
    async fn sso_remove(&self, id_or_name: &str) -> Result<()>;
    async fn keys_list(&self) -> Result<Vec<KeyInfo>>;
    async fn key_generate(&self, name: &str) -> Result<IssuedKey>;
    async fn key_rotate(&self, key: &str, grace: Duration, force: bool) -> Result<IssuedKey>;
    async fn key_revoke(&self, key: &str) -> Result<KeyInfo>;
    async fn audit(&self, since: Option<Millis>, limit: u64) -> Result<Vec<AuditEntry>>;

    /// Make an authenticated SCIM call with this key, as an IdP's "test
    /// API credentials" step does; `Ok` when the key would be accepted.
    async fn key_check(&self, secret: &Secret) -> Result<()>;

    // --- provisioning plane ---
    async fn users_page(&self, filter: Option<&str>, start_index: u64, count: u64) -> Result<Page>;
    async fn user_get(&self, id: &str) -> Result<Value>;
    async fn user_create(&self, body: &Value) -> Result<Value>;
    async fn user_patch(&self, id: &str, ops: &[PatchOperation]) -> Result<Value>;
    async fn user_replace(&self, id: &str, body: &Value) -> Result<Value>;
    /// Deactivate (`false`) or reactivate (`true`): only `active` changes.
    async fn user_set_active(&self, id: &str, active: bool) -> Result<Value>;
}

/// Is this URL a remote backend?
pub fn is_remote(url: &str) -> bool {
    url.starts_with("http://") || url.starts_with("https://")
}

/// Open the backend a URL names. Remote backends get their credentials
/// from `creds`, asked only when a call needs them.
pub async fn open(
    url: &str,
    scim_path: Option<&str>,
    creds: Arc<dyn remote::CredentialSource>,
) -> Result<Box<dyn Backend>> {
    if is_remote(url) {
        Ok(Box::new(remote::Remote::with_scim_path(
            url, scim_path, creds,
        )?))
    } else if url.starts_with("sqlite:") || url.starts_with("postgres") {
        let team = open_team(url).await?;
        Ok(Box::new(embedded::Embedded::new(team, Actor::local(), url)))
    } else {
        Err(Error::invalid(format!(
            "unsupported backend URL {url:?}: expected sqlite://PATH, postgres://… or http(s)://HOST"
        )))
    }
}

/// Open the store a database URL names, running its migrations.
pub async fn open_store(url: &str) -> Result<Arc<dyn Store>> {
    if url.starts_with("sqlite:") {
        Ok(Arc::new(
            crate::store::sqlite::SqliteStore::open(url).await?,
        ))
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
    Ok(Arc::new(crate::store::postgres::PgStore::open(url).await?))
}

#[cfg(not(feature = "postgres"))]
async fn open_postgres(_url: &str) -> Result<Arc<dyn Store>> {
    Err(Error::new(
        crate::error::Kind::Unsupported,
        "this scimctl was built without PostgreSQL support",
    )
    .with_hint("rebuild with `cargo build --features postgres`"))
}

/// The team on the database a URL names, on the wall clock.
pub async fn open_team(url: &str) -> Result<Team> {
    Ok(Team::new(open_store(url).await?, Arc::new(SystemClock)))
}
