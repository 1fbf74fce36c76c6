//! [`Team`]: the rules of the admin and provisioning planes.

use std::sync::Arc;
use std::time::Duration;

use scim_v2::filter::Filter;
use serde::Serialize;
use serde_json::Value;

use super::model::{
    Actor, AdminToken, ApiKey, AuditEntry, KeyInfo, KeyStatus, SsoMethod, SsoType, UserRow,
};
use super::store::{self, Hint, Store};
use crate::error::{Error, Kind, Result};
use crate::scim::doc::Doc;
use crate::scim::filter;
use crate::scim::patch::{self, PatchOperation};
use crate::scim::resource;
use crate::secret::{self, ADMIN_TOKEN_PREFIX, SCIM_KEY_PREFIX, Secret};
use crate::time::{Clock, Millis, to_rfc3339};

/// Default grace window of a rotation (SPEC §4).
pub const DEFAULT_GRACE: Duration = Duration::from_secs(3600);
/// Longest grace window a rotation may ask for.
pub const MAX_GRACE: Duration = Duration::from_secs(7 * 24 * 3600);
/// `last_used_at` is written at most this often per key, so that a busy key
/// does not turn every read into a write.
pub const LAST_USED_GRANULARITY: Millis = 60_000;
/// Longest accepted userName, in bytes.
pub const MAX_USER_NAME: usize = 1024;
/// How often a read-modify-write of a user is retried when another writer
/// got in between.
const WRITE_RETRIES: usize = 16;

/// The state of the SCIM toggle and what it depends on.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct ScimStatus {
    pub enabled: bool,
    pub sso_methods: usize,
    pub active_keys: usize,
}

/// An SSO method as shown to users.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct SsoInfo {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub name: String,
    pub created_at: String,
}

impl From<&SsoMethod> for SsoInfo {
    fn from(m: &SsoMethod) -> Self {
        SsoInfo {
            id: m.id.clone(),
            kind: m.kind.as_str().to_string(),
            name: m.name.clone(),
            created_at: to_rfc3339(m.created_at),
        }
    }
}

/// A freshly issued key: the only time its secret exists outside the IdP.
#[derive(Debug, Clone)]
pub struct IssuedKey {
    pub info: KeyInfo,
    pub secret: Secret,
    /// For a rotation: when the replaced key stops working.
    pub grace_expires_at: Option<Millis>,
}

impl IssuedKey {
    /// The JSON shape of `keys generate -o json` and of the admin API:
    /// `{id, name, prefix, secret, created_at, status[, grace_expires_at]}`.
    pub fn to_json(&self) -> Value {
        let mut v = serde_json::json!({
            "id": self.info.id,
            "name": self.info.name,
            "prefix": self.info.prefix,
            "secret": self.secret.expose(),
            "created_at": self.info.created_at,
            "status": self.info.status,
        });
        if let Some(at) = self.grace_expires_at {
            v["grace_expires_at"] = Value::String(to_rfc3339(at));
        }
        v
    }
}

impl IssuedKey {
    /// Read the JSON shape of [`IssuedKey::to_json`] (a remote backend's answer).
    pub fn from_json(v: &Value) -> Result<IssuedKey> {
        let text = |k: &str| -> Result<String> {
            v.get(k)
                .and_then(Value::as_str)
                .map(str::to_string)
                .ok_or_else(|| Error::internal(format!("the backend's key has no {k}")))
        };
        let status = serde_json::from_value(v.get("status").cloned().unwrap_or(Value::Null))
            .unwrap_or(KeyStatus::Active);
        Ok(IssuedKey {
            info: KeyInfo {
                id: text("id")?,
                name: text("name")?,
                prefix: text("prefix")?,
                status,
                created_at: text("created_at")?,
                last_used_at: None,
                expires_at: None,
                revoked_at: None,
                replaced_by: None,
            },
            secret: Secret::new(text("secret")?),
            grace_expires_at: v
                .get("grace_expires_at")
                .and_then(Value::as_str)
                .and_then(crate::time::parse_rfc3339),
        })
    }
}

/// A freshly issued admin token.
#[derive(Debug, Clone)]
pub struct IssuedToken {
    pub id: String,
    pub name: String,
    pub prefix: String,
    pub secret: Secret,
    pub created_at: Millis,
}

/// A page of users.
#[derive(Debug, Clone)]
pub struct UserPage {
    pub total: u64,
    pub start_index: u64,
    pub users: Vec<UserRow>,
}

