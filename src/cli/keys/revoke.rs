//! `scimctl keys revoke`

use super::common::{KeyArg, forget_dead_keys};
use crate::cli::context::Context;
use scimctl_core::error::Result;

pub async fn run(ctx: &Context, a: KeyArg) -> Result<()> {
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
