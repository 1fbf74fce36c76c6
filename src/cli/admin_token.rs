//! `scimctl admin-token`

use serde_json::json;

use crate::core::model::Actor;
use crate::error::Result;
use crate::time::to_rfc3339;
use crate::ui::output::outln;

/// Manage admin tokens of a team database.
///
/// Admin tokens authenticate the admin API of `scimctl serve`
/// (Authorization: Bearer <token>). These commands open the database
/// directly, so they work before any token exists.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Create(CreateArgs),
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

pub async fn run(cmd: Command) -> Result<()> {
    match cmd {
        Command::Create(args) => create(args).await,
    }
}

async fn create(args: CreateArgs) -> Result<()> {
    let url = args
        .database
        .unwrap_or_else(crate::config::default_database_url);
    let team = crate::backend::open_team(&url).await?;
    let issued = team.admin_token_create(&Actor::local(), &args.name).await?;
    if args.json {
        outln!(
            "{}",
            json!({
                "id": issued.id,
                "name": issued.name,
                "prefix": issued.prefix,
                "token": issued.secret.expose(),
                "created_at": to_rfc3339(issued.created_at),
            })
        )?;
    } else {
        outln!("{}", issued.secret.expose())?;
        eprintln!(
            "Admin token {} created; it is shown only this once.",
            issued.prefix
        );
    }
    Ok(())
}
