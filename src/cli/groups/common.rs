//! What the groups commands share: finding a group by id or displayName,
//! finding by name whether one exists, showing a group.

use serde_json::Value;

use crate::backend::Backend;
use crate::cli::context::Context;
use crate::cli::users::common::quote;
use crate::cli::views::GroupResource;
use crate::ui::output::Format;
use scimctl_core::error::{Error, Kind, Result};
use scimctl_core::model::name_key;
use scimctl_core::scim::stored::get_ci;

#[derive(Debug, clap::Args)]
pub struct GroupArg {
    /// Group id, or displayName.
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::candidates::group_names))]
    pub group: String,
}

pub fn show(ctx: &Context, group: &Value) -> Result<()> {
    match ctx.out.format {
        Format::Json | Format::Jsonl => ctx.out.raw(group),
        _ => ctx.out.one(&GroupResource(group.clone())),
    }
}

pub fn display_name(group: &Value) -> &str {
    get_ci(group, "displayName")
        .and_then(Value::as_str)
        .unwrap_or_default()
}

pub fn group_id(group: &Value) -> Result<String> {
    group
        .get("id")
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| Error::internal("the backend returned a group without an id"))
}

/// The groups named `name` (compared as docs/scim.md, "Names", compares them), asked by
/// `displayName eq`. Only groups whose name is the one asked for count: a
/// service that ignores the filter answers with others (`others` says so).
pub async fn named(backend: &dyn Backend, name: &str, members: bool) -> Result<(Vec<Value>, bool)> {
    let filter = format!("displayName eq {}", quote(name.trim()));
    let page = backend.groups_page(Some(&filter), 1, 50, members).await?;
    let wanted = name_key(name);
    let mut others = false;
    let hits = page
        .resources
        .into_iter()
        .filter(|g| {
            let hit = name_key(display_name(g)) == wanted;
            others |= !hit;
            hit
        })
        .collect();
    Ok((hits, others))
}

/// A group by id, or else by displayName — which must name one group.
pub async fn find(backend: &dyn Backend, group: &str, members: bool) -> Result<Value> {
    match backend.group_get(group, members).await {
        Ok(v) => return Ok(v),
        // (a service whose ids have a form may refuse the name as one)
        Err(e) if matches!(e.kind(), Kind::NotFound | Kind::Invalid) => {}
        Err(e) => return Err(e),
    }
    let (mut hits, others) = named(backend, group, members).await?;
    match hits.len() {
        1 => Ok(hits.remove(0)),
        0 => {
            let mut err = Error::not_found(format!("no group {group:?}"));
            if others {
                err = err.with_hint(
                    "the backend answered with other groups: it may not honour SCIM filters, so nothing was changed",
                );
            }
            Err(err)
        }
        n => {
            let ids: Vec<String> = hits.iter().filter_map(|g| group_id(g).ok()).collect();
            Err(Error::invalid(format!(
                "{n} groups are named {group:?}: {}",
                ids.join(", ")
            ))
            .with_hint("name the group by its id"))
        }
    }
}

/// The ids of users named by id or userName, each checked to exist: a
/// typo in the fifth name changes nothing.
pub async fn user_ids(backend: &dyn Backend, users: &[String]) -> Result<Vec<String>> {
    let mut ids = Vec::with_capacity(users.len());
    for u in users {
        let user = crate::cli::users::common::find(backend, u).await?;
        ids.push(crate::cli::users::common::id_of(&user)?);
    }
    Ok(ids)
}

/// Groups per request when reading many.
const PAGE: u64 = 100;

/// The groups a filter selects (at most `limit`), page by page. Pages
/// advance by what arrived (a service may give fewer than asked; `serve`
/// does when members fill a page); a group served twice is an error, not
/// a duplicate.
pub async fn all_groups(
    backend: &dyn Backend,
    filter: Option<&str>,
    members: bool,
    limit: u64,
) -> Result<Vec<Value>> {
    let mut groups: Vec<Value> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut start = 1;
    while (groups.len() as u64) < limit {
        let want = PAGE.min(limit - groups.len() as u64);
        let page = backend.groups_page(filter, start, want, members).await?;
        let got = page.resources.len() as u64;
        for g in page.resources.into_iter().take(want as usize) {
            let id = group_id(&g)?;
            if !seen.insert(id.clone()) {
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
    Ok(groups)
}
