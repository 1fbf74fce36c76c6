//! `scimctl keys generate`

use super::common::{ctx_resolved_fresh, keep, print_issued, record_of, update_profile};
use crate::cli::context::Context;
use crate::secrets;
use crate::secrets::resolve::Credentials;
use scimctl_core::error::Result;

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

pub async fn run(ctx: &Context, a: GenerateArgs) -> Result<()> {
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
            // (after the store's own hints, the way out this command has)
            .map_err(|e| e.with_hint("--no-store prints the key without keeping it"))?;
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
