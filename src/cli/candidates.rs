//! Dynamic shell completion (clap_complete's engine): names that only the
//! user's configuration knows. `source <(COMPLETE=bash scimctl)` (or zsh,
//! fish, elvish, powershell) registers it; the shell then asks the binary
//! itself, so completions follow the profiles and keys of the moment.
//!
//! Completion runs on every key press, so it reads only files: the config
//! file, and the group names the groups commands last saw (a cache file
//! per backend, [`remember_groups`]) — never the keyring, the network or a
//! database.

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

/// The file of group names seen on the backend `url`: one per line.
fn groups_file(url: &str) -> std::path::PathBuf {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    url.hash(&mut h);
    config::cache_dir().join(format!("group-names-{:016x}", h.finish()))
}

/// Most names kept per backend.
const MAX_REMEMBERED: usize = 5000;

/// Add group names to what completion offers for the current backend.
/// Best effort: a cache that cannot be written costs only completions.
pub fn remember_groups<'a>(
    ctx: &crate::cli::context::Context,
    names: impl IntoIterator<Item = &'a str>,
) {
    update_groups(ctx, |known| {
        for name in names {
            // (one name per line: a name holding a line break is not offered)
            if !name.is_empty() && !name.contains(['\n', '\r']) && !known.iter().any(|k| k == name)
            {
                known.push(name.to_string());
            }
        }
    });
}

/// Stop offering these names (a group renamed or deleted).
pub fn forget_groups<'a>(
    ctx: &crate::cli::context::Context,
    names: impl IntoIterator<Item = &'a str>,
) {
    let names: Vec<&str> = names.into_iter().collect();
    update_groups(ctx, |known| known.retain(|k| !names.contains(&k.as_str())));
}

fn update_groups(ctx: &crate::cli::context::Context, change: impl FnOnce(&mut Vec<String>)) {
    let Ok(resolved) = ctx.resolved() else { return };
    let path = groups_file(&resolved.url);
    let mut known: Vec<String> = std::fs::read_to_string(&path)
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect();
    let before = known.clone();
    change(&mut known);
    if known == before {
        return;
    }
    let keep = known.len().saturating_sub(MAX_REMEMBERED);
    let text: String = known[keep..].iter().map(|n| format!("{n}\n")).collect();
    if config::create_private_dir(&config::cache_dir()).is_ok() {
        let _ = std::fs::write(&path, text);
    }
}

/// A GROUP argument: the group names the groups commands have seen on the
/// current profile's backend.
pub fn group_names(current: &OsStr) -> Vec<CompletionCandidate> {
    let config = Config::load().unwrap_or_default();
    let profile = std::env::var("SCIMCTL_PROFILE").ok();
    let url = std::env::var("SCIMCTL_URL").ok();
    let Ok(resolved) = config::resolve(&config, profile.as_deref(), url.as_deref()) else {
        return Vec::new();
    };
    let text = std::fs::read_to_string(groups_file(&resolved.url)).unwrap_or_default();
    matching(
        current,
        text.lines().map(|n| (n.to_string(), "group".to_string())),
    )
}
