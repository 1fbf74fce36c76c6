//! `scimctl keys`

use std::time::Duration;

use clap_complete::engine::ArgValueCompleter;

use crate::cli::candidates;
use crate::cli::context::Context;
use crate::config::{Config, Profile, StoredKey};
use crate::secrets;
use crate::secrets::resolve::{self as credentials, Credentials, Source};
use crate::ui::output::{Format, outln};
use scimctl_core::error::{Error, Kind, Result};
use scimctl_core::keys::{self, IssuedKey};
use scimctl_core::model::KeyStatus;
use scimctl_core::secret::Secret;
use scimctl_core::time::to_rfc3339;

/// SCIM API keys: what the identity provider (Okta, Entra ID) presents.
///
/// Secrets are shown once, when issued, and kept in the OS keyring.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Generate a key, print it once on stdout and store it in the keyring.
    #[command(
        after_help = "Examples:\n  scimctl keys generate --name okta\n  scimctl keys generate --name entra --no-store | vault kv put secret/scim key=-"
    )]
    Generate(GenerateArgs),
    /// List the team's keys (never their secrets).
    #[command(after_help = "Examples:\n  scimctl keys list\n  scimctl keys list -o csv")]
    List,
    /// Issue a new secret for a key; the old one keeps working for a grace window.
    #[command(
        after_help = "Examples:\n  scimctl keys rotate okta --grace 2h\n  scimctl keys rotate okta --grace 0 --yes"
    )]
    Rotate(RotateArgs),
    /// Revoke a key at once (and the grace window of the key it replaced).
    #[command(
        after_help = "Examples:\n  scimctl keys revoke okta\n  scimctl keys revoke scim_AbC123 --yes"
    )]
    Revoke(KeyArg),
    /// Make an authenticated SCIM call with a stored key, as an IdP's "Test API Credentials" does.
    #[command(after_help = "Examples:\n  scimctl keys test\n  scimctl keys test okta")]
    Test(TestArgs),
    /// Show a stored key; with --reveal, print its secret (for pasting into the IdP).
    #[command(
        after_help = "Examples:\n  scimctl keys show okta\n  scimctl keys show okta --reveal | pbcopy"
    )]
    Show(ShowArgs),
}

#[derive(Debug, clap::Args)]
pub struct GenerateArgs {
    /// Name of the key (asked on a terminal when missing).
    #[arg(long)]
    pub name: Option<String>,
    /// Print the secret without storing it (for a pipeline that hands it to a secret manager).
    #[arg(long)]
    pub no_store: bool,
    /// Store secrets of this profile in a plain 0600 file instead of the keyring (remembered).
    #[arg(long)]
    pub insecure_storage: bool,
}

#[derive(Debug, clap::Args)]
pub struct RotateArgs {
    /// The key: id, prefix or name.
    #[arg(add = ArgValueCompleter::new(candidates::key_names))]
    pub key: String,
    /// How long the old secret keeps working: 0 (cut over now) up to 7d.
    #[arg(long, default_value = keys::DEFAULT_GRACE_TEXT, value_parser = grace_arg)]
    pub grace: Duration,
    /// Rotate even while an earlier rotation's grace window is open (ends it now).
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, clap::Args)]
pub struct KeyArg {
    /// The key: id, prefix or name.
    #[arg(add = ArgValueCompleter::new(candidates::key_names))]
    pub key: String,
}

#[derive(Debug, clap::Args)]
pub struct TestArgs {
    /// The stored key to test (id, prefix or name) [default: the one in use].
    #[arg(add = ArgValueCompleter::new(candidates::key_names))]
    pub key: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The stored key: id, prefix or name.
    #[arg(add = ArgValueCompleter::new(candidates::key_names))]
    pub key: String,
    /// Print the secret itself.
    #[arg(long)]
    pub reveal: bool,
}

/// The one grace parser (core's), as clap wants it.
fn grace_arg(s: &str) -> std::result::Result<Duration, String> {
    keys::parse_grace(s).map_err(|e| e.message().to_string())
}

pub async fn run(ctx: &Context, cmd: Command) -> Result<()> {
    match cmd {
        Command::Generate(a) => generate(ctx, a).await,
        Command::List => list(ctx).await,
        Command::Rotate(a) => rotate(ctx, a).await,
        Command::Revoke(a) => revoke(ctx, a).await,
        Command::Test(a) => test(ctx, a).await,
        Command::Show(a) => show(ctx, a).await,
    }
}

