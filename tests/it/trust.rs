//! The CLI that scripts and admins can trust: closed pipes, every import
//! row accounted for, one validator, profiles never repointed silently,
//! database paths, the audit trail's filters. Each test runs the built
//! binary, most on both backends.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::cli::{ready, sso_and_scim};
use crate::common::{Machine, Server, assert_seen, each, scenarios};

scenarios! {
    a_closed_stdout_ends_every_command_quietly,
    rows_in_flight_when_an_import_stops_are_reported,
    create_update_and_import_share_one_validator,
    audit_filters_and_says_when_more_exist,
}

/// A CSV of `n` new users, `first` being the number of the first.
fn users_csv(first: usize, n: usize) -> String {
    let mut csv = String::from("email,first_name,last_name\n");
    for i in first..first + n {
        csv.push_str(&format!("user{i}@example.com,First{i},Last{i}\n"));
    }
    csv
}

fn write(m: &Machine, name: &str, text: &str) -> String {
    let path = m.home.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

/// `scimctl ARGS | head -1`: read one line of stdout, close the pipe, and
/// return the exit code and what reached stderr.
fn first_line_then_close(m: &Machine, args: &[&str]) -> (i32, String, String) {
    let mut child = m
        .std_command(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn scimctl");
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    drop(stdout);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let code = child.wait().unwrap().code().unwrap_or(-1);
    let messages = crate::common::Out {
        args: Vec::new(),
        code,
        stdout: String::new(),
        stderr,
    }
    .messages();
    (code, line, messages)
}

/// SPEC §2: `scimctl … | head -1` exits 0 with nothing on stderr, in every
/// format. Each output here is far larger than a pipe's buffer, so the
/// writer meets the closed pipe. (Before: a panic with exit 101 for
/// tables, "cannot write output" with exit 1 for the others, exit 130 for
/// the audit table.)
async fn a_closed_stdout_ends_every_command_quietly(m: Machine) {
    ready(&m).await;
    let file = write(&m, "many.csv", &users_csv(0, 3000));
    m.run(&["users", "import", &file]).await.ok();
    let commands: &[&[&str]] = &[
        &["users", "list"],
        &["users", "list", "-o", "json"],
        &["users", "list", "-o", "jsonl"],
        &["users", "list", "-o", "csv"],
        &["users", "export"],
        &["users", "export", "-o", "jsonl"],
        &["audit", "list"],
        &["audit", "list", "-o", "json"],
        &["audit", "list", "-o", "csv"],
        &["completions", "bash"],
    ];
    for args in commands {
        let (code, line, messages) = first_line_then_close(&m, args);
        assert!(!line.is_empty(), "{args:?} printed nothing");
        assert_eq!(
            (code, messages.as_str()),
            (0, ""),
            "`scimctl {}` | head -1",
            args.join(" ")
        );
    }
}

/// One line per input row, each row in exactly one state.
fn results_by_row(jsonl: &str) -> HashMap<u64, Value> {
    let mut rows = HashMap::new();
    for line in jsonl.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        let row = v["row"].as_u64().unwrap();
        assert!(rows.insert(row, v).is_none(), "row {row} reported twice");
    }
    rows
}

async fn user_names(m: &Machine) -> Vec<String> {
    let out = m
        .run(&["users", "list", "-o", "jsonl", "--page-size", "1000"])
        .await
        .ok();
    crate::common::user_names_in(&out.stdout)
}

/// SPEC §5 bulk accounting: the first row fails (its user exists) while
/// other rows are in flight. Those rows are waited for and reported — the
/// server may already have created them — and the rows never sent are
/// `not_attempted`. (Before: the rows in flight were dropped from the
/// report although their users existed.)
async fn rows_in_flight_when_an_import_stops_are_reported(m: Machine) {
    ready(&m).await;
    m.run(&[
        "users",
        "create",
        "user0@example.com",
        "--first",
        "A",
        "--last",
        "B",
    ])
    .await
    .ok();
    let file = write(&m, "stop.csv", &users_csv(0, 40));
    let out = m
        .run(&[
            "users",
            "import",
            &file,
            "-o",
            "jsonl",
            "--concurrency",
            "8",
        ])
        .await
        .code(6);
    let rows = results_by_row(&out.stdout);
    assert_eq!(rows.len(), 40, "every row has a result: {}", out.stdout);
    let status = |s: &str| rows.values().filter(|v| v["status"] == s).count();
    assert_eq!(status("failed"), 1);
    assert_eq!(rows[&2]["status"], "failed");
    assert_eq!(
        status("created") + status("not_attempted") + 1,
        40,
        "{}",
        out.stdout
    );
    // what the report says was created is what exists, no more, no less
    let names = user_names(&m).await;
    assert_eq!(names.len(), 1 + status("created"), "{names:?}");
    for v in rows.values().filter(|v| v["status"] == "created") {
        assert!(names.contains(&v["email"].as_str().unwrap().to_string()));
    }
    for v in rows.values().filter(|v| v["status"] == "not_attempted") {
        assert!(!names.contains(&v["email"].as_str().unwrap().to_string()));
    }
    let messages = out.messages();
    assert!(
        messages.contains(&format!("not attempted {}", status("not_attempted"))),
        "{messages}"
    );
    assert!(messages.contains("--if-exists skip"), "{messages}");
}

/// SPEC §5: one rule set for create, update and import (an email-shaped
/// userName, non-empty names, a known role). Both backends refuse the same
/// input with the same words, before anything is sent.
async fn create_update_and_import_share_one_validator(m: Machine) {
    ready(&m).await;
    let cases: &[(&str, &[&str])] = &[
        (
            "create_not_an_email",
            &[
                "users",
                "create",
                "not-an-email",
                "--first",
                "A",
                "--last",
                "B",
            ],
        ),
        (
            "create_empty_first_name",
            &[
                "users",
                "create",
                "ann@example.com",
                "--first",
                " ",
                "--last",
                "B",
            ],
        ),
        (
            "create_unknown_role",
            &[
                "users",
                "create",
                "ann@example.com",
                "--first",
                "A",
                "--last",
                "B",
                "--role",
                "god mode",
            ],
        ),
        (
            "update_empty_role",
            &["users", "update", "ann@example.com", "--role", ""],
        ),
    ];
    for (name, args) in cases {
        let out = m.run(args).await.code(2);
        let snapshot = format!("validator_{name}");
        assert_seen!(&m, snapshot.as_str(), out);
    }
    // padded input is tidied, a role in any case is known
    let ann = m
        .run(&[
            "users",
            "create",
            "  ann@example.com ",
            "--first",
            " Ann ",
            "--last",
            "Lee",
            "--role",
            "Admin",
            "-o",
            "json",
        ])
        .await
        .ok()
        .json();
    assert_eq!(ann["userName"], "ann@example.com");
    assert_eq!(ann["name"]["givenName"], "Ann");
    assert_eq!(ann["roles"][0]["value"], "admin");
    // the import applies the same rules, and names the user of a bad row
    let file = write(
        &m,
        "roles.csv",
        "email,first_name,last_name,role\nbo@example.com,Bo,Ray,god mode\ncy@example.com,Cy,Doe,billing\n",
    );
    let out = m
        .run(&["users", "import", &file, "-o", "jsonl"])
        .await
        .code(2);
    let rows = results_by_row(&out.stdout);
    assert_eq!(rows[&2]["email"], "bo@example.com");
    assert!(rows[&2]["error"].as_str().unwrap().contains("unknown role"));
    assert_eq!(rows[&3]["status"], "not_attempted");
    assert_eq!(user_names(&m).await, ["ann@example.com"]);
}

/// SPEC §4: the trail is newest first, filtered by actor and action,
/// `--since` takes a duration, and a cut listing says so.
async fn audit_filters_and_says_when_more_exist(m: Machine) {
    ready(&m).await;
    for who in ["ann", "bo"] {
        m.run(&[
            "users",
            "create",
            &format!("{who}@example.com"),
            "--first",
            "A",
            "--last",
            "B",
        ])
        .await
        .ok();
    }
    let trail = m
        .run(&[
            "audit", "list", "--since", "1h", "--action", "user", "-o", "json",
        ])
        .await
        .ok()
        .json();
    let targets = each(&trail, "detail");
    assert_eq!(targets, ["bo@example.com", "ann@example.com"]);
    // the provisioning actor: the local user, or the SCIM key by name
    let actor = trail[0]["actor"].as_str().unwrap().to_string();
    assert!(actor == "local:tester" || actor == "key:okta", "{actor}");
    let by_actor = m
        .run(&[
            "audit",
            "list",
            "--actor",
            &actor,
            "--action",
            "user.create",
            "-o",
            "json",
        ])
        .await
        .ok()
        .json();
    assert_eq!(by_actor.as_array().unwrap().len(), 2);
    let cut = m
        .run(&["audit", "list", "--limit", "1", "-o", "jsonl"])
        .await
        .ok();
    assert_eq!(cut.stdout.lines().count(), 1);
    assert!(cut.messages().contains("there are more"), "{}", cut.stderr);
    let none = m
        .run(&[
            "audit",
            "list",
            "--since",
            "2999-01-01T00:00:00Z",
            "-o",
            "json",
        ])
        .await
        .ok()
        .json();
    assert_eq!(none, serde_json::json!([]));
    let typo = m.run(&["audit", "list", "--action", "usr"]).await.code(2);
    assert_seen!(&m, "audit_unknown_action", typo);
}

/// Ctrl-C in the middle of an import against a server that paces it: the
/// import stops launching rows, waits for those in flight, prints the
/// summary and how to resume, and exits 130; every row has one result,
/// and what it says was created exists. (Before: the bar froze and no
/// summary was printed.)
#[tokio::test(flavor = "multi_thread")]
async fn ctrl_c_during_an_import_prints_the_summary_and_accounts_for_every_row() {
    // 40 requests a second: 400 rows take about ten seconds
    let m = Machine::remote_on(Server::start_with(Some(40)).await);
    ready(&m).await;
    let file = write(&m, "slow.csv", &users_csv(0, 400));
    let child = m
        .std_command(&["users", "import", &file, "-o", "jsonl"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    // interrupt once some rows are through
    let started = Instant::now();
    loop {
        tokio::time::sleep(Duration::from_millis(100)).await;
        if user_names(&m).await.len() >= 20 || started.elapsed() > Duration::from_secs(20) {
            break;
        }
    }
    let status = std::process::Command::new("kill")
        .args(["-INT", &pid.to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let out = child.wait_with_output().unwrap();
    let out = crate::common::Out::from(out);
    assert_eq!(out.code, 130, "{}", out.stderr);
    let rows = results_by_row(&out.stdout);
    assert_eq!(rows.len(), 400, "every row has a result");
    let created: Vec<&str> = rows
        .values()
        .filter(|v| v["status"] == "created")
        .map(|v| v["email"].as_str().unwrap())
        .collect();
    assert!(
        rows.values().any(|v| v["status"] == "not_attempted"),
        "the import finished before the interrupt; nothing was tested"
    );
    let names = user_names(&m).await;
    assert_eq!(names.len(), created.len());
    let messages = out.messages();
    assert!(messages.contains("Interrupted"), "{messages}");
    assert!(messages.contains("interrupted"), "{messages}");
    assert!(
        messages.contains("To resume: scimctl users import"),
        "{messages}"
    );
}

/// SPEC §2: an explicit `sqlite://PATH` whose directory does not exist is
/// an error that creates nothing; the default location is created private.
#[tokio::test(flavor = "multi_thread")]
async fn database_paths_are_never_made_up_and_the_default_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let m = Machine::embedded().await;
    let missing = m.home.path().join("no/such/dir/team.db");
    let url = format!("sqlite://{}", missing.display());
    let out = m.run(&["--url", &url, "sso", "list"]).await.code(2);
    assert!(out.messages().contains("does not exist"), "{}", out.stderr);
    assert!(
        !m.home.path().join("no").exists(),
        "a directory was created"
    );

    // the default location, with nothing set: created 0700 / 0600
    let mut cmd = crate::common::scimctl(m.home.path());
    let out = cmd.args(["sso", "list", "-o", "json"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dir = m.home.path().join("data/scimctl");
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    for name in ["team.db", "team.db-wal", "team.db-shm"] {
        let file = dir.join(name);
        if file.exists() {
            assert_eq!(mode(&file), 0o600, "{name}");
        }
    }
    assert_eq!(mode(&dir.join("team.db")), 0o600);
}

/// SPEC §2: `auth login` never repoints an existing profile silently —
/// `SCIMCTL_PROFILE=local` once turned the embedded profile into a remote
/// one and orphaned its keys; `profile list|use|remove` manage them.
#[tokio::test(flavor = "multi_thread")]
async fn profiles_are_never_repointed_silently() {
    let server = Server::start().await;
    let mut m = Machine::embedded().await;
    // the embedded default, with a stored key (in the 0600 file: no keyring here)
    m.env.retain(|(k, _)| k != "SCIMCTL_URL");
    let local = |m: &Machine, args: &[&str]| {
        let mut cmd = m.std_command(args);
        cmd.env_remove("SCIMCTL_URL");
        cmd
    };
    let run = |mut cmd: std::process::Command, stdin: Option<&str>| {
        use std::io::Write;
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut pipe = child.stdin.take().unwrap();
        if let Some(text) = stdin {
            pipe.write_all(text.as_bytes()).unwrap();
        }
        drop(pipe);
        crate::common::Out::from(child.wait_with_output().unwrap())
    };
    for args in [
        &["sso", "add", "--type", "saml", "--name", "Okta"][..],
        &["scim", "enable"],
        &["keys", "generate", "--name", "okta", "--insecure-storage"],
    ] {
        run(local(&m, args), None).ok();
    }
    let secrets = m.config_dir().join("secrets.insecure.toml");
    let before = std::fs::read_to_string(&secrets).unwrap();
    assert!(before.contains("scim_"));

    // SCIMCTL_PROFILE=local + auth login --url: refused, nothing changes
    let mut login = local(&m, &["auth", "login", "--url", &server.url, "--with-token"]);
    login.env("SCIMCTL_PROFILE", "local");
    let refused = run(login, Some(&server.admin)).code(6);
    assert!(
        refused.messages().contains("does not repoint"),
        "{}",
        refused.stderr
    );
    assert_eq!(std::fs::read_to_string(&secrets).unwrap(), before);
    run(local(&m, &["keys", "list"]), None).ok();

    // a profile of its own is fine, and becomes the default
    let login = local(
        &m,
        &[
            "auth",
            "login",
            "--url",
            &server.url,
            "--profile",
            "prod",
            "--with-token",
            "--insecure-storage",
        ],
    );
    run(login, Some(&server.admin)).ok();
    let list = run(local(&m, &["profile", "list", "-o", "json"]), None)
        .ok()
        .json();
    let names: Vec<(&str, bool)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["name"].as_str().unwrap(), p["default"].as_bool().unwrap()))
        .collect();
    assert_eq!(names, [("local", false), ("prod", true)]);
    run(local(&m, &["profile", "use", "local"]), None).ok();
    run(local(&m, &["profile", "use", "nope"]), None).code(5);
    // the embedded profile still has its key
    run(local(&m, &["keys", "test"]), None).ok();

    // remove: the profile and its secrets go
    let token_prefix = &server.admin[..14];
    assert!(
        std::fs::read_to_string(&secrets)
            .unwrap()
            .contains(token_prefix)
    );
    run(local(&m, &["profile", "remove", "prod"]), None).ok();
    assert!(
        !std::fs::read_to_string(&secrets)
            .unwrap()
            .contains(token_prefix)
    );
    let list = run(local(&m, &["profile", "list", "-o", "json"]), None)
        .ok()
        .json();
    assert_eq!(list.as_array().unwrap().len(), 1);
}

/// A `--url` that names another backend than the saved profile's must not
/// send that profile's admin token there (it did: the token went to
/// whichever host `--url` named). A listener that records what it is sent
/// stands in for the other host.
#[tokio::test(flavor = "multi_thread")]
async fn a_profiles_token_never_goes_to_another_url() {
    let server = Server::start().await;
    let m = Machine::embedded().await;
    let mut login = m.std_command(&[
        "auth",
        "login",
        "--url",
        &server.url,
        "--with-token",
        "--insecure-storage",
    ]);
    login.env_remove("SCIMCTL_URL");
    let out = {
        use std::io::Write;
        let mut child = login
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(server.admin.as_bytes())
            .unwrap();
        crate::common::Out::from(child.wait_with_output().unwrap())
    };
    out.ok();

    // the other host: answers every request 401 and keeps what it was sent
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let other = format!("http://{}", listener.local_addr().unwrap());
    let seen = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let keep = seen.clone();
    let accept = tokio::spawn(async move {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        while let Ok((mut sock, _)) = listener.accept().await {
            let mut buf = vec![0u8; 16 * 1024];
            let n = sock.read(&mut buf).await.unwrap_or(0);
            keep.lock()
                .unwrap()
                .push_str(&String::from_utf8_lossy(&buf[..n]));
            let _ = sock
                .write_all(
                    b"HTTP/1.1 401 Unauthorized\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
                )
                .await;
        }
    });
    let mut cmd = m.std_command(&["--url", &other, "scim", "status"]);
    cmd.env_remove("SCIMCTL_URL");
    let out = crate::common::Out::from(cmd.output().unwrap());
    accept.abort();
    assert_eq!(out.code, 4, "{}", out.stderr);
    let sent = seen.lock().unwrap().clone();
    assert!(
        !sent.contains(&server.admin),
        "the admin token went to {other}: {sent}"
    );
    assert!(out.messages().contains("no admin token"), "{}", out.stderr);
}

/// The "key stops working soon" warning is said once per run, not once
/// per request (an import printed it for every row).
#[tokio::test(flavor = "multi_thread")]
async fn the_expiry_warning_is_said_once() {
    let m = Machine::remote().await;
    ready(&m).await;
    // the stored key is marked as rotated away, ending within the hour
    let config = m.config_dir().join("config.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    let soon = scimctl_core::time::to_rfc3339(
        scimctl_core::time::Clock::now(&scimctl_core::time::SystemClock) + 3_600_000,
    );
    let text = text.replacen(
        "created_at",
        &format!("expires_at = \"{soon}\"\ncreated_at"),
        1,
    );
    std::fs::write(&config, text).unwrap();
    let file = write(&m, "few.csv", &users_csv(0, 30));
    let out = m.run(&["users", "import", &file]).await.ok();
    assert_eq!(
        out.messages().matches("stops working at").count(),
        1,
        "{}",
        out.stderr
    );
}

/// SPEC §4: `admin-token list|revoke` through the admin API of a remote
/// backend, and on the database directly; `auth status` names the token
/// in use.
#[tokio::test(flavor = "multi_thread")]
async fn admin_tokens_are_listed_and_revoked_from_the_cli() {
    let m = Machine::remote().await;
    let server = m.server.as_ref().unwrap();
    let ci = server
        .admin_call(
            reqwest::Method::POST,
            "/tokens",
            Some(serde_json::json!({"name": "ci"})),
        )
        .await
        .body["token"]
        .as_str()
        .unwrap()
        .to_string();
    let listed = m
        .run(&["admin-token", "list", "-o", "json"])
        .await
        .ok()
        .json();
    let names = each(&listed, "name");
    assert_eq!(names, ["test", "ci"]);
    assert!(!listed.to_string().contains(&ci));
    // the token in use is named
    let status = m.run(&["auth", "status", "-o", "json"]).await;
    assert_eq!(
        status.json()["admin_token"]["name"],
        "test",
        "{}",
        status.stdout
    );
    // revoke asks first; then the token is refused at once
    m.run(&["admin-token", "revoke", "ci"]).await.code(3);
    let revoked = m
        .run(&["admin-token", "revoke", "ci", "--yes", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(revoked["status"], "revoked");
    let mut with_ci = m.std_command(&["scim", "status"]);
    with_ci.env("SCIMCTL_TOKEN", &ci);
    let refused = crate::common::Out::from(with_ci.output().unwrap());
    assert_eq!(refused.code, 4, "{}", refused.stderr);
    m.run(&["admin-token", "revoke", "ci", "--yes"])
        .await
        .code(6);

    // on the database directly: create, list, revoke
    let e = Machine::embedded().await;
    let made = e
        .run(&[
            "admin-token",
            "create",
            "--database",
            &e.url,
            "--name",
            "ops",
            "--json",
        ])
        .await
        .ok()
        .json();
    assert!(made["token"].as_str().unwrap().starts_with("scimadm_"));
    let listed = e
        .run(&["admin-token", "list", "--database", &e.url, "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(listed[0]["name"], "ops");
    assert_eq!(listed[0]["status"], "active");
    e.run(&["admin-token", "revoke", "ops", "--yes"]).await.ok();
    let listed = e
        .run(&["admin-token", "list", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(listed[0]["status"], "revoked");
}

/// Messages that say what happened: a zero grace ends the old key at once
/// (no "until"), `scim status` counts keys by what they can do, a missing
/// key's `auth status` says how to get one, and retries are told at -v.
#[tokio::test(flavor = "multi_thread")]
async fn messages_say_what_happened() {
    let m = Machine::remote().await;
    // no key yet: auth status exits 4 and says how to get one
    sso_and_scim(&m).await;
    let status = m.run(&["auth", "status"]).await.code(4);
    assert!(
        status.messages().contains("scimctl keys generate"),
        "{}",
        status.stderr
    );

    m.run(&["keys", "generate", "--name", "okta", "--insecure-storage"])
        .await
        .ok();
    let cut = m
        .run(&["keys", "rotate", "okta", "--grace", "0", "--yes"])
        .await
        .ok();
    let said = cut.messages();
    assert!(said.contains("stops working at once"), "{said}");
    assert!(!said.contains("until"), "{said}");
    m.run(&["keys", "rotate", "okta", "--grace", "2h", "--yes"])
        .await
        .ok();
    let counts = m.run(&["scim", "status", "-o", "json"]).await.ok().json();
    assert_eq!(
        (
            counts["active_keys"].as_u64(),
            counts["grace_keys"].as_u64()
        ),
        (Some(1), Some(1)),
        "{counts}"
    );
    m.run(&["scim", "disable", "--yes"]).await.ok();
    let counts = m.run(&["scim", "status", "-o", "json"]).await.ok().json();
    assert_eq!(counts["active_keys"], 0, "{counts}");
    // both the new key and the old one in its window are held while SCIM is off
    assert_eq!(counts["suspended_keys"], 2, "{counts}");

    // an unreachable backend: each retry is told at -v, then exit 7
    // (port 1: nothing listens there)
    let mut cmd = m.std_command(&["-v", "--url", "http://127.0.0.1:1", "users", "list"]);
    cmd.env("SCIMCTL_SCIM_KEY", crate::common::FOREIGN_KEY);
    let out = crate::common::Out::from(cmd.output().unwrap());
    assert_eq!(out.code, 7, "{}", out.stderr);
    assert!(out.stderr.contains("retrying in"), "{}", out.stderr);
}

/// SPEC §2: values from a backend are shown, never executed. A user whose
/// name would retitle the terminal window and fake a table row is printed
/// escaped, on one line; JSON and CSV on a pipe keep the value whole.
#[tokio::test(flavor = "multi_thread")]
async fn control_characters_from_a_backend_are_escaped() {
    // (scimctl serve refuses such names; a third-party service may not)
    let hostile = "Ann\u{1b}]0;owned\u{7}\r\nFAKE  row";
    let (url, _) = crate::common::foreign_service(vec![serde_json::json!({
        "id": "id-0",
        "userName": "ann@example.com",
        "name": {"givenName": hostile, "familyName": "Lee"},
        "active": true,
    })])
    .await;
    let m = Machine::against(url);
    let table = m.run(&["users", "list"]).await;
    assert_eq!(table.code, 0, "{}", table.stderr);
    assert!(!table.stdout.contains('\u{1b}') && !table.stdout.contains('\r'));
    assert_eq!(table.stdout.lines().count(), 2, "{}", table.stdout);
    assert!(
        table.stdout.contains("Ann\\x1b]0;owned\\x07\\x0d\\x0aFAKE"),
        "{}",
        table.stdout
    );
    let one = m.run(&["users", "get", "ann@example.com"]).await;
    assert!(!one.stdout.contains('\u{1b}'), "{}", one.stdout);
    // machine formats carry the value whole
    let json = m.run(&["users", "list", "-o", "json"]).await.json();
    assert_eq!(json[0]["name"]["givenName"], hostile);
}

/// SPEC §2: every format means the same everywhere, or is refused with
/// exit 2 — never a silent substitute; CSV and JSON hold whole values and
/// fixed words.
#[tokio::test(flavor = "multi_thread")]
async fn formats_are_honoured_or_refused() {
    let m = Machine::remote().await;
    ready(&m).await;
    m.run(&[
        "users",
        "create",
        "ann@example.com",
        "--first",
        "A",
        "--last",
        "B",
    ])
    .await
    .ok();
    for format in ["json", "table"] {
        let out = m.run(&["users", "export", "-o", format]).await.code(2);
        assert!(out.messages().contains("csv or jsonl"), "{}", out.stderr);
    }
    let csv = m.run(&["users", "export"]).await.ok().stdout;
    assert!(csv.starts_with("email,first_name,last_name"), "{csv}");
    let jsonl = m.run(&["users", "export", "-o", "jsonl"]).await.ok().stdout;
    assert!(jsonl.starts_with("{\"email\""), "{jsonl}");
    // keys as CSV: the whole prefix, empty cells empty
    let keys = m.run(&["keys", "list", "-o", "csv"]).await.ok().stdout;
    let row = keys.lines().nth(1).unwrap();
    assert!(
        !row.contains('…') && !row.contains(",-,") && !row.ends_with(",-"),
        "{row}"
    );
    // auth status: CSV is CSV, JSON holds fixed words
    let csv = m.run(&["auth", "status", "-o", "csv"]).await.ok().stdout;
    assert!(
        csv.starts_with("profile,url,backend,admin_token_status"),
        "{csv}"
    );
    let json = m.run(&["auth", "status", "-o", "json"]).await.ok().json();
    assert_eq!(json["admin_token"]["status"], "accepted");
    assert_eq!(json["scim_key"]["status"], "accepted");
    // import -o table: one line per row
    let file = write(&m, "two.csv", &users_csv(100, 2));
    let table = m.run(&["users", "import", &file, "-o", "table"]).await.ok();
    assert_eq!(table.stdout.lines().count(), 3, "{}", table.stdout);
    assert!(table.stdout.starts_with("ROW  EMAIL"), "{}", table.stdout);
}

/// SPEC §9 help: every command ends its help with examples, and the
/// global options stand in their own section.
#[test]
fn every_command_has_examples_and_a_global_options_section() {
    use clap::CommandFactory;
    fn leaves(cmd: &clap::Command, path: String, out: &mut Vec<(String, clap::Command)>) {
        let mut subs = cmd
            .get_subcommands()
            .filter(|c| c.get_name() != "help")
            .peekable();
        if subs.peek().is_none() {
            out.push((path, cmd.clone()));
            return;
        }
        for sub in subs {
            leaves(sub, format!("{path} {}", sub.get_name()), out);
        }
    }
    let root = scimctl::cli::Cli::command();
    let mut all = Vec::new();
    leaves(&root, "scimctl".into(), &mut all);
    assert!(all.len() > 30, "{} commands", all.len());
    for (path, _) in all {
        // the help as a user gets it, from the binary
        let words: Vec<&str> = path.split(' ').skip(1).collect();
        let out = std::process::Command::new(crate::common::BIN)
            .args(&words)
            .arg("--help")
            .output()
            .unwrap();
        let help = String::from_utf8_lossy(&out.stdout);
        assert!(
            help.contains("Examples:\n  scimctl"),
            "{path} has no examples:\n{help}"
        );
        assert!(
            help.contains("Global options:"),
            "{path}: no global options section"
        );
    }
}

/// Dynamic completion (`source <(COMPLETE=bash scimctl)`): profile names
/// and the names of stored keys come from this machine's configuration.
#[tokio::test(flavor = "multi_thread")]
async fn completion_knows_profiles_and_key_names() {
    let m = Machine::embedded().await;
    ready(&m).await;
    let complete = |words: &[&str]| {
        let mut cmd = m.std_command(&[]);
        cmd.env("COMPLETE", "fish")
            .arg("--")
            .arg("scimctl")
            .args(words);
        let out = crate::common::Out::from(cmd.output().unwrap());
        assert_eq!(out.code, 0, "{}", out.stderr);
        out.stdout
            .lines()
            .map(|l| l.split('\t').next().unwrap_or_default().to_string())
            .collect::<Vec<_>>()
    };
    assert!(complete(&["--profile", ""]).contains(&"local".to_string()));
    assert_eq!(complete(&["keys", "rotate", "ok"]), ["okta"]);
    assert_eq!(complete(&["keys", "show", "x"]), Vec::<String>::new());
    // group names: those the groups commands saw, renamed and deleted ones
    // forgotten
    assert_eq!(complete(&["groups", "get", "Eng"]), Vec::<String>::new());
    for args in [
        &["groups", "create", "Engineering"][..],
        &["groups", "create", "Sales"],
        &["groups", "rename", "Sales", "Sales EMEA"],
    ] {
        m.run(args).await.ok();
    }
    assert_eq!(complete(&["groups", "get", "Eng"]), ["Engineering"]);
    assert_eq!(complete(&["groups", "add", "Sa"]), ["Sales EMEA"]);
    m.run(&["groups", "delete", "Engineering", "--yes"])
        .await
        .ok();
    assert_eq!(complete(&["groups", "members", "E"]), Vec::<String>::new());
}

/// The case: 40 rows with --continue-on-error against `serve
/// --rate-limit 1`. Before, it ended "created 1, failed 1" with 5 users on
/// the server and 38 rows unreported. Now every row is accounted for, and
/// what the report says was created is what the server holds.
#[tokio::test(flavor = "multi_thread")]
async fn a_rate_limited_import_accounts_for_every_row() {
    let m = Machine::remote_on(Server::start_with(Some(1)).await);
    ready(&m).await;
    let file = write(&m, "forty.csv", &users_csv(0, 40));
    let out = m
        .run(&[
            "users",
            "import",
            &file,
            "--continue-on-error",
            "-o",
            "jsonl",
            // (give up at the first 429: this is about accounting for rows
            // that fail; waiting out the limit is tested below)
            "--max-wait",
            "0",
        ])
        .await;
    let rows = results_by_row(&out.stdout);
    assert_eq!(
        rows.len(),
        40,
        "every row reported: {}\n{}",
        out.stdout,
        out.stderr
    );
    let created: Vec<String> = rows
        .values()
        .filter(|v| v["status"] == "created")
        .map(|v| v["email"].as_str().unwrap().to_string())
        .collect();
    // the rate limit is per second: wait it out before reading back
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let names = user_names(&m).await;
    assert_eq!(names.len(), created.len(), "{}", out.stderr);
    assert!(
        !out.messages().contains("(--continue-on-error goes on)"),
        "{}",
        out.stderr
    );
}

/// SPEC §5, client behaviour: against a service that ignores filters,
/// `users get`/`deactivate` of one user never act on another (before:
/// `users deactivate user5@…` deactivated user0 and said it had done
/// user5); against one that ignores startIndex, a listing stops with an
/// error instead of printing users twice.
#[tokio::test(flavor = "multi_thread")]
async fn a_careless_service_never_gets_the_wrong_user_acted_on() {
    let users = (0..25)
        .map(|i| {
            serde_json::json!({
                "id": format!("id-{i}"),
                "userName": format!("user{i}@example.com"),
                "name": {"givenName": format!("First{i}"), "familyName": "Careless"},
                "active": true,
            })
        })
        .collect();
    let (url, writes) = crate::common::foreign_service(users).await;
    let m = Machine::against(url);
    // user0 is on the first page; user5 is not, whatever was asked
    let got = m
        .run(&["users", "get", "user0@example.com", "-o", "json"])
        .await
        .ok();
    assert_eq!(got.json()["id"], "id-0");
    let missing = m.run(&["users", "get", "user5@example.com"]).await.code(5);
    assert!(
        missing.messages().contains("may not honour SCIM filters"),
        "{}",
        missing.stderr
    );
    m.run(&["users", "deactivate", "user5@example.com", "--yes"])
        .await
        .code(5);
    assert_eq!(
        writes.load(std::sync::atomic::Ordering::SeqCst),
        0,
        "a write was sent"
    );
    // paging that ignores startIndex: an error, never duplicates
    let listed = m
        .run(&["users", "list", "-o", "jsonl", "--page-size", "10"])
        .await
        .code(1);
    assert!(
        listed.messages().contains("startIndex"),
        "{}",
        listed.stderr
    );
    let printed: Vec<&str> = listed.stdout.lines().collect();
    let mut unique = printed.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), printed.len(), "a user was printed twice");
    let exported = m
        .run(&["users", "export", "--page-size", "10"])
        .await
        .code(1);
    assert!(
        exported.messages().contains("startIndex"),
        "{}",
        exported.stderr
    );
}

/// A SCIM service that takes names only through PUT: a PATCH with a path
/// is refused (400 `invalidPath`), PUT stores what it is sent, a POST of a
/// user it holds is a 409. It holds two users, ignores filters, and counts
/// the PATCHes and PUTs it receives.
async fn put_only_service() -> (String, std::sync::Arc<[std::sync::atomic::AtomicUsize; 2]>) {
    use axum::extract::Path;
    use axum::http::StatusCode;
    use axum::routing::get;
    use std::sync::atomic::{AtomicUsize, Ordering};
    type Users = std::sync::Arc<std::sync::Mutex<std::collections::BTreeMap<String, Value>>>;
    let counts = std::sync::Arc::new([AtomicUsize::new(0), AtomicUsize::new(0)]);
    let users: Users = std::sync::Arc::new(std::sync::Mutex::new(
        ["ann", "bob"]
            .iter()
            .enumerate()
            .map(|(i, who)| {
                (
                    format!("id-{i}"),
                    serde_json::json!({
                        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                        "id": format!("id-{i}"),
                        "userName": format!("{who}@example.com"),
                        "name": {"givenName": who, "familyName": "Lee"},
                        "active": true,
                    }),
                )
            })
            .collect(),
    ));
    let error = |status: StatusCode, scim_type: &str, detail: &str| {
        (
            status,
            axum::Json(serde_json::json!({
                "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"],
                "status": status.as_str(), "scimType": scim_type, "detail": detail,
            })),
        )
    };
    let (u1, u2, u3) = (users.clone(), users.clone(), users.clone());
    let (c1, c2) = (counts.clone(), counts.clone());
    let app = axum::Router::new()
        .route(
            "/scim/v2/Users",
            get(move || {
                let all: Vec<Value> = u1.lock().unwrap().values().cloned().collect();
                async move {
                    axum::Json(serde_json::json!({
                        "schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
                        "totalResults": all.len(), "startIndex": 1,
                        "itemsPerPage": all.len(), "Resources": all,
                    }))
                }
            })
            .post(move || async move {
                error(StatusCode::CONFLICT, "uniqueness", "userName is taken")
            }),
        )
        .route(
            "/scim/v2/Users/{id}",
            get(move |Path(id): Path<String>| {
                let u = u2.lock().unwrap().get(&id).cloned();
                async move { axum::Json(u.unwrap_or_default()) }
            })
            .patch(move || {
                c1[0].fetch_add(1, Ordering::SeqCst);
                async move {
                    error(
                        StatusCode::BAD_REQUEST,
                        "invalidPath",
                        "only active and userName can be patched",
                    )
                }
            })
            .put(
                move |Path(id): Path<String>, axum::Json(body): axum::Json<Value>| {
                    c2[1].fetch_add(1, Ordering::SeqCst);
                    u3.lock().unwrap().insert(id, body.clone());
                    async move { axum::Json(body) }
                },
            ),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, counts)
}

/// SPEC §5: when a service refuses a PATCH path, the client falls back to
/// read-modify-PUT, and remembers it for the rest of the run (before: exit
/// 2 with the service's `invalidPath`).
#[tokio::test(flavor = "multi_thread")]
async fn a_refused_patch_path_falls_back_to_put() {
    use std::sync::atomic::Ordering;
    let (url, counts) = put_only_service().await;
    let m = Machine::against(url);
    let updated = m
        .run(&[
            "users",
            "update",
            "ann@example.com",
            "--last",
            "Smith",
            "-o",
            "json",
        ])
        .await
        .ok()
        .json();
    assert_eq!(updated["name"]["familyName"], "Smith");
    assert_eq!(updated["name"]["givenName"], "ann");
    assert_eq!(counts[0].load(Ordering::SeqCst), 1, "one PATCH tried");
    assert_eq!(counts[1].load(Ordering::SeqCst), 1, "then one PUT");
    // within one run the refusal is remembered: an import that updates two
    // users tries PATCH once, then PUTs
    let file = write(
        &m,
        "again.csv",
        "email,first_name,last_name\nann@example.com,Ann,Jones\nbob@example.com,Bob,Jones\n",
    );
    m.run(&[
        "users",
        "import",
        &file,
        "--if-exists",
        "update",
        "--concurrency",
        "1",
    ])
    .await
    .ok();
    assert_eq!(counts[0].load(Ordering::SeqCst), 2);
    assert_eq!(counts[1].load(Ordering::SeqCst), 3);
}

/// Issue 11's small ones: two Authorization headers are a 400 (not
/// first-wins); a damaged database file exits 1 (not 2, "usage"); a
/// PostgreSQL server that never answers is an error within seconds, exit
/// 7 (it hung 30 s). The silent server is a loopback listener that accepts
/// and says nothing.
#[tokio::test(flavor = "multi_thread")]
async fn two_credentials_damaged_files_and_silent_databases() {
    let (s, key) = Server::provisioned().await;
    let r = s
        .http
        .get(format!("{}/scim/v2/Users", s.url))
        .header("Authorization", format!("Bearer {key}"))
        .header("Authorization", "Bearer scim_other")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 400);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["scimType"], "invalidSyntax");

    let m = Machine::embedded().await;
    let damaged = m.home.path().join("damaged.db");
    std::fs::write(&damaged, "not a database ".repeat(64)).unwrap();
    let url = format!("sqlite://{}", damaged.display());
    let out = m.run(&["--url", &url, "sso", "list"]).await.code(1);
    assert!(out.messages().contains("not a database"), "{}", out.stderr);

    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!(
        "postgres://scimctl@{}/scimctl",
        silent.local_addr().unwrap()
    );
    // (before: the pool's 30 s wait, then "cannot connect … timed out")
    let out = m.run(&["--url", &url, "sso", "list"]).await.code(7);
    assert!(
        out.messages().contains("did not answer within 5 s"),
        "{}",
        out.stderr
    );
    drop(silent);
}

/// How a rate-limited stand-in answers over its budget.
#[derive(Clone, Copy)]
enum Over {
    /// Postman's way: 429 with `X-RateLimit-Limit/Remaining/Reset` (on
    /// every answer) and no `Retry-After`.
    Headers,
    /// A bare 429, no header at all.
    Silent,
}

/// A SaaS-like front of a real `serve`, on loopback.
struct Front {
    url: String,
    /// Answers 429 given.
    refused: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    /// Requests received, refused or not.
    asked: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

impl Front {
    fn asked(&self) -> usize {
        self.asked.load(std::sync::atomic::Ordering::SeqCst)
    }
}

/// A SaaS-like rate limit in front of a real `serve`: `budget` requests
/// per fixed window of `window`, then 429 until the window ends.
async fn rate_limited_front(backend: String, budget: u64, window: Duration, over: Over) -> Front {
    use axum::body::Bytes;
    use axum::http::{HeaderMap, Method, StatusCode, Uri};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Arc, Mutex};
    let refused = Arc::new(AtomicUsize::new(0));
    let asked = Arc::new(AtomicUsize::new(0));
    let (count, all) = (refused.clone(), asked.clone());
    let windows = Arc::new(Mutex::new((Instant::now(), 0u64)));
    let http = reqwest::Client::new();
    let app = axum::Router::new().fallback(
        move |method: Method, uri: Uri, headers: HeaderMap, body: Bytes| {
            let (windows, http, backend, count) = (
                windows.clone(),
                http.clone(),
                backend.clone(),
                count.clone(),
            );
            all.fetch_add(1, Ordering::SeqCst);
            async move {
                let (left, reset) = {
                    let mut w = windows.lock().unwrap();
                    if w.0.elapsed() >= window {
                        *w = (Instant::now(), 0);
                    }
                    w.1 += 1;
                    let reset = window.saturating_sub(w.0.elapsed()).as_secs() + 1;
                    (budget.saturating_sub(w.1), (w.1 <= budget, reset))
                };
                let (allowed, reset) = reset;
                let mut out = HeaderMap::new();
                if let Over::Headers = over {
                    out.insert("x-ratelimit-limit", budget.into());
                    out.insert("x-ratelimit-remaining", left.into());
                    out.insert("x-ratelimit-reset", reset.into());
                }
                if !allowed {
                    count.fetch_add(1, Ordering::SeqCst);
                    return (StatusCode::TOO_MANY_REQUESTS, out, Vec::new());
                }
                let mut req = http.request(method, format!("{backend}{uri}")).body(body);
                for name in ["authorization", "content-type", "if-match"] {
                    if let Some(v) = headers.get(name) {
                        req = req.header(name, v);
                    }
                }
                let resp = req.send().await.unwrap();
                let status = resp.status();
                for name in ["content-type", "etag", "location"] {
                    if let Some(v) = resp.headers().get(name) {
                        out.insert(name, v.clone());
                    }
                }
                (status, out, resp.bytes().await.unwrap().to_vec())
            }
        },
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    Front {
        url,
        refused,
        asked,
    }
}

/// Issue 13 point 3: a SaaS limit without `Retry-After` (20 requests per
/// 4 s, told only in X-RateLimit-* headers) used to end an import with
/// exit 7 after five quick retries; now the client paces itself to what
/// the headers say and every row is created, with default flags.
#[tokio::test(flavor = "multi_thread")]
async fn an_import_keeps_within_a_saas_rate_limit() {
    let server = Server::start().await;
    let key = server.provision().await;
    let Front { url, refused, .. } = rate_limited_front(
        server.url.clone(),
        20,
        Duration::from_secs(4),
        Over::Headers,
    )
    .await;
    let mut m = Machine::against(url);
    m.env = vec![("SCIMCTL_SCIM_KEY".into(), key.clone())];
    let file = write(&m, "fifty.csv", &users_csv(0, 50));
    let out = m.run(&["users", "import", &file, "-o", "jsonl"]).await;
    let rows = results_by_row(&out.stdout);
    let created = rows.values().filter(|v| v["status"] == "created").count();
    eprintln!(
        "created {created} of 50; {} answers were 429",
        refused.load(std::sync::atomic::Ordering::SeqCst)
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(created, 50, "{}", out.stderr);
    let on_server = server
        .scim(&key, reqwest::Method::GET, "/Users?count=1", None)
        .await
        .body["totalResults"]
        .clone();
    assert_eq!(on_server, 50);
    // paced, not hammering: a handful of 429s at most (the first window
    // is spent before the client knows the budget)
    assert!(
        refused.load(std::sync::atomic::Ordering::SeqCst) <= 10,
        "{}",
        out.stderr
    );
}

/// A bare 429 (no header at all) is waited out with a doubling pause, and
/// `--max-wait` bounds the waiting: exit 7 with a hint that names it.
#[tokio::test(flavor = "multi_thread")]
async fn a_silent_rate_limit_is_waited_out_within_max_wait() {
    let server = Server::start().await;
    let key = server.provision().await;
    let Front { url, refused, .. } =
        rate_limited_front(server.url.clone(), 10, Duration::from_secs(2), Over::Silent).await;
    let mut m = Machine::against(url);
    m.env = vec![("SCIMCTL_SCIM_KEY".into(), key.clone())];
    let file = write(&m, "thirty.csv", &users_csv(0, 30));
    let out = m.run(&["users", "import", &file, "-o", "jsonl"]).await;
    assert_eq!(out.code, 0, "{}", out.stderr);
    let rows = results_by_row(&out.stdout);
    assert_eq!(
        rows.values().filter(|v| v["status"] == "created").count(),
        30
    );
    assert!(refused.load(std::sync::atomic::Ordering::SeqCst) > 0);

    // a limit that outlasts --max-wait: exit 7, the hint names the flag
    let file = write(&m, "more.csv", &users_csv(100, 30));
    let out = m
        .run(&["users", "import", &file, "--max-wait", "1s", "-o", "jsonl"])
        .await;
    assert_eq!(out.code, 7, "{}", out.stderr);
    assert!(out.stderr.contains("--max-wait"), "{}", out.stderr);
}

/// Issue 13 point 4: an import of more than a few rows reads the team once
/// and plans every row from that read. A re-run of an imported file cost
/// two requests per row (POST, 409, GET: 600 for these 300 rows, ~4
/// minutes at 300 a minute); now it costs one page (and one read of the
/// service's ServiceProviderConfig for the page size), whatever --if-exists
/// says, and a dry run shows the same plan for the same cost.
#[tokio::test(flavor = "multi_thread")]
async fn a_re_run_of_an_import_costs_a_page_not_two_requests_per_row() {
    let server = Server::start().await;
    let key = server.provision().await;
    // a front that only counts (a window of an hour, a budget never spent)
    let front = rate_limited_front(
        server.url.clone(),
        1 << 40,
        Duration::from_secs(3600),
        Over::Silent,
    )
    .await;
    let mut m = Machine::against(front.url.clone());
    m.env = vec![("SCIMCTL_SCIM_KEY".into(), key.clone())];
    let file = write(&m, "three-hundred.csv", &users_csv(0, 300));
    let import = async |args: &[&str]| {
        let before = front.asked();
        let mut all = vec!["users", "import", &file, "-o", "jsonl"];
        all.extend_from_slice(args);
        let out = m.run(&all).await;
        let cost = front.asked() - before;
        eprintln!("{args:?}: {cost} requests");
        (out, cost)
    };

    // the first import: the page size the service allows (its
    // ServiceProviderConfig), the (empty) team's one page, a create per row
    let (out, cost) = import(&[]).await;
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(cost <= 302, "{cost} requests for 300 new rows");
    let ids: HashMap<String, Value> = user_names_and_ids(&server, &key).await;
    assert_eq!(ids.len(), 300);

    // re-runs: every row skipped with its user's id, for a page and the
    // ServiceProviderConfig
    for args in [
        &["--if-exists", "skip"][..],
        &["--if-exists", "update"],
        &["--if-exists", "skip", "--dry-run"],
    ] {
        let (out, cost) = import(args).await;
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        let rows = results_by_row(&out.stdout);
        assert_eq!(rows.len(), 300);
        let want = if args.contains(&"--dry-run") {
            "would-skip"
        } else {
            "skipped"
        };
        for r in rows.values() {
            assert_eq!(r["status"], want, "{args:?}: {r}");
            assert_eq!(r["id"], ids[r["email"].as_str().unwrap()], "{r}");
        }
        assert!(
            cost <= 3,
            "{args:?}: {cost} requests to settle 300 existing rows"
        );
    }
    // --if-exists fail: every row fails as existing, nothing is sent
    let (out, cost) = import(&[]).await;
    assert_eq!(out.code, 6, "{}", out.stderr);
    assert!(cost <= 3, "{cost} requests");

    // ten renamed rows and one differently cased email among them: a page
    // and ten PATCHes (and the ServiceProviderConfig); the others are left
    // alone
    let mut csv = users_csv(0, 300).replace("user7@", "USER7@");
    for i in 0..10 {
        csv = csv.replace(&format!(",First{i},"), &format!(",Renamed{i},"));
    }
    let renamed = write(&m, "renamed.csv", &csv);
    let before = front.asked();
    let out = m
        .run(&[
            "users",
            "import",
            &renamed,
            "--if-exists",
            "update",
            "-o",
            "jsonl",
        ])
        .await;
    let cost = front.asked() - before;
    assert_eq!(out.code, 0, "{}", out.stderr);
    let rows = results_by_row(&out.stdout);
    let updated = rows.values().filter(|r| r["status"] == "updated").count();
    assert_eq!(updated, 10, "{}", out.stdout);
    assert!(cost <= 13, "{cost} requests for 10 changes");
    let user7 = server
        .scim(
            &key,
            reqwest::Method::GET,
            "/Users?filter=userName%20eq%20%22user7%40example.com%22",
            None,
        )
        .await
        .body;
    assert_eq!(user7["Resources"][0]["name"]["givenName"], "Renamed7");
    assert_eq!(user7["totalResults"], 1);
}

/// Every user's userName and id, straight from the server.
async fn user_names_and_ids(server: &Server, key: &str) -> HashMap<String, Value> {
    let page = server
        .scim(key, reqwest::Method::GET, "/Users?count=1000", None)
        .await
        .body;
    page["Resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| (u["userName"].as_str().unwrap().to_string(), u["id"].clone()))
        .collect()
}
