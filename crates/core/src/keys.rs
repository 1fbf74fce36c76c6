//! SCIM API keys, admin tokens, and checking a presented credential.
//!
//! The seed's rules for keys: they are issued (generated or rotated) only
//! while the team has exactly one SSO method; a rotation keeps the old key
//! working for a grace window (default [`DEFAULT_GRACE_TEXT`], at most
//! [`MAX_GRACE`]); a key is rotated once — its successor is what gets
//! rotated next — and a second rotation while the first window is open
//! needs `force`, which ends that window; revoking a key also ends the
//! grace of the key it replaced; a revoked or expired key is refused (401)
//! and a key that would work while SCIM is off is suspended (403).

use std::time::Duration;

use serde_json::Value;

use super::model::{Actor, AdminToken, ApiKey, AuditAction, KeyInfo, KeyStatus};
use super::store::{Facts, Step};
use super::team::{Team, new_id};
use crate::error::{Error, Result};
use crate::secret::{self, ADMIN_TOKEN_PREFIX, SCIM_KEY_PREFIX, Secret};
use crate::time::{Millis, parse_rfc3339, to_rfc3339};

/// Default grace window of a rotation (docs/scim.md, "Admin plane"), as the CLI's flag and the
/// admin API take it; [`default_grace`] is its value.
pub const DEFAULT_GRACE_TEXT: &str = "1h";
/// Longest grace window a rotation may ask for.
pub const MAX_GRACE: Duration = Duration::from_secs(7 * 24 * 3600);
/// `last_used_at` is written at most this often per key, so that a busy key
/// does not turn every read into a write.
pub const LAST_USED_GRANULARITY: Millis = 60_000;

/// A grace window as people write it: `0`, `90s`, `30m`, `1h`, `7d`, `1h30m`.
pub fn parse_grace(text: &str) -> Result<Duration> {
    let text = text.trim();
    if text == "0" {
        return Ok(Duration::ZERO);
    }
    humantime::parse_duration(text).map_err(|e| {
        Error::invalid(format!(
            "{text:?} is not a duration: {e} (try 0, 30m, 1h or 7d)"
        ))
    })
}

/// A grace window in the words the flag takes: `0`, `45s`, `30m`, `2h`,
/// `7d`, `1h30m` (humantime's "8days 2h" reads oddly beside `--grace 8d`).
pub fn grace_text(d: Duration) -> String {
    let mut secs = d.as_secs();
    if secs == 0 {
        return "0".into();
    }
    let mut out = String::new();
    for (unit, size) in [("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1)] {
        if secs >= size {
            out.push_str(&format!("{}{unit}", secs / size));
            secs %= size;
        }
    }
    out
}

/// The grace window of a rotation that names none.
pub fn default_grace() -> Duration {
    parse_grace(DEFAULT_GRACE_TEXT).expect("the default grace is a duration")
}

/// A freshly issued key: the only time its secret exists outside the IdP.
#[derive(Debug, Clone)]
pub struct IssuedKey {
    pub info: KeyInfo,
    pub secret: Secret,
    /// For a rotation: when the replaced key stops working.
    pub grace_expires_at: Option<Millis>,
}

/// The text member `k` of a remote backend's answer about a `what`
/// ("key", "token"): an internal error when it is missing.
fn answer_text(v: &Value, what: &str, k: &str) -> Result<String> {
    v.get(k)
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| Error::internal(format!("the backend's {what} has no {k}")))
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

    /// Read the JSON shape of [`IssuedKey::to_json`] (a remote backend's answer).
    pub fn from_json(v: &Value) -> Result<IssuedKey> {
        let text = |k: &str| answer_text(v, "key", k);
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
                .and_then(parse_rfc3339),
        })
    }
}

/// An admin token as `admin-token list` shows it (never its hash).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TokenInfo {
    pub id: String,
    pub name: String,
    pub prefix: String,
    /// `active` or `revoked`.
    pub status: String,
    pub created_at: String,
    #[serde(default)]
    pub revoked_at: Option<String>,
}

