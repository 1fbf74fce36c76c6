//! `scimctl accounts`: the people of one database. A person has one
//! account, whatever teams they are in; a team's user is its membership
//! of an account (docs/scim.md, "Accounts and memberships").

use serde::Serialize;
use serde_json::Value;

use crate::backend;
use crate::cli::context::Context;
use crate::ui::output::Record;
use scimctl_core::error::Result;
use scimctl_core::model::AccountRow;
use scimctl_core::time::to_rfc3339;

/// The accounts of a team database: list them, add one (the product's own
/// sign-up, outside SCIM). Works on a database backend (sqlite://,
/// postgres://); a remote backend's accounts are its operator's.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List the database's accounts, oldest first, with the number of
    /// teams each is in (invited or active).
    #[command(after_help = "Examples:\n  scimctl accounts list\n  scimctl accounts list -o json")]
    List,
    /// Add an account that is in no team yet. A team's SCIM create for
    /// its email then invites it (docs/scim.md, "Accounts and memberships").
    #[command(after_help = "Examples:\n  scimctl accounts create ann@example.com")]
    Create(CreateArgs),
    /// Issue a token for the account API (`serve --account-api`) of the
    /// account with this email: printed once on stdout, only its digest
    /// kept. The person uses it as `Authorization: Bearer <token>`; an
    /// account with no active membership cannot sign in with it.
    #[command(
        after_help = "Examples:\n  scimctl accounts token ann@example.com\n  curl -H \"Authorization: Bearer $(scimctl accounts token ann@example.com)\" http://127.0.0.1:8787/account/v1"
    )]
    Token(CreateArgs),
}

#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    /// The account's email; compared case-insensitively, as userNames are.
    pub email: String,
}

/// An account as `accounts list` shows it.
#[derive(Debug, Serialize)]
pub struct AccountView {
    pub id: String,
    pub email: String,
    pub teams: u64,
    pub created_at: String,
}

impl Record for AccountView {
    fn headers() -> &'static [&'static str] {
        &["ID", "EMAIL", "TEAMS", "CREATED"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.email.clone(),
            self.teams.to_string(),
            self.created_at.clone(),
        ]
    }
    fn json(&self) -> Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

fn view(row: AccountRow) -> AccountView {
    AccountView {
        id: row.id,
        email: row.email,
        teams: row.teams,
        created_at: to_rfc3339(row.created_at),
    }
}

pub async fn run(ctx: &Context, cmd: Command) -> Result<()> {
    let url = ctx.database_url("accounts")?;
    let team = backend::open_team(&url).await?;
    match cmd {
        Command::List => {
            let views: Vec<AccountView> =
                team.accounts_list().await?.into_iter().map(view).collect();
            ctx.out.list(&views)
        }
        Command::Create(a) => {
            let row = team.account_create(&a.email).await?;
            eprintln!("Created account {:?}.", row.email);
            ctx.out.one(&view(row))
        }
        Command::Token(a) => {
            let (account, token) = team.account_token_issue(&a.email).await?;
            eprintln!(
                "A token for {:?}, shown once (only its digest is kept):",
                account.email
            );
            match ctx.out.format {
                crate::ui::output::Format::Table => println!("{}", token.expose()),
                _ => println!(
                    "{}",
                    serde_json::json!({"account": account.id, "email": account.email, "token": token.expose()})
                ),
            }
            Ok(())
        }
    }
}
