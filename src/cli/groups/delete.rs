//! `scimctl groups delete`

use super::common::{display_name, find, group_id};
use crate::backend::Backend;
use crate::cli::context::Context;
use crate::cli::views::counted_names;
use scimctl_core::error::Result;

#[derive(Debug, clap::Args)]
pub struct DeleteArgs {
    /// Group ids or displayNames.
    #[arg(required = true, add = clap_complete::engine::ArgValueCompleter::new(crate::cli::candidates::group_names))]
    pub groups: Vec<String>,
}

pub async fn run(ctx: &Context, backend: &dyn Backend, a: DeleteArgs) -> Result<()> {
    // Every group is found before any is deleted.
    let mut groups = Vec::with_capacity(a.groups.len());
    for g in &a.groups {
        groups.push(find(backend, g, false).await?);
    }
    let names: Vec<&str> = groups.iter().map(display_name).collect();
    ctx.prompt.confirm(&format!(
        "Delete {}? Their members keep their accounts.",
        counted_names("group", &names)
    ))?;
    for g in &groups {
        backend.group_delete(&group_id(g)?).await?;
        eprintln!("Deleted group {}.", display_name(g));
        crate::cli::candidates::forget_groups(ctx, [display_name(g)]);
    }
    Ok(())
}
