//! `scimctl teams`: the teams of one database. Each team has its own SSO
//! methods, SCIM toggle, keys, admin tokens, users, groups and audit trail
//! (docs/scim.md, "Teams"); `--team NAME` picks one for every other command.

use serde::Serialize;
use serde_json::Value;

use crate::backend;
use crate::cli::context::Context;
use crate::ui::output::Record;
use scimctl_core::error::Result;
use scimctl_core::model::{Actor, TeamRow};
use scimctl_core::time::to_rfc3339;

/// The teams of a team database: list them, add one. Works on a database
/// backend (sqlite://, postgres://); a remote backend's teams are its
/// operator's.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List the database's teams, oldest first, with their SCIM toggle and
    /// number of users.
    #[command(after_help = "Examples:\n  scimctl teams list\n  scimctl teams list -o json")]
    List,
    /// Add a team. Its name must be new (compared case-insensitively); it
    /// starts with SCIM off and no SSO method, key, token or user.
    #[command(
        after_help = "Examples:\n  scimctl teams create acme\n  scimctl --team acme sso add --type saml --name Okta"
    )]
    Create(CreateArgs),
}

#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    /// The team's name: 1 to 64 characters, no control characters.
    pub name: String,
}

/// A team as `teams list` shows it.
#[derive(Debug, Serialize)]
pub struct TeamView {
    pub name: String,
    pub scim_enabled: bool,
    pub users: u64,
    pub created_at: String,
}

impl Record for TeamView {
    fn headers() -> &'static [&'static str] {
        &["NAME", "SCIM", "USERS", "CREATED"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            if self.scim_enabled {
                "enabled"
            } else {
                "disabled"
            }
            .to_string(),
            self.users.to_string(),
            self.created_at.clone(),
        ]
    }
    fn json(&self) -> Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

fn view(row: &TeamRow, users: u64) -> TeamView {
    TeamView {
        name: row.name.clone(),
        scim_enabled: row.scim_enabled,
        users,
        created_at: to_rfc3339(row.created_at),
    }
}

pub async fn run(ctx: &Context, cmd: Command) -> Result<()> {
    let url = ctx.database_url("teams")?;
    let team = backend::open_team(&url).await?;
    match cmd {
        Command::List => {
            let mut views = Vec::new();
            for row in team.teams_list().await? {
                let users = team.in_team(row.id).users_count().await?;
                views.push(view(&row, users));
            }
            ctx.out.list(&views)
        }
        Command::Create(a) => {
            let row = team.team_create(&Actor::local(), &a.name).await?;
            eprintln!(
                "Created team {:?}. Next: scimctl --team {} sso add --type saml --name NAME",
                row.name,
                crate::cli::context::shell_word(&row.name)
            );
            ctx.out.one(&view(&row, 0))
        }
    }
}
