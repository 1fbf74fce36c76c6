//! What every secret store is: a place that keeps secrets by account
//! name ([`SecretStore`]), where it is ([`Location`]), and the checks every
//! store makes the same way.

use std::fmt;
use std::path::PathBuf;

use scimctl_core::error::{Error, Result};
use scimctl_core::secret::Secret;

/// Where a secret came from or was put. Only the keyrings of the system
/// scimctl was compiled for exist as variants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    #[cfg(target_os = "linux")]
    SecretService,
    #[cfg(target_os = "linux")]
    Keyutils,
    #[cfg(target_os = "macos")]
    Keychain,
    #[cfg(target_os = "windows")]
    CredentialManager,
    File(PathBuf),
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            #[cfg(target_os = "linux")]
            Location::SecretService => f.write_str("the Secret Service keyring"),
            #[cfg(target_os = "linux")]
            Location::Keyutils => f.write_str("the kernel keyring (keyutils)"),
            #[cfg(target_os = "macos")]
            Location::Keychain => f.write_str("the macOS Keychain"),
            #[cfg(target_os = "windows")]
            Location::CredentialManager => f.write_str("the Windows Credential Manager"),
            Location::File(path) => write!(f, "file {}", path.display()),
        }
    }
}

/// A place that keeps secrets by account name.
pub trait SecretStore: Send + Sync {
    fn location(&self) -> Location;
    fn get(&self, account: &str) -> Result<Option<Secret>>;
    fn set(&self, account: &str, secret: &Secret) -> Result<()>;
    /// true when something was deleted
    fn delete(&self, account: &str) -> Result<bool>;
}

/// Account names and secrets are checked the same way by every store, so a
/// caller's bug is reported as such rather than as a keyring failure.
pub(super) fn check_account(account: &str) -> Result<()> {
    if account.is_empty() {
        return Err(Error::internal("a secret's account name cannot be empty"));
    }
    Ok(())
}

pub(super) fn check_secret(account: &str, secret: &Secret) -> Result<()> {
    if secret.expose().is_empty() {
        return Err(Error::invalid(format!(
            "refusing to store an empty secret for {account}"
        )));
    }
    Ok(())
}
