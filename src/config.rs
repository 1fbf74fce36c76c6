//! Profiles and where scimctl keeps things (XDG base directories).
//!
//! `$XDG_CONFIG_HOME/scimctl/config.toml` names backends; it never holds a
//! secret. What it does hold about keys (id, prefix, when a rotated key
//! stops working) is what lets the CLI pick the newest stored key and warn
//! before it expires.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use scimctl_core::error::{Error, Result};

/// `$HOME`, else the system's idea of the home directory (Windows sets no
/// HOME), never a path relative to wherever the command runs.
fn home() -> PathBuf {
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(PathBuf::from)
        .or_else(std::env::home_dir)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn xdg(var: &str, fallback: &str) -> PathBuf {
    match std::env::var_os(var) {
        Some(v) if !v.is_empty() && PathBuf::from(&v).is_absolute() => PathBuf::from(v),
        _ => home().join(fallback),
    }
}

/// `$XDG_DATA_HOME/scimctl` (default `~/.local/share/scimctl`).
pub fn data_dir() -> PathBuf {
    xdg("XDG_DATA_HOME", ".local/share").join("scimctl")
}

/// Create a directory of scimctl's own (the data or config directory):
/// its parents as usual, itself readable by its owner only (0700).
pub fn create_private_dir(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| Error::internal(format!("cannot create {}: {e}", parent.display())))?;
    }
    #[cfg_attr(not(unix), allow(unused_mut))]
    let mut builder = std::fs::DirBuilder::new();
    // (elsewhere the directory keeps what it inherits from its parent)
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    match builder.create(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(Error::internal(format!(
            "cannot create {}: {e}",
            dir.display()
        ))),
    }
}

/// `$XDG_CACHE_HOME/scimctl` (default `~/.cache/scimctl`): what can be
/// lost (the group names shell completion offers).
pub fn cache_dir() -> PathBuf {
    xdg("XDG_CACHE_HOME", ".cache").join("scimctl")
}

/// `$XDG_CONFIG_HOME/scimctl` (default `~/.config/scimctl`).
pub fn config_dir() -> PathBuf {
    xdg("XDG_CONFIG_HOME", ".config").join("scimctl")
}

/// The embedded default database of the `local` profile.
pub fn default_database_url() -> String {
    format!("sqlite://{}", data_dir().join("team.db").display())
}

/// The plain-text secrets file used only with `--insecure-storage`.
pub fn insecure_secrets_path() -> PathBuf {
    config_dir().join("secrets.insecure.toml")
}

/// The name of the profile used when none is given.
pub const LOCAL: &str = "local";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Config {
    /// The profile used when neither `--profile` nor `SCIMCTL_PROFILE` says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_profile: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// `sqlite://…`, `postgres://…` or `http(s)://…`
    pub url: String,
    /// Secrets of this profile go to a 0600 file instead of the keyring
    /// (chosen with `--insecure-storage`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub insecure_storage: bool,
    /// Where SCIM lives under `url` when it is not `/scim/v2` (a plain SCIM
    /// service rooted elsewhere). `SCIMCTL_SCIM_PATH` overrides it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scim_path: Option<String>,
    /// Invite emails from this machine's CLI on a database backend (docs/scim.md,
    /// "Invites"): the SMTP server (no password here: one goes in
    /// SCIMCTL_SMTP_URL), the sender, the outbox, and the root of the
    /// links. The environment and flags win over these.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub smtp_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub smtp_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outbox: Option<PathBuf>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_url: Option<String>,
    /// SCIM keys whose secrets this machine stores, newest last.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scim_keys: Vec<StoredKey>,
}

/// What the config remembers about a stored SCIM key (never the secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredKey {
    pub id: String,
    pub name: String,
    pub prefix: String,
    pub created_at: String,
    /// Set when the key was rotated away: the end of its grace window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
}

impl Config {
    pub fn path() -> PathBuf {
        config_dir().join("config.toml")
    }

    /// Load the config; a missing file is an empty config.
    pub fn load() -> Result<Config> {
        Self::load_from(&Self::path())
    }

