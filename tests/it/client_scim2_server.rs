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

/// A scim2-server, and a user's machine pointed at it with its token.
async fn on_scim2_server(bin: &Path) -> (Peer, Machine) {
    let token = "interop-token-0123456789";
    let peer = start_scim2_server(bin, token);
    let mut m = Machine::embedded().await;
    m.url = peer.url.clone();
    m.env = vec![
        ("SCIMCTL_SCIM_KEY".into(), token.into()),
        ("SCIMCTL_SCIM_PATH".into(), "/".into()),
    ];
    (peer, m)
}

#[tokio::test(flavor = "multi_thread")]
async fn users_commands_work_against_scim2_server() {
    let Some(bin) = require_peer("scim2-server") else {
        return;
    };
    let (_peer, mut m) = on_scim2_server(&bin).await;

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
    assert_eq!(off[0]["active"], false);
    assert_eq!(
        m.run(&["users", "get", &id, "-o", "json"])
            .await
            .ok()
            .json()["active"],
        false
    );
    // a service without membership states: --state reads `active`
    let by_state = async |state: &str| {
        let out = m
            .run(&["users", "list", "--state", state, "-o", "json"])
            .await
            .ok()
            .json();
        crate::common::each(&out, "userName")
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(by_state("deactivated").await, ["ann@example.com"]);
    assert!(by_state("invited").await.is_empty());
    assert!(
        !by_state("active")
            .await
            .contains(&"ann@example.com".to_string())
    );
    let on = m
        .run(&["users", "reactivate", "ann@example.com", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(on[0]["active"], true);

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

/// The requests a [`counting_front`] received: all of them, and the
/// PATCHes of a group.
#[derive(Default)]
struct Asked {
    all: std::sync::atomic::AtomicUsize,
    group_patches: std::sync::atomic::AtomicUsize,
}

/// A loopback front that forwards everything to `backend` and counts the
/// requests it received.
async fn counting_front(backend: String) -> (String, std::sync::Arc<Asked>) {
    use axum::body::Bytes;
    use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
    use std::sync::Arc;
    use std::sync::atomic::Ordering;
    let asked = Arc::new(Asked::default());
    let counter = asked.clone();
    let http = reqwest::Client::new();
    let app = axum::Router::new().fallback(
        move |method: Method, uri: Uri, headers: HeaderMap, body: Bytes| {
            counter.all.fetch_add(1, Ordering::SeqCst);
            if method == Method::PATCH && uri.path().contains("/Groups/") {
                counter.group_patches.fetch_add(1, Ordering::SeqCst);
            }
            let (http, backend) = (http.clone(), backend.clone());
            async move {
                let method = reqwest::Method::from_bytes(method.as_str().as_bytes()).unwrap();
                let mut req = http.request(method, format!("{backend}{uri}")).body(body);
                for name in ["authorization", "content-type", "if-match", "accept"] {
                    if let Some(v) = headers.get(name) {
                        req = req.header(name, v.as_bytes());
                    }
                }
                let resp = req.send().await.unwrap();
                let status = StatusCode::from_u16(resp.status().as_u16()).unwrap();
                let mut out = HeaderMap::new();
                for name in ["content-type", "etag", "location"] {
                    if let Some(v) = resp.headers().get(name) {
                        out.insert(name, HeaderValue::from_bytes(v.as_bytes()).unwrap());
                    }
                }
                (status, out, resp.bytes().await.unwrap().to_vec())
            }
        },
    );
    let url = crate::common::serve_on_loopback(app).await;
    (url, asked)
}

/// An import of 30 rows (enough for the client to read the team once,
/// census.rs) into scim2-server, re-run with `--if-exists skip` (every row
/// skipped) and `--if-exists update` with four last names changed (exactly
/// those four updated, the rest skipped), and the new names really on
/// scim2-server (docs/cli.md, "Other SCIM services").
#[tokio::test(flavor = "multi_thread")]
async fn a_re_run_of_an_import_skips_and_updates_exactly_on_scim2_server() {
    use std::collections::HashMap;
    use std::sync::atomic::Ordering;
    let Some(bin) = require_peer("scim2-server") else {
        return;
    };
    let (peer, mut m) = on_scim2_server(&bin).await;
    let (front, asked) = counting_front(peer.url.clone()).await;
    m.url = front;
    let csv = |changed: &[usize]| {
        let mut text = String::from("email,first_name,last_name\n");
        for i in 0..30 {
            let last = if changed.contains(&i) {
                format!("Changed{i}")
            } else {
                format!("Last{i}")
            };
            text.push_str(&format!("user{i}@example.com,First{i},{last}\n"));
        }
        text
    };
    let file = m.home.path().join("thirty.csv");
    std::fs::write(&file, csv(&[])).unwrap();
    let file = file.to_str().unwrap().to_string();
    let import = async |extra: &[&str]| {
        let before = asked.all.load(Ordering::SeqCst);
        let mut args = vec!["users", "import", &file, "-o", "jsonl"];
        args.extend_from_slice(extra);
        let out = m.run(&args).await;
        let cost = asked.all.load(Ordering::SeqCst) - before;
        eprintln!("import {extra:?}: {cost} requests");
        assert_eq!(out.code, 0, "{extra:?}: {}", out.stderr);
        let rows: Vec<serde_json::Value> = out
            .stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(rows.len(), 30, "{}", out.stdout);
        (rows, cost)
    };
    let statuses = |rows: &[serde_json::Value]| {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for r in rows {
            *counts
                .entry(r["status"].as_str().unwrap().to_string())
                .or_default() += 1;
        }
        counts
    };

    let (rows, _) = import(&[]).await;
    assert_eq!(statuses(&rows), HashMap::from([("created".into(), 30)]));
    let ids: HashMap<String, String> = rows
        .iter()
        .map(|r| {
            (
                r["email"].as_str().unwrap().to_string(),
                r["id"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(ids.len(), 30);

    // the same file again: every row skipped, with its user's id, from one
    // read of the team
    let (rows, cost) = import(&["--if-exists", "skip"]).await;
    assert_eq!(statuses(&rows), HashMap::from([("skipped".into(), 30)]));
    for r in &rows {
        assert_eq!(r["id"], ids[r["email"].as_str().unwrap()].as_str(), "{r}");
    }
    assert!(cost <= 5, "{cost} requests to skip 30 rows");

    // four last names changed: those four updated, 26 skipped
    let changed = [3, 7, 11, 29];
    std::fs::write(&file, csv(&changed)).unwrap();
    let (rows, cost) = import(&["--if-exists", "update"]).await;
    assert_eq!(
        statuses(&rows),
        HashMap::from([("updated".into(), 4), ("skipped".into(), 26)]),
        "{rows:?}"
    );
    for r in &rows {
        let email = r["email"].as_str().unwrap();
        let i: usize = email
            .trim_start_matches("user")
            .trim_end_matches("@example.com")
            .parse()
            .unwrap();
        let want = if changed.contains(&i) {
            "updated"
        } else {
            "skipped"
        };
        assert_eq!(r["status"], want, "{r}");
        assert_eq!(r["id"], ids[email].as_str(), "{r}");
    }
    assert!(
        cost <= 5 + 2 * changed.len(),
        "{cost} requests for 4 changes"
    );

    // on scim2-server: the new names, and the others untouched
    for i in [3, 7, 11, 29, 0, 12] {
        let user = m
            .run(&[
                "users",
                "get",
                &format!("user{i}@example.com"),
                "-o",
                "json",
            ])
            .await
            .ok()
            .json();
        let last = if changed.contains(&i) {
            format!("Changed{i}")
        } else {
            format!("Last{i}")
        };
        assert_eq!(user["name"]["familyName"], last.as_str(), "{user}");
        assert_eq!(user["name"]["givenName"], format!("First{i}").as_str());
    }
    // a second update run finds nothing left to change
    let (rows, _) = import(&["--if-exists", "update"]).await;
    assert_eq!(statuses(&rows), HashMap::from([("skipped".into(), 30)]));
}

/// The groups column against scim2-server, which keeps no `groups` on its
/// users: an import's memberships are sent once — the same file again
/// with `--if-exists skip` sends no group PATCH and reports 0 added
/// (before: every membership was added again) — and `users export`
/// writes each user's groups, read from `/Groups`, so the export matches
/// the file (before: an empty column) (docs/cli.md, "Bulk changes").
#[tokio::test(flavor = "multi_thread")]
async fn an_imports_memberships_are_sent_once_and_exported_on_scim2_server() {
    use std::collections::{BTreeSet, HashMap};
    use std::sync::atomic::Ordering;
    let Some(bin) = require_peer("scim2-server") else {
        return;
    };
    let (peer, mut m) = on_scim2_server(&bin).await;
    let (front, asked) = counting_front(peer.url.clone()).await;
    m.url = front;
    let mut wanted: HashMap<String, BTreeSet<String>> = HashMap::new();
    let mut csv = String::from("email,first_name,last_name,groups\n");
    for i in 0..30 {
        let groups: &[&str] = match i % 3 {
            0 => &["Eng"],
            1 => &["Eng", "Ops"],
            _ => &[],
        };
        let email = format!("user{i}@example.com");
        csv.push_str(&format!("{email},First{i},Last{i},{}\n", groups.join(";")));
        wanted.insert(email, groups.iter().map(|g| g.to_string()).collect());
    }
    let file = m.home.path().join("team.csv");
    std::fs::write(&file, csv).unwrap();
    let file = file.to_str().unwrap();

    let out = m
        .run(&["users", "import", file, "--create-groups"])
        .await
        .ok();
    assert!(
        out.stderr.contains("(30 added, 0 removed)"),
        "{}",
        out.stderr
    );
    let patched = asked.group_patches.load(Ordering::SeqCst);
    assert!(patched > 0);
    let out = m
        .run(&["users", "import", file, "--if-exists", "skip"])
        .await
        .ok();
    assert!(
        out.stderr
            .contains("memberships changed in 0 groups (0 added, 0 removed)"),
        "{}",
        out.stderr
    );
    assert_eq!(asked.group_patches.load(Ordering::SeqCst), patched);

    let out = m.run(&["users", "export"]).await.ok();
    let mut reader = csv::Reader::from_reader(out.stdout.as_bytes());
    let mut exported = 0;
    for record in reader.deserialize::<HashMap<String, String>>() {
        let record = record.unwrap();
        let groups: BTreeSet<String> = record["groups"]
            .split(';')
            .filter(|g| !g.is_empty())
            .map(str::to_string)
            .collect();
        assert_eq!(groups, wanted[&record["email"]], "{record:?}");
        exported += 1;
    }
    assert_eq!(exported, 30, "{}", out.stdout);
}

/// `users sync` against scim2-server: from a team of 25, a roster that
/// drops two users, renames one and adds one gives exactly those changes
/// (read back from scim2-server), and a second run changes nothing.
#[tokio::test(flavor = "multi_thread")]
async fn a_sync_reconciles_a_team_on_scim2_server() {
    let Some(bin) = require_peer("scim2-server") else {
        return;
    };
    let (_peer, m) = on_scim2_server(&bin).await;
    let roster = |range: std::ops::Range<usize>, renamed: Option<usize>, extra: &str| {
        let mut text = String::from("email,first_name,last_name\n");
        for i in range {
            let last = if renamed == Some(i) {
                "Renamed".to_string()
            } else {
                format!("Last{i}")
            };
            text.push_str(&format!("user{i}@example.com,First{i},{last}\n"));
        }
        text.push_str(extra);
        text
    };
    let team = m.home.path().join("team.csv");
    std::fs::write(&team, roster(0..25, None, "")).unwrap();
    m.run(&["users", "import", team.to_str().unwrap()])
        .await
        .ok();
    let file = m.home.path().join("roster.csv");
    std::fs::write(&file, roster(0..23, Some(4), "new@example.com,New,Hire\n")).unwrap();
    let sync = [
        "users",
        "sync",
        file.to_str().unwrap(),
        "--deactivate-missing",
        "-o",
        "jsonl",
    ];
    let out = m.run(&sync).await.ok();
    let mut got: Vec<(String, String)> = out
        .stdout
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["email"].as_str().unwrap().to_string(),
                v["status"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    got.sort();
    let want = [
        ("new@example.com", "created"),
        ("user23@example.com", "deactivated"),
        ("user24@example.com", "deactivated"),
        ("user4@example.com", "updated"),
    ];
    assert_eq!(
        got,
        want.map(|(e, s)| (e.to_string(), s.to_string())).to_vec(),
        "{}",
        out.stdout
    );
    let user = |name: &str| {
        let m = &m;
        let name = name.to_string();
        async move {
            m.run(&["users", "get", &name, "-o", "json"])
                .await
                .ok()
                .json()
        }
    };
    assert_eq!(
        user("user4@example.com").await["name"]["familyName"],
        "Renamed"
    );
    assert_eq!(user("user24@example.com").await["active"], false);
    assert_eq!(user("user0@example.com").await["active"], true);
    let again = m.run(&sync).await.ok();
    assert_eq!(again.stdout, "", "{}", again.stderr);
}

#[tokio::test(flavor = "multi_thread")]
async fn groups_commands_work_against_scim2_server() {
    let Some(bin) = require_peer("scim2-server") else {
        return;
    };
    let (_peer, m) = on_scim2_server(&bin).await;
    // scim2-server keeps no member's display and checks no member id: the
    // CLI reads each member's userName and checks each user itself
    crate::cli_groups::groups_contract(&m).await;
}
