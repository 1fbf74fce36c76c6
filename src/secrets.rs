//! Where secrets live on the admin's machine (SPEC §3).
//!
//! The secrets are the admin token and the SCIM API keys. The CLI looks for
//! one in the environment first (done elsewhere), then in the OS keyring, then
//! in an explicit plain-text file; this module implements the two stores:
//!
//! - [`os_keyring`]: the keyring of the operating system, through a store
//!   crate of the `keyring-core` family compiled in for that system only.
//!   On Linux, the Secret Service (GNOME Keyring, KWallet, KeePassXC…) over
//!   D-Bus by default, or the kernel keyring (keyutils) when
//!   `SCIMCTL_KEYRING=keyutils`; on macOS, the login Keychain; on Windows,
//!   the Credential Manager. One entry per profile and secret, under the
//!   service name [`SERVICE`] and an account string chosen by the caller
//!   (`local/admin-token`, `prod/scim-key/<uuid>`).
//! - [`insecure_file`]: a TOML file with mode 0600 (on Unix), used only when
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

use std::collections::BTreeMap;
use std::fmt;
use std::fs::{self, DirBuilder, OpenOptions};
use std::io::{self, Write};
#[cfg(unix)]
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::Duration;

use keyring_core::{CredentialStore, Entry};
use serde::{Deserialize, Serialize};

use scimctl_core::error::{Error, Kind, Result};
use scimctl_core::secret::Secret;

/// The service name of every scimctl entry in the OS keyring.
pub const SERVICE: &str = "scimctl";

/// The environment variable that picks the OS keyring.
pub const KEYRING_ENV: &str = "SCIMCTL_KEYRING";

/// How long one keyring call may take before we give up on it. Long enough
/// for a cold D-Bus activation of the keyring daemon, short enough that a
/// wedged one is reported instead of leaving the user staring at nothing.
pub const KEYRING_TIMEOUT: Duration = Duration::from_secs(5);

/// The account [`probe`] looks up. Nothing is ever stored under it.
const PROBE_ACCOUNT: &str = "scimctl-probe/does-not-exist";

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

/// The OS keyring chosen by `SCIMCTL_KEYRING` (default: the Secret Service
/// on Linux, the Keychain on macOS, the Credential Manager on Windows).
///
/// Cheap, and never blocks: nothing is connected until the first
/// `get`/`set`/`delete` (or [`probe`]), which is where an unreachable keyring
/// shows up, within [`KEYRING_TIMEOUT`].
pub fn os_keyring() -> Result<Box<dyn SecretStore>> {
    match std::env::var(KEYRING_ENV) {
        Ok(value) => os_keyring_from(Some(&value)),
        Err(std::env::VarError::NotPresent) => os_keyring_from(None),
        Err(std::env::VarError::NotUnicode(_)) => Err(unknown_keyring("(not valid UTF-8)")),
    }
}

/// The OS keyring named by `choice`, a value of `SCIMCTL_KEYRING`: `None` or
/// an empty string for this system's default, else one of the names in
/// `Backend::ALL` (`secret-service` or `keyutils` on Linux, `keychain` on
/// macOS, `credential-manager` on Windows). [`os_keyring`] is this applied
/// to the environment; it exists on its own so that callers and tests can
/// choose without touching the process environment.
pub fn os_keyring_from(choice: Option<&str>) -> Result<Box<dyn SecretStore>> {
    let backend = match choice.unwrap_or("") {
        "" => Backend::ALL.first().copied(),
        name => Backend::ALL.iter().copied().find(|b| b.name() == name),
    };
    let Some(backend) = backend else {
        return Err(unknown_keyring(choice.unwrap_or("")));
    };
    Ok(Box::new(OsKeyring::new(backend, KEYRING_TIMEOUT)))
}

/// Every value of `SCIMCTL_KEYRING` on any system, with the system it works
/// on, so that a name from another system gets a precise answer.
const KEYRING_NAMES: &[(&str, &str)] = &[
    ("secret-service", "Linux"),
    ("keyutils", "Linux"),
    ("keychain", "macOS"),
    ("credential-manager", "Windows"),
];

