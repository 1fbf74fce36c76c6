//! The command line: one module per command, each with an `Args` struct
//! whose doc comment is its help text, and a `run` function.

#[cfg(feature = "server")]
pub mod admin_token;
#[cfg(feature = "server")]
pub mod serve;

use clap::{Parser, Subcommand};

use crate::core::error::Result;

/// SCIM 2.0 provisioning for team admins.
///
/// Turn SCIM on for a team, manage its SCIM API keys, and provision users,
/// against the embedded team database or a remote backend. `scimctl serve`
/// runs the backend itself: a SCIM 2.0 service provider with an admin API.
#[derive(Debug, Parser)]
#[command(name = "scimctl", version, propagate_version = true)]
pub struct Cli {
    /// More log output on stderr (-v info, -vv debug, -vvv trace).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    #[cfg(feature = "server")]
    Serve(serve::Args),
    #[cfg(feature = "server")]
    #[command(subcommand)]
    AdminToken(admin_token::Command),
}

/// Run a parsed command line.
pub async fn run(cli: Cli) -> Result<()> {
    match cli.command {
        #[cfg(feature = "server")]
        Command::Serve(args) => serve::run(args).await,
        #[cfg(feature = "server")]
        Command::AdminToken(cmd) => admin_token::run(cmd).await,
    }
}
