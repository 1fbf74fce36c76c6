//! What several `keys` commands share: the profile's record of a stored
//! key, keeping a freshly issued secret, printing it, finding a stored one.

use clap_complete::engine::ArgValueCompleter;

use crate::cli::candidates;
use crate::cli::context::Context;
use crate::config::{Config, Profile, StoredKey};
use crate::secrets;
use crate::secrets::resolve::{self as credentials, Credentials};
use crate::ui::output::{Format, outln};
use scimctl_core::error::{Error, Result};
use scimctl_core::keys::IssuedKey;
use scimctl_core::model::KeyStatus;
use scimctl_core::secret::Secret;

#[derive(Debug, clap::Args)]
pub struct KeyArg {
    /// The key: id, prefix or name.
    #[arg(add = ArgValueCompleter::new(candidates::key_names))]
    pub key: String,
}

/// Change the stored profile (creating it from the resolved one).
pub fn update_profile(ctx: &Context, change: impl FnOnce(&mut Profile)) -> Result<()> {
    let resolved = ctx.resolved()?;
    let mut config = Config::load()?;
    let profile = config
        .profiles
        .entry(resolved.name.clone())
        .or_insert_with(|| Profile {
            url: resolved.url.clone(),
            ..Profile::default()
        });
    change(profile);
    config.save()
}

pub fn record_of(issued: &IssuedKey) -> StoredKey {
    StoredKey {
        id: issued.info.id.clone(),
        name: issued.info.name.clone(),
        prefix: issued.info.prefix.clone(),
        created_at: issued.info.created_at.clone(),
        expires_at: None,
    }
}

/// Store a freshly issued secret and record it in the profile. A failure
/// here is a warning, not an error: the key exists on the backend, and the
/// caller prints the secret either way.
pub fn keep(
    ctx: &Context,
    creds: &Credentials,
    store: &dyn secrets::SecretStore,
    issued: &IssuedKey,
    record: impl FnOnce(&mut Profile),
) {
    let stored = store
        .set(
            &credentials::key_account(creds.name(), &issued.info.id),
            &issued.secret,
        )
        .and_then(|()| update_profile(ctx, record));
    match stored {
        Ok(()) => eprintln!(
            "Stored the secret of {} in {}.",
            issued.info.prefix,
            store.location()
        ),
        Err(e) => eprintln!(
            "warning: the secret of {} could not be stored in {}: {}; keep the printed secret",
            issued.info.prefix,
            store.location(),
            e.message()
        ),
    }
}

/// Print a freshly issued key: JSON, or the bare secret on stdout.
pub fn print_issued(ctx: &Context, issued: &IssuedKey) -> Result<()> {
    match ctx.out.format {
        Format::Json | Format::Jsonl => ctx.out.raw(&issued.to_json()),
        Format::Table | Format::Csv => {
            outln!("{}", issued.secret.expose())?;
            Ok(())
        }
    }
}

/// The resolved profile as the config now says (after an update).
pub fn ctx_resolved_fresh(ctx: &Context) -> Result<crate::config::Resolved> {
    crate::config::resolve(
        &Config::load()?,
        ctx.profile_flag.as_deref(),
        ctx.url_flag.as_deref(),
    )
}

/// A stored key by id, prefix or name (the newest of that name).
pub fn find_stored<'a>(profile: &'a Profile, key: &str) -> Result<&'a StoredKey> {
    profile
        .scim_keys
        .iter()
        .rev()
        .find(|r| r.id == key || r.prefix == key || r.name == key)
        .ok_or_else(|| {
            Error::not_found(format!("no stored SCIM key {key:?} in this profile"))
                .with_hint("`scimctl keys list` shows the team's keys; only keys generated or rotated here are stored")
        })
}

/// A key stored on this machine: its record, its secret, and where it is.
pub fn stored_secret(
    ctx: &Context,
    creds: &Credentials,
    key: &str,
) -> Result<(StoredKey, Secret, secrets::Location)> {
    let resolved = ctx.resolved()?;
    let record = find_stored(&resolved.profile, key)?.clone();
    let store = creds.store()?;
    let secret = store
        .get(&credentials::key_account(creds.name(), &record.id))?
        .ok_or_else(|| {
            Error::not_found(format!(
                "the secret of {} is not in {}",
                record.prefix,
                store.location()
            ))
        })?;
    Ok((record, secret, store.location()))
}

/// Remove from the keyring and the config the stored keys the backend says
/// are revoked or expired ("old one removed when it expires"). Best effort:
/// a listing must not fail because the keyring is away.
pub fn forget_dead_keys(ctx: &Context, creds: &Credentials, keys: &[scimctl_core::model::KeyInfo]) {
    let Ok(resolved) = ctx.resolved() else { return };
    let dead: Vec<String> = resolved
        .profile
        .scim_keys
        .iter()
        .filter(|r| {
            keys.iter().any(|k| {
                k.id == r.id && matches!(k.status, KeyStatus::Revoked | KeyStatus::Expired)
            })
        })
        .map(|r| r.id.clone())
        .collect();
    if dead.is_empty() {
        return;
    }
    if let Ok(store) = creds.store() {
        for id in &dead {
            let _ = store.delete(&credentials::key_account(creds.name(), id));
        }
    }
    let _ = update_profile(ctx, |p| p.scim_keys.retain(|r| !dead.contains(&r.id)));
}
