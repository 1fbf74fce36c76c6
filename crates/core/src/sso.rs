//! Single sign-on methods and the SCIM toggle.
//!
//! The seed's rules: SCIM provisioning can be turned on only when the team
//! has an SSO method, and the last SSO method cannot be removed while SCIM
//! is on. Turning SCIM off keeps the keys (suspended) unless asked to
//! revoke them. Each rule is decided here, on the facts the store reads
//! inside the change's own transaction, so a concurrent change cannot slip
//! between the check and the write.

use serde::{Deserialize, Serialize};

use super::model::{Actor, AuditAction, KeyStatus, SsoMethod, SsoType, name_key};
use super::store::{Facts, Step};
use super::team::{Team, new_id};
use crate::error::{Error, Result};
use crate::time::to_rfc3339;

/// The state of the SCIM toggle and what it depends on.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ScimStatus {
    pub enabled: bool,
    pub sso_methods: usize,
    pub active_keys: usize,
    /// Rotated keys still inside their grace window.
    #[serde(default)]
    pub grace_keys: usize,
    /// Keys that would work but for SCIM being off.
    #[serde(default)]
    pub suspended_keys: usize,
}

/// An SSO method as shown to users.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct SsoInfo {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: SsoType,
    pub name: String,
    pub created_at: String,
}

impl From<&SsoMethod> for SsoInfo {
    fn from(m: &SsoMethod) -> Self {
        SsoInfo {
            id: m.id.clone(),
            kind: m.kind,
            name: m.name.clone(),
            created_at: to_rfc3339(m.created_at),
        }
    }
}

const ADD_SSO_HINT: &str = "add one with `scimctl sso add --type saml --name NAME`";

/// Enabling SCIM needs an SSO method.
fn check_enable(facts: &Facts) -> Result<()> {
    if facts.sso_methods == 0 {
        return Err(Error::conflict(
            "SCIM provisioning needs single sign-on: no SSO method is configured",
        )
        .with_hint(ADD_SSO_HINT));
    }
    Ok(())
}

/// The last SSO method stays while SCIM is on.
fn check_removal(facts: &Facts) -> Result<()> {
    if facts.scim_enabled && facts.sso_methods == 0 {
        return Err(Error::conflict(
            "cannot remove the last SSO method while SCIM provisioning is enabled",
        )
        .with_hint("run `scimctl scim disable` first"));
    }
    Ok(())
}

impl Team {
    pub async fn sso_list(&self) -> Result<Vec<SsoInfo>> {
        Ok(self
            .store
            .list_sso()
            .await?
            .iter()
            .map(SsoInfo::from)
            .collect())
    }

    /// Add an SSO method; names are unique, case-insensitively.
    pub async fn sso_add(&self, actor: &Actor, kind: SsoType, name: &str) -> Result<SsoInfo> {
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
        let audit = self.entry(actor, AuditAction::SsoAdd, &method.id, Some(detail));
        let taken = format!("an SSO method named {:?} already exists", method.name);
        self.change_once(
            vec![Step::InsertSso(method.clone())],
            audit,
            Error::conflict(taken),
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
                    .find(|m| name_key(&m.name) == name_key(id_or_name))
            })
            .ok_or_else(|| Error::not_found(format!("no SSO method {id_or_name:?}")))?;
        let audit = self.entry_named(actor, AuditAction::SsoRemove, &method.id, &method.name);
        let gone = format!("no SSO method {id_or_name:?}");
        let step = Step::DeleteSso {
            id: method.id.clone(),
        };
        self.change(vec![step], audit, move |o| {
            if o.changed[0] == 0 {
                // Removed by someone else since we looked.
                return Err(Error::not_found(gone));
            }
            check_removal(&o.facts)
        })
        .await?;
        Ok(SsoInfo::from(method))
    }

    pub async fn scim_enabled(&self) -> Result<bool> {
        self.store.scim_enabled().await
    }

    pub async fn scim_status(&self) -> Result<ScimStatus> {
        let enabled = self.store.scim_enabled().await?;
        let sso_methods = self.store.list_sso().await?.len();
        let now = self.now();
        let keys = self.store.list_keys().await?;
        let count = |status: KeyStatus| {
            keys.iter()
                .filter(|k| k.status(now, enabled) == status)
                .count()
        };
        Ok(ScimStatus {
            enabled,
            sso_methods,
            active_keys: count(KeyStatus::Active),
            grace_keys: count(KeyStatus::Grace),
            suspended_keys: count(KeyStatus::Suspended),
        })
    }

    /// Turn SCIM on: needs at least one SSO method.
    pub async fn scim_enable(&self, actor: &Actor) -> Result<ScimStatus> {
        let audit = self.entry(actor, AuditAction::ScimEnable, "team", None);
        self.change(vec![Step::SetScimEnabled(true)], audit, |o| {
            check_enable(&o.facts)
        })
        .await?;
        self.scim_status().await
    }

    /// Turn SCIM off. Keys are kept — suspended: they answer 403 and work
    /// again when SCIM is back on — unless `revoke_keys`, which revokes
    /// every key in the same change.
    pub async fn scim_disable(&self, actor: &Actor, revoke_keys: bool) -> Result<ScimStatus> {
        let now = self.now();
        let detail = revoke_keys.then(|| "keys revoked".to_string());
        let audit = self.entry(actor, AuditAction::ScimDisable, "team", detail);
        let mut steps = vec![Step::SetScimEnabled(false)];
        if revoke_keys {
            steps.push(Step::RevokeAllKeys { at: now });
        }
        self.change(steps, audit, |_| Ok(())).await?;
        self.scim_status().await
    }

    /// The provisioning plane is SCIM: when SCIM is off it is off for every
    /// caller. A SCIM key's authentication ([`Team::authenticate_scim`])
    /// has already applied this rule (a suspended key is refused); anyone
    /// else — the embedded backend's local user — is checked here.
    pub async fn require_provisioning(&self, actor: &Actor) -> Result<()> {
        if matches!(actor, Actor::Key { .. }) || self.store.scim_enabled().await? {
            Ok(())
        } else {
            Err(Error::scim_disabled())
        }
    }
}
