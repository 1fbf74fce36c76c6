//! Which secret a command uses, and where it came from (docs/cli.md, "Secrets"):
//! the environment first (`SCIMCTL_TOKEN`, `SCIMCTL_SCIM_KEY`), then the OS
//! keyring, or the 0600 file for a profile that chose `--insecure-storage`.
//! The store is opened only when a command needs a secret from it, and each
//! secret is read from it once per process: an import of thousands of rows
//! makes thousands of requests, and a keyring look-up is two D-Bus round
//! trips.

use std::fmt;
use std::sync::{Arc, Mutex};

use crate::backend::remote::CredentialSource;
use crate::config::{self, Profile, Resolved, StoredKey};
use crate::secrets::{self, Location, SecretStore};
use scimctl_core::error::{Kind, Result};
use scimctl_core::secret::Secret;
use scimctl_core::time::{Clock, SystemClock, parse_rfc3339};

pub const ENV_TOKEN: &str = "SCIMCTL_TOKEN";
pub const ENV_SCIM_KEY: &str = "SCIMCTL_SCIM_KEY";

/// Keyring account of a profile's admin token.
pub fn admin_account(profile: &str) -> String {
    format!("{profile}/admin-token")
}

/// Keyring account of one stored SCIM key.
pub fn key_account(profile: &str, key_id: &str) -> String {
    format!("{profile}/scim-key/{key_id}")
}

/// Where a secret in use came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Env(&'static str),
    Store(Location),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Env(var) => write!(f, "the environment variable {var}"),
            Source::Store(l) => write!(f, "{l}"),
        }
    }
}

fn env_secret(var: &str) -> Option<Secret> {
    std::env::var(var)
        .ok()
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
        .map(Secret::new)
}

type ScimKeys = Vec<(Secret, Source, Option<StoredKey>)>;

/// The credentials of one profile.
pub struct Credentials {
    name: String,
    profile: Profile,
    detached: bool,
    store: Mutex<Option<Arc<dyn SecretStore>>>,
    /// What the first successful look-up found (failures are not kept: the
    /// next call asks again).
    admin_token: Mutex<Option<Option<(Secret, Source)>>>,
    scim_keys: Mutex<Option<ScimKeys>>,
    /// The "key stops working soon" warning is said once per process.
    warned: std::sync::Once,
}

impl Credentials {
    pub fn new(resolved: &Resolved) -> Self {
        Credentials {
            name: resolved.name.clone(),
            profile: resolved.profile.clone(),
            detached: resolved.detached,
            store: Mutex::new(None),
            admin_token: Mutex::new(None),
            scim_keys: Mutex::new(None),
            warned: std::sync::Once::new(),
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// The profile's secret store, opened on first use.
    pub fn store(&self) -> Result<Arc<dyn SecretStore>> {
        let mut guard = self.store.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(s) = guard.as_ref() {
            return Ok(s.clone());
        }
        let store = profile_store(&self.profile)?;
        *guard = Some(store.clone());
        Ok(store)
    }

    pub fn admin_token_with_source(&self) -> Result<Option<(Secret, Source)>> {
        let mut cached = self.admin_token.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(found) = cached.as_ref() {
            return Ok(found.clone());
        }
        let found = self.look_up_admin_token()?;
        *cached = Some(found.clone());
        Ok(found)
    }

    fn look_up_admin_token(&self) -> Result<Option<(Secret, Source)>> {
        if let Some(s) = env_secret(ENV_TOKEN) {
            return Ok(Some((s, Source::Env(ENV_TOKEN))));
        }
        if self.detached {
            // The profile's token is for another backend: never send it here.
            return Ok(None);
        }
        let found = self.store().and_then(|store| {
            Ok(store
                .get(&admin_account(&self.name))?
                .map(|s| (s, Source::Store(store.location()))))
        });
        found.map_err(as_missing_credential)
    }

    /// SCIM keys to try, newest stored first; with their config records.
    pub fn scim_keys_with_source(&self) -> Result<ScimKeys> {
        let mut cached = self.scim_keys.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(found) = cached.as_ref() {
            return Ok(found.clone());
        }
        let found = self.look_up_scim_keys()?;
        *cached = Some(found.clone());
        Ok(found)
    }

    fn look_up_scim_keys(&self) -> Result<ScimKeys> {
        if let Some(s) = env_secret(ENV_SCIM_KEY) {
            return Ok(vec![(s, Source::Env(ENV_SCIM_KEY), None)]);
        }
        if self.profile.scim_keys.is_empty() {
            return Ok(Vec::new());
        }
        self.stored_scim_keys().map_err(as_missing_credential)
    }

    fn stored_scim_keys(&self) -> Result<ScimKeys> {
        let store = self.store()?;
        let now = SystemClock.now();
        let mut out = Vec::new();
        for record in self.profile.scim_keys.iter().rev() {
            let expired = record
                .expires_at
                .as_deref()
                .and_then(parse_rfc3339)
                .is_some_and(|t| t <= now);
            if expired {
                continue;
            }
            if let Some(secret) = store.get(&key_account(&self.name, &record.id))? {
                out.push((
                    secret,
                    Source::Store(store.location()),
                    Some(record.clone()),
                ));
            }
        }
        Ok(out)
    }
}

/// The store a profile keeps its secrets in: the OS keyring, or the 0600
/// file for a profile that chose `--insecure-storage`.
pub fn profile_store(profile: &Profile) -> Result<Arc<dyn SecretStore>> {
    Ok(if profile.insecure_storage {
        Arc::from(secrets::insecure_file(config::insecure_secrets_path()))
    } else {
        Arc::from(secrets::os_keyring()?)
    })
}

/// Remove every secret a saved profile has in its store (the admin token
/// and the stored SCIM keys); returns how many there were.
pub fn remove_secrets(store: &dyn SecretStore, name: &str, profile: &Profile) -> Result<usize> {
    let mut removed = 0;
    if store.delete(&admin_account(name))? {
        removed += 1;
    }
    for k in &profile.scim_keys {
        if store.delete(&key_account(name, &k.id))? {
            removed += 1;
        }
    }
    Ok(removed)
}

/// A keyring that cannot be reached, when looking a credential up, means
/// "no credential" (exit 4); the message keeps naming the alternatives.
fn as_missing_credential(e: scimctl_core::error::Error) -> scimctl_core::error::Error {
    match e.kind() {
        Kind::Unavailable => e.with_kind(Kind::Unauthorized),
        _ => e,
    }
}

/// Warn on stderr when the key about to be used stops working within a day.
fn warn_if_expiring(record: Option<&StoredKey>) {
    let Some(r) = record else { return };
    let Some(at) = r.expires_at.as_deref().and_then(parse_rfc3339) else {
        return;
    };
    let left = at - SystemClock.now();
    if left < 24 * 3600 * 1000 {
        eprintln!(
            "warning: the SCIM key in use ({}) stops working at {} (it was rotated); \
             generate or rotate a key to keep provisioning",
            r.prefix,
            r.expires_at.as_deref().unwrap_or_default()
        );
    }
}

impl CredentialSource for Credentials {
    fn admin_token(&self) -> Result<Option<Secret>> {
        Ok(self.admin_token_with_source()?.map(|(s, _)| s))
    }

    fn scim_keys(&self) -> Result<Vec<Secret>> {
        let keys = self.scim_keys_with_source()?;
        self.warned
            .call_once(|| warn_if_expiring(keys.first().and_then(|(_, _, r)| r.as_ref())));
        Ok(keys.into_iter().map(|(s, _, _)| s).collect())
    }

    fn profile(&self) -> String {
        self.name.clone()
    }
}
