//! Where secrets live on the admin's machine (docs/cli.md, "Secrets").
//!
//! The secrets are the admin token and the SCIM API keys. The CLI looks for
//! one in the environment first, then in the OS keyring, then in an
//! explicit plain-text file ([`resolve`] decides which, once per run); the
//! two stores are:
//!
//! - [`os_keyring`] (`keyring.rs`): the keyring of the operating system, through a store
//!   crate of the `keyring-core` family compiled in for that system only.
//!   On Linux, the Secret Service (GNOME Keyring, KWallet, KeePassXC…) over
//!   D-Bus by default, or the kernel keyring (keyutils) when
//!   `SCIMCTL_KEYRING=keyutils`; on macOS, the login Keychain; on Windows,
//!   the Credential Manager. One entry per profile and secret, under the
//!   service name [`SERVICE`] and an account string chosen by the caller
//!   (`local/admin-token`, `prod/scim-key/<uuid>`).
//! - [`insecure_file`] (`file.rs`): a TOML file with mode 0600 (on Unix), used only when
//!   the user asked for it with `--insecure-storage`.
//!
//! Two rules shape the keyring code. It must never hang: a missing session
//! bus, a Secret Service that does not answer, or a collection stuck behind an
//! unlock prompt nobody will see all fail within [`KEYRING_TIMEOUT`], because
//! every keyring call runs on its own std thread that we stop waiting for (and
//! after one time-out, the store fails at once rather than wait again). And
//! it must never fall back silently: a broken keyring is an error whose hint
//! names the alternatives, and choosing one is left to the user.
//!
//! No secret value ever reaches an error message, a `Debug` output or a log
//! line: values travel as [`Secret`], and errors from the keyring and from the
//! TOML parser (whose messages can quote the offending line) are rewritten
//! before they are shown.

mod file;
mod keyring;
pub mod resolve;
mod store;

pub use self::file::insecure_file;
pub use self::keyring::{KEYRING_ENV, KEYRING_TIMEOUT, SERVICE, os_keyring, os_keyring_from};

pub use self::store::{Location, SecretStore};

use scimctl_core::error::Result;

/// The account [`probe`] looks up. Nothing is ever stored under it.
const PROBE_ACCOUNT: &str = "scimctl-probe/does-not-exist";

/// Check that the store answers, with a lookup of an account nobody uses.
/// For the OS keyring this connects to it, so it fails like the first real
/// call would, within [`KEYRING_TIMEOUT`].
///
/// It shows the keyring answers, not that a write will succeed: a Secret
/// Service whose collection is locked, or that has no default collection,
/// answers a lookup of a missing entry but refuses `set` (with the same
/// "unavailable" error and hint).
pub fn probe(store: &dyn SecretStore) -> Result<()> {
    store.get(PROBE_ACCOUNT).map(drop)
}
