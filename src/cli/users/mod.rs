//! `scimctl users`: one file per command; `common` holds what they share,
//! `row` the file format that import reads and export writes, `census` the
//! one read of the team that plans a bulk change, `bulk` the running and
//! accounting of many changes that import and sync share.

pub mod activate;
pub mod bulk;
pub mod census;
pub mod common;
pub mod create;
pub mod export;
pub mod get;
pub mod import;
pub mod list;
pub mod memberships;
pub mod row;
pub mod sync;

use crate::cli::context::Context;
use scimctl_core::error::Result;

/// Users of the team, over SCIM: list, look up, create, update, deactivate
/// and reactivate. Works with `scimctl serve`, the embedded database, and
/// any SCIM 2.0 service.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List users, following pages to the end (or --limit).
    #[command(
        after_help = "Examples:\n  scimctl users list --inactive\n  scimctl users list --filter 'name.familyName eq \"Lee\"' -o jsonl\n  scimctl users list | head -20"
    )]
    List(list::ListArgs),
    /// Show one user, by id or userName (email).
    #[command(
        after_help = "Examples:\n  scimctl users get ann@example.com\n  scimctl users get 2819c223-7f76-453a-919d-413861904646 -o json"
    )]
    Get(get::UserArg),
    /// Create a user. New users get the role `developer` unless --role says otherwise.
    #[command(
        after_help = "Examples:\n  scimctl users create ann@example.com --first Ann --last Lee\n  scimctl users create bob@example.com --first Bob --last Ray --role admin --if-exists skip"
    )]
    Create(create::CreateArgs),
    /// Change a user's first name, last name or role.
    #[command(
        after_help = "Examples:\n  scimctl users update ann@example.com --last Smith\n  scimctl users update ann@example.com --role billing"
    )]
    Update(create::UpdateArgs),
    /// Deactivate users: removed from the team and blocked from signing in; nothing is deleted. Asks first.
    #[command(
        after_help = "Examples:\n  scimctl users deactivate ann@example.com\n  scimctl users deactivate ann@example.com bob@example.com --yes\n  scimctl users deactivate --from-file leavers.txt --continue-on-error --yes -o jsonl"
    )]
    Deactivate(activate::ManyArgs),
    /// Reactivate users: back in the team, able to sign in.
    #[command(after_help = "Examples:\n  scimctl users reactivate ann@example.com")]
    Reactivate(activate::ManyArgs),
    #[command(
        after_help = "Examples:\n  scimctl users import new-hires.csv --dry-run\n  scimctl users import new-hires.csv --if-exists skip -o jsonl > results.jsonl\n  scimctl users export | scimctl --profile staging users import - --format csv"
    )]
    Import(import::ImportArgs),
    #[command(
        after_help = "Examples:\n  scimctl users export > team.csv\n  scimctl users export -o jsonl"
    )]
    Export(export::ExportArgs),
    #[command(
        after_help = "Examples:\n  scimctl users sync roster.csv --dry-run\n  scimctl users sync roster.csv --deactivate-missing\n  scimctl users sync roster.csv --deactivate-missing --max-changes 200 -o jsonl > changes.jsonl"
    )]
    Sync(sync::SyncArgs),
}

pub async fn run(ctx: &Context, cmd: Command) -> Result<()> {
    let (backend, _) = ctx.backend().await?;
    let backend = backend.as_ref();
    match cmd {
        Command::List(a) => list::run(ctx, backend, a).await,
        Command::Get(a) => get::run(ctx, backend, a).await,
        Command::Create(a) => create::create(ctx, backend, a).await,
        Command::Update(a) => create::update(ctx, backend, a).await,
        Command::Deactivate(a) => activate::set_active(ctx, backend, a, false).await,
        Command::Reactivate(a) => activate::set_active(ctx, backend, a, true).await,
        Command::Import(a) => import::run(ctx, backend, a).await,
        Command::Export(a) => export::run(ctx, backend, a).await,
        Command::Sync(a) => sync::run(ctx, backend, a).await,
    }
}