    pub fn load_from(path: &Path) -> Result<Config> {
        match std::fs::read_to_string(path) {
            Ok(text) => toml::from_str(&text)
                .map_err(|e| Error::invalid(format!("cannot read {}: {e}", path.display()))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => Err(Error::internal(format!(
                "cannot read {}: {e}",
                path.display()
            ))),
        }
    }

    /// Write the config atomically (temporary file, then rename).
    pub fn save(&self) -> Result<()> {
        self.save_to(&Self::path())
    }

    pub fn save_to(&self, path: &Path) -> Result<()> {
        let text = toml::to_string_pretty(self)
            .map_err(|e| Error::internal(format!("cannot encode the config: {e}")))?;
        let dir = path.parent().unwrap_or(Path::new("."));
        create_private_dir(dir)?;
        let tmp = dir.join(format!(".config.toml.{}", std::process::id()));
        std::fs::write(&tmp, text)
            .and_then(|()| std::fs::rename(&tmp, path))
            .map_err(|e| Error::internal(format!("cannot write {}: {e}", path.display())))
    }
}

/// The backend a command talks to, after flags, environment and config.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub name: String,
    pub url: String,
    pub profile: Profile,
    /// `--url` names another backend than the saved profile's: the
    /// profile's stored secrets belong to that other backend, so none of
    /// them is used (only the environment's) and nothing is stored into it.
    pub detached: bool,
}

/// Pick the profile: `--profile`/`SCIMCTL_PROFILE`, else the config's
/// default, else `local`; `--url`/`SCIMCTL_URL` overrides its URL.
pub fn resolve(config: &Config, profile: Option<&str>, url: Option<&str>) -> Result<Resolved> {
    let name = profile
        .map(str::to_string)
        .or_else(|| config.default_profile.clone())
        .unwrap_or_else(|| LOCAL.to_string());
    let mut stored = config.profiles.get(&name).cloned();
    if stored.is_none() && name == LOCAL {
        stored = Some(Profile {
            url: default_database_url(),
            ..Profile::default()
        });
    }
    let saved = config.profiles.contains_key(&name);
    match (stored, url) {
        (Some(p), Some(u)) if saved && p.url != u => Ok(Resolved {
            name,
            url: u.to_string(),
            profile: Profile {
                url: u.to_string(),
                ..Profile::default()
            },
            detached: true,
        }),
        (Some(mut p), Some(u)) => {
            p.url = u.to_string();
            Ok(Resolved {
                name,
                url: u.to_string(),
                profile: p,
                detached: false,
            })
        }
        (Some(p), None) => Ok(Resolved {
            name,
            url: p.url.clone(),
            profile: p,
            detached: false,
        }),
        (None, Some(u)) => Ok(Resolved {
            name,
            url: u.to_string(),
            profile: Profile {
                url: u.to_string(),
                ..Profile::default()
            },
            detached: false,
        }),
        (None, None) => Err(
            Error::invalid(format!("no profile named {name:?}")).with_hint(format!(
                "create it with `scimctl auth login --profile {name} --url URL`, or pass --url"
            )),
        ),
    }
}

/// Whether a URL carries a password (`scheme://user:password@host`): one
/// that must never be written to a file or printed.
pub fn url_has_password(url: &str) -> bool {
    let Some((_, rest)) = url.split_once("://") else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    authority
        .rsplit_once('@')
        .is_some_and(|(userinfo, _)| userinfo.contains(':'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_resolve_in_order() {
        let mut c = Config::default();
        assert_eq!(resolve(&c, None, None).unwrap().name, "local");
        assert!(
            resolve(&c, None, None)
                .unwrap()
                .url
                .starts_with("sqlite://")
        );
        assert!(resolve(&c, Some("prod"), None).is_err());
        c.profiles.insert(
            "prod".into(),
            Profile {
                url: "https://x".into(),
                ..Profile::default()
            },
        );
        c.default_profile = Some("prod".into());
        assert_eq!(resolve(&c, None, None).unwrap().url, "https://x");
        assert_eq!(resolve(&c, None, Some("http://y")).unwrap().url, "http://y");
        assert_eq!(resolve(&c, Some("local"), None).unwrap().name, "local");
    }

    #[test]
    fn config_round_trips_without_secrets() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/config.toml");
        let mut c = Config::default();
        c.profiles.insert(
            "prod".into(),
            Profile {
                url: "https://x".into(),
                insecure_storage: true,
                scim_path: None,
                scim_keys: vec![StoredKey {
                    id: "k1".into(),
                    name: "okta".into(),
                    prefix: "scim_abcdef".into(),
                    created_at: "2026-01-01T00:00:00.000Z".into(),
                    expires_at: None,
                }],
                smtp_url: Some("smtp://mail.example:587".into()),
                ..Default::default()
            },
        );
        c.save_to(&path).unwrap();
        assert_eq!(Config::load_from(&path).unwrap(), c);
        assert_eq!(
            Config::load_from(&dir.path().join("none.toml")).unwrap(),
            Config::default()
        );
        std::fs::write(&path, "profiles = 3").unwrap();
        assert!(Config::load_from(&path).is_err());
    }
}
