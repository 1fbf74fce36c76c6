//! `scimctl groups` (docs/cli.md, "Groups"): one file per command; `common` holds
//! finding a group by id or displayName and showing one.

pub mod common;
pub mod create;
pub mod delete;
pub mod get;
pub mod list;
pub mod members;
pub mod rename;

use crate::cli::context::Context;
use scimctl_core::error::Result;

/// Groups of the team, over SCIM: list, look up, create, rename, delete,
/// and their members. GROUP is an id or a displayName; USER an id or a
/// userName. Works with `scimctl serve`, the embedded database, and any
/// SCIM 2.0 service with Groups.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List groups (without their members), following pages to the end.
    #[command(
        after_help = "Examples:\n  scimctl groups list\n  scimctl groups list --filter 'displayName sw \"eng\"' -o jsonl"
    )]
    List(list::ListArgs),
    /// Show one group, by id or displayName, with its number of members.
    #[command(
        after_help = "Examples:\n  scimctl groups get Engineering\n  scimctl groups get Engineering -o json"
    )]
    Get(common::GroupArg),
    /// Create a group. Its displayName must be new (compared case-insensitively).
    #[command(
        after_help = "Examples:\n  scimctl groups create Engineering\n  scimctl groups create Sales --external-id crm-7 --member ann@example.com --member bob@example.com"
    )]
    Create(create::CreateArgs),
    /// Give a group a new displayName.
    #[command(after_help = "Examples:\n  scimctl groups rename Engineering Platform")]
    Rename(rename::RenameArgs),
    /// Delete groups. Their members keep their accounts. Asks first.
    #[command(
        after_help = "Examples:\n  scimctl groups delete Interns\n  scimctl groups delete Interns Contractors --yes"
    )]
    Delete(delete::DeleteArgs),
    /// List a group's members, with the userName of each.
    #[command(
        after_help = "Examples:\n  scimctl groups members Engineering\n  scimctl groups members Engineering -o csv > eng.csv"
    )]
    Members(common::GroupArg),
    /// Add users to a group (those already in it stay as they are).
    #[command(
        after_help = "Examples:\n  scimctl groups add Engineering ann@example.com bob@example.com"
    )]
    Add(members::ChangeArgs),
    /// Remove users from a group. Their accounts stay.
    #[command(after_help = "Examples:\n  scimctl groups remove Engineering bob@example.com")]
    Remove(members::ChangeArgs),
}

pub async fn run(ctx: &Context, cmd: Command) -> Result<()> {
    let (backend, _) = ctx.backend().await?;
    let backend = backend.as_ref();
    match cmd {
        Command::List(a) => list::run(ctx, backend, a).await,
        Command::Get(a) => get::run(ctx, backend, a).await,
        Command::Create(a) => create::run(ctx, backend, a).await,
        Command::Rename(a) => rename::run(ctx, backend, a).await,
        Command::Delete(a) => delete::run(ctx, backend, a).await,
        Command::Members(a) => members::list(ctx, backend, a).await,
        Command::Add(a) => members::change(ctx, backend, a, true).await,
        Command::Remove(a) => members::change(ctx, backend, a, false).await,
    }
}
