//! `scimctl groups get`

use super::common::{GroupArg, find, show};
use crate::backend::Backend;
use crate::cli::context::Context;
use scimctl_core::error::Result;

pub async fn run(ctx: &Context, backend: &dyn Backend, a: GroupArg) -> Result<()> {
    let group = find(backend, &a.group, true).await?;
    crate::cli::candidates::remember_groups(ctx, [super::common::display_name(&group)]);
    show(ctx, &group)
}
