//! `scimctl groups members`, `scimctl groups add` and `scimctl groups remove`

use futures::StreamExt;
use serde_json::Value;

use super::common::{GroupArg, display_name, find, group_id, show, user_ids};
use crate::backend::Backend;
use crate::cli::context::Context;
use crate::cli::users::memberships::{add_ops, remove_ops};
use crate::cli::views::{MemberRecord, member_ids};
use scimctl_core::error::Result;
use scimctl_core::scim::stored::get_ci;

#[derive(Debug, clap::Args)]
pub struct ChangeArgs {
    /// Group id, or displayName.
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::candidates::group_names))]
    pub group: String,
    /// User ids or userNames.
    #[arg(required = true)]
    pub users: Vec<String>,
}

/// Members' userNames read at once, where the service does not give them.
const LOOKUPS_AT_ONCE: usize = 8;

pub async fn list(ctx: &Context, backend: &dyn Backend, a: GroupArg) -> Result<()> {
    let group = find(backend, &a.group, true).await?;
    let items: Vec<Value> = get_ci(&group, "members")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    // `scimctl serve` and the embedded database give each member's
    // userName as its display; elsewhere it is read from the user.
    let records: Vec<Result<MemberRecord>> =
        futures::stream::iter(items.into_iter().map(|m| async move {
            let id = get_ci(&m, "value")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            let user_name = match get_ci(&m, "display").and_then(Value::as_str) {
                Some(d) if !d.is_empty() => d.to_string(),
                _ => backend
                    .user_get(&id)
                    .await
                    .ok()
                    .and_then(|u| {
                        get_ci(&u, "userName")
                            .and_then(Value::as_str)
                            .map(str::to_string)
                    })
                    .unwrap_or_default(),
            };
            Ok(MemberRecord { id, user_name })
        }))
        .buffered(LOOKUPS_AT_ONCE)
        .collect()
        .await;
    let records: Vec<MemberRecord> = records.into_iter().collect::<Result<_>>()?;
    ctx.out.list(&records)
}

pub async fn change(ctx: &Context, backend: &dyn Backend, a: ChangeArgs, add: bool) -> Result<()> {
    // (with its members: a user already in the group, or not in it, needs
    // no change, and the command says so instead of counting it)
    let group = find(backend, &a.group, true).await?;
    let id = group_id(&group)?;
    let users = user_ids(backend, &a.users).await?;
    let members: std::collections::HashSet<String> = member_ids(&group).into_iter().collect();
    let (needed, already): (Vec<String>, Vec<String>) =
        users.into_iter().partition(|u| members.contains(u) != add);
    let ops = if add {
        add_ops(&needed)
    } else {
        remove_ops(&needed)
    };
    for chunk in ops.chunks(scimctl_core::scim::caps::MAX_PATCH_OPERATIONS) {
        backend.group_patch(&id, chunk).await?;
    }
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if !needed.is_empty() {
        eprintln!(
            "{} {} user{} {} group {}.",
            if add { "Added" } else { "Removed" },
            needed.len(),
            plural(needed.len()),
            if add { "to" } else { "from" },
            display_name(&group)
        );
    }
    if !already.is_empty() {
        eprintln!(
            "{} user{} {} {} group {}: nothing to change.",
            already.len(),
            plural(already.len()),
            if already.len() == 1 { "was" } else { "were" },
            if add { "already in" } else { "not in" },
            display_name(&group),
        );
    }
    show(ctx, &backend.group_get(&id, false).await?)
}
