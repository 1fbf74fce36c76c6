//! `scimctl sso`

use crate::cli::context::Context;
use scimctl_core::error::Result;
use scimctl_core::model::SsoType;

/// Single sign-on methods of the team. SCIM needs at least one; SCIM API
/// keys need exactly one.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List the SSO methods.
    #[command(after_help = "Examples:\n  scimctl sso list")]
    List,
    /// Add an SSO method.
    #[command(
        after_help = "Examples:\n  scimctl sso add --type saml --name Okta\n  scimctl sso add --type oidc --name \"Entra ID\""
    )]
    Add(AddArgs),
    /// Remove an SSO method (by id or name).
    #[command(after_help = "Examples:\n  scimctl sso remove Okta")]
    Remove(RemoveArgs),
}

#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// Protocol of the method.
    #[arg(long = "type", value_enum)]
    pub kind: Protocol,
    /// A name to recognise it by (unique).
    #[arg(long)]
    pub name: String,
}

#[derive(Debug, clap::Args)]
pub struct RemoveArgs {
    /// Id or name of the method.
    pub method: String,
}

/// clap's view of the core's [`SsoType`] (the core knows no clap): the
/// same words, listed in the help.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Protocol {
    Saml,
    Oidc,
}

impl From<Protocol> for SsoType {
    fn from(p: Protocol) -> SsoType {
        match p {
            Protocol::Saml => SsoType::Saml,
            Protocol::Oidc => SsoType::Oidc,
        }
    }
}

pub async fn run(ctx: &Context, cmd: Command) -> Result<()> {
    let (backend, _) = ctx.backend().await?;
    match cmd {
        Command::List => ctx.out.list(&backend.sso_list().await?),
        Command::Add(a) => {
            let m = backend.sso_add(a.kind.into(), &a.name).await?;
            ctx.out.one(&m)
        }
        Command::Remove(a) => {
            backend.sso_remove(&a.method).await?;
            eprintln!("Removed SSO method {}.", a.method);
            Ok(())
        }
    }
}
