//! What the `profile` commands share.

use crate::config::{Config, LOCAL, Profile, default_database_url};
use scimctl_core::error::Error;

/// The saved profiles, and `local` when it is not saved.
pub fn all_profiles(config: &Config) -> Vec<(String, Profile)> {
    let mut all: Vec<(String, Profile)> = config
        .profiles
        .iter()
        .map(|(n, p)| (n.clone(), p.clone()))
        .collect();
    if !config.profiles.contains_key(LOCAL) {
        all.insert(
            0,
            (
                LOCAL.to_string(),
                Profile {
                    url: default_database_url(),
                    ..Profile::default()
                },
            ),
        );
    }
    all
}

/// No profile of that name.
pub fn unknown(name: &str) -> Error {
    Error::not_found(format!("no profile named {name:?}"))
        .with_hint("`scimctl profile list` shows them; `scimctl auth login` saves a new one")
}

#[derive(Debug, clap::Args)]
pub struct NameArg {
    /// The profile's name.
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::candidates::profile_names))]
    pub name: String,
}