/// The name of the system scimctl was compiled for, as people write it.
fn this_system() -> &'static str {
    match std::env::consts::OS {
        "linux" => "Linux",
        "macos" => "macOS",
        "windows" => "Windows",
        other => other,
    }
}

fn unknown_keyring(value: &str) -> Error {
    let valid = match Backend::ALL {
        [] => "scimctl has no OS keyring here: pass secrets in the environment \
               or use --insecure-storage"
            .to_owned(),
        [only] => format!("the valid value is `{}` (the default)", only.name()),
        [first, rest @ ..] => {
            let rest: Vec<String> = rest.iter().map(|b| format!("`{}`", b.name())).collect();
            format!(
                "valid values are `{}` (the default) and {}",
                first.name(),
                rest.join(", ")
            )
        }
    };
    let message = match KEYRING_NAMES.iter().find(|(name, _)| *name == value) {
        Some((_, system)) => format!(
            "{KEYRING_ENV}={value} is only available on {system}; on {}, {valid}",
            this_system()
        ),
        None => format!("{KEYRING_ENV}={value} is not a keyring scimctl knows; {valid}"),
    };
    Error::invalid(message)
}

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

/// The explicit plain-text store at `path` (SPEC §3: only with
/// `--insecure-storage`).
pub fn insecure_file(path: PathBuf) -> Box<dyn SecretStore> {
    Box::new(InsecureFile { path })
}

/// Account names and secrets are checked the same way by every store, so a
/// caller's bug is reported as such rather than as a keyring failure.
fn check_account(account: &str) -> Result<()> {
    if account.is_empty() {
        return Err(Error::internal("a secret's account name cannot be empty"));
    }
    Ok(())
}

