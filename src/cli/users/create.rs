//! `scimctl users create` and `scimctl users update`

use serde_json::{Value, json};

use super::common::{IfExists, find, id_of, show};
use super::row::{Row, body_of, check_email, check_name, check_role};
use crate::backend::Backend;
use crate::cli::context::Context;
use scimctl_core::error::{Error, Kind, Result};
use scimctl_core::scim::patch::PatchOperation;

#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    /// Email address; becomes the userName.
    #[arg(value_parser = check_email)]
    pub email: String,
    /// First name.
    #[arg(long, value_parser = first_name)]
    pub first: String,
    /// Last name.
    #[arg(long, value_parser = last_name)]
    pub last: String,
    /// The IdP's identifier for the user.
    #[arg(long)]
    pub external_id: Option<String>,
    /// Team role: admin, billing or developer [default: developer].
    #[arg(long, value_parser = check_role)]
    pub role: Option<String>,
    /// What to do when the userName is taken.
    #[arg(long, value_enum, default_value_t = IfExists::Fail)]
    pub if_exists: IfExists,
}

#[derive(Debug, clap::Args)]
pub struct UpdateArgs {
    /// User id, or userName (email).
    pub user: String,
    /// New first name.
    #[arg(long, value_parser = first_name)]
    pub first: Option<String>,
    /// New last name.
    #[arg(long, value_parser = last_name)]
    pub last: Option<String>,
    /// New team role: admin, billing or developer.
    #[arg(long, value_parser = check_role)]
    pub role: Option<String>,
}

// The flags go through the same checks as an import row (row.rs).
fn first_name(text: &str) -> std::result::Result<String, String> {
    check_name("the first name", text)
}

fn last_name(text: &str) -> std::result::Result<String, String> {
    check_name("the last name", text)
}

/// The SCIM body of a new user: the same as an import row with these fields.
fn user_body(a: &CreateArgs) -> Value {
    body_of(&Row {
        email: a.email.clone(),
        first_name: a.first.clone(),
        last_name: a.last.clone(),
        external_id: a.external_id.clone(),
        role: a.role.clone(),
        active: None,
        groups: None,
    })
}

fn profile_ops(first: Option<&str>, last: Option<&str>, role: Option<&str>) -> Vec<PatchOperation> {
    let mut ops = Vec::new();
    if let Some(f) = first {
        ops.push(PatchOperation::replace(Some("name.givenName"), json!(f)));
    }
    if let Some(l) = last {
        ops.push(PatchOperation::replace(Some("name.familyName"), json!(l)));
    }
    if let Some(r) = role {
        ops.push(PatchOperation::replace(
            Some("roles"),
            json!([{"value": r, "primary": true}]),
        ));
    }
    ops
}

pub async fn create(ctx: &Context, backend: &dyn Backend, a: CreateArgs) -> Result<()> {
    match backend.user_create(&user_body(&a)).await {
        Ok(user) => {
            eprintln!("Created user {} ({}).", a.email, id_of(&user)?);
            show(ctx, &user)
        }
        Err(e) if e.kind() == Kind::Conflict => {
            // A 409 is not always this team's user: the person's account
            // may be in another team (docs/scim.md, "Accounts and
            // memberships"). With no such user here, the service's reason
            // stands.
            let existing = match find(backend, &a.email).await {
                Ok(user) => user,
                Err(lookup) if lookup.kind() == Kind::NotFound => return Err(e),
                Err(lookup) => return Err(lookup),
            };
            if a.if_exists == IfExists::Fail {
                return Err(Error::conflict(format!("user {} already exists", a.email))
                    .with_hint("--if-exists skip or --if-exists update handle existing users"));
            }
            let user = if a.if_exists == IfExists::Update {
                let ops = profile_ops(Some(&a.first), Some(&a.last), a.role.as_deref());
                let u = backend.user_patch(&id_of(&existing)?, &ops).await?;
                eprintln!("User {} exists; updated.", a.email);
                u
            } else {
                eprintln!("User {} exists; skipped.", a.email);
                existing
            };
            show(ctx, &user)
        }
        Err(e) => Err(e),
    }
}

pub async fn update(ctx: &Context, backend: &dyn Backend, a: UpdateArgs) -> Result<()> {
    let ops = profile_ops(a.first.as_deref(), a.last.as_deref(), a.role.as_deref());
    if ops.is_empty() {
        return Err(Error::invalid("nothing to update").with_hint("pass --first, --last or --role"));
    }
    let user = find(backend, &a.user).await?;
    let updated = backend.user_patch(&id_of(&user)?, &ops).await?;
    eprintln!("Updated user {}.", a.user);
    show(ctx, &updated)
}
