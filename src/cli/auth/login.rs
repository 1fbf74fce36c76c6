//! `scimctl auth login`

use std::io::Read;
use std::sync::Arc;

use crate::backend::remote::{Fixed, Remote};
use crate::backend::{Backend, is_remote};
use crate::cli::context::Context;
use crate::config::url_has_password;
use crate::config::{Config, Profile};
use crate::secrets::resolve as credentials;
use scimctl_core::error::{Error, Kind, Result};
use scimctl_core::secret::Secret;

/// The backend is the global `--url` (http(s)://HOST[/prefix], sqlite://PATH
/// or postgres://…).
#[derive(Debug, clap::Args)]
pub struct LoginArgs {
    /// Read the admin token from stdin (never from the command line).
    #[arg(long)]
    pub with_token: bool,
    /// Keep this profile's secrets in a plain 0600 file instead of the OS keyring.
    #[arg(long)]
    pub insecure_storage: bool,
    /// Repoint an existing profile that names another backend (its stored
    /// secrets are removed: they belong to the old backend).
    #[arg(long)]
    pub force: bool,
}

/// The profile name `auth login` writes: --profile, else the URL's host.
fn login_profile_name(ctx: &Context, url: &str) -> String {
    if let Some(p) = &ctx.profile_flag {
        return p.clone();
    }
    if is_remote(url) {
        let rest = url.split("://").nth(1).unwrap_or(url);
        return rest.split('/').next().unwrap_or(rest).to_string();
    }
    crate::config::LOCAL.to_string()
}

/// Whether `scheme://user:password@host…` carries a password.
fn read_token_from_stdin() -> Result<Secret> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| Error::invalid(format!("cannot read the token from stdin: {e}")))?;
    let token = text.trim();
    if token.is_empty() || token.contains(char::is_whitespace) {
        return Err(Error::invalid("stdin does not hold one token"));
    }
    Ok(Secret::new(token))
}

pub async fn run(ctx: &Context, a: LoginArgs) -> Result<()> {
    let url = ctx
        .url_flag
        .clone()
        .ok_or_else(|| Error::invalid("which backend? pass --url URL"))?;
    if url_has_password(&url) {
        // A profile lives in config.toml, which must never hold a secret.
        return Err(Error::invalid(
            "this URL holds a password, which a profile would write to config.toml",
        )
        .with_hint(
            "save the URL without it and give the password in PGPASSWORD or ~/.pgpass, \
             or pass the whole URL in SCIMCTL_URL each time",
        ));
    }
    let name = login_profile_name(ctx, &url);
    let remote = is_remote(&url);
    let mut profile = Profile {
        url: url.clone(),
        insecure_storage: a.insecure_storage,
        ..Profile::default()
    };
    let mut config = Config::load()?;
    // An existing profile is never repointed silently (docs/cli.md, "Backends and profiles"): the
    // embedded `local` included, which exists without being saved.
    let old = config.profiles.get(&name).cloned().or_else(|| {
        (name == crate::config::LOCAL).then(|| Profile {
            url: crate::config::default_database_url(),
            ..Profile::default()
        })
    });
    let mut repointed = None;
    match &old {
        Some(old) if old.url == url => {
            profile.scim_keys = old.scim_keys.clone();
            profile.insecure_storage |= old.insecure_storage;
        }
        Some(old) if !a.force => {
            return Err(Error::conflict(format!(
                "profile {name:?} points at {}; auth login does not repoint a profile silently",
                old.url
            ))
            .with_hint(format!(
                "choose another name with --profile NAME (or unset SCIMCTL_PROFILE), or pass --force to repoint {name:?} and remove its stored secrets"
            )));
        }
        Some(old) => repointed = Some(old.clone()),
        None => {}
    }
    let token = if a.with_token {
        Some(read_token_from_stdin()?)
    } else if remote {
        // On a terminal: a hidden prompt. Otherwise exit 3, saying how.
        Some(ctx.prompt.secret(
            "Admin token (input hidden)",
            &format!("pipe it in: scimctl auth login --url {url} --with-token < admin.token"),
        )?)
    } else {
        None
    };
    if let Some(token) = &token {
        // Check the token before keeping it.
        let check = Remote::new(
            &url,
            None,
            Arc::new(Fixed {
                admin_token: Some(token.clone()),
                scim_keys: Vec::new(),
            }),
            &ctx.remote,
        )?;
        check.scim_status().await.map_err(|e| match e.kind() {
            Kind::Unauthorized => Error::unauthorized(format!("{} rejected the admin token", url)),
            _ => e,
        })?;
    }
    // The token works (or none is needed): now the old backend's secrets go,
    // before the new token takes the same keyring entry.
    if let Some(old) = &repointed {
        forget_old_backend(&name, old)?;
    }
    if let Some(token) = &token {
        let store = credentials::profile_store(&profile)?;
        store.set(&credentials::admin_account(&name), token)?;
        eprintln!(
            "Stored the admin token of profile {name:?} in {}.",
            store.location()
        );
    }
    config.profiles.insert(name.clone(), profile);
    config.default_profile = Some(name.clone());
    config.save()?;
    eprintln!(
        "Logged in to {} as profile {name:?}; it is now the default profile.",
        url
    );
    Ok(())
}

/// Remove the stored secrets of a profile that is being repointed.
fn forget_old_backend(name: &str, old: &Profile) -> Result<()> {
    let store = credentials::profile_store(old)?;
    let removed = credentials::remove_secrets(store.as_ref(), name, old)?;
    eprintln!(
        "Repointing profile {name:?} from {}: removed {removed} of its secrets from {}.",
        old.url,
        store.location()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::url_has_password;

    #[test]
    fn passwords_in_urls_are_spotted() {
        assert!(url_has_password("postgres://app:s3cret@db:5432/scim"));
        assert!(url_has_password("https://a:b@host"));
        assert!(!url_has_password("postgres://app@db:5432/scim"));
        assert!(!url_has_password("postgres://db:5432/scim"));
        assert!(!url_has_password("sqlite:///tmp/a:b@c.db"));
        assert!(!url_has_password("https://host/path?x=a:b@c"));
    }
}