fn check_secret(account: &str, secret: &Secret) -> Result<()> {
    if secret.expose().is_empty() {
        return Err(Error::invalid(format!(
            "refusing to store an empty secret for {account}"
        )));
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// The OS keyring
// ---------------------------------------------------------------------------

/// One OS keyring. Each system has its own variants, backed by the store
/// crate that is a dependency on that system only (see Cargo.toml).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Backend {
    #[cfg(target_os = "linux")]
    SecretService,
    #[cfg(target_os = "linux")]
    Keyutils,
    #[cfg(target_os = "macos")]
    Keychain,
    #[cfg(target_os = "windows")]
    CredentialManager,
}

/// The `plain-text file` alternative as the hint words it.
#[cfg(unix)]
const PLAIN_FILE: &str = "a plain-text 0600 file";
#[cfg(not(unix))]
const PLAIN_FILE: &str = "a plain-text file in your profile";

impl Backend {
    /// The keyrings of this system, the default first.
    const ALL: &'static [Backend] = &[
        #[cfg(target_os = "linux")]
        Backend::SecretService,
        #[cfg(target_os = "linux")]
        Backend::Keyutils,
        #[cfg(target_os = "macos")]
        Backend::Keychain,
        #[cfg(target_os = "windows")]
        Backend::CredentialManager,
    ];

    /// Its value of `SCIMCTL_KEYRING`.
    fn name(self) -> &'static str {
        match self {
            #[cfg(target_os = "linux")]
            Backend::SecretService => "secret-service",
            #[cfg(target_os = "linux")]
            Backend::Keyutils => "keyutils",
            #[cfg(target_os = "macos")]
            Backend::Keychain => "keychain",
            #[cfg(target_os = "windows")]
            Backend::CredentialManager => "credential-manager",
        }
    }

    fn location(self) -> Location {
        match self {
            #[cfg(target_os = "linux")]
            Backend::SecretService => Location::SecretService,
            #[cfg(target_os = "linux")]
            Backend::Keyutils => Location::Keyutils,
            #[cfg(target_os = "macos")]
            Backend::Keychain => Location::Keychain,
            #[cfg(target_os = "windows")]
            Backend::CredentialManager => Location::CredentialManager,
        }
    }

    /// Open the credential store. For the Secret Service this connects to
    /// the session bus and opens an encrypted session with the daemon, which
    /// is why it only ever runs on a worker thread. The macOS store is the
    /// user's login keychain; the Windows one names each credential
    /// `<account>.scimctl` (the store crate's default).
    fn connect(self) -> keyring_core::Result<Arc<CredentialStore>> {
        match self {
            #[cfg(target_os = "linux")]
            Backend::SecretService => Ok(zbus_secret_service_keyring_store::Store::new()?),
            #[cfg(target_os = "linux")]
            Backend::Keyutils => Ok(linux_keyutils_keyring_store::Store::new()?),
            #[cfg(target_os = "macos")]
            Backend::Keychain => Ok(apple_native_keyring_store::keychain::Store::new()?),
            #[cfg(target_os = "windows")]
            Backend::CredentialManager => Ok(windows_native_keyring_store::Store::new()?),
        }
    }

    /// The entry for `account`. The Secret Service shows a label in keyring UIs
    /// such as Seahorse, so make it say what the item is; the other stores
    /// take no label (keyutils keeps its default description,
    /// `keyring:<account>@scimctl`; Keychain Access shows the service name).
    fn build(self, store: &CredentialStore, account: &str) -> keyring_core::Result<Entry> {
        #[cfg(target_os = "linux")]
        if self == Backend::SecretService {
            let label = format!("{SERVICE} {account}");
            let modifiers = [("label", label.as_str())].into_iter().collect();
            return store.build(SERVICE, account, Some(&modifiers));
        }
        store.build(SERVICE, account, None)
    }

    /// The other keyring of this system, as the hint offers it.
    fn other_keyring(self) -> Option<&'static str> {
        match self {
            #[cfg(target_os = "linux")]
            Backend::SecretService => {
                Some("use the kernel keyring instead with SCIMCTL_KEYRING=keyutils")
            }
            #[cfg(target_os = "linux")]
            Backend::Keyutils => {
                Some("use the Secret Service instead with SCIMCTL_KEYRING=secret-service")
            }
            #[cfg(not(target_os = "linux"))]
            _ => None,
        }
    }

    /// The error for "this keyring cannot be used right now": it says what
    /// went wrong and the hint lists every way to go on without it.
    fn unreachable(self, cause: impl fmt::Display) -> Error {
        let other_keyring = self
            .other_keyring()
            .map(|other| format!("{other}, "))
            .unwrap_or_default();
        Error::new(
            Kind::Unavailable,
            format!("{} is not usable: {cause}", self.location()),
        )
        .with_hint(format!(
            "pass the secret in the environment (SCIMCTL_TOKEN for the admin token, \
             SCIMCTL_SCIM_KEY for a SCIM key), {other_keyring}\
             or pass --insecure-storage to keep secrets in {PLAIN_FILE}"
        ))
    }

    /// Translate a keyring error. Errors that mean the keyring itself is
    /// missing, locked or failing become [`Kind::Unavailable`] with the
    /// alternatives; the rest are bugs or corrupt entries. The variants that
    /// carry stored bytes are rewritten so that those bytes cannot leak.
    fn error(self, account: &str, err: keyring_core::Error) -> Error {
        use keyring_core::Error as K;
        let location = self.location();
        match err {
            K::NoStorageAccess(_) => {
                self.unreachable(format!("it is locked or refused access ({err})"))
            }
            K::PlatformFailure(_) | K::NoDefaultStore => self.unreachable(err),
            K::BadEncoding(_) | K::BadDataFormat(..) => Error::internal(format!(
                "the secret stored for {account} in {location} is not UTF-8 text; \
                 delete it and store it again"
            )),
            K::Ambiguous(entries) => Error::internal(format!(
                "{} entries in {location} match {account}; delete the extra ones",
                entries.len()
            )),
            other => Error::internal(format!("{location} failed for {account}: {other}")),
        }
    }
}

/// The OS keyring. The connection is made by the first call, on its worker
/// thread, and kept for the next ones.
struct OsKeyring {
    backend: Backend,
    timeout: Duration,
    store: Arc<Mutex<Option<Arc<CredentialStore>>>>,
    /// A call has timed out: the keyring is wedged, fail fast from now on.
    timed_out: AtomicBool,
}

