//! The OS keyring, through the `keyring-core` store crate of the system
//! scimctl is built for; every call on a worker thread of its own, given up
//! after [`KEYRING_TIMEOUT`].

use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::Duration;

use keyring_core::{CredentialStore, Entry};

use super::store::{Location, SecretStore, check_account, check_secret};
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
/// `Keyring::ALL` (`secret-service` or `keyutils` on Linux, `keychain` on
/// macOS, `credential-manager` on Windows). [`os_keyring`] is this applied
/// to the environment; it exists on its own so that callers and tests can
/// choose without touching the process environment.
pub fn os_keyring_from(choice: Option<&str>) -> Result<Box<dyn SecretStore>> {
    let backend = match choice.unwrap_or("") {
        "" => Keyring::ALL.first().copied(),
        name => Keyring::ALL.iter().copied().find(|b| b.name() == name),
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
    let valid = match Keyring::ALL {
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

/// One OS keyring. Each system has its own variants, backed by the store
/// crate that is a dependency on that system only (see Cargo.toml).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Keyring {
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

impl Keyring {
    /// The keyrings of this system, the default first.
    const ALL: &'static [Keyring] = &[
        #[cfg(target_os = "linux")]
        Keyring::SecretService,
        #[cfg(target_os = "linux")]
        Keyring::Keyutils,
        #[cfg(target_os = "macos")]
        Keyring::Keychain,
        #[cfg(target_os = "windows")]
        Keyring::CredentialManager,
    ];

    /// Its value of `SCIMCTL_KEYRING`.
    fn name(self) -> &'static str {
        match self {
            #[cfg(target_os = "linux")]
            Keyring::SecretService => "secret-service",
            #[cfg(target_os = "linux")]
            Keyring::Keyutils => "keyutils",
            #[cfg(target_os = "macos")]
            Keyring::Keychain => "keychain",
            #[cfg(target_os = "windows")]
            Keyring::CredentialManager => "credential-manager",
        }
    }

    fn location(self) -> Location {
        match self {
            #[cfg(target_os = "linux")]
            Keyring::SecretService => Location::SecretService,
            #[cfg(target_os = "linux")]
            Keyring::Keyutils => Location::Keyutils,
            #[cfg(target_os = "macos")]
            Keyring::Keychain => Location::Keychain,
            #[cfg(target_os = "windows")]
            Keyring::CredentialManager => Location::CredentialManager,
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
            Keyring::SecretService => Ok(zbus_secret_service_keyring_store::Store::new()?),
            #[cfg(target_os = "linux")]
            Keyring::Keyutils => Ok(linux_keyutils_keyring_store::Store::new()?),
            #[cfg(target_os = "macos")]
            Keyring::Keychain => Ok(apple_native_keyring_store::keychain::Store::new()?),
            #[cfg(target_os = "windows")]
            Keyring::CredentialManager => Ok(windows_native_keyring_store::Store::new()?),
        }
    }

    /// The entry for `account`. The Secret Service shows a label in keyring UIs
    /// such as Seahorse, so make it say what the item is; the other stores
    /// take no label (keyutils keeps its default description,
    /// `keyring:<account>@scimctl`; Keychain Access shows the service name).
    fn build(self, store: &CredentialStore, account: &str) -> keyring_core::Result<Entry> {
        #[cfg(target_os = "linux")]
        if self == Keyring::SecretService {
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
            Keyring::SecretService => {
                Some("use the kernel keyring instead with SCIMCTL_KEYRING=keyutils")
            }
            #[cfg(target_os = "linux")]
            Keyring::Keyutils => {
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
    backend: Keyring,
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
    fn new(backend: Keyring, timeout: Duration) -> Self {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secrets::file::InsecureFile;
    use std::path::PathBuf;

    use scimctl_core::secret::SCIM_KEY_PREFIX;

    fn file_store() -> (tempfile::TempDir, PathBuf, Box<dyn SecretStore>) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secrets.insecure.toml");
        let store = crate::secrets::insecure_file(path.clone());
        (dir, path, store)
    }

    #[test]
    fn debug_output_of_the_stores_leaks_nothing() {
        let (_dir, _path, store) = file_store();
        let secret = Secret::generate(SCIM_KEY_PREFIX);
        store.set("local/scim-key/1", &secret).unwrap();
        let file = InsecureFile {
            path: PathBuf::from("/x/secrets.insecure.toml"),
        };
        let backend = Keyring::ALL[0];
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
            if Keyring::ALL.iter().any(|b| b.name() == *name) {
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
            for here in Keyring::ALL {
                assert!(message.contains(here.name()), "{message}");
            }
        }
    }

    /// Every keyring compiled in has a name the table of all names knows.
    #[test]
    fn every_keyring_here_is_in_the_table_of_names() {
        assert!(!Keyring::ALL.is_empty());
        for backend in Keyring::ALL {
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
        let err = Keyring::SecretService.unreachable("no answer within 5s");
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
        let hint = Keyring::Keyutils
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
        for backend in Keyring::ALL {
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
        let err = Keyring::ALL[0].error(
            "local/admin-token",
            keyring_core::Error::BadEncoding(leaked),
        );
        let shown = format!("{err} {err:?}");
        assert!(!shown.contains("ThisMustNeverBeShown"), "{shown}");
        assert_eq!(err.kind(), Kind::Internal);
    }
}
