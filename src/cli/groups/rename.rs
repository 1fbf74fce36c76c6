//! `scimctl groups rename`

use serde_json::{Value, json};

use super::common::{display_name, find, group_id, named, show};
use super::create::{check_group_name, taken};
use crate::backend::Backend;
use crate::cli::context::Context;
use crate::cli::views::member_ids;
use scimctl_core::error::{Kind, Result};
use scimctl_core::scim::patch::PatchOperation;
use scimctl_core::scim::schema::GROUP_SCHEMA;

#[derive(Debug, clap::Args)]
pub struct RenameArgs {
    /// Group id, or displayName.
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::candidates::group_names))]
    pub group: String,
    /// The new displayName.
    #[arg(value_parser = check_group_name)]
    pub new_name: String,
}

pub async fn run(ctx: &Context, backend: &dyn Backend, a: RenameArgs) -> Result<()> {
    let group = find(backend, &a.group, false).await?;
    let id = group_id(&group)?;
    let (existing, _) = named(backend, &a.new_name, false).await?;
    let others: Vec<String> = existing
        .iter()
        .filter_map(|g| group_id(g).ok())
        .filter(|g| *g != id)
        .collect();
    if !others.is_empty() {
        return Err(taken(&a.new_name, &others));
    }
    let op = PatchOperation::replace(Some("displayName"), json!(a.new_name));
    match backend.group_patch(&id, std::slice::from_ref(&op)).await {
        Ok(()) => {}
        // (a service may refuse a PATCH of displayName, as RFC 7644 lets it)
        Err(e) if crate::backend::remote::patch_refused(&e) => {
            let whole = backend.group_get(&id, true).await?;
            let mut body = json!({
                "schemas": [GROUP_SCHEMA],
                "id": id,
                "displayName": a.new_name,
                "members": member_ids(&whole).iter().map(|m| json!({"value": m})).collect::<Vec<Value>>(),
            });
            if let Some(x) = whole.get("externalId") {
                body["externalId"] = x.clone();
            }
            backend.group_replace(&id, &body).await?;
        }
        Err(e) if e.kind() == Kind::Conflict => return Err(taken(&a.new_name, &[])),
        Err(e) => return Err(e),
    }
    eprintln!("Renamed group {} to {}.", display_name(&group), a.new_name);
    crate::cli::candidates::forget_groups(ctx, [display_name(&group)]);
    crate::cli::candidates::remember_groups(ctx, [a.new_name.as_str()]);
    show(ctx, &backend.group_get(&id, false).await?)
}
