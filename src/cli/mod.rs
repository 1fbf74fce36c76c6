//! The command line: one module per command group, each with clap `Args`
//! whose doc comments are the help text, and a `run` function.

pub mod accounts;
pub mod admin_token;
pub mod audit;
pub mod auth;
pub mod backup;
pub mod candidates;
pub mod completions;
pub mod context;
pub mod domains;
pub mod groups;
pub mod invites;
pub mod keys;
pub mod profile;
pub mod scim;
#[cfg(feature = "server")]
pub mod serve;
pub mod sso;
pub mod teams;
pub mod users;
pub mod views;

use std::io::IsTerminal;

use clap::{CommandFactory, Parser, Subcommand};

use self::context::Context;
use crate::config::Config;
use crate::ui::output::{Format, Output};
use crate::ui::prompt::Prompter;
use scimctl_core::error::Result;

/// SCIM 2.0 provisioning for team admins.
///
/// Turn SCIM on for a team, manage its SCIM API keys, and provision users,
/// against the embedded team database (the default profile `local`) or a
/// remote backend. `scimctl serve` runs the backend itself: a SCIM 2.0
/// service provider with an admin API.
#[derive(Debug, Parser)]
#[command(
    name = "scimctl",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    /// Profile to use [default: the config's default_profile, else `local`].
    #[arg(
        long,
        global = true,
        env = "SCIMCTL_PROFILE",
        value_name = "NAME",
        help_heading = "Global options",
        add = clap_complete::engine::ArgValueCompleter::new(candidates::profile_names)
    )]
    pub profile: Option<String>,

    /// Backend URL, overriding the profile's: sqlite://PATH, postgres://…, http(s)://HOST.
    #[arg(
        long,
        global = true,
        env = "SCIMCTL_URL",
        value_name = "URL",
        hide_env_values = true,
        value_hint = clap::ValueHint::Url,
        help_heading = "Global options"
    )]
    pub url: Option<String>,

    /// Team of a database backend to act on [default: default]. On a
    /// remote backend the credential picks the team.
    #[arg(
        long,
        global = true,
        env = "SCIMCTL_TEAM",
        value_name = "NAME",
        help_heading = "Global options"
    )]
    pub team: Option<String>,

    /// Output format of data on stdout [default: table; csv for users export].
    #[arg(
        short,
        long,
        global = true,
        value_enum,
        help_heading = "Global options"
    )]
    pub output: Option<Format>,

    /// Answer yes to confirmations.
    #[arg(short, long, global = true, help_heading = "Global options")]
    pub yes: bool,

    /// Never prompt; fail with exit 3 when an answer is needed.
    #[arg(long, global = true, env = "SCIMCTL_NO_INPUT", value_parser = clap::builder::FalseyValueParser::new(), help_heading = "Global options")]
    pub no_input: bool,

    /// More log output on stderr (-v info, -vv debug, -vvv trace).
    #[arg(short, long, global = true, action = clap::ArgAction::Count, help_heading = "Global options")]
    pub verbose: u8,

    /// Also trust this PEM CA certificate (bundle) for https:// backends.
    /// Certificates are always verified; there is no way to turn that off.
    #[arg(long, global = true, env = "SCIMCTL_CA_CERT", value_name = "FILE", value_hint = clap::ValueHint::FilePath, help_heading = "Global options")]
    pub ca_cert: Option<std::path::PathBuf>,

    /// Longest a request waits, in all, for a service's rate limit before
    /// the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced
    /// to what the service advertises; a 429 waits as long as it says.
    #[arg(long, global = true, env = "SCIMCTL_MAX_WAIT", value_name = "DURATION", default_value = "10m", value_parser = parse_max_wait, help_heading = "Global options")]
    pub max_wait: std::time::Duration,

    /// When to use colour (NO_COLOR is honoured).
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, help_heading = "Global options")]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(subcommand)]
    Auth(auth::Command),
    #[command(subcommand)]
    Profile(profile::Command),
    #[command(subcommand)]
    Sso(sso::Command),
    #[command(subcommand)]
    Scim(scim::Command),
    #[command(subcommand)]
    Keys(keys::Command),
    #[command(subcommand)]
    Users(users::Command),
    #[command(subcommand)]
    Groups(groups::Command),
    #[command(subcommand)]
    Audit(audit::Command),
    #[command(
        after_help = "Examples:\n  scimctl completions bash > ~/.local/share/bash-completion/completions/scimctl\n  source <(COMPLETE=bash scimctl)   # completions that know your profiles and keys"
    )]
    Completions(completions::Args),
    #[cfg(feature = "server")]
    #[command(
        after_help = "Examples:\n  scimctl serve --listen 127.0.0.1:8787\n  SCIMCTL_DATABASE_URL=postgres://… scimctl serve --listen 0.0.0.0:8787 --public-url https://scim.example.com"
    )]
    Serve(serve::Args),
    #[command(subcommand)]
    AdminToken(admin_token::Command),
    #[command(subcommand)]
    Teams(teams::Command),
    #[command(subcommand)]
    Accounts(accounts::Command),
    #[command(subcommand)]
    Domains(domains::Command),
    #[command(subcommand)]
    Invites(invites::Command),
    #[command(
        after_help = "Examples:\n  scimctl backup /var/backups/scimctl/team-$(date +%F).db\n  scimctl backup --database sqlite:///srv/scim/team.db /srv/backups/team.db"
    )]
    Backup(backup::BackupArgs),
    #[command(
        after_help = "Examples:\n  scimctl restore /var/backups/scimctl/team-2026-12-01.db\n  scimctl restore --database sqlite:///srv/scim/team.db --force /srv/backups/team.db"
    )]
    Restore(backup::RestoreArgs),
}

