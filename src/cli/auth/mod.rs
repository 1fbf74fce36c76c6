//! `scimctl auth`: one file per command.

mod login;
mod logout;
mod status;
mod token;

use crate::cli::context::Context;
use scimctl_core::error::Result;

/// Credentials of remote backends: where they are kept and whether they work.
///
/// Lookup order: SCIMCTL_TOKEN / SCIMCTL_SCIM_KEY, then the OS keyring
/// (service `scimctl`), then a 0600 file only for profiles that chose
/// --insecure-storage.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Save a profile for a backend and store its admin token (read from stdin).
    #[command(
        after_help = "Examples:\n  scimctl auth login --url https://scim.example.com --with-token < admin.token\n  scimctl auth login --url https://scim.example.com --profile prod"
    )]
    Login(login::LoginArgs),
    /// Show where each credential comes from and whether the backend accepts it; exit 4 when one is missing or rejected.
    #[command(
        after_help = "Examples:\n  scimctl auth status\n  scimctl --profile prod auth status -o json"
    )]
    Status,
    /// Remove the profile's secrets from the keyring (or the insecure file).
    #[command(
        after_help = "Examples:\n  scimctl auth logout\n  scimctl --profile prod auth logout"
    )]
    Logout,
    /// Print the admin token in use on stdout.
    #[command(
        after_help = "Examples:\n  scimctl auth token | gh secret set SCIMCTL_TOKEN   # to CI, never through a file"
    )]
    Token,
}

pub async fn run(ctx: &Context, cmd: Command) -> Result<()> {
    match cmd {
        Command::Login(a) => login::run(ctx, a).await,
        Command::Status => status::run(ctx).await,
        Command::Logout => logout::run(ctx),
        Command::Token => token::run(ctx),
    }
}
