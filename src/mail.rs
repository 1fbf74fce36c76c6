//! Where the CLI and `serve` send invite emails (docs/scim.md, "Invites"):
//! an SMTP server when one is named, else the outbox directory.

use std::path::PathBuf;
use std::sync::Arc;

use scimctl_core::Team;
use scimctl_core::error::{Error, Result};
use scimctl_core::invites::{Attempt, Mailer};

/// The root of invite links when nothing else is said: where `scimctl
/// serve` listens by default.
pub const DEFAULT_PUBLIC_URL: &str = "http://127.0.0.1:8787";

/// The outbox when none is named: `$XDG_DATA_HOME/scimctl/outbox`.
pub fn default_outbox() -> PathBuf {
    crate::config::data_dir().join("outbox")
}

/// Mail settings, as flags and the environment give them.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct MailArgs {
    /// Send invite emails through this SMTP server: smtp://HOST:PORT (add
    /// ?tls=required for STARTTLS), smtps://HOST:PORT for TLS. A URL with
    /// a password belongs in SCIMCTL_SMTP_URL, not on the command line.
    /// Without it, invites go to the outbox.
    #[arg(
        long,
        value_name = "URL",
        env = "SCIMCTL_SMTP_URL",
        hide_env_values = true
    )]
    pub smtp_url: Option<String>,
    /// The sender of invite emails [default: scimctl <noreply@localhost>]
    #[arg(long, value_name = "ADDRESS", env = "SCIMCTL_SMTP_FROM")]
    pub smtp_from: Option<String>,
    /// Where invite emails go without --smtp-url, one .eml file each
    /// [default: $XDG_DATA_HOME/scimctl/outbox]
    #[arg(long, value_name = "DIR", env = "SCIMCTL_OUTBOX")]
    pub outbox: Option<PathBuf>,
}

impl MailArgs {
    /// The same settings from the environment alone (for commands that
    /// have no mail flags of their own).
    pub fn from_env() -> MailArgs {
        let var = |name| std::env::var(name).ok().filter(|v: &String| !v.is_empty());
        MailArgs {
            smtp_url: var("SCIMCTL_SMTP_URL"),
            smtp_from: var("SCIMCTL_SMTP_FROM"),
            outbox: var("SCIMCTL_OUTBOX").map(PathBuf::from),
        }
    }

    /// These settings, each one left unset taken from the profile. A
    /// profile's SMTP URL may not carry a password (the config file holds
    /// no secret).
    pub fn or_profile(&self, profile: &crate::config::Profile) -> Result<MailArgs> {
        if let Some(url) = &profile.smtp_url
            && crate::config::url_has_password(url)
        {
            return Err(Error::invalid(
                "the profile's smtp_url holds a password, and config.toml holds no secret",
            )
            .with_hint("remove it there and set SCIMCTL_SMTP_URL instead"));
        }
        Ok(MailArgs {
            smtp_url: self.smtp_url.clone().or_else(|| profile.smtp_url.clone()),
            smtp_from: self.smtp_from.clone().or_else(|| profile.smtp_from.clone()),
            outbox: self.outbox.clone().or_else(|| profile.outbox.clone()),
        })
    }

    pub fn mailer(&self) -> Result<Arc<dyn Mailer>> {
        let outbox = self.outbox.clone().unwrap_or_else(default_outbox);
        scimctl_mail::mailer(self.smtp_url.as_deref(), self.smtp_from.as_deref(), &outbox)
    }
}

/// The root of the links the CLI's invites carry: `SCIMCTL_PUBLIC_URL`,
/// else the profile's `public_url`, else [`DEFAULT_PUBLIC_URL`].
pub fn public_url(profile: &crate::config::Profile) -> String {
    std::env::var("SCIMCTL_PUBLIC_URL")
        .ok()
        .or_else(|| profile.public_url.clone())
        .map(|u| u.trim().trim_end_matches('/').to_string())
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| DEFAULT_PUBLIC_URL.to_string())
}

/// How this run's CLI sends invites: the environment's settings, else
/// the profile's.
#[derive(Clone, Default)]
pub struct Settings {
    pub mail: MailArgs,
    pub public_url: String,
}

impl Settings {
    pub fn of(profile: &crate::config::Profile) -> Result<Settings> {
        Ok(Settings {
            mail: MailArgs::from_env().or_profile(profile)?,
            public_url: public_url(profile),
        })
    }
}

/// Deliver the invites of these members the CLI has just written: what
/// happened to each.
pub async fn deliver_for(
    team: &Team,
    settings: &Settings,
    user_ids: &[String],
) -> Result<Vec<Attempt>> {
    if user_ids.is_empty() {
        return Ok(Vec::new());
    }
    let mailer = settings.mail.mailer()?;
    let url = if settings.public_url.is_empty() {
        DEFAULT_PUBLIC_URL
    } else {
        &settings.public_url
    };
    team.invites_deliver_for(mailer.as_ref(), url, user_ids)
        .await
}