/// Change the stored profile (creating it from the resolved one).
fn update_profile(ctx: &Context, change: impl FnOnce(&mut Profile)) -> Result<()> {
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

fn record_of(issued: &IssuedKey) -> StoredKey {
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
fn keep(
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
fn print_issued(ctx: &Context, issued: &IssuedKey) -> Result<()> {
    match ctx.out.format {
        Format::Json | Format::Jsonl => ctx.out.raw(&issued.to_json()),
        Format::Table | Format::Csv => {
            outln!("{}", issued.secret.expose())?;
            Ok(())
        }
    }
}

async fn generate(ctx: &Context, a: GenerateArgs) -> Result<()> {
    let name = match a.name {
        Some(n) => n,
        None => ctx
            .prompt
            .text("Name of the new SCIM API key", "--name NAME")?,
    };
    if a.insecure_storage {
        update_profile(ctx, |p| p.insecure_storage = true)?;
    }
    let (backend, _) = ctx.backend().await?;
    let detached = ctx.resolved()?.detached;
    // Make sure the secret can be kept before asking for one: a key nobody
    // holds would have to be revoked again.
    let store = if a.no_store || detached {
        None
    } else {
        let creds = Credentials::new(&ctx_resolved_fresh(ctx)?);
        let store = creds
            .store()
            .and_then(|store| secrets::probe(store.as_ref()).map(|()| store))
            .map_err(|e| {
                let hint = match e.hint() {
                    Some(h) => format!("{h}; or --no-store to print the key without keeping it"),
                    None => "--no-store prints the key without keeping it".to_string(),
                };
                e.with_hint(hint)
            })?;
        Some((creds, store))
    };
    let issued = backend.key_generate(&name).await?;
    // From here on the key exists: whatever happens to the keyring, the
    // secret is printed, or nobody would ever hold it.
    if let Some((creds, store)) = store {
        keep(ctx, &creds, store.as_ref(), &issued, |p| {
            p.scim_keys.push(record_of(&issued))
        });
        eprintln!(
            "Created SCIM API key {} ({}). The secret is printed only this once.",
            issued.info.prefix, issued.info.name,
        );
    } else {
        eprintln!(
            "Created SCIM API key {} ({}); not stored ({}). The secret is printed only this once.",
            issued.info.prefix,
            issued.info.name,
            if detached {
                "--url names another backend than the profile's"
            } else {
                "--no-store"
            }
        );
    }
    print_issued(ctx, &issued)
}

/// The resolved profile as the config now says (after an update).
fn ctx_resolved_fresh(ctx: &Context) -> Result<crate::config::Resolved> {
    crate::config::resolve(
        &Config::load()?,
        ctx.profile_flag.as_deref(),
        ctx.url_flag.as_deref(),
    )
}

async fn list(ctx: &Context) -> Result<()> {
    let (backend, creds) = ctx.backend().await?;
    let keys = backend.keys_list().await?;
    forget_dead_keys(ctx, &creds, &keys);
    ctx.out.list(&keys)
}

/// Remove from the keyring and the config the stored keys the backend says
/// are revoked or expired ("old one removed when it expires"). Best effort:
/// a listing must not fail because the keyring is away.
fn forget_dead_keys(ctx: &Context, creds: &Credentials, keys: &[scimctl_core::model::KeyInfo]) {
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

async fn rotate(ctx: &Context, a: RotateArgs) -> Result<()> {
    let grace_text = if a.grace.is_zero() {
        "the old secret stops working at once".to_string()
    } else {
        format!(
            "the old secret keeps working for {}",
            scimctl_core::keys::grace_text(a.grace)
        )
    };
    ctx.prompt.confirm(&format!(
        "Rotate SCIM API key {}? Until the IdP has the new one, {grace_text}.",
        a.key
    ))?;
    let (backend, creds) = ctx.backend().await?;
    // A keyring that does not answer is found out before rotating, so that
    // the secret is stored when it can be; a rotation is never refused for it.
    let store = creds
        .store()
        .ok()
        .filter(|_| !ctx.resolved().is_ok_and(|r| r.detached))
        .filter(|s| secrets::probe(s.as_ref()).is_ok());
    let issued = backend.key_rotate(&a.key, a.grace, a.force).await?;
    let old_expires = issued.grace_expires_at.map(to_rfc3339);
    // The config records which stored key this one replaced: the live stored
    // key of the same name.
    let resolved = ctx.resolved()?;
    let replaced: Option<StoredKey> = resolved
        .profile
        .scim_keys
        .iter()
        .rev()
        .find(|r| r.name == issued.info.name && r.expires_at.is_none())
        .cloned();
    match &store {
        Some(store) => {
            if a.grace.is_zero()
                && let Some(old) = &replaced
            {
                let _ = store.delete(&credentials::key_account(creds.name(), &old.id));
            }
            keep(ctx, &creds, store.as_ref(), &issued, |p| {
                if let Some(old) = &replaced {
                    if a.grace.is_zero() {
                        p.scim_keys.retain(|r| r.id != old.id);
                    } else if let Some(r) = p.scim_keys.iter_mut().find(|r| r.id == old.id) {
                        r.expires_at = old_expires.clone();
                    }
                }
                p.scim_keys.push(record_of(&issued));
            });
            eprintln!(
                "Rotated: new key {}; {grace_text}{}.",
                issued.info.prefix,
                old_expires
                    .as_deref()
                    .filter(|_| !a.grace.is_zero())
                    .map(|t| format!(" (until {t})"))
                    .unwrap_or_default()
            );
        }
        None => eprintln!(
            "Rotated: new key {}. It is not stored (no keyring answers, or --url names another backend than the profile's); the secret is printed only this once.",
            issued.info.prefix
        ),
    }
    print_issued(ctx, &issued)
}

async fn revoke(ctx: &Context, a: KeyArg) -> Result<()> {
    ctx.prompt.confirm(&format!(
        "Revoke SCIM API key {}? Identity providers using it get 401 at once.",
        a.key
    ))?;
    let (backend, creds) = ctx.backend().await?;
    let info = backend.key_revoke(&a.key).await?;
    // The revoked key and the predecessor whose grace it ended are dead:
    // forget both, or the next command would warn about (and try) a key
    // that no longer works.
    if let Ok(keys) = backend.keys_list().await {
        forget_dead_keys(ctx, &creds, &keys);
    }
    eprintln!("Revoked SCIM API key {}.", info.prefix);
    ctx.out.one(&info)
}

/// A stored key by id, prefix or name (the newest of that name).
fn find_stored<'a>(profile: &'a Profile, key: &str) -> Result<&'a StoredKey> {
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
fn stored_secret(
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

async fn test(ctx: &Context, a: TestArgs) -> Result<()> {
    let (backend, creds) = ctx.backend().await?;
    let (secret, label, source): (Secret, String, Source) = match &a.key {
        Some(key) => {
            let (record, secret, location) = stored_secret(ctx, &creds, key)?;
            (secret, record.prefix, Source::Store(location))
        }
        None => {
            let mut keys = creds.scim_keys_with_source()?;
            if keys.is_empty() {
                return Err(Error::unauthorized("no SCIM API key to test").with_hint(
                    "set SCIMCTL_SCIM_KEY, or generate one with `scimctl keys generate`",
                ));
            }
            let (secret, source, _) = keys.remove(0);
            let label = secret.public_prefix();
            (secret, label, source)
        }
    };
    match backend.key_check(&secret).await {
        Ok(()) => {
            outln!(
                "OK: key {label}… (from {source}) is accepted by {}",
                backend.describe()
            )?;
            Ok(())
        }
        Err(e) => {
            let reason = match e.kind() {
                Kind::Disabled => "SCIM provisioning is disabled for this team".to_string(),
                Kind::Unavailable | Kind::RateLimited => format!("unreachable: {}", e.message()),
                _ => e.message().to_string(),
            };
            Err(Error::new(
                e.kind(),
                format!("key {label}… was not accepted: {reason}"),
            ))
        }
    }
}

async fn show(ctx: &Context, a: ShowArgs) -> Result<()> {
    let creds = Credentials::new(&ctx.resolved()?);
    let (record, secret, location) = stored_secret(ctx, &creds, &a.key)?;
    if a.reveal {
        outln!("{}", secret.expose())?;
    } else {
        outln!(
            "{}… ({}) is stored in {}",
            record.prefix,
            record.name,
            location
        )?;
        eprintln!("Pass --reveal to print the secret.");
    }
    Ok(())
}
