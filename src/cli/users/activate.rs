//! `scimctl users deactivate` and `scimctl users reactivate`

use super::common::{find, id_of};
use crate::backend::Backend;
use crate::cli::context::Context;
use crate::cli::views::UserResource;
use crate::ui::output::Format;
use scimctl_core::error::Result;

#[derive(Debug, clap::Args)]
pub struct ManyArgs {
    /// User ids or userNames (emails).
    #[arg(required = true)]
    pub users: Vec<String>,
}

pub async fn set_active(
    ctx: &Context,
    backend: &dyn Backend,
    a: ManyArgs,
    active: bool,
) -> Result<()> {
    // Resolve every user first: a typo in the fifth name must not leave four
    // users changed and one not.
    let mut users = Vec::with_capacity(a.users.len());
    for u in &a.users {
        users.push((u.clone(), find(backend, u).await?));
    }
    // A user already in the state asked for gets no request and no
    // confirmation: the command says so and goes on (exit 0).
    let is_active = |user: &serde_json::Value| {
        scimctl_core::scim::stored::get_ci(user, "active").and_then(serde_json::Value::as_bool)
    };
    let to_change: Vec<&str> = users
        .iter()
        .filter(|(_, user)| is_active(user) != Some(active))
        .map(|(name, _)| name.as_str())
        .collect();
    if !active && !to_change.is_empty() {
        ctx.prompt.confirm(&format!(
            "Deactivate {}? They are removed from the team and cannot sign in; nothing is deleted.",
            crate::cli::views::counted_names("user", &to_change)
        ))?;
    }
    let mut shown = Vec::with_capacity(users.len());
    for (name, user) in users {
        let (resource, changed) = if is_active(&user) == Some(active) {
            eprintln!(
                "{name} is already {}: nothing was changed.",
                if active { "active" } else { "deactivated" }
            );
            (user, false)
        } else {
            let updated = backend.user_set_active(&id_of(&user)?, active).await?;
            eprintln!(
                "{} {name}.",
                if active { "Reactivated" } else { "Deactivated" }
            );
            (updated, true)
        };
        shown.push((UserResource(resource), changed));
    }
    match ctx.out.format {
        Format::Json | Format::Jsonl => {
            // the user as the backend has it, and whether this run changed it
            for (u, changed) in &shown {
                let mut doc = u.0.clone();
                if let Some(object) = doc.as_object_mut() {
                    object.insert("changed".into(), serde_json::Value::Bool(*changed));
                }
                ctx.out.raw(&doc)?;
            }
            Ok(())
        }
        _ => {
            let users: Vec<UserResource> = shown.into_iter().map(|(u, _)| u).collect();
            ctx.out.list(&users)
        }
    }
}
