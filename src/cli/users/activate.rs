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
    if !active {
        let names: Vec<&str> = a.users.iter().map(String::as_str).collect();
        ctx.prompt.confirm(&format!(
            "Deactivate {} user{} ({})? They are removed from the team and cannot sign in; nothing is deleted.",
            users.len(),
            if users.len() == 1 { "" } else { "s" },
            names.join(", ")
        ))?;
    }
    let mut changed = Vec::with_capacity(users.len());
    for (name, user) in &users {
        let updated = backend.user_set_active(&id_of(user)?, active).await?;
        eprintln!(
            "{} {name}.",
            if active { "Reactivated" } else { "Deactivated" }
        );
        changed.push(UserResource(updated));
    }
    match ctx.out.format {
        Format::Json | Format::Jsonl => {
            for u in &changed {
                ctx.out.raw(&u.0)?;
            }
            Ok(())
        }
        _ => ctx.out.list(&changed),
    }
}