/// What to list: an optional filter, a 1-based start index and a page size.
#[derive(Debug, Clone)]
pub struct ListQuery {
    pub filter: Option<Filter>,
    pub start_index: u64,
    pub count: u64,
}

/// The team: one database, one set of rules.
#[derive(Clone)]
pub struct Team {
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
}

impl Team {
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>) -> Self {
        Team { store, clock }
    }

    pub fn now(&self) -> Millis {
        self.clock.now()
    }

    fn entry(
        &self,
        actor: &Actor,
        action: &str,
        target: &str,
        detail: Option<String>,
    ) -> AuditEntry {
        AuditEntry {
            seq: 0,
            at: self.now(),
            actor: actor.to_string(),
            action: action.to_string(),
            target: target.to_string(),
            detail,
        }
    }

    // ---------------------------------------------------------------- SSO

    pub async fn sso_list(&self) -> Result<Vec<SsoInfo>> {
        Ok(self
            .store
            .list_sso()
            .await?
            .iter()
            .map(SsoInfo::from)
            .collect())
    }

    pub async fn sso_add(&self, actor: &Actor, kind: &str, name: &str) -> Result<SsoInfo> {
        let kind = SsoType::parse(kind).ok_or_else(|| {
            Error::invalid(format!("unknown SSO type {kind:?}; expected saml or oidc"))
        })?;
        let name = name.trim();
        if name.is_empty() {
            return Err(Error::invalid("an SSO method needs a name"));
        }
        let method = SsoMethod {
            id: new_id(),
            kind,
            name: name.to_string(),
            created_at: self.now(),
        };
        let detail = format!("{} {}", kind.as_str(), method.name);
        self.store
            .insert_sso(
                &method,
                &self.entry(actor, "sso.add", &method.id, Some(detail)),
            )
            .await?;
        Ok(SsoInfo::from(&method))
    }

    /// Remove an SSO method by id or name. The last one cannot go while SCIM
    /// is on: provisioning without SSO would leave users unable to sign in.
    pub async fn sso_remove(&self, actor: &Actor, id_or_name: &str) -> Result<SsoInfo> {
        let methods = self.store.list_sso().await?;
        let method = methods
            .iter()
            .find(|m| m.id == id_or_name)
            .or_else(|| {
                methods
                    .iter()
                    .find(|m| m.name.eq_ignore_ascii_case(id_or_name))
            })
            .ok_or_else(|| Error::not_found(format!("no SSO method {id_or_name:?}")))?;
        self.store
            .delete_sso(
                &method.id,
                &self.entry(actor, "sso.remove", &method.id, Some(method.name.clone())),
            )
            .await?;
        Ok(SsoInfo::from(method))
    }

    // -------------------------------------------------------- SCIM toggle

    pub async fn scim_enabled(&self) -> Result<bool> {
        self.store.scim_enabled().await
    }

    pub async fn scim_status(&self) -> Result<ScimStatus> {
        let enabled = self.store.scim_enabled().await?;
        let sso_methods = self.store.list_sso().await?.len();
        let now = self.now();
        let active_keys = self
            .store
            .list_keys()
            .await?
            .iter()
            .filter(|k| matches!(k.status(now, true), KeyStatus::Active | KeyStatus::Grace))
            .count();
        Ok(ScimStatus {
            enabled,
            sso_methods,
            active_keys,
        })
    }

    /// Turn SCIM on: needs at least one SSO method (the seed's rule).
    pub async fn scim_enable(&self, actor: &Actor) -> Result<ScimStatus> {
        if self.store.list_sso().await?.is_empty() {
            return Err(Error::conflict(
                "SCIM provisioning needs single sign-on: no SSO method is configured",
            )
            .with_hint("add one with `scimctl sso add --type saml --name NAME`"));
        }
        self.store
            .set_scim_enabled(true, None, &self.entry(actor, "scim.enable", "team", None))
            .await?;
        self.scim_status().await
    }

    /// Turn SCIM off. Keys are kept (suspended) unless `revoke_keys`.
    pub async fn scim_disable(&self, actor: &Actor, revoke_keys: bool) -> Result<ScimStatus> {
        let now = self.now();
        let detail = revoke_keys.then(|| "keys revoked".to_string());
        self.store
            .set_scim_enabled(
                false,
                revoke_keys.then_some(now),
                &self.entry(actor, "scim.disable", "team", detail),
            )
            .await?;
        self.scim_status().await
    }

    // ------------------------------------------------------------ API keys

    pub async fn keys_list(&self) -> Result<Vec<KeyInfo>> {
        let enabled = self.store.scim_enabled().await?;
        let now = self.now();
        Ok(self
            .store
            .list_keys()
            .await?
            .iter()
            .map(|k| k.info(now, enabled))
            .collect())
    }

    /// Keys are issued only when exactly one SSO method is configured (the
    /// seed's rule, applied to rotation too: a rotation issues a key).
    async fn check_key_prerequisites(&self) -> Result<()> {
        match self.store.list_sso().await?.len() {
            1 => Ok(()),
            0 => Err(Error::conflict(
                "SCIM API keys need single sign-on: no SSO method is configured",
            )
            .with_hint("add one with `scimctl sso add --type saml --name NAME`")),
            n => Err(Error::conflict(format!(
                "SCIM API keys need exactly one SSO method; {n} are configured"
            ))
            .with_hint("remove the extra ones with `scimctl sso remove`")),
        }
    }

    fn new_key(&self, name: &str) -> (ApiKey, Secret) {
        let secret = Secret::generate(SCIM_KEY_PREFIX);
        let key = ApiKey {
            id: new_id(),
            name: name.to_string(),
            prefix: secret.public_prefix(),
            hash: secret.hash(),
            created_at: self.now(),
            last_used_at: None,
            expires_at: None,
            revoked_at: None,
            replaced_by: None,
        };
        (key, secret)
    }

    pub async fn key_generate(&self, actor: &Actor, name: &str) -> Result<IssuedKey> {
        let name = name.trim();
        if name.is_empty() {
            return Err(Error::invalid("a key needs a name"));
        }
        self.check_key_prerequisites().await?;
        let (key, secret) = self.new_key(name);
        self.store
            .insert_key(
                &key,
                &self.entry(actor, "key.generate", &key.id, Some(key.name.clone())),
            )
            .await?;
        let enabled = self.store.scim_enabled().await?;
        Ok(IssuedKey {
            info: key.info(self.now(), enabled),
            secret,
            grace_expires_at: None,
        })
    }

    /// Find a key by id, public prefix or name. A name is shared by every
    /// generation of a rotated key; the live one wins.
    pub async fn key_find(&self, key_ref: &str) -> Result<ApiKey> {
        let keys = self.store.list_keys().await?;
        if let Some(k) = keys.iter().find(|k| k.id == key_ref) {
            return Ok(k.clone());
        }
        let now = self.now();
        let candidates: Vec<&ApiKey> = keys
            .iter()
            .filter(|k| k.prefix == key_ref || k.name == key_ref)
            .collect();
        let live: Vec<&ApiKey> = candidates
            .iter()
            .copied()
            .filter(|k| k.replaced_by.is_none() && !k.is_dead(now))
            .collect();
        match (live.as_slice(), candidates.as_slice()) {
            ([one], _) => Ok((*one).clone()),
            ([], [one]) => Ok((*one).clone()),
            ([], []) => Err(Error::not_found(format!("no SCIM API key {key_ref:?}"))
                .with_hint("`scimctl keys list` shows the keys")),
            _ => Err(Error::invalid(format!(
                "{key_ref:?} names more than one key; use the key's id"
            ))
            .with_hint("`scimctl keys list` shows the ids")),
        }
    }

    /// Issue a new secret for the same name; the old one stays valid for
    /// `grace`. A second rotation while the previous window is open needs
    /// `force`, which ends that window now.
    pub async fn key_rotate(
        &self,
        actor: &Actor,
        key_ref: &str,
        grace: Duration,
        force: bool,
    ) -> Result<IssuedKey> {
        if grace > MAX_GRACE {
            return Err(Error::invalid(format!(
                "a grace window of {} is longer than the maximum of 7d",
                humantime::format_duration(grace)
            )));
        }
        let old = self.key_find(key_ref).await?;
        let now = self.now();
        if old.revoked_at.is_some() {
            return Err(Error::conflict(format!("key {} is revoked", old.prefix)));
        }
        if old.replaced_by.is_some() {
            return Err(Error::conflict(format!(
                "key {} was already rotated; rotate its successor instead",
                old.prefix
            )));
        }
        self.check_key_prerequisites().await?;
        let keys = self.store.list_keys().await?;
        let open_window = keys.iter().find(|k| {
            k.replaced_by.as_deref() == Some(old.id.as_str())
                && k.revoked_at.is_none()
                && k.expires_at.is_some_and(|e| e > now)
        });
        if let Some(pred) = open_window
            && !force
        {
            return Err(Error::conflict(format!(
                "a rotation is in progress: the previous key {} stays valid until {}",
                pred.prefix,
                to_rfc3339(pred.expires_at.unwrap_or(now))
            ))
            .with_hint("pass --force to end that grace window now"));
        }
        let (new, secret) = self.new_key(&old.name);
        let expires = now + grace.as_millis() as Millis;
        let detail = format!("grace {}", humantime::format_duration(grace));
        self.store
            .rotate_key(
                &old.id,
                expires,
                open_window.is_some(),
                now,
                &new,
                &self.entry(actor, "key.rotate", &old.id, Some(detail)),
            )
            .await?;
        let enabled = self.store.scim_enabled().await?;
        Ok(IssuedKey {
            info: new.info(now, enabled),
            secret,
            grace_expires_at: Some(expires),
        })
    }

    /// Revoke at once; also ends the grace window of the key it replaced.
    pub async fn key_revoke(&self, actor: &Actor, key_ref: &str) -> Result<KeyInfo> {
        let key = self.key_find(key_ref).await?;
        let now = self.now();
        self.store
            .revoke_key(
                &key.id,
                now,
                &self.entry(actor, "key.revoke", &key.id, None),
            )
            .await?;
        let enabled = self.store.scim_enabled().await?;
        let mut key = key;
        key.revoked_at = Some(now);
        Ok(key.info(now, enabled))
    }

    /// Check a presented SCIM key: 401 for a missing, unknown, revoked or
    /// expired key; 403 when SCIM is off (only for keys that would work).
    pub async fn authenticate_scim(&self, presented: &str) -> Result<Actor> {
        let presented = presented.trim();
        if presented.is_empty() {
            return Err(Error::unauthorized("a SCIM API key is required"));
        }
        let hash = secret::hash_hex(presented);
        let Some((key, enabled)) = self.store.authenticate_key(&hash).await? else {
            return Err(Error::unauthorized("invalid SCIM API key"));
        };
        // The lookup went by an index on the digest; compare the digests
        // once more in constant time so the decision never rests on a
        // short-circuiting string comparison.
        if !secret::digests_equal(&key.hash, &hash) {
            return Err(Error::unauthorized("invalid SCIM API key"));
        }
        let now = self.now();
        match key.status(now, enabled) {
            KeyStatus::Revoked => {
                return Err(Error::unauthorized(format!(
                    "SCIM API key {} is revoked",
                    key.prefix
                )));
            }
            KeyStatus::Expired => {
                return Err(Error::unauthorized(format!(
                    "SCIM API key {} has expired (it was rotated)",
                    key.prefix
                )));
            }
            KeyStatus::Suspended => return Err(Error::scim_disabled()),
            KeyStatus::Active | KeyStatus::Grace => {}
        }
        if key
            .last_used_at
            .is_none_or(|t| now - t >= LAST_USED_GRANULARITY)
        {
            self.store.touch_key(&key.id, now).await?;
        }
        Ok(Actor::Key(key.id))
    }

    // -------------------------------------------------------- admin tokens

    pub async fn admin_token_create(&self, actor: &Actor, name: &str) -> Result<IssuedToken> {
        let secret = Secret::generate(ADMIN_TOKEN_PREFIX);
        let token = AdminToken {
            id: new_id(),
            name: name.trim().to_string(),
            prefix: secret.public_prefix(),
            hash: secret.hash(),
            created_at: self.now(),
            revoked_at: None,
        };
        self.store
            .insert_admin_token(
                &token,
                &self.entry(
                    actor,
                    "admin_token.create",
                    &token.id,
                    Some(token.name.clone()),
                ),
            )
            .await?;
        Ok(IssuedToken {
            id: token.id,
            name: token.name,
            prefix: token.prefix,
            secret,
            created_at: token.created_at,
        })
    }

    pub async fn authenticate_admin(&self, presented: &str) -> Result<Actor> {
        let hash = secret::hash_hex(presented.trim());
        match self.store.find_admin_token(&hash).await? {
            Some(t) if t.revoked_at.is_none() && secret::digests_equal(&t.hash, &hash) => {
                Ok(Actor::Admin(t.id))
            }
            _ => Err(Error::unauthorized("invalid admin token")),
        }
    }

    // --------------------------------------------------------------- users

    /// Check a normalised document and fill in the defaults of a new user.
    fn check_user_doc(doc: &Doc) -> Result<String> {
        let user_name = doc
            .get("userName")
            .and_then(Value::as_str)
            .map(str::trim)
            .unwrap_or_default();
        if user_name.is_empty() {
            return Err(Error::invalid("userName is required").with_scim_type("invalidValue"));
        }
        if user_name.len() > MAX_USER_NAME {
            return Err(
                Error::invalid(format!("userName is longer than {MAX_USER_NAME} bytes"))
                    .with_scim_type("invalidValue"),
            );
        }
        Ok(user_name.to_string())
    }

    fn row_from(&self, id: String, doc: Doc, created: Millis, version: i64) -> Result<UserRow> {
        let user_name = Self::check_user_doc(&doc)?;
        let external_id = doc
            .get("externalId")
            .and_then(Value::as_str)
            .map(str::to_string);
        let active = doc.get("active").and_then(Value::as_bool).unwrap_or(true);
        Ok(UserRow {
            id,
            user_name,
            external_id,
            active,
            doc,
            created,
            last_modified: self.now(),
            version,
        })
    }

    /// Create a user. New users are active unless the request says
    /// otherwise, and have the default role until one is set
    /// ([`super::model::DEFAULT_ROLE`]).
    pub async fn user_create(&self, actor: &Actor, body: &Value) -> Result<UserRow> {
        let mut doc = resource::normalize_user(body)?;
        doc.entry("active").or_insert(Value::Bool(true));
        let row = self.row_from(new_id(), doc, self.now(), 1)?;
        self.store
            .insert_user(
                &row,
                &self.entry(actor, "user.create", &row.id, Some(row.user_name.clone())),
            )
            .await?;
        Ok(row)
    }

    pub async fn user_get(&self, id: &str) -> Result<UserRow> {
        self.store
            .get_user(id)
            .await?
            .ok_or_else(|| Error::not_found(format!("no user with id {id:?}")))
    }

    /// A user by id, or by userName (case-insensitively).
    pub async fn user_find(&self, id_or_user_name: &str) -> Result<UserRow> {
        if let Some(u) = self.store.get_user(id_or_user_name).await? {
            return Ok(u);
        }
        let hint = Hint::UserName(id_or_user_name.to_lowercase());
        self.store
            .find_users(&hint)
            .await?
            .into_iter()
            .next()
            .ok_or_else(|| Error::not_found(format!("no user {id_or_user_name:?}")))
    }

    /// Replace a user (PUT). `active` and `roles` left out of the body keep
    /// their current values: Okta's and Entra's PUTs carry the profile, not
    /// the team role, and a PUT must not reactivate or demote anyone by
    /// omission.
    pub async fn user_replace(
        &self,
        actor: &Actor,
        id: &str,
        body: &Value,
        if_match: Option<&str>,
    ) -> Result<UserRow> {
        let new_doc = resource::normalize_user(body)?;
        self.modify(actor, id, if_match, "user.replace", |current| {
            let mut doc = new_doc.clone();
            for keep in ["active", "roles"] {
                if !doc.contains_key(keep)
                    && let Some(v) = current.doc.get(keep)
                {
                    doc.insert(keep.to_string(), v.clone());
                }
            }
            Ok(doc)
        })
        .await
    }

    pub async fn user_patch(
        &self,
        actor: &Actor,
        id: &str,
        operations: &[PatchOperation],
        if_match: Option<&str>,
    ) -> Result<UserRow> {
        self.modify(actor, id, if_match, "user.patch", |current| {
            patch::apply(&current.doc, operations)
        })
        .await
    }

    /// Set `active` (deactivate / reactivate). Nothing else changes.
    pub async fn user_set_active(&self, actor: &Actor, id: &str, active: bool) -> Result<UserRow> {
        let action = if active {
            "user.reactivate"
        } else {
            "user.deactivate"
        };
        self.modify(actor, id, None, action, |current| {
            let mut doc = current.doc.clone();
            doc.insert("active".into(), Value::Bool(active));
            Ok(doc)
        })
        .await
    }

    /// Read-modify-write with optimistic concurrency: the write goes through
    /// only if nobody changed the user in between, otherwise it starts over
    /// (or fails with 412 when the caller pinned a version with If-Match).
    async fn modify(
        &self,
        actor: &Actor,
        id: &str,
        if_match: Option<&str>,
        action: &str,
        change: impl Fn(&UserRow) -> Result<Doc>,
    ) -> Result<UserRow> {
        for _ in 0..WRITE_RETRIES {
            let current = self.user_get(id).await?;
            check_if_match(if_match, current.version)?;
            let doc = change(&current)?;
            if doc == current.doc {
                // Nothing changes: no write, no new version, no audit line.
                Self::check_user_doc(&doc)?;
                return Ok(current);
            }
            let row = self.row_from(
                current.id.clone(),
                doc,
                current.created,
                current.version + 1,
            )?;
            let entry = self.entry(actor, action, &row.id, Some(row.user_name.clone()));
            if self
                .store
                .update_user(&row, current.version, &entry)
                .await?
            {
                return Ok(row);
            }
            if if_match.is_some() {
                return Err(precondition_failed());
            }
        }
        Err(Error::conflict(
            "the user kept changing concurrently; try again",
        ))
    }

    pub async fn user_delete(&self, actor: &Actor, id: &str, if_match: Option<&str>) -> Result<()> {
        for _ in 0..WRITE_RETRIES {
            let current = self.user_get(id).await?;
            check_if_match(if_match, current.version)?;
            let entry = self.entry(actor, "user.delete", id, Some(current.user_name.clone()));
            if self.store.delete_user(id, current.version, &entry).await? {
                return Ok(());
            }
            if if_match.is_some() {
                return Err(precondition_failed());
            }
        }
        Err(Error::conflict(
            "the user kept changing concurrently; try again",
        ))
    }

    /// List users: unfiltered pages come straight from the store; filters
    /// are evaluated here, on the candidates an index hint selects (or on
    /// every user when no index applies).
    pub async fn user_list(&self, query: &ListQuery) -> Result<UserPage> {
        let start_index = query.start_index.max(1);
        let offset = start_index - 1;
        let Some(f) = &query.filter else {
            // The count and the page are independent reads: ask for both
            // at once (the reader pool has several connections).
            let (total, users) = if query.count == 0 {
                (self.store.count_users().await?, Vec::new())
            } else {
                let (total, users) = futures::join!(
                    self.store.count_users(),
                    self.store.page_users(offset, query.count)
                );
                (total?, users?)
            };
            return Ok(UserPage {
                total,
                start_index,
                users,
            });
        };
        let candidates = match store::hint(f) {
            Some(h) => self.store.find_users(&h).await?,
            None => self.store.scan_users().await?,
        };
        let matching: Vec<UserRow> = candidates
            .into_iter()
            .filter(|u| filter::matches(f, &u.render("")))
            .collect();
        let total = matching.len() as u64;
        let users = matching
            .into_iter()
            .skip(offset as usize)
            .take(query.count as usize)
            .collect();
        Ok(UserPage {
            total,
            start_index,
            users,
        })
    }

    // --------------------------------------------------------------- audit

    pub async fn audit(&self, since: Option<Millis>, limit: u64) -> Result<Vec<AuditEntry>> {
        self.store.list_audit(since, limit).await
    }
}

fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

fn precondition_failed() -> Error {
    Error::new(
        Kind::PreconditionFailed,
        "the user changed since the version named in If-Match",
    )
}

/// `If-Match: W/"3"`, `"3"` or `*`.
fn check_if_match(if_match: Option<&str>, version: i64) -> Result<()> {
    let Some(header) = if_match else {
        return Ok(());
    };
    let matches = header.split(',').map(str::trim).any(|tag| {
        tag == "*" || {
            let tag = tag.strip_prefix("W/").unwrap_or(tag).trim_matches('"');
            tag.parse::<i64>().is_ok_and(|v| v == version)
        }
    });
    if matches {
        Ok(())
    } else {
        Err(precondition_failed())
    }
}

#[cfg(test)]
mod tests {
    use super::check_if_match;

    #[test]
    fn if_match_accepts_weak_strong_and_star() {
        assert!(check_if_match(None, 3).is_ok());
        assert!(check_if_match(Some("W/\"3\""), 3).is_ok());
        assert!(check_if_match(Some("\"3\""), 3).is_ok());
        assert!(check_if_match(Some("*"), 3).is_ok());
        assert!(check_if_match(Some("W/\"1\", W/\"3\""), 3).is_ok());
        assert!(check_if_match(Some("W/\"2\""), 3).is_err());
        assert!(check_if_match(Some("garbage"), 3).is_err());
    }
}
