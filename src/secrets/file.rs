//! The explicit plain-text store: a TOML file with mode 0600 (on Unix),
//! used only when the user asked for it with `--insecure-storage`.

use std::collections::BTreeMap;
use std::fs::{self, DirBuilder, OpenOptions};
use std::io::{self, Write};
#[cfg(unix)]
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::store::{Location, SecretStore, check_account, check_secret};
use scimctl_core::error::{Error, Result};
use scimctl_core::secret::Secret;

/// The explicit plain-text store at `path` (docs/cli.md, "Secrets": only with
/// `--insecure-storage`).
pub fn insecure_file(path: PathBuf) -> Box<dyn SecretStore> {
    Box::new(InsecureFile { path })
}

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
pub(super) struct InsecureFile {
    pub(super) path: PathBuf,
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
    use crate::secrets::probe;
    use scimctl_core::error::Kind;

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
}
