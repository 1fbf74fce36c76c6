//! `scimctl users get`

use super::common::{find, show};
use crate::backend::Backend;
use crate::cli::context::Context;
use scimctl_core::error::Result;

#[derive(Debug, clap::Args)]
pub struct UserArg {
    /// User id, or userName (email).
    pub user: String,
}

pub async fn run(ctx: &Context, backend: &dyn Backend, a: UserArg) -> Result<()> {
    show(ctx, &find(backend, &a.user).await?)
}
