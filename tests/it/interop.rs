//! The users commands against a third-party SCIM service: `scim2-server`
//! from PyPI (installed into .venv/ by scripts/test). It has no admin API,
//! serves SCIM at its root, and answers PATCH with 204 and no body. It is
//! started through `scim2_server_launch.py`, which reports the port its
//! socket was given (the `scim2-server` command reports only the port it
//! was asked for).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::common::{Machine, assert_seen};

fn peer(name: &str) -> Option<PathBuf> {
    let venv = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(".venv/bin")
        .join(name);
    if venv.exists() {
        return Some(venv);
    }
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join(name))
            .find(|p| p.exists())
    })
}

/// The peer binary, or `None` (with a visible "skipped") outside CI.
pub fn require_peer(name: &str) -> Option<PathBuf> {
    let found = peer(name);
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "{name} is not installed, and CI must run this test"
        );
        eprintln!(
            "skipped: {name} not installed (run scripts/test, which installs it into .venv/)"
        );
    }
    found
}

pub struct Peer {
    child: Child,
    pub url: String,
}

impl Drop for Peer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The interpreter line of an installed Python entry point (`#!/…/python3`
/// or `#!/usr/bin/env python3`): the Python that has its package.
fn interpreter_of(script: &Path) -> Command {
    let text = std::fs::read_to_string(script).unwrap_or_default();
    let words: Vec<&str> = text
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("#!"))
        .map(|l| l.split_whitespace().collect())
        .unwrap_or_default();
    match words.split_first() {
        Some((program, args)) => {
            let mut cmd = Command::new(program);
            cmd.args(args);
            cmd
        }
        None => Command::new("python3"),
    }
}

/// Start scim2-server's application on a loopback port that the server's
/// own socket chose, accepting one bearer token. `bin` is the installed
/// `scim2-server` command: the launcher runs on its Python (see
/// `scim2_server_launch.py` for why the command itself is not used).
pub fn start_scim2_server(bin: &Path, token: &str) -> Peer {
    let launcher = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/scim2_server_launch.py");
    let log = tempfile::NamedTempFile::new().unwrap();
    let mut child = interpreter_of(bin)
        .arg(&launcher)
        .env("SCIM2_SERVER_TOKEN", token)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(log.reopen().unwrap())
        .spawn()
        .expect("start scim2-server");
    // The first line on stdout names the address; read it on a thread so
    // that a launcher that hangs fails the test instead of blocking it.
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    let line = rx.recv_timeout(Duration::from_secs(30)).unwrap_or_default();
    let Some(url) = line.trim().strip_prefix("listening on ") else {
        let _ = child.kill();
        let _ = child.wait();
        panic!(
            "scim2-server did not start ({line:?}): {}",
            std::fs::read_to_string(log.path()).unwrap_or_default()
        );
    };
    Peer {
        url: url.to_string(),
        child,
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn users_commands_work_against_scim2_server() {
    let Some(bin) = require_peer("scim2-server") else {
        return;
    };
    let token = "interop-token-0123456789";
    let peer = start_scim2_server(&bin, token);
    let mut m = Machine::embedded().await;
    m.url = peer.url.clone();
    m.env = vec![
        ("SCIMCTL_SCIM_KEY".into(), token.into()),
        ("SCIMCTL_SCIM_PATH".into(), "/".into()),
    ];

    let ann = m
        .run(&[
            "users",
            "create",
            "ann@example.com",
            "--first",
            "Ann",
            "--last",
            "Lee",
            "--role",
            "developer",
            "-o",
            "json",
        ])
        .await
        .ok()
        .json();
    let id = ann["id"].as_str().unwrap().to_string();
    assert_eq!(ann["userName"], "ann@example.com");
    m.run(&[
        "users",
        "create",
        "ann@example.com",
        "--first",
        "A",
        "--last",
        "L",
    ])
    .await
    .code(6);
    m.run(&[
        "users",
        "create",
        "bob@example.com",
        "--first",
        "Bob",
        "--last",
        "Ray",
    ])
    .await
    .ok();

    assert_eq!(
        m.run(&["users", "get", "ann@example.com", "-o", "json"])
            .await
            .ok()
            .json()["id"],
        id.as_str()
    );
    assert_eq!(
        m.run(&["users", "get", &id, "-o", "json"])
            .await
            .ok()
            .json()["userName"],
        "ann@example.com"
    );
    m.run(&["users", "get", "nobody@example.com"]).await.code(5);

    // PATCH answered with 204: the CLI reads the user back
    let updated = m
        .run(&[
            "users",
            "update",
            "ann@example.com",
            "--last",
            "Li",
            "-o",
            "json",
        ])
        .await
        .ok()
        .json();
    assert_eq!(updated["name"]["familyName"], "Li");
    assert_eq!(updated["name"]["givenName"], "Ann");
    let off = m
        .run(&["users", "deactivate", &id, "--yes", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(off["active"], false);
    assert_eq!(
        m.run(&["users", "get", &id, "-o", "json"])
            .await
            .ok()
            .json()["active"],
        false
    );
    let on = m
        .run(&["users", "reactivate", "ann@example.com", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(on["active"], true);

    let all = m
        .run(&["users", "list", "-o", "jsonl", "--page-size", "1"])
        .await
        .ok();
    assert_eq!(all.stdout.lines().count(), 2);

    // admin commands: a clear "no admin API"
    for args in [&["sso", "list"][..], &["keys", "list"], &["scim", "status"]] {
        let out = m.run(args).await.code(1);
        let name = format!("no_admin_api_for_{}", args.join("_"));
        assert_seen!(&m, name, out);
    }
    // a wrong bearer token: exit 4
    m.env[0].1 = "wrong".into();
    let out = m.run(&["users", "list"]).await.code(4);
    assert_seen!(&m, "users_list_with_a_wrong_bearer_token", out);
}
