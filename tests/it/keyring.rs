//! The OS keyring, for real: no mocks.
//!
//! `SCIMCTL_TEST_KEYRING` says which keyring this run may write to:
//! `secret-service` (set by `scripts/with-keyring`, which starts a throwaway
//! D-Bus session and GNOME Keyring) or `keyutils` (run inside
//! `keyctl session - …` to get a throwaway session keyring). Unset, the
//! real-keyring tests skip, except on CI, where skipping would hide a broken
//! keyring integration and so is a failure.
//!
//! What one process stores is read back by a separate program
//! (`secret-tool`, `keyctl`) and the other way round, which checks that the
//! entries are where other tools look for them, not just that scimctl agrees
//! with itself.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use scimctl::secrets::{self, Location, SERVICE, SecretStore};
use scimctl_core::error::Kind;
use scimctl_core::secret::{ADMIN_TOKEN_PREFIX, SCIM_KEY_PREFIX, Secret};

/// The keyring this run may use, or `None` to skip.
fn keyring_under_test() -> Option<&'static str> {
    match std::env::var("SCIMCTL_TEST_KEYRING").as_deref() {
        Ok("secret-service") => Some("secret-service"),
        Ok("keyutils") => Some("keyutils"),
        Ok(other) => {
            panic!("SCIMCTL_TEST_KEYRING={other}: expected `secret-service` or `keyutils`")
        }
        Err(_) if std::env::var_os("CI").is_some() => panic!(
            "CI must run the real-keyring tests: run them under scripts/with-keyring \
             (or set SCIMCTL_TEST_KEYRING=keyutils inside `keyctl session`)"
        ),
        Err(_) => {
            eprintln!("skipped: no keyring session (run under scripts/with-keyring)");
            None
        }
    }
}

/// A fresh account, so runs never see each other's entries.
fn random_account() -> String {
    format!("it-test/scim-key/{}", uuid::Uuid::new_v4())
}

/// Deletes the test entry even when an assertion fails halfway.
struct Cleanup<'a>(&'a dyn SecretStore, &'a str);

impl Drop for Cleanup<'_> {
    fn drop(&mut self) {
        let _ = self.0.delete(self.1);
    }
}

fn run(program: &str, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("cannot run {program} ({e}); install the Debian package `libsecret-tools` (secret-tool) or `keyutils` (keyctl)")
        });
    let mut pipe = child.stdin.take().unwrap();
    if let Some(input) = stdin {
        pipe.write_all(input.as_bytes()).unwrap();
    }
    drop(pipe);
    child.wait_with_output().unwrap()
}

/// Read the entry with another program, as another process.
fn external_lookup(keyring: &str, account: &str) -> Option<String> {
    let out = match keyring {
        "secret-service" => run(
            "secret-tool",
            &["lookup", "service", SERVICE, "username", account],
            None,
        ),
        _ => {
            let description = format!("keyring:{account}@{SERVICE}");
            let found = run("keyctl", &["search", "@s", "user", &description], None);
            if !found.status.success() {
                return None;
            }
            let id = String::from_utf8(found.stdout).unwrap();
            run("keyctl", &["pipe", id.trim()], None)
        }
    };
    let value = String::from_utf8(out.stdout).unwrap();
    (out.status.success() && !value.is_empty()).then(|| value.trim_end_matches('\n').to_owned())
}

