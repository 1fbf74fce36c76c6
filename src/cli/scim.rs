//! `scimctl scim`

use crate::cli::context::Context;
use scimctl_core::error::Result;

/// The team's SCIM provisioning toggle.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Show whether SCIM is on, with its prerequisites.
    #[command(after_help = "Examples:\n  scimctl scim status\n  scimctl scim status -o json")]
    Status,
    /// Turn SCIM provisioning on (needs an SSO method).
    #[command(
        after_help = "Examples:\n  scimctl sso add --type saml --name Okta && scimctl scim enable"
    )]
    Enable,
    /// Turn SCIM provisioning off. Keys are kept (suspended) so that turning
    /// it back on needs no change in the identity provider. Asks first.
    #[command(
        after_help = "Examples:\n  scimctl scim disable\n  scimctl scim disable --revoke-keys --yes"
    )]
    Disable(DisableArgs),
}

#[derive(Debug, clap::Args)]
pub struct DisableArgs {
    /// Also revoke every SCIM API key.
    #[arg(long)]
    pub revoke_keys: bool,
}

pub async fn run(ctx: &Context, cmd: Command) -> Result<()> {
    let (backend, _) = ctx.backend().await?;
    let status = match cmd {
        Command::Status => backend.scim_status().await?,
        Command::Enable => {
            let s = backend.scim_set(true, false).await?;
            eprintln!("SCIM provisioning is on.");
            s
        }
        Command::Disable(a) => {
            let question = if a.revoke_keys {
                "Turn SCIM provisioning off and revoke every SCIM API key?"
            } else {
                "Turn SCIM provisioning off? Identity providers will get 403 until it is back on."
            };
            ctx.prompt.confirm(question)?;
            let s = backend.scim_set(false, a.revoke_keys).await?;
            eprintln!(
                "SCIM provisioning is off{}.",
                if a.revoke_keys {
                    "; every key is revoked"
                } else {
                    "; keys are suspended"
                }
            );
            s
        }
    };
    ctx.out.one(&status)
}
