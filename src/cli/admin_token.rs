//! `scimctl admin-token`

use std::sync::Arc;

use serde_json::Value;

use crate::backend::remote::Fixed;
use crate::backend::{self, Backend};
use crate::cli::context::Context;
use crate::ui::output::{Record, outln};
use scimctl_core::error::Result;
use scimctl_core::keys::TokenInfo;
use scimctl_core::model::Actor;

/// Manage admin tokens of a team database.
///
/// Admin tokens authenticate the admin API of `scimctl serve`
/// (Authorization: Bearer <token>). `create` opens the database directly,
/// so it works before any token exists; `list` and `revoke` do too with
/// --database (or SCIMCTL_DATABASE_URL), and otherwise go through the
/// profile's backend (the admin API of a remote one).
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    #[command(
        after_help = "Examples:\n  scimctl admin-token create --name ops > ops.token\n  SCIMCTL_DATABASE_URL=postgres://… scimctl admin-token create --json"
    )]
    Create(CreateArgs),
    /// List the admin tokens (never their secrets).
    #[command(
        after_help = "Examples:\n  scimctl admin-token list\n  scimctl admin-token list --database sqlite:///srv/scim/team.db -o json"
    )]
    List(TargetArgs),
    /// Revoke an admin token by id, prefix or name: refused from the next
    /// request on. Asks first.
    #[command(
        after_help = "Examples:\n  scimctl admin-token revoke ops\n  scimctl admin-token revoke 3f2a… --yes"
    )]
    Revoke(RevokeArgs),
}

#[derive(Debug, clap::Args)]
pub struct TargetArgs {
    /// Team database URL to open directly [default: the profile's backend].
    #[arg(long, env = "SCIMCTL_DATABASE_URL", hide_env_values = true)]
    pub database: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct RevokeArgs {
    /// The token's id, public prefix or name.
    pub token: String,
    #[command(flatten)]
    pub target: TargetArgs,
}

impl Record for TokenInfo {
    fn headers() -> &'static [&'static str] {
        &["ID", "NAME", "PREFIX", "STATUS", "CREATED", "REVOKED"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.name.clone(),
            self.prefix.clone(),
            self.status.clone(),
            self.created_at.clone(),
            self.revoked_at.as_deref().unwrap_or_default().to_string(),
        ]
    }
    fn json(&self) -> Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

/// Issue an admin token and print it once on stdout.
///
/// Only its SHA-256 is kept; store the printed token somewhere safe.
#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    /// Team database URL [default: sqlite://$XDG_DATA_HOME/scimctl/team.db]
    #[arg(long, env = "SCIMCTL_DATABASE_URL", hide_env_values = true)]
    pub database: Option<String>,

    /// A name to recognise the token by.
    #[arg(long, default_value = "admin")]
    pub name: String,

    /// Print {id,name,prefix,token,created_at} as JSON instead of the bare token.
    #[arg(long)]
    pub json: bool,
}

/// `list` and `revoke`: they need the profile when no database is named.
pub async fn run(ctx: &Context, cmd: Command) -> Result<()> {
    match cmd {
        Command::Create(args) => create(args, ctx.team_flag.as_deref()).await,
        Command::List(a) => {
            let backend = target(ctx, &a).await?;
            ctx.out.list(&backend.tokens_list().await?)
        }
        Command::Revoke(a) => {
            ctx.prompt.confirm(&format!(
                "Revoke admin token {}? Whoever uses it is refused from the next request on.",
                a.token
            ))?;
            let backend = target(ctx, &a.target).await?;
            let info = backend.token_revoke(&a.token).await?;
            eprintln!("Revoked admin token {} ({}).", info.prefix, info.name);
            ctx.out.one(&info)
        }
    }
}

/// The database named by --database, opened directly, else the profile's backend.
async fn target(ctx: &Context, a: &TargetArgs) -> Result<Box<dyn Backend>> {
    match &a.database {
        Some(url) => {
            let none = Arc::new(Fixed {
                admin_token: None,
                scim_keys: Vec::new(),
            });
            backend::open(
                url,
                None,
                none,
                &ctx.remote,
                ctx.team_flag.as_deref(),
                Default::default(),
            )
            .await
        }
        None => Ok(ctx.backend().await?.0),
    }
}

/// `--team NAME` (global) picks the team the token administers.
pub async fn create(args: CreateArgs, team: Option<&str>) -> Result<()> {
    let url = args
        .database
        .unwrap_or_else(crate::config::default_database_url);
    let team = crate::backend::open_team_named(&url, team).await?;
    let issued = team.admin_token_create(&Actor::local(), &args.name).await?;
    if args.json {
        outln!("{}", issued.to_json())?;
    } else {
        outln!("{}", issued.secret.expose())?;
        eprintln!(
            "Admin token {} created; it is shown only this once.",
            issued.prefix
        );
    }
    Ok(())
}