impl fmt::Debug for OsKeyring {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OsKeyring")
            .field("backend", &self.backend)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl OsKeyring {
    fn new(backend: Backend, timeout: Duration) -> Self {
        OsKeyring {
            backend,
            timeout,
            store: Arc::new(Mutex::new(None)),
            timed_out: AtomicBool::new(false),
        }
    }

    /// Run `op` on the entry for `account`, connecting first if needed, on
    /// a worker thread bounded by the timeout.
    fn with_entry<T, F>(&self, account: &str, op: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Entry) -> keyring_core::Result<T> + Send + 'static,
    {
        check_account(account)?;
        let backend = self.backend;
        if self.timed_out.load(Ordering::Relaxed) {
            return Err(backend.unreachable("it did not answer an earlier call"));
        }
        let slot = Arc::clone(&self.store);
        let account = account.to_owned();
        let outcome = bounded(self.timeout, move || {
            // The lock is held while connecting so that concurrent first
            // calls share one connection. If connecting hangs, later calls
            // wait here too, on their own threads, and time out as well.
            let store = {
                let mut slot = slot.lock().unwrap_or_else(PoisonError::into_inner);
                match &*slot {
                    Some(store) => Arc::clone(store),
                    None => {
                        let store = backend.connect().map_err(|e| backend.unreachable(e))?;
                        *slot = Some(Arc::clone(&store));
                        store
                    }
                }
            };
            let entry = backend
                .build(store.as_ref(), &account)
                .map_err(|e| backend.error(&account, e))?;
            op(&entry).map_err(|e| backend.error(&account, e))
        });
        outcome.unwrap_or_else(|| {
            // Waiting again on a keyring that is wedged would only make the
            // user wait again for the same error.
            self.timed_out.store(true, Ordering::Relaxed);
            Err(backend.unreachable(format!(
                "no answer within {}",
                humantime::format_duration(self.timeout)
            )))
        })
    }
}

/// Run `work` on a new std thread and wait at most `timeout` for it: `None`
/// when the time is up.
///
/// A plain thread rather than the tokio runtime: the CLI calls the stores
/// from async code, and blocking on (or creating) a runtime there panics.
/// When the time is up the thread is abandoned: nothing can interrupt a
/// blocked D-Bus call, and the CLI is about to report the error and exit.
fn bounded<T, F>(timeout: Duration, work: F) -> Option<Result<T>>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T> + Send + 'static,
{
    // Capacity 1 so that a late answer is dropped by the abandoned thread
    // instead of blocking it forever.
    let (tx, rx) = mpsc::sync_channel(1);
    let spawned = thread::Builder::new()
        .name("scimctl-keyring".into())
        .spawn(move || {
            let _ = tx.send(work());
        });
    if let Err(e) = spawned {
        return Some(Err(Error::internal(format!(
            "cannot start the keyring thread: {e}"
        ))));
    }
    match rx.recv_timeout(timeout) {
        Ok(result) => Some(result),
        Err(RecvTimeoutError::Timeout) => None,
        // The sender is gone without sending: `work` panicked.
        Err(RecvTimeoutError::Disconnected) => {
            Some(Err(Error::internal("the keyring call crashed")))
        }
    }
}

impl SecretStore for OsKeyring {
    fn location(&self) -> Location {
        self.backend.location()
    }

    fn get(&self, account: &str) -> Result<Option<Secret>> {
        self.with_entry(account, |entry| match entry.get_password() {
            Ok(value) => Ok(Some(Secret::new(value))),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(e),
        })
    }

    fn set(&self, account: &str, secret: &Secret) -> Result<()> {
        check_secret(account, secret)?;
        let secret = secret.clone();
        self.with_entry(account, move |entry| entry.set_password(secret.expose()))
    }

