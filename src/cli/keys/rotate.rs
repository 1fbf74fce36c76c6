//! `scimctl keys rotate`

use std::time::Duration;

use clap_complete::engine::ArgValueCompleter;

use super::common::{keep, print_issued, record_of};
use crate::cli::candidates;
use crate::cli::context::Context;
use crate::config::StoredKey;
use crate::secrets;
use crate::secrets::resolve as credentials;
use scimctl_core::error::Result;
use scimctl_core::keys;
use scimctl_core::time::to_rfc3339;

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

/// The one grace parser (core's), as clap wants it.
fn grace_arg(s: &str) -> std::result::Result<Duration, String> {
    keys::parse_grace(s).map_err(|e| e.message().to_string())
}

pub async fn run(ctx: &Context, a: RotateArgs) -> Result<()> {
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
