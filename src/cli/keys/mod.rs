//! `scimctl keys`: one file per command; `common` holds what several share
//! (the profile's record of a stored key, keeping a new secret, finding a
//! stored one).

mod common;
mod generate;
mod list;
mod revoke;
mod rotate;
mod show;
mod test;

use crate::cli::context::Context;
use scimctl_core::error::Result;

/// SCIM API keys: what the identity provider (Okta, Entra ID) presents.
///
/// Secrets are shown once, when issued, and kept in the OS keyring.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Generate a key, print it once on stdout and store it in the keyring.
    #[command(
        after_help = "Examples:\n  scimctl keys generate --name okta\n  scimctl keys generate --name entra --no-store | vault kv put secret/scim key=-"
    )]
    Generate(generate::GenerateArgs),
    /// List the team's keys (never their secrets).
    #[command(after_help = "Examples:\n  scimctl keys list\n  scimctl keys list -o csv")]
    List,
    /// Issue a new secret for a key; the old one keeps working for a grace window.
    #[command(
        after_help = "Examples:\n  scimctl keys rotate okta --grace 2h\n  scimctl keys rotate okta --grace 0 --yes"
    )]
    Rotate(rotate::RotateArgs),
    /// Revoke a key at once (and the grace window of the key it replaced).
    #[command(
        after_help = "Examples:\n  scimctl keys revoke okta\n  scimctl keys revoke scim_AbC123 --yes"
    )]
    Revoke(common::KeyArg),
    /// Make an authenticated SCIM call with a stored key, as an IdP's "Test API Credentials" does.
    #[command(after_help = "Examples:\n  scimctl keys test\n  scimctl keys test okta")]
    Test(test::TestArgs),
    /// Show a stored key; with --reveal, print its secret (for pasting into the IdP).
    #[command(
        after_help = "Examples:\n  scimctl keys show okta\n  scimctl keys show okta --reveal | pbcopy"
    )]
    Show(show::ShowArgs),
}

pub async fn run(ctx: &Context, cmd: Command) -> Result<()> {
    match cmd {
        Command::Generate(a) => generate::run(ctx, a).await,
        Command::List => list::run(ctx).await,
        Command::Rotate(a) => rotate::run(ctx, a).await,
        Command::Revoke(a) => revoke::run(ctx, a).await,
        Command::Test(a) => test::run(ctx, a).await,
        Command::Show(a) => show::run(ctx, a).await,
    }
}
