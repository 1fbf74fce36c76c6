//! `scimctl profile`: one file per command; `common` holds the list of
//! profiles (the saved ones and `local`) and the error for an unknown one.

mod common;
mod list;
mod remove;
mod use_profile;

use crate::cli::context::Context;
use crate::config::{Config, LOCAL};
use scimctl_core::error::Result;

/// Saved profiles: which backend each names, which one is the default.
///
/// `auth login` saves a profile for a remote backend; the profile `local`
/// (the embedded database) exists without being saved.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List the profiles; the default one is marked.
    #[command(after_help = "Examples:\n  scimctl profile list")]
    List,
    /// Make a profile the default.
    #[command(after_help = "Examples:\n  scimctl profile use prod\n  scimctl profile use local")]
    Use(common::NameArg),
    /// Forget a profile and remove its secrets from the keyring (or the
    /// insecure file). Its backend and database are left as they are.
    #[command(after_help = "Examples:\n  scimctl profile remove staging")]
    Remove(common::NameArg),
}

pub async fn run(ctx: &Context, cmd: Command) -> Result<()> {
    let mut config = Config::load()?;
    let default = config
        .default_profile
        .clone()
        .unwrap_or_else(|| LOCAL.to_string());
    match cmd {
        Command::List => list::run(ctx, &config, &default),
        Command::Use(a) => {
            // (refused before the change, not after it)
            if ctx.out.format == crate::ui::output::Format::Csv {
                return ctx.out.value("profile use", "", &serde_json::Value::Null);
            }
            let name = a.name.clone();
            use_profile::run(&mut config, a)?;
            ctx.out.value(
                "profile use",
                "",
                &serde_json::json!({"default_profile": name}),
            )
        }
        Command::Remove(a) => remove::run(&mut config, a),
    }
}
