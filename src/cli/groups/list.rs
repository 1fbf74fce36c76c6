//! `scimctl groups list`

use serde_json::Value;

use crate::backend::Backend;
use crate::cli::context::Context;
use crate::cli::records::GroupResource;
use crate::error::{Error, Result};
use crate::ui::output::Format;

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// A SCIM filter on displayName, externalId or id, e.g. 'displayName sw "eng"'.
    #[arg(long)]
    pub filter: Option<String>,
    /// Stop after this many groups.
    #[arg(long)]
    pub limit: Option<u64>,
}

/// Groups per request.
const PAGE: u64 = 100;

pub async fn run(ctx: &Context, backend: &dyn Backend, a: ListArgs) -> Result<()> {
    let limit = a.limit.unwrap_or(u64::MAX);
    let mut groups: Vec<Value> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut start = 1;
    while (groups.len() as u64) < limit {
        let want = PAGE.min(limit - groups.len() as u64);
        let page = backend
            .groups_page(a.filter.as_deref(), start, want, false)
            .await?;
        let got = page.resources.len() as u64;
        for g in page.resources.into_iter().take(want as usize) {
            let id = g
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            if !id.is_empty() && !seen.insert(id.clone()) {
                return Err(Error::internal(format!(
                    "the backend served group {id:?} twice while paging (from startIndex {start})"
                ))
                .with_hint("it seems not to honour startIndex"));
            }
            groups.push(g);
        }
        start += got;
        if got == 0 || start > page.total {
            break;
        }
    }
    crate::cli::complete::remember_groups(ctx, groups.iter().map(super::common::display_name));
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