fn use_color(choice: ColorChoice) -> bool {
    color_for(choice, std::io::stdout().is_terminal())
}

/// Whether to colour a stream: `--color always|never`, else only a
/// terminal, and never with NO_COLOR set (https://no-color.org).
pub fn color_for(choice: ColorChoice, terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && terminal,
    }
}

/// Run a parsed command line.
pub async fn run(cli: Cli) -> Result<()> {
    // Commands that need no profile come first, so a broken config cannot
    // stop them.
    match cli.command {
        Command::Completions(args) => return completions::run(args, Cli::command()),
        #[cfg(feature = "server")]
        Command::Serve(args) => return serve::run(args).await,
        Command::AdminToken(admin_token::Command::Create(args)) => {
            return admin_token::create(args, cli.team.as_deref()).await;
        }
        Command::Backup(args) => {
            return backup::backup(args, cli.output.unwrap_or(Format::Table)).await;
        }
        Command::Restore(args) => {
            return backup::restore(args, cli.output.unwrap_or(Format::Table)).await;
        }
        _ => {}
    }
    let mut remote = crate::backend::remote::Options {
        max_wait: cli.max_wait,
        ..Default::default()
    };
    if let Some(path) = &cli.ca_cert {
        remote = remote.trust_ca_file(path)?;
    }
    let ctx = Context {
        remote,
        config: Config::load()?,
        profile_flag: cli.profile,
        url_flag: cli.url,
        team_flag: cli.team,
        out: Output {
            format: cli.output.unwrap_or(Format::Table),
            chosen: cli.output.is_some(),
            color: use_color(cli.color),
        },
        prompt: Prompter::new(cli.no_input, cli.yes),
    };
    match cli.command {
        Command::Auth(cmd) => auth::run(&ctx, cmd).await,
        Command::Profile(cmd) => profile::run(&ctx, cmd).await,
        Command::Sso(cmd) => sso::run(&ctx, cmd).await,
        Command::Scim(cmd) => scim::run(&ctx, cmd).await,
        Command::Keys(cmd) => keys::run(&ctx, cmd).await,
        Command::Users(cmd) => users::run(&ctx, cmd).await,
        Command::Groups(cmd) => groups::run(&ctx, cmd).await,
        Command::Audit(cmd) => audit::run(&ctx, cmd).await,
        Command::AdminToken(cmd) => admin_token::run(&ctx, cmd).await,
        Command::Teams(cmd) => teams::run(&ctx, cmd).await,
        Command::Accounts(cmd) => accounts::run(&ctx, cmd).await,
        Command::Domains(cmd) => domains::run(&ctx, cmd).await,
        Command::Invites(cmd) => invites::run(&ctx, cmd).await,
        Command::Completions(_) | Command::Backup(_) | Command::Restore(_) => {
            unreachable!("handled above")
        }
        #[cfg(feature = "server")]
        Command::Serve(_) => unreachable!("handled above"),
    }
}

/// `--max-wait`: a duration such as `90s`, `10m`, `1h` (`0` gives up at the
/// first 429 that asks for a wait).
fn parse_max_wait(text: &str) -> std::result::Result<std::time::Duration, String> {
    if text.trim() == "0" {
        return Ok(std::time::Duration::ZERO);
    }
    humantime::parse_duration(text.trim()).map_err(|e| format!("{e} (for example 90s, 10m, 1h)"))
}
