//! `scimctl groups list`

use serde_json::Value;

use super::common::all_groups;
use crate::backend::Backend;
use crate::cli::context::Context;
use crate::cli::views::GroupResource;
use crate::ui::output::Format;
use scimctl_core::error::Result;

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// A SCIM filter on displayName, externalId or id, e.g. 'displayName sw "eng"'.
    #[arg(long)]
    pub filter: Option<String>,
    /// Stop after this many groups.
    #[arg(long)]
    pub limit: Option<u64>,
}

pub async fn run(ctx: &Context, backend: &dyn Backend, a: ListArgs) -> Result<()> {
    let limit = a.limit.unwrap_or(u64::MAX);
    let groups = all_groups(backend, a.filter.as_deref(), false, limit).await?;
    crate::cli::candidates::remember_groups(ctx, groups.iter().map(super::common::display_name));
    match ctx.out.format {
        Format::Jsonl => {
            for g in &groups {
                ctx.out.raw(g)?;
            }
            Ok(())
        }
        Format::Json => ctx.out.raw(&Value::Array(groups)),
        _ => {
            let records: Vec<GroupResource> = groups.into_iter().map(GroupResource).collect();
            ctx.out.list(&records)
        }
    }
}
