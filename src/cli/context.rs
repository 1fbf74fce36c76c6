//! What every command needs: the resolved profile, the output format and
//! the prompt policy. Its own file so that the commands can use it without
//! reaching back into `cli/mod.rs`, which dispatches to them.

use std::sync::Arc;

use crate::backend::{self, Backend, remote};
use crate::config::{self, Config, Resolved};
use crate::secrets::resolve::Credentials;
use crate::ui::output::Output;
use crate::ui::prompt::Prompter;
use scimctl_core::error::{Error, Result};
use scimctl_core::model::DEFAULT_TEAM_NAME;

/// What every command needs: the resolved profile, output and prompt policy.
pub struct Context {
    pub config: Config,
    pub profile_flag: Option<String>,
    pub url_flag: Option<String>,
    /// `--team` / `SCIMCTL_TEAM`: a team of a database backend.
    pub team_flag: Option<String>,
    /// How remote backends are talked to (`--max-wait`, `--ca-cert`).
    pub remote: remote::Options,
    pub out: Output,
    pub prompt: Prompter,
}

impl Context {
    pub fn resolved(&self) -> Result<Resolved> {
        let mut resolved = config::resolve(
            &self.config,
            self.profile_flag.as_deref(),
            self.url_flag.as_deref(),
        )?;
        // The secrets a profile stores belong to the team it names (the
        // team `default`): another team's run neither uses nor stores them.
        if self
            .team_flag
            .as_deref()
            .is_some_and(|t| scimctl_core::model::name_key(t) != DEFAULT_TEAM_NAME)
        {
            resolved.detached = true;
        }
        Ok(resolved)
    }

    /// The database a database-only command (`scimctl teams`, `accounts`,
    /// `domains`, `invites`) works on: a usage error naming the command on
    /// a remote backend, whose teams are its operator's.
    pub fn database_url(&self, command: &str) -> Result<String> {
        let url = self.resolved()?.url;
        if backend::is_remote(&url) {
            return Err(Error::invalid(format!(
                "`scimctl {command}` works on a database backend only"
            ))
            .with_hint("name the database with --url sqlite://PATH or --url postgres://…"));
        }
        Ok(url)
    }

    /// The team (`--team`, else `default`) of that database.
    pub async fn database_team(&self, command: &str) -> Result<scimctl_core::Team> {
        let url = self.database_url(command)?;
        backend::open_team_named(&url, self.team_flag.as_deref()).await
    }

    /// The global flags that choose this run's backend, for a command a
    /// hint repeats: pasted into another shell (or after the default
    /// profile changed), it must act on the same team. `--url` when one was
    /// given (flag or `SCIMCTL_URL`; one with a password is written as
    /// `"$SCIMCTL_URL"`, never spelled out), else `--profile NAME`.
    pub fn backend_flags(&self) -> Result<Vec<String>> {
        let mut flags: Vec<String> = match &self.url_flag {
            Some(url) if crate::config::url_has_password(url) => {
                vec!["--url".into(), "\"$SCIMCTL_URL\"".into()]
            }
            Some(url) => vec!["--url".into(), shell_word(url)],
            None => vec!["--profile".into(), shell_word(&self.resolved()?.name)],
        };
        if let Some(team) = &self.team_flag {
            flags.extend(["--team".into(), shell_word(team)]);
        }
        Ok(flags)
    }

    /// The backend of the resolved profile, and its credentials.
    pub async fn backend(&self) -> Result<(Box<dyn Backend>, Arc<Credentials>)> {
        let resolved = self.resolved()?;
        let creds = Arc::new(Credentials::new(&resolved));
        let scim_path = std::env::var("SCIMCTL_SCIM_PATH")
            .ok()
            .or_else(|| resolved.profile.scim_path.clone());
        let backend = backend::open(
            &resolved.url,
            scim_path.as_deref(),
            creds.clone(),
            &self.remote,
            self.team_flag.as_deref(),
            crate::mail::Settings::of(&resolved.profile)?,
        )
        .await?;
        Ok((backend, creds))
    }
}

/// A word as a POSIX shell reads it back unchanged: as it is when it holds
/// only safe characters, else in single quotes.
pub fn shell_word(word: &str) -> String {
    let safe = !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./:@%+=,".contains(&b));
    if safe {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}
