//! Where scimctl keeps things (XDG base directories).

use std::path::PathBuf;

fn home() -> PathBuf {
    std::env::var_os("HOME")
        .map(PathBuf::from)
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

/// `$XDG_CONFIG_HOME/scimctl` (default `~/.config/scimctl`).
pub fn config_dir() -> PathBuf {
    xdg("XDG_CONFIG_HOME", ".config").join("scimctl")
}

/// The embedded default database of the `local` profile.
pub fn default_database_url() -> String {
    format!("sqlite://{}", data_dir().join("team.db").display())
}
