//! Dynamic shell completion (clap_complete's engine): names that only the
//! user's configuration knows. `source <(COMPLETE=bash scimctl)` (or zsh,
//! fish, elvish, powershell) registers it; the shell then asks the binary
//! itself, so completions follow the profiles and keys of the moment.
//!
//! Completion runs on every key press, so it reads only the config file:
//! never the keyring, the network or a database.

use std::ffi::OsStr;

use clap_complete::engine::CompletionCandidate;

use crate::config::{self, Config};

fn matching(
    current: &OsStr,
    names: impl Iterator<Item = (String, String)>,
) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    names
        .filter(|(name, _)| name.starts_with(current.as_ref()))
        .map(|(name, help)| CompletionCandidate::new(name).help(Some(help.into())))
        .collect()
}

/// `--profile NAME`: the saved profiles, and `local`.
pub fn profile_names(current: &OsStr) -> Vec<CompletionCandidate> {
    let config = Config::load().unwrap_or_default();
    let mut names: Vec<(String, String)> = config
        .profiles
        .iter()
        .map(|(name, p)| (name.clone(), p.url.clone()))
        .collect();
    if !config.profiles.contains_key(config::LOCAL) {
        names.insert(0, (config::LOCAL.into(), config::default_database_url()));
    }
    matching(current, names.into_iter())
}

/// A key argument: the names of the keys this machine stores for the
/// default profile (the IdP-facing names people type).
pub fn key_names(current: &OsStr) -> Vec<CompletionCandidate> {
    let config = Config::load().unwrap_or_default();
    let profile = std::env::var("SCIMCTL_PROFILE")
        .ok()
        .or(config.default_profile.clone())
        .unwrap_or_else(|| config::LOCAL.into());
    let mut names: Vec<(String, String)> = config
        .profiles
        .get(&profile)
        .map(|p| {
            p.scim_keys
                .iter()
                .rev()
                .map(|k| (k.name.clone(), k.prefix.clone()))
                .collect()
        })
        .unwrap_or_default();
    names.dedup_by(|a, b| a.0 == b.0);
    matching(current, names.into_iter())
}
