//! What every command needs: the resolved profile, the output format and
//! the prompt policy. Its own file so that the commands can use it without
//! reaching back into `cli/mod.rs`, which dispatches to them.

use std::sync::Arc;

use crate::backend::{self, Backend, remote};
use crate::config::{self, Config, Resolved};
use crate::secrets::resolve::Credentials;
use crate::ui::output::Output;
use crate::ui::prompt::Prompter;
use scimctl_core::error::Result;

/// What every command needs: the resolved profile, output and prompt policy.
pub struct Context {
    pub config: Config,
    pub profile_flag: Option<String>,
    pub url_flag: Option<String>,
    /// How remote backends are talked to (`--max-wait`, `--ca-cert`).
    pub remote: remote::Options,
    pub out: Output,
    pub prompt: Prompter,
}

impl Context {
    pub fn resolved(&self) -> Result<Resolved> {
        config::resolve(
            &self.config,
            self.profile_flag.as_deref(),
            self.url_flag.as_deref(),
        )
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
        )
        .await?;
        Ok((backend, creds))
    }
}