/// Store an entry with another program, as another process.
fn external_store(keyring: &str, account: &str, value: &str) {
    let out = match keyring {
        "secret-service" => run(
            "secret-tool",
            &[
                "store",
                "--label=scimctl test",
                "service",
                SERVICE,
                "username",
                account,
            ],
            Some(value),
        ),
        _ => {
            let description = format!("keyring:{account}@{SERVICE}");
            run("keyctl", &["padd", "user", &description, "@s"], Some(value))
        }
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Set, read back through a new store object and another process, replace,
/// delete. It runs inside a tokio runtime on purpose: the CLI calls the
/// stores from async code, where nesting a runtime would panic.
#[tokio::test]
async fn real_keyring_round_trip() {
    let Some(keyring) = keyring_under_test() else {
        return;
    };
    let store = secrets::os_keyring_from(Some(keyring)).unwrap();
    let expected = match keyring {
        "secret-service" => Location::SecretService,
        _ => Location::Keyutils,
    };
    assert_eq!(store.location(), expected);
    secrets::probe(store.as_ref()).unwrap();

    let account = random_account();
    let _cleanup = Cleanup(store.as_ref(), &account);
    assert_eq!(store.get(&account).unwrap(), None);

    let first = Secret::generate(SCIM_KEY_PREFIX);
    store.set(&account, &first).unwrap();
    let other = secrets::os_keyring_from(Some(keyring)).unwrap();
    assert_eq!(other.get(&account).unwrap(), Some(first.clone()));
    assert_eq!(
        external_lookup(keyring, &account).as_deref(),
        Some(first.expose())
    );

    // Setting again replaces the entry rather than adding a second one.
    let second = Secret::generate(SCIM_KEY_PREFIX);
    store.set(&account, &second).unwrap();
    assert_eq!(other.get(&account).unwrap(), Some(second.clone()));
    assert_eq!(
        external_lookup(keyring, &account).as_deref(),
        Some(second.expose())
    );

    assert!(other.delete(&account).unwrap());
    assert!(!store.delete(&account).unwrap());
    assert_eq!(store.get(&account).unwrap(), None);
    assert_eq!(external_lookup(keyring, &account), None);
}

/// An entry another program stored under the same service and account is
/// found (e.g. one an admin added by hand with `secret-tool` or `keyctl`).
#[test]
fn real_keyring_reads_what_another_program_stored() {
    let Some(keyring) = keyring_under_test() else {
        return;
    };
    let store = secrets::os_keyring_from(Some(keyring)).unwrap();
    let account = random_account();
    let _cleanup = Cleanup(store.as_ref(), &account);
    let value = Secret::generate(ADMIN_TOKEN_PREFIX);
    external_store(keyring, &account, value.expose());
    assert_eq!(store.get(&account).unwrap(), Some(value));
    assert!(store.delete(&account).unwrap());
    assert_eq!(external_lookup(keyring, &account), None);
}

/// The variable that makes [`child_with_an_unreachable_bus`] do its work.
const CHILD_MARKER: &str = "SCIMCTL_TEST_CHILD_UNREACHABLE_BUS";

/// With the session bus pointing at a socket that does not exist, the
/// keyring fails, with an error that names the ways out. The D-Bus address
/// comes from the environment, which a test must not change in this
/// (multi-threaded) process, so the check runs in a child process: this test
/// binary again, running only [`child_with_an_unreachable_bus`].
#[test]
fn an_unreachable_secret_service_fails_with_the_alternatives() {
    let test_binary = std::env::current_exe().unwrap();
    let out = Command::new(test_binary)
        .args([
            "keyring::child_with_an_unreachable_bus",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_MARKER, "1")
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/scimctl-test/bus",
        )
        .env("SCIMCTL_KEYRING", "secret-service")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("1 passed"), "{stdout}\n{stderr}");
}

#[test]
fn child_with_an_unreachable_bus() {
    if std::env::var_os(CHILD_MARKER).is_none() {
        return;
    }
    let store = secrets::os_keyring().unwrap();
    assert_eq!(store.location(), Location::SecretService);
    let err = secrets::probe(store.as_ref()).unwrap_err();
    assert_eq!(err.kind(), Kind::Unavailable, "{err}");
    assert!(err.message().contains("Secret Service"), "{err}");
    let hint = err.hint().expect("the error names the alternatives");
    for alternative in [
        "SCIMCTL_TOKEN",
        "SCIMCTL_SCIM_KEY",
        "--insecure-storage",
        "SCIMCTL_KEYRING=keyutils",
    ] {
        assert!(hint.contains(alternative), "{hint}");
    }
    // The other operations fail the same way rather than hanging.
    let secret = Secret::generate(ADMIN_TOKEN_PREFIX);
    let err = store.set("it-test/admin-token", &secret).unwrap_err();
    assert_eq!(err.kind(), Kind::Unavailable);
    assert!(!format!("{err} {err:?}").contains(secret.expose()));
    assert_eq!(
        store.delete("it-test/admin-token").unwrap_err().kind(),
        Kind::Unavailable
    );
    eprintln!("the unreachable keyring said: {err}; hint: {hint}");
}

/// Let a machine's CLI reach this session's keyring (machines point
/// D-Bus nowhere by default).
fn reach_the_keyring(m: &mut crate::common::Machine, keyring: &str) {
    m.env.push(("SCIMCTL_KEYRING".into(), keyring.into()));
    for var in [
        "DBUS_SESSION_BUS_ADDRESS",
        "XDG_RUNTIME_DIR",
        "GNOME_KEYRING_CONTROL",
    ] {
        if let Ok(v) = std::env::var(var) {
            m.env.push((var.into(), v));
        }
    }
}

/// End to end (docs/cli.md, "Secrets"): `keys generate` stores the secret
/// in the real keyring, a second scimctl process reads it, `auth logout`
/// removes it.
#[tokio::test(flavor = "multi_thread")]
async fn the_cli_keeps_keys_in_the_real_keyring() {
    let Some(keyring) = keyring_under_test() else {
        return;
    };
    let mut m = crate::common::Machine::embedded().await;
    reach_the_keyring(&mut m, keyring);
    m.run(&["sso", "add", "--type", "oidc", "--name", "Entra"])
        .await
        .ok();
    m.run(&["scim", "enable"]).await.ok();
    let issued = m
        .run(&["keys", "generate", "--name", "entra", "-o", "json"])
        .await
        .ok();
    let secret = issued.json()["secret"].as_str().unwrap().to_string();
    assert!(!issued.stderr.contains("unencrypted"), "{}", issued.stderr);
    assert!(!m.config_dir().join("secrets.insecure.toml").exists());

    // another process reads it back from the keyring
    let shown = m.run(&["keys", "show", "entra", "--reveal"]).await.ok();
    assert_eq!(shown.stdout.trim(), secret);
    let tested = m.run(&["keys", "test"]).await.ok();
    assert!(tested.stdout.contains("OK"), "{}", tested.stdout);

    // it sits where other tools look: service `scimctl`, account `<profile>/scim-key/<id>`
    let id = issued.json()["id"].as_str().unwrap().to_string();
    let account = scimctl::secrets::resolve::key_account("local", &id);
    let store = secrets::os_keyring_from(Some(keyring)).unwrap();
    assert_eq!(store.get(&account).unwrap().unwrap().expose(), secret);

    // logout removes it
    m.run(&["auth", "logout"]).await.ok();
    assert!(
        store.get(&account).unwrap().is_none(),
        "logout left the key in the keyring"
    );
    let after = m.run(&["keys", "show", "entra", "--reveal"]).await;
    assert_ne!(after.code, 0);
    assert!(!after.stdout.contains(&secret));
}

/// Each secret is read from its store once per process (docs/cli.md,
/// "Secrets"). An import of 200 rows against `serve` with its SCIM key in
/// the Secret Service made two D-Bus look-ups per request (400
/// `SearchItems`, 400 `GetSecret`); `dbus-monitor` counts them here.
#[tokio::test(flavor = "multi_thread")]
async fn an_import_reads_its_key_from_the_keyring_once() {
    let Some(keyring) = keyring_under_test() else {
        return;
    };
    if keyring != "secret-service" {
        eprintln!("skipped: this test counts D-Bus calls (Secret Service only)");
        return;
    }
    let mut m = crate::common::Machine::remote().await;
    reach_the_keyring(&mut m, keyring);
    crate::common::sso_and_scim(&m).await;
    let issued = m
        .run(&["keys", "generate", "--name", "okta", "-o", "json"])
        .await
        .ok()
        .json();
    // The monitor sees the whole session bus, other keyring tests' calls
    // included: only look-ups of this test's key entry count.
    let account = scimctl::secrets::resolve::key_account("local", issued["id"].as_str().unwrap());
    let mut csv = String::from("email,first_name,last_name\n");
    for i in 0..200 {
        csv.push_str(&format!("user{i}@example.com,First{i},Last{i}\n"));
    }
    let file = m.home.path().join("users.csv");
    std::fs::write(&file, csv).unwrap();

    // Watch the session bus for calls to the Secret Service.
    let log = m.home.path().join("dbus.log");
    let mut monitor = Command::new("dbus-monitor")
        .args([
            "--session",
            "type='method_call',interface='org.freedesktop.Secret.Service'",
            "type='method_call',interface='org.freedesktop.Secret.Item'",
        ])
        .stdout(std::fs::File::create(&log).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .expect("dbus-monitor (Debian package dbus-bin or dbus)");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while std::fs::read_to_string(&log).unwrap_or_default().is_empty() {
        assert!(
            std::time::Instant::now() < deadline,
            "dbus-monitor said nothing"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let out = m
        .run(&["users", "import", file.to_str().unwrap()])
        .await
        .ok();
    // let the monitor print the last calls before stopping it
    std::thread::sleep(std::time::Duration::from_millis(300));
    let _ = monitor.kill();
    let _ = monitor.wait();
    let calls = std::fs::read_to_string(&log).unwrap();
    // dbus-monitor prints a message as a header line and its arguments
    // indented below it.
    let mut messages: Vec<String> = Vec::new();
    for line in calls.lines() {
        match messages.last_mut() {
            Some(m) if line.starts_with(' ') => {
                m.push('\n');
                m.push_str(line);
            }
            _ => messages.push(line.to_string()),
        }
    }
    let searches = messages
        .iter()
        .filter(|m| m.starts_with("method call") && m.contains("member=SearchItems"))
        .filter(|m| m.contains(&format!("\"{account}\"")))
        .count();
    eprintln!("200 rows: {searches} look-ups of the key's keyring entry");
    assert_eq!(
        searches, 1,
        "{searches} look-ups of the key for one import\n{}",
        out.stderr
    );
}