    fn delete(&self, account: &str) -> Result<bool> {
        self.with_entry(account, |entry| match entry.delete_credential() {
            Ok(()) => Ok(true),
            Err(keyring_core::Error::NoEntry) => Ok(false),
            Err(e) => Err(e),
        })
    }
}

// ---------------------------------------------------------------------------
// The insecure file
// ---------------------------------------------------------------------------

#[cfg(unix)]
const FILE_HEADER: &str = "\
# scimctl secrets, stored UNENCRYPTED because --insecure-storage was chosen.
# Anyone who can read this file can act with these credentials: keep it mode 0600.
";
#[cfg(not(unix))]
const FILE_HEADER: &str = "\
# scimctl secrets, stored UNENCRYPTED because --insecure-storage was chosen.
# Anyone who can read this file can act with these credentials: keep it private.
";

/// The file's shape: one table of account → secret. Unknown keys are an
/// error rather than ignored, because the next write would drop them.
#[derive(Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileContent {
    #[serde(default)]
    secrets: BTreeMap<String, String>,
}

/// A plain-text TOML file. There is no locking: two scimctl processes that
/// write at the same moment can lose one update (never corrupt the file,
/// since every write is a rename), which is acceptable for a store a person
/// uses by hand.
#[derive(Debug)]
struct InsecureFile {
    path: PathBuf,
}

impl InsecureFile {
    fn read(&self) -> Result<FileContent> {
        let text = match fs::read_to_string(&self.path) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(FileContent::default()),
            Err(e) => return Err(self.io_error("read", &e)),
        };
        self.warn_if_readable_by_others();
        // The parser's own message quotes the offending line, which may hold
        // a secret, so report only where the problem is.
        toml::from_str(&text).map_err(|e| {
            let at = e
                .span()
                .map(|span| {
                    let line = text[..span.start].matches('\n').count() + 1;
                    format!(" at line {line}")
                })
                .unwrap_or_default();
            Error::invalid(format!(
                "{} is not a valid scimctl secrets file{at}",
                self.path.display()
            ))
            .with_hint("fix or delete the file, then store the secrets again")
        })
    }

    fn write(&self, content: &FileContent) -> Result<()> {
        if content.secrets.is_empty() {
            // Nothing left to keep: remove the plain-text file altogether.
            return match fs::remove_file(&self.path) {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
                Err(e) => Err(self.io_error("remove", &e)),
            };
        }
        let body = toml::to_string(content)
            .map_err(|_| Error::internal("cannot encode the secrets file"))?;
        write_private(&self.path, format!("{FILE_HEADER}\n{body}").as_bytes())
            .map_err(|e| self.io_error("write", &e))
    }

    /// Unix only: elsewhere there are no mode bits to read, and the file is
    /// as private as the directory it inherits its permissions from.
    #[cfg(unix)]
    fn warn_if_readable_by_others(&self) {
        if let Ok(meta) = fs::metadata(&self.path) {
            let mode = meta.permissions().mode() & 0o777;
            if mode & 0o077 != 0 {
                eprintln!(
                    "warning: {} holds plain-text secrets but has mode {mode:04o}; \
                     run `chmod 600 {}`",
                    self.path.display(),
                    self.path.display()
                );
            }
        }
    }

    #[cfg(not(unix))]
    fn warn_if_readable_by_others(&self) {}

    fn io_error(&self, verb: &str, err: &io::Error) -> Error {
        Error::internal(format!("cannot {verb} {}: {err}", self.path.display()))
    }
}

