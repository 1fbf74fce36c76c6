//! `scimctl keys list`

use super::common::forget_dead_keys;
use crate::cli::context::Context;
use scimctl_core::error::Result;

pub async fn run(ctx: &Context) -> Result<()> {
    let (backend, creds) = ctx.backend().await?;
    let keys = backend.keys_list().await?;
    forget_dead_keys(ctx, &creds, &keys);
    ctx.out.list(&keys)
}
