//! The operations of the admin and provisioning planes (docs/scim.md, "Admin plane"; docs/cli.md, "Users"), behind one trait with two implementations:
//! the embedded backend (the team core on a local database, in-process) and
//! the remote one (SCIM + admin API over HTTP). Commands are written once,
//! against [`Backend`], so both behave the same.

use std::time::Duration;

use async_trait::async_trait;
use serde_json::Value;

use scimctl_core::error::{Error, Kind, Result};
use scimctl_core::keys::{IssuedKey, IssuedToken, TokenInfo};
use scimctl_core::model::{AuditEntry, KeyInfo, SsoType};
use scimctl_core::scim::patch::PatchOperation;
use scimctl_core::secret::Secret;
use scimctl_core::sso::{ScimStatus, SsoInfo};
use scimctl_core::store::AuditQuery;

/// Users per request when reading many: the most `scimctl serve` gives (a
/// service that gives fewer answers with fewer; paging follows what
/// arrives).
pub const PAGE_SIZE: u64 = 1000;

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
    /// How long the backend's current rate-limit pause lasts yet, if one
    /// is on (a progress bar says so, so that a paused run does not look
    /// hung). Only a remote service rate-limits.
    fn rate_limit_pause(&self) -> Option<std::time::Duration> {
        None
    }
    /// Whether userNames are known to compare case-insensitively here, as
    /// SCIM says they should (the embedded database); a remote service
    /// may compare them byte for byte (Postman's API does).
    fn names_ignore_case(&self) -> bool {
        false
    }

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
    /// Audit entries, newest first.
    async fn audit(&self, query: &AuditQuery) -> Result<Vec<AuditEntry>>;
    async fn tokens_list(&self) -> Result<Vec<TokenInfo>>;
    async fn token_create(&self, name: &str) -> Result<IssuedToken>;
    async fn token_revoke(&self, token: &str) -> Result<TokenInfo>;
    /// Any other admin API call (`path` under /admin/v1, already encoded):
    /// its JSON answer. Only a remote `serve` has one; commands whose
    /// database side has no backend operation (`invites`, `domains`) use
    /// it against a remote backend.
    async fn admin_call(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value> {
        let _ = (method, path, body);
        Err(Error::new(
            Kind::Unsupported,
            "this backend has no admin API",
        ))
    }

    /// Make an authenticated SCIM call with this key, as an IdP's "test
    /// API credentials" step does; `Ok` when the key would be accepted.
    async fn key_check(&self, secret: &Secret) -> Result<()>;

    // --- provisioning plane ---
    /// The page size to read many users with when the user did not choose
    /// one: the most the backend allows, at most [`PAGE_SIZE`].
    async fn page_size(&self) -> u64 {
        PAGE_SIZE
    }
    async fn users_page(&self, filter: Option<&str>, start_index: u64, count: u64) -> Result<Page>;
    async fn user_get(&self, id: &str) -> Result<Value>;
    async fn user_create(&self, body: &Value) -> Result<Value>;
    /// Whether [`Backend::user_create_many`] writes many users at once (the
    /// embedded database). Elsewhere a bulk import sends its rows one by
    /// one, `--concurrency` at a time.
    fn creates_in_batches(&self) -> bool {
        false
    }
    /// Create many users, each as [`Backend::user_create`] would: the id of
    /// each created user, or why it was not, in order.
    async fn user_create_many(&self, bodies: &[Value]) -> Vec<Result<String>> {
        let mut out = Vec::with_capacity(bodies.len());
        for body in bodies {
            out.push(self.user_create(body).await.and_then(|u| {
                u.get("id")
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .ok_or_else(|| Error::internal("the backend returned a user without an id"))
            }));
        }
        out
    }
    async fn user_patch(&self, id: &str, ops: &[PatchOperation]) -> Result<Value>;
    async fn user_replace(&self, id: &str, body: &Value) -> Result<Value>;
    /// Deactivate (`false`) or reactivate (`true`): only `active` changes.
    async fn user_set_active(&self, id: &str, active: bool) -> Result<Value>;

    // --- groups (docs/cli.md, "Groups") ---
    /// A page of groups, with their members when `members` (each with
    /// its `display` where the service gives one).
    async fn groups_page(
        &self,
        filter: Option<&str>,
        start_index: u64,
        count: u64,
        members: bool,
    ) -> Result<Page>;
    async fn group_get(&self, id: &str, members: bool) -> Result<Value>;
    async fn group_create(&self, body: &Value) -> Result<Value>;
    /// Apply a PATCH; the group is not read back (a service may answer
    /// 204, and the answer to a member edit should not cost the group's
    /// size).
    async fn group_patch(&self, id: &str, ops: &[PatchOperation]) -> Result<()>;
    async fn group_replace(&self, id: &str, body: &Value) -> Result<Value>;
    async fn group_delete(&self, id: &str) -> Result<()>;
}