/// Replace `path` with `bytes`, readable by the owner only at every moment:
/// the data goes to a new temporary file in the same directory, created with
/// mode 0600 by the `open` call itself, and is renamed over `path`. Missing
/// parent directories are created with mode 0700.
///
/// Elsewhere than on Unix there are no modes to set: the directory and the
/// file get the permissions they inherit from their parent directory, and
/// the rename is not followed by a sync of the directory, which Windows
/// does not open as a file.
fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut dirs = DirBuilder::new();
    dirs.recursive(true);
    #[cfg(unix)]
    dirs.mode(0o700);
    dirs.create(dir)?;
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file name"))?;
    let tmp = dir.join(format!(
        ".{}.{}-{:016x}.tmp",
        name.to_string_lossy(),
        std::process::id(),
        rand::random::<u64>()
    ));
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    options.mode(0o600);
    let mut file = options.open(&tmp)?;
    let result = (|| {
        // The umask can only remove bits from 0600; setting it again makes
        // the mode exactly 0600 whatever the umask was.
        #[cfg(unix)]
        file.set_permissions(fs::Permissions::from_mode(0o600))?;
        file.write_all(bytes)?;
        file.sync_all()?;
        // Close it before the rename: renaming an open file can fail on
        // Windows.
        drop(file);
        fs::rename(&tmp, path)?;
        // Make the rename itself durable.
        #[cfg(unix)]
        fs::File::open(dir)?.sync_all()?;
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

impl SecretStore for InsecureFile {
    fn location(&self) -> Location {
        Location::File(self.path.clone())
    }

    fn get(&self, account: &str) -> Result<Option<Secret>> {
        check_account(account)?;
        Ok(self.read()?.secrets.remove(account).map(Secret::new))
    }

    fn set(&self, account: &str, secret: &Secret) -> Result<()> {
        check_account(account)?;
        check_secret(account, secret)?;
        let mut content = self.read()?;
        content
            .secrets
            .insert(account.to_owned(), secret.expose().to_owned());
        self.write(&content)?;
        eprintln!(
            "warning: the secret for {account} is stored unencrypted in {}",
            self.path.display()
        );
        Ok(())
    }

    fn delete(&self, account: &str) -> Result<bool> {
        check_account(account)?;
        let mut content = self.read()?;
        if content.secrets.remove(account).is_none() {
            return Ok(false);
        }
        self.write(&content)?;
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use scimctl_core::secret::{ADMIN_TOKEN_PREFIX, SCIM_KEY_PREFIX};

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    /// A file store in a fresh temporary directory, two levels below it so
    /// that creating the parents is exercised.
    fn file_store() -> (tempfile::TempDir, PathBuf, Box<dyn SecretStore>) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config/scimctl/secrets.insecure.toml");
        let store = insecure_file(path.clone());
        (dir, path, store)
    }

    #[test]
    fn file_store_round_trips_several_accounts() {
        let (_dir, path, store) = file_store();
        let token = Secret::generate(ADMIN_TOKEN_PREFIX);
        let key = Secret::generate(SCIM_KEY_PREFIX);
        let key_account = format!("prod/scim-key/{}", uuid::Uuid::new_v4());
        store.set("local/admin-token", &token).unwrap();
        store.set(&key_account, &key).unwrap();

        assert_eq!(store.get("local/admin-token").unwrap(), Some(token.clone()));
        assert_eq!(store.get(&key_account).unwrap(), Some(key.clone()));
        assert_eq!(store.get("prod/admin-token").unwrap(), None);
        assert_eq!(store.location(), Location::File(path.clone()));

        // A second object on the same path sees the same secrets.
        let again = insecure_file(path);
        assert_eq!(again.get(&key_account).unwrap(), Some(key));

        // Setting again replaces.
        let newer = Secret::generate(ADMIN_TOKEN_PREFIX);
        store.set("local/admin-token", &newer).unwrap();
        assert_eq!(again.get("local/admin-token").unwrap(), Some(newer));
    }

    #[test]
    fn file_store_deletes_and_removes_the_file_when_empty() {
        let (_dir, path, store) = file_store();
        store.set("a/admin-token", &Secret::new("one")).unwrap();
        store.set("b/admin-token", &Secret::new("two")).unwrap();

        assert!(store.delete("a/admin-token").unwrap());
        assert!(!store.delete("a/admin-token").unwrap());
        assert_eq!(store.get("a/admin-token").unwrap(), None);
        assert_eq!(
            store.get("b/admin-token").unwrap(),
            Some(Secret::new("two"))
        );

        assert!(store.delete("b/admin-token").unwrap());
        assert!(!path.exists(), "no plain-text file is left behind");
        assert!(!store.delete("b/admin-token").unwrap());
    }

    #[cfg(unix)]
    #[test]
    fn file_store_creates_the_file_0600_and_missing_parents_0700() {
        let (dir, path, store) = file_store();
        store.set("local/admin-token", &Secret::new("x")).unwrap();
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
        assert_eq!(mode(&dir.path().join("config")), 0o700);

        // Only the file itself is in the directory: no temporary left over.
        let names: Vec<_> = fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["secrets.insecure.toml"]);

        // A file someone loosened is replaced by a 0600 one on the next write.
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        store.set("local/admin-token", &Secret::new("y")).unwrap();
        assert_eq!(mode(&path), 0o600);
    }

    #[test]
    fn file_store_writes_the_documented_toml() {
        let (_dir, path, store) = file_store();
        store
            .set("prod/scim-key/0b5c", &Secret::new("scim_second"))
            .unwrap();
        store
            .set("local/admin-token", &Secret::new("scimadm_first"))
            .unwrap();
        let text = fs::read_to_string(&path).unwrap();
        assert_eq!(
            text,
            format!(
                "{FILE_HEADER}\n[secrets]\n\
                 \"local/admin-token\" = \"scimadm_first\"\n\
                 \"prod/scim-key/0b5c\" = \"scim_second\"\n"
            )
        );
    }

    #[test]
    fn a_missing_file_or_directory_reads_as_nothing() {
        let (_dir, path, store) = file_store();
        assert_eq!(store.get("local/admin-token").unwrap(), None);
        assert!(!store.delete("local/admin-token").unwrap());
        assert!(!path.exists());
        probe(store.as_ref()).unwrap();
    }

    #[test]
    fn a_broken_file_is_reported_without_quoting_it() {
        let (_dir, path, store) = file_store();
        let secret = "scimadm_ThisMustNeverBeShownAnywhere0123456";
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(
            &path,
            format!("[secrets]\n\"a\" = \"{secret}\"\n\"b\" = {secret}\n"),
        )
        .unwrap();
        let err = store.get("a").unwrap_err();
        let shown = format!("{err} {err:?}");
        assert_eq!(err.kind(), Kind::Invalid);
        assert!(shown.contains("line 3"), "{shown}");
        assert!(!shown.contains("ThisMustNeverBeShown"), "{shown}");
    }

    #[test]
    fn debug_output_of_the_stores_leaks_nothing() {
        let (_dir, _path, store) = file_store();
        let secret = Secret::generate(SCIM_KEY_PREFIX);
        store.set("local/scim-key/1", &secret).unwrap();
        let file = InsecureFile {
            path: PathBuf::from("/x/secrets.insecure.toml"),
        };
        let backend = Backend::ALL[0];
        let keyring = OsKeyring::new(backend, KEYRING_TIMEOUT);
        for shown in [format!("{file:?}"), format!("{keyring:?}")] {
            assert!(!shown.contains(secret.expose()), "{shown}");
        }
        assert!(format!("{keyring:?}").contains(&format!("{backend:?}")));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn locations_read_as_phrases() {
        assert_eq!(
            Location::SecretService.to_string(),
            "the Secret Service keyring"
        );
        assert_eq!(
            Location::Keyutils.to_string(),
            "the kernel keyring (keyutils)"
        );
        assert_eq!(
            Location::File(PathBuf::from("/home/a/s.toml")).to_string(),
            "file /home/a/s.toml"
        );
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_keyring_is_chosen_by_name() {
        let pick = |choice| os_keyring_from(choice).map(|s| s.location());
        assert_eq!(pick(None).unwrap(), Location::SecretService);
        assert_eq!(pick(Some("")).unwrap(), Location::SecretService);
        assert_eq!(
            pick(Some("secret-service")).unwrap(),
            Location::SecretService
        );
        assert_eq!(pick(Some("keyutils")).unwrap(), Location::Keyutils);
        let err = pick(Some("kwallet")).unwrap_err();
        assert_eq!(err.kind(), Kind::Invalid);
        for name in ["SCIMCTL_KEYRING", "kwallet", "secret-service", "keyutils"] {
            assert!(err.message().contains(name), "{}", err.message());
        }
    }

    #[cfg(target_os = "macos")]
    #[test]
    fn the_keyring_is_chosen_by_name() {
        let pick = |choice| os_keyring_from(choice).map(|s| s.location());
        assert_eq!(pick(None).unwrap(), Location::Keychain);
        assert_eq!(pick(Some("keychain")).unwrap(), Location::Keychain);
        assert_eq!(Location::Keychain.to_string(), "the macOS Keychain");
    }

    #[cfg(target_os = "windows")]
    #[test]
    fn the_keyring_is_chosen_by_name() {
        let pick = |choice| os_keyring_from(choice).map(|s| s.location());
        assert_eq!(pick(None).unwrap(), Location::CredentialManager);
        assert_eq!(
            pick(Some("credential-manager")).unwrap(),
            Location::CredentialManager
        );
        assert_eq!(
            Location::CredentialManager.to_string(),
            "the Windows Credential Manager"
        );
    }

    /// A name that belongs to another system is refused with the system it
    /// belongs to and the names that work here, on every system.
    #[test]
    fn a_keyring_of_another_system_is_refused_with_what_works_here() {
        for (name, system) in KEYRING_NAMES {
            if Backend::ALL.iter().any(|b| b.name() == *name) {
                continue;
            }
            let err = os_keyring_from(Some(name)).map(drop).unwrap_err();
            assert_eq!(err.kind(), Kind::Invalid);
            let message = err.message();
            assert!(
                message.contains(&format!("{KEYRING_ENV}={name}")),
                "{message}"
            );
            assert!(message.contains(system), "{message}");
            assert!(message.contains(this_system()), "{message}");
            for here in Backend::ALL {
                assert!(message.contains(here.name()), "{message}");
            }
        }
    }

    /// Every keyring compiled in has a name the table of all names knows.
    #[test]
    fn every_keyring_here_is_in_the_table_of_names() {
        assert!(!Backend::ALL.is_empty());
        for backend in Backend::ALL {
            let known = KEYRING_NAMES.iter().find(|(n, _)| *n == backend.name());
            assert_eq!(known.map(|(_, system)| *system), Some(this_system()));
        }
    }

    /// A keyring call that never answers (here: one waiting on a channel
    /// nobody sends to) is abandoned when the time is up.
    #[test]
    fn a_call_that_does_not_answer_is_abandoned() {
        let (_never_sent, never) = mpsc::channel::<()>();
        let outcome = bounded(Duration::from_millis(50), move || {
            let _ = never.recv();
            Ok(())
        });
        assert!(outcome.is_none());
        let answered = bounded(KEYRING_TIMEOUT, || Ok(42)).unwrap().unwrap();
        assert_eq!(answered, 42);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn an_unusable_keyring_is_reported_with_the_alternatives() {
        let err = Backend::SecretService.unreachable("no answer within 5s");
        assert_eq!(err.kind(), Kind::Unavailable);
        assert_eq!(
            err.message(),
            "the Secret Service keyring is not usable: no answer within 5s"
        );
        let hint = err.hint().unwrap();
        for alternative in [
            "SCIMCTL_TOKEN",
            "SCIMCTL_SCIM_KEY",
            "--insecure-storage",
            "SCIMCTL_KEYRING=keyutils",
        ] {
            assert!(hint.contains(alternative), "{hint}");
        }
        let hint = Backend::Keyutils
            .unreachable("x")
            .hint()
            .unwrap()
            .to_owned();
        assert!(hint.contains("SCIMCTL_KEYRING=secret-service"), "{hint}");
    }

    /// On every system, the hint of an unusable keyring names the ways out
    /// that need no keyring.
    #[test]
    fn every_unusable_keyring_names_the_ways_out() {
        for backend in Backend::ALL {
            let err = backend.unreachable("x");
            assert_eq!(err.kind(), Kind::Unavailable);
            assert!(err.message().starts_with(&backend.location().to_string()));
            let hint = err.hint().unwrap();
            for way in ["SCIMCTL_TOKEN", "SCIMCTL_SCIM_KEY", "--insecure-storage"] {
                assert!(hint.contains(way), "{hint}");
            }
        }
    }

    #[test]
    fn keyring_errors_that_carry_stored_bytes_are_rewritten() {
        let leaked = b"scimadm_ThisMustNeverBeShownAnywhere0123456".to_vec();
        let err = Backend::ALL[0].error(
            "local/admin-token",
            keyring_core::Error::BadEncoding(leaked),
        );
        let shown = format!("{err} {err:?}");
        assert!(!shown.contains("ThisMustNeverBeShown"), "{shown}");
        assert_eq!(err.kind(), Kind::Internal);
    }
}
