//! `scimctl groups create`

use serde_json::{Value, json};

use super::common::{group_id, named, show, user_ids};
use crate::backend::Backend;
use crate::cli::context::Context;
use scimctl_core::error::{Error, Kind, Result};
use scimctl_core::scim::schema::GROUP_SCHEMA;

#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    /// The new group's displayName.
    #[arg(value_parser = check_group_name)]
    pub name: String,
    /// The IdP's identifier for the group.
    #[arg(long)]
    pub external_id: Option<String>,
    /// A first member: user id or userName (repeat for more).
    #[arg(long = "member", value_name = "USER")]
    pub members: Vec<String>,
}

/// The checks a displayName gets on the server, before any request.
pub fn check_group_name(text: &str) -> std::result::Result<String, String> {
    scimctl_core::groups::check_group_name(text).map_err(|e| e.message().to_string())
}

pub fn taken(name: &str, ids: &[String]) -> Error {
    Error::conflict(format!(
        "a group named {name:?} exists already ({})",
        ids.join(", ")
    ))
    .with_hint("group names are compared case-insensitively; choose another name")
}

pub async fn run(ctx: &Context, backend: &dyn Backend, a: CreateArgs) -> Result<()> {
    // Names address groups: refuse a name in use, also on services that
    // would take a duplicate.
    let (existing, _) = named(backend, &a.name, false).await?;
    if !existing.is_empty() {
        let ids: Vec<String> = existing.iter().filter_map(|g| group_id(g).ok()).collect();
        return Err(taken(&a.name, &ids));
    }
    let members = user_ids(backend, &a.members).await?;
    let mut body = json!({
        "schemas": [GROUP_SCHEMA],
        "displayName": a.name,
        "members": members.iter().map(|id| json!({"value": id, "type": "User"})).collect::<Vec<Value>>(),
    });
    if let Some(x) = &a.external_id {
        body["externalId"] = json!(x);
    }
    let group = match backend.group_create(&body).await {
        Err(e) if e.kind() == Kind::Conflict => return Err(taken(&a.name, &[])),
        other => other?,
    };
    eprintln!("Created group {} ({}).", a.name, group_id(&group)?);
    crate::cli::candidates::remember_groups(ctx, [a.name.as_str()]);
    show(ctx, &group)
}
