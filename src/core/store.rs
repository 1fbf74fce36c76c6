//! What the core needs from a database: the [`Store`] trait and the lookup
//! types it speaks in. The stores under `crate::store` implement it; the
//! core composes its atomic steps into the rules.

use async_trait::async_trait;
use scim_v2::filter::{AttrExp, CompValue, CompareOp, Filter};

use super::model::{AdminToken, ApiKey, AuditEntry, SsoMethod, UserRow};
use crate::error::Result;
use crate::scim::filter::locate;
use crate::time::Millis;

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

/// What an index can answer exactly: rows that could match are a subset of
/// the rows this hint selects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hint {
    /// `userName eq "…"`; the value is lower-cased (userName is case-insensitive).
    UserName(String),
    Id(String),
    ExternalId(String),
}

/// Find an index hint: a top-level equality on `userName`, `id` or
/// `externalId`, possibly as one operand of an `and`.
pub fn hint(filter: &Filter) -> Option<Hint> {
    match filter {
        Filter::Attr(AttrExp::Comparison(path, CompareOp::Eq, CompValue::Str(value)))
            if path.sub_attr.is_none() =>
        {
            let located = locate(path).ok()?;
            if located.container.is_some() {
                return None;
            }
            match located.attr.name {
                "userName" => Some(Hint::UserName(value.to_lowercase())),
                "id" => Some(Hint::Id(value.clone())),
                "externalId" => Some(Hint::ExternalId(value.clone())),
                _ => None,
            }
        }
        Filter::And(ops) => ops.iter().find_map(hint),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scim::filter::parse;

    #[test]
    fn hints_pick_indexed_equalities() {
        let h = |f: &str| hint(&parse(f).unwrap());
        assert_eq!(
            h(r#"userName eq "A@B.c""#),
            Some(Hint::UserName("a@b.c".into()))
        );
        assert_eq!(h(r#"id eq "x""#), Some(Hint::Id("x".into())));
        assert_eq!(
            h(r#"active eq true and externalId eq "E""#),
            Some(Hint::ExternalId("E".into()))
        );
        assert_eq!(h(r#"userName eq "a" or userName eq "b""#), None);
        assert_eq!(h(r#"userName co "a""#), None);
    }
}