impl TokenInfo {
    fn of(t: &AdminToken) -> TokenInfo {
        TokenInfo {
            id: t.id.clone(),
            name: t.name.clone(),
            prefix: t.prefix.clone(),
            status: if t.revoked_at.is_some() {
                "revoked"
            } else {
                "active"
            }
            .to_string(),
            created_at: crate::time::to_rfc3339(t.created_at),
            revoked_at: t.revoked_at.map(crate::time::to_rfc3339),
        }
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

impl IssuedToken {
    /// The JSON shape of `admin-token create --json` and of the admin API:
    /// `{id, name, prefix, token, created_at}`.
    pub fn to_json(&self) -> Value {
        serde_json::json!({
            "id": self.id,
            "name": self.name,
            "prefix": self.prefix,
            "token": self.secret.expose(),
            "created_at": to_rfc3339(self.created_at),
        })
    }

    /// Read the JSON shape of [`IssuedToken::to_json`].
    pub fn from_json(v: &Value) -> Result<IssuedToken> {
        let text = |k: &str| answer_text(v, "token", k);
        Ok(IssuedToken {
            id: text("id")?,
            name: text("name")?,
            prefix: text("prefix")?,
            secret: Secret::new(text("token")?),
            created_at: parse_rfc3339(&text("created_at")?).unwrap_or_default(),
        })
    }
}

/// Keys are issued only when exactly one SSO method is configured (the
/// seed's rule, applied to rotation too: a rotation issues a key).
fn check_issuable(facts: &Facts) -> Result<()> {
    match facts.sso_methods {
        1 => Ok(()),
        0 => Err(
            Error::conflict("SCIM API keys need single sign-on: no SSO method is configured")
                .with_hint("add one with `scimctl sso add --type saml --name NAME`"),
        ),
        n => Err(Error::conflict(format!(
            "SCIM API keys need exactly one SSO method; {n} are configured"
        ))
        .with_hint("remove the extra ones with `scimctl sso remove`")),
    }
}

impl Team {
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
        let (key, secret) = self.new_key(name);
        let audit = self.entry_named(actor, AuditAction::KeyGenerate, &key.id, &key.name);
        self.change(vec![Step::InsertKey(key.clone())], audit, |o| {
            check_issuable(&o.facts)
        })
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
                "a grace window of {} is longer than the maximum of {}",
                grace_text(grace),
                grace_text(MAX_GRACE)
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
        let audit = self.entry(actor, AuditAction::KeyRotate, &old.id, Some(detail));
        // The new key first: the old one will point at it.
        let mut steps = vec![
            Step::InsertKey(new.clone()),
            Step::ReplaceKey {
                id: old.id.clone(),
                by: new.id.clone(),
                expires_at: expires,
            },
        ];
        if open_window.is_some() {
            steps.push(Step::ExpireReplaced {
                successor: old.id.clone(),
                at: now,
            });
        }
        self.change(steps, audit, |o| {
            if o.changed[1] == 0 {
                // Another rotation or a revocation got there first.
                return Err(Error::conflict(
                    "this key was rotated or revoked meanwhile; list the keys and try again",
                ));
            }
            check_issuable(&o.facts)
        })
        .await?;
        let enabled = self.store.scim_enabled().await?;
        Ok(IssuedKey {
            info: new.info(now, enabled),
            secret,
            grace_expires_at: Some(expires),
        })
    }

    /// Revoke at once; also ends the grace window of the key it replaced,
    /// which would otherwise outlive the revocation of its successor.
    pub async fn key_revoke(&self, actor: &Actor, key_ref: &str) -> Result<KeyInfo> {
        let key = self.key_find(key_ref).await?;
        let now = self.now();
        let audit = self.entry(actor, AuditAction::KeyRevoke, &key.id, None);
        let steps = vec![
            Step::RevokeKey {
                id: key.id.clone(),
                at: now,
            },
            Step::RevokeReplaced {
                successor: key.id.clone(),
                at: now,
            },
        ];
        self.change_once(steps, audit, Error::conflict("this key is already revoked"))
            .await?;
        let enabled = self.store.scim_enabled().await?;
        let mut key = key;
        key.revoked_at = Some(now);
        Ok(key.info(now, enabled))
    }

    /// Check a presented SCIM key of this team: 401 for a missing,
    /// unknown, revoked or expired key, or a key of another team; 403 when
    /// SCIM is off (only for keys that would work).
    pub async fn authenticate_scim(&self, presented: &str) -> Result<Actor> {
        let caller = self.scim_caller(presented).await?;
        self.of_this_team(caller, "invalid SCIM API key")
    }

    /// The actor of a caller found in any team, if that team is this one;
    /// a credential of another team is refused as an unknown one is.
    fn of_this_team(&self, (actor, team): (Actor, Team), invalid: &str) -> Result<Actor> {
        if team.id() != self.id() {
            return Err(Error::unauthorized(invalid));
        }
        Ok(actor)
    }

    /// Check a presented SCIM key of any team of the database, as
    /// [`Team::authenticate_scim`] does: the caller, and its team (the key
    /// is what picks the team of a SCIM request).
    pub async fn scim_caller(&self, presented: &str) -> Result<(Actor, Team)> {
        let presented = presented.trim();
        if presented.is_empty() {
            return Err(Error::unauthorized("a SCIM API key is required"));
        }
        let hash = secret::hash_hex(presented);
        let Some((key, enabled, team_id)) = self.store.authenticate_key(&hash).await? else {
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
        // (most requests come to a server whose own team is the key's:
        // no second store handle for them)
        let team = if team_id == self.id() {
            self.clone()
        } else {
            self.in_team(team_id)
        };
        if key
            .last_used_at
            .is_none_or(|t| now - t >= LAST_USED_GRANULARITY)
        {
            team.store.touch_key(&key.id, now).await?;
        }
        let actor = Actor::Key {
            id: key.id,
            name: key.name,
        };
        Ok((actor, team))
    }

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
        let audit = self.entry_named(actor, AuditAction::TokenCreate, &token.id, &token.name);
        self.change(vec![Step::InsertAdminToken(token.clone())], audit, |_| {
            Ok(())
        })
        .await?;
        Ok(IssuedToken {
            id: token.id,
            name: token.name,
            prefix: token.prefix,
            secret,
            created_at: token.created_at,
        })
    }

    pub async fn admin_tokens_list(&self) -> Result<Vec<TokenInfo>> {
        Ok(self
            .store
            .list_admin_tokens()
            .await?
            .iter()
            .map(TokenInfo::of)
            .collect())
    }

    /// An admin token by id, public prefix or name; a name that several
    /// tokens share is refused rather than guessed.
    async fn admin_token_find(&self, token_ref: &str) -> Result<AdminToken> {
        let tokens = self.store.list_admin_tokens().await?;
        if let Some(t) = tokens
            .iter()
            .find(|t| t.id == token_ref || t.prefix == token_ref)
        {
            return Ok(t.clone());
        }
        let named: Vec<&AdminToken> = tokens.iter().filter(|t| t.name == token_ref).collect();
        match named.as_slice() {
            [one] => Ok((*one).clone()),
            [] => Err(Error::not_found(format!("no admin token {token_ref:?}"))),
            many => Err(Error::conflict(format!(
                "{} admin tokens are named {token_ref:?}",
                many.len()
            ))
            .with_hint("name the token by its id (`scimctl admin-token list`)")),
        }
    }

    /// Revoke an admin token: refused by the admin API from the next
    /// request on, whichever instance serves it.
    pub async fn admin_token_revoke(&self, actor: &Actor, token_ref: &str) -> Result<TokenInfo> {
        let token = self.admin_token_find(token_ref).await?;
        let now = self.now();
        let audit = self.entry_named(actor, AuditAction::TokenRevoke, &token.id, &token.name);
        let steps = vec![Step::RevokeAdminToken {
            id: token.id.clone(),
            at: now,
        }];
        self.change_once(
            steps,
            audit,
            Error::conflict("this admin token is already revoked"),
        )
        .await?;
        let mut token = token;
        token.revoked_at = Some(now);
        Ok(TokenInfo::of(&token))
    }

    /// Check a presented admin token of this team (401 for any other).
    pub async fn authenticate_admin(&self, presented: &str) -> Result<Actor> {
        let caller = self.admin_caller(presented).await?;
        self.of_this_team(caller, "invalid admin token")
    }

    /// Check a presented admin token of any team: the caller, and the team
    /// it administers.
    pub async fn admin_caller(&self, presented: &str) -> Result<(Actor, Team)> {
        let hash = secret::hash_hex(presented.trim());
        match self.store.find_admin_token(&hash).await? {
            Some((t, team)) if t.revoked_at.is_none() && secret::digests_equal(&t.hash, &hash) => {
                let actor = Actor::Admin {
                    id: t.id,
                    name: t.name,
                };
                Ok((actor, self.in_team(team)))
            }
            _ => Err(Error::unauthorized("invalid admin token")),
        }
    }
}
