//! Operating `scimctl serve` (docs/scim.md, "Operating serve"): the
//! Prometheus page read by Prometheus' own parser (`prometheus_client` from
//! PyPI, in .venv/), JSON log lines with request ids and nothing secret in
//! them, and SIGTERM with a request in flight.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common::{Serve, serve};
use crate::process::{admin_token, call, provision_over_admin_api, sigterm, wait_exit};

/// One sample of the page: its labels, and its value.
type Samples = Vec<(String, BTreeMap<String, String>, f64)>;

fn venv_python() -> Option<PathBuf> {
    let python = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".venv/bin/python");
    let ok = Command::new(&python)
        .args(["-c", "import prometheus_client"])
        .status()
        .is_ok_and(|s| s.success());
    ok.then_some(python)
}

/// Parse a /metrics page with `prometheus_client`'s text parser: every
/// sample as (name, labels, value). A page it refuses fails the test.
fn parse(python: &Path, page: &str) -> Samples {
    let script = r#"
import json, sys
from prometheus_client.parser import text_string_to_metric_families
out = []
for family in text_string_to_metric_families(sys.stdin.read()):
    for s in family.samples:
        out.append([s.name, s.labels, s.value])
print(json.dumps(out))
"#;
    let mut cmd = Command::new(python);
    cmd.args(["-c", script]);
    let out = crate::common::output_with_stdin(cmd, page);
    assert!(
        out.status.success(),
        "the Prometheus parser refused the page: {}\n{page}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Vec<(String, BTreeMap<String, String>, f64)> =
        serde_json::from_slice(&out.stdout).unwrap();
    v
}

/// The value of the sample `name` whose labels include `labels` (0 when
/// there is none: a counter not yet moved is not on the page).
fn value(samples: &Samples, name: &str, labels: &[(&str, &str)]) -> f64 {
    samples
        .iter()
        .filter(|(n, l, _)| {
            n == name
                && labels
                    .iter()
                    .all(|(k, v)| l.get(*k).map(String::as_str) == Some(*v))
        })
        .map(|(_, _, v)| v)
        .sum()
}

/// The address the server printed for its metrics listener.
fn metrics_url(server: &Serve) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let log = std::fs::read_to_string(&server.log).unwrap_or_default();
        if let Some(rest) = log.split("metrics on ").nth(1)
            && let Some((url, _)) = rest.split_once('\n')
        {
            return url.trim().to_string();
        }
        assert!(Instant::now() < deadline, "no metrics line: {log}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

async fn scrape(python: &Path, url: &str) -> Samples {
    let answer = reqwest::get(url).await.unwrap();
    assert_eq!(answer.status(), 200);
    let ct = answer.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(ct.starts_with("text/plain; version=0.0.4"), "{ct}");
    parse(python, &answer.text().await.unwrap())
}

fn user(email: &str) -> Value {
    json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": email,
        "name": {"givenName": "Metric", "familyName": "Case"},
        "emails": [{"value": email, "primary": true}],
        "password": "pw-hunter2-metrics"
    })
}

#[tokio::test(flavor = "multi_thread")]
async fn the_metrics_page_parses_and_counts_what_happened() {
    let Some(python) = venv_python() else {
        eprintln!("skipped: prometheus_client not in .venv (run scripts/test, which installs it)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let db = crate::common::fresh_database(home).await;
    let (token, _) = admin_token(home, &db);
    let server = serve(home, &db, &["--metrics-listen", "127.0.0.1:0"]);
    let metrics = metrics_url(&server);
    let (key, key_id) = provision_over_admin_api(&server.url, &token).await;
    let scim = format!("{}/scim/v2", server.url);

    let before = scrape(&python, &metrics).await;
    let created = |s: &Samples| {
        value(
            s,
            "scimctl_http_requests_total",
            &[
                ("route", "/scim/v2/Users"),
                ("method", "POST"),
                ("status", "201"),
            ],
        )
    };
    assert_eq!(created(&before), 0.0);

    let mut ids = Vec::new();
    for n in 0..5 {
        let (status, body) = call(
            "POST",
            &format!("{scim}/Users"),
            &key,
            Some(user(&format!("metric{n}@example.com"))),
        )
        .await;
        assert_eq!(status, 201, "{body}");
        ids.push(body["id"].as_str().unwrap().to_string());
    }
    let off = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "path": "active", "value": false}]});
    assert_eq!(
        call(
            "PATCH",
            &format!("{scim}/Users/{}", ids[0]),
            &key,
            Some(off)
        )
        .await
        .0,
        200
    );
    // A duplicate, a wrong key, no key, an unknown id, an unknown route.
    assert_eq!(
        call(
            "POST",
            &format!("{scim}/Users"),
            &key,
            Some(user("metric1@example.com"))
        )
        .await
        .0,
        409
    );
    assert_eq!(
        call(
            "GET",
            &format!("{scim}/Users"),
            "scim_wrongwrongwrongwrongwrong",
            None
        )
        .await
        .0,
        401
    );
    assert_eq!(
        reqwest::get(format!("{scim}/Users"))
            .await
            .unwrap()
            .status(),
        401
    );
    // Ids and emails in paths and queries must not become label values.
    for n in 0..50 {
        let id = format!("nosuch-{n}-alice@example.com");
        assert_eq!(
            call("GET", &format!("{scim}/Users/{id}"), &key, None)
                .await
                .0,
            404
        );
        let stray = reqwest::get(format!("{}/stray/{n}/bob@example.com", server.url))
            .await
            .unwrap();
        assert_eq!(stray.status(), 404);
    }
    // A rotation leaves the old key in its grace period (one hour here).
    let (status, _) = call(
        "POST",
        &format!("{}/admin/v1/keys/{key_id}/rotate", server.url),
        &token,
        Some(json!({"grace": "1h"})),
    )
    .await;
    assert_eq!(status, 201);

    let after = scrape(&python, &metrics).await;
    assert_eq!(created(&after), 5.0);
    let op = |s: &Samples, op: &str, outcome: &str| {
        value(
            s,
            "scimctl_scim_operations_total",
            &[("resource", "User"), ("op", op), ("outcome", outcome)],
        )
    };
    assert_eq!(op(&after, "create", "ok"), 5.0);
    assert_eq!(op(&after, "create", "conflict"), 1.0);
    assert_eq!(op(&after, "patch", "ok"), 1.0);
    assert_eq!(op(&after, "get", "not_found"), 50.0);
    let failures = |kind: &str| value(&after, "scimctl_auth_failures_total", &[("kind", kind)]);
    assert_eq!(failures("invalid_key"), 1.0);
    assert_eq!(failures("missing"), 1.0);
    assert_eq!(
        value(
            &after,
            "scimctl_users",
            &[("team", "default"), ("state", "active")]
        ),
        4.0
    );
    assert_eq!(
        value(
            &after,
            "scimctl_users",
            &[("team", "default"), ("state", "inactive")]
        ),
        1.0
    );
    let left = value(
        &after,
        "scimctl_key_expiry_seconds",
        &[("team", "default"), ("key", "okta")],
    );
    assert!(left > 3500.0 && left <= 3600.0, "{left}");
    assert_eq!(value(&after, "scimctl_build_info", &[]), 1.0);
    assert!(value(&after, "process_resident_memory_bytes", &[]) > 0.0);
    // The histogram counts every answered request of the route.
    let histogram = value(
        &after,
        "scimctl_http_request_duration_seconds_count",
        &[("route", "/scim/v2/Users/{id}"), ("method", "GET")],
    );
    assert_eq!(histogram, 50.0);

    // Bounded labels: routes are templates or `unmatched`, and no label
    // value holds an id or an email.
    let routes: BTreeSet<&str> = after
        .iter()
        .filter_map(|(_, l, _)| l.get("route").map(String::as_str))
        .collect();
    assert!(routes.contains("unmatched"), "{routes:?}");
    for (name, labels, _) in &after {
        for v in labels.values() {
            assert!(
                !v.contains('@') && !v.contains("nosuch") && !ids.iter().any(|id| v.contains(id)),
                "{name} has the label value {v:?}"
            );
        }
    }
    assert!(routes.len() <= 8, "{routes:?}");

    // The SCIM listener has no /metrics.
    assert_eq!(
        reqwest::get(format!("{}/metrics", server.url))
            .await
            .unwrap()
            .status(),
        404
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn json_logs_carry_request_ids_and_no_secret() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let db = crate::common::fresh_database(home).await;
    let (token, _) = admin_token(home, &db);
    let server = serve(home, &db, &["--log-format", "json"]);
    let (key, _) = provision_over_admin_api(&server.url, &token).await;
    let scim = format!("{}/scim/v2", server.url);
    let client = reqwest::Client::new();

    // A sane id of the client's is kept; an email in its place is not.
    let sent = client
        .post(format!("{scim}/Users"))
        .bearer_auth(&key)
        .header("content-type", "application/scim+json")
        .header("x-request-id", "okta-req.4711")
        .body(user("json.log@example.com").to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status(), 201);
    assert_eq!(sent.headers()["x-request-id"], "okta-req.4711");
    let id = sent.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let smuggled = client
        .get(format!("{scim}/Users/{id}"))
        .bearer_auth(&key)
        .header("x-request-id", "carol@example.com")
        .send()
        .await
        .unwrap();
    assert_eq!(smuggled.status(), 200);
    let replaced = smuggled.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_string();
    assert_ne!(replaced, "carol@example.com");
    assert_eq!(replaced.len(), 36, "{replaced}");
    // Every answer has one, failures too.
    let refused = client
        .get(format!(
            "{scim}/Users?filter=userName%20eq%20%22dave@example.com%22"
        ))
        .bearer_auth("scim_wrongwrongwrongwrongwrong")
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 401);
    assert!(refused.headers().contains_key("x-request-id"));
    let listed = client
        .get(format!(
            "{scim}/Users?filter=userName%20eq%20%22json.log@example.com%22"
        ))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    assert_eq!(listed.status(), 200);

    // Stop, so that every line is written.
    let mut server = server;
    sigterm(&server);
    let _ = wait_exit(&mut server);
    let log = std::fs::read_to_string(&server.log).unwrap();

    let mut access = Vec::new();
    for line in log.lines().filter(|l| !l.starts_with("scimctl serve:")) {
        let v: Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not a JSON line ({e}): {line}"));
        assert!(
            v["time"].as_str().is_some_and(|t| t.ends_with('Z')),
            "{line}"
        );
        assert!(v["level"].is_string(), "{line}");
        if v["target"] == "scimctl::access" {
            access.push(v);
        }
    }
    let by_id = |rid: &str| access.iter().find(|v| v["request_id"] == rid).cloned();
    let create = by_id("okta-req.4711").expect("the create's access line");
    assert_eq!(create["method"], "POST");
    assert_eq!(create["route"], "/scim/v2/Users");
    assert_eq!(create["status"], 201);
    assert!(create["duration_ms"].as_f64().is_some_and(|d| d >= 0.0));
    assert_eq!(create["team"], "default");
    assert_eq!(create["actor"], "key:okta");
    let get = by_id(&replaced).expect("the GET's access line");
    assert_eq!(get["route"], "/scim/v2/Users/{id}");
    let admin = access
        .iter()
        .find(|v| v["route"] == "/admin/v1/keys")
        .unwrap();
    assert_eq!(admin["actor"], "admin-token:ci");
    assert!(
        access
            .iter()
            .any(|v| v["status"] == 401 && v["actor"].is_null())
    );

    for secret in [
        token.as_str(),
        key.as_str(),
        "pw-hunter2",
        "@example.com",
        "scim_wrong",
        &id,
    ] {
        assert!(!log.contains(secret), "{secret:?} in the JSON log:\n{log}");
    }
}

/// Send the head of a POST and half its body, on a connection of its own.
fn half_a_request(url: &str, key: &str, body: &str) -> std::net::TcpStream {
    let addr = url.trim_start_matches("http://");
    let mut conn = std::net::TcpStream::connect(addr).unwrap();
    let head = format!(
        "POST /scim/v2/Users HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {key}\r\n\
         Content-Type: application/scim+json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    conn.write_all(head.as_bytes()).unwrap();
    conn.write_all(&body.as_bytes()[..body.len() / 2]).unwrap();
    conn
}

#[tokio::test(flavor = "multi_thread")]
async fn sigterm_finishes_the_request_in_flight_and_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let db = crate::common::fresh_database(home).await;
    let (token, _) = admin_token(home, &db);
    let mut server = serve(home, &db, &[]);
    let (key, _) = provision_over_admin_api(&server.url, &token).await;
    let body = user("in.flight@example.com").to_string();
    let mut conn = half_a_request(&server.url, &key, &body);
    std::thread::sleep(Duration::from_millis(200));

    sigterm(&server);
    // Draining: still running while the request is unfinished, and taking
    // no new connection.
    std::thread::sleep(Duration::from_millis(500));
    assert!(
        server.child.try_wait().unwrap().is_none(),
        "serve left a request unfinished"
    );
    let addr = server.url.trim_start_matches("http://").to_string();
    let refused = std::net::TcpStream::connect(&addr).map(|mut c| {
        let _ = c.set_read_timeout(Some(Duration::from_secs(2)));
        let _ = c.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        let mut buf = [0u8; 64];
        c.read(&mut buf).unwrap_or(0)
    });
    assert!(
        matches!(refused, Err(_) | Ok(0)),
        "a new connection was served while draining"
    );

    // The rest of the body: the request is answered, then serve exits 0.
    conn.write_all(&body.as_bytes()[body.len() / 2..]).unwrap();
    conn.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut answer = String::new();
    let _ = conn.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");
    let status = wait_exit(&mut server);
    assert!(status.success(), "{status:?}");
    // What it acknowledged is there.
    let out = crate::common::scimctl(home)
        .args(["--url", &db, "users", "list", "-o", "json"])
        .output()
        .unwrap();
    let listed = String::from_utf8_lossy(&out.stdout);
    assert!(
        listed.contains("in.flight@example.com"),
        "{listed}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `scimctl ARGS` to the end, with the exit code and both streams.
fn run(home: &Path, args: &[&str]) -> crate::common::Out {
    crate::common::scimctl(home)
        .args(args)
        .output()
        .unwrap()
        .into()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_backup_under_writes_is_whole_and_restores() {
    use std::sync::{Arc, Mutex};
    // SQLite only, whatever the suite's database: the online backup is
    // SQLite's (PostgreSQL has pg_dump).
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let live = home.join("live.db");
    let db = format!("sqlite://{}", live.display());
    let (token, _) = admin_token(home, &db);
    let server = serve(home, &db, &[]);
    let (key, _) = provision_over_admin_api(&server.url, &token).await;

    // Four writers create users as fast as serve takes them, and note
    // each one the server acknowledged.
    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut writers = Vec::new();
    for w in 0..4 {
        let (url, key) = (format!("{}/scim/v2/Users", server.url), key.clone());
        let (acknowledged, stop) = (acknowledged.clone(), stop.clone());
        writers.push(tokio::spawn(async move {
            let mut n = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) && n < 5_000 {
                let name = format!("load{w}-{n}@example.com");
                let (status, body) = call("POST", &url, &key, Some(user(&name))).await;
                assert_eq!(status, 201, "{body}");
                acknowledged.lock().unwrap().push(name);
                n += 1;
            }
        }));
    }
    while acknowledged.lock().unwrap().len() < 300 {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let before: Vec<String> = acknowledged.lock().unwrap().clone();
    let copy = home.join("copy.db");
    let copy_arg = copy.display().to_string();
    let backup = tokio::task::spawn_blocking({
        let (home, db, copy_arg) = (home.to_path_buf(), db.clone(), copy_arg.clone());
        move || run(&home, &["backup", "--database", &db, &copy_arg])
    })
    .await
    .unwrap();
    let during = acknowledged.lock().unwrap().len();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for w in writers {
        w.await.unwrap();
    }
    let backup = backup.ok();
    assert!(backup.stderr.contains("Backed up to"), "{}", backup.stderr);
    assert!(
        during > before.len(),
        "no write happened while the backup ran"
    );

    // SQLite's own verdict on the copy, one file with nothing beside it.
    {
        use sqlx::Connection;
        let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{copy_arg}?mode=ro"))
            .await
            .unwrap();
        let verdict: (String,) = sqlx::query_as("PRAGMA integrity_check")
            .fetch_one(&mut conn)
            .await
            .unwrap();
        assert_eq!(verdict.0, "ok");
    }
    assert!(!home.join("copy.db-wal").exists());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&copy).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "{mode:o}");
    }

    // Restored into a new database and served, it has every user
    // acknowledged before the backup began, and its key still works.
    let restored = format!("sqlite://{}", home.join("restored.db").display());
    run(home, &["restore", &copy_arg, "--database", &restored]).ok();
    let mut live_server = server;
    sigterm(&live_server);
    wait_exit(&mut live_server);
    let second = serve(home, &restored, &[]);
    let listed = run(home, &["--url", &restored, "users", "list", "-o", "jsonl"]).ok();
    let names: BTreeSet<String> = crate::common::user_names_in(&listed.stdout)
        .into_iter()
        .collect();
    let missing: Vec<&String> = before.iter().filter(|n| !names.contains(*n)).collect();
    assert!(
        missing.is_empty(),
        "{} acknowledged users missing, e.g. {:?}",
        missing.len(),
        missing.first()
    );
    assert!(
        names.len() <= during + 4,
        "{} users, {during} acknowledged",
        names.len()
    );
    let (status, _) = call(
        "GET",
        &format!("{}/scim/v2/Users?count=1", second.url),
        &key,
        None,
    )
    .await;
    assert_eq!(status, 200);

    // Never over data without --force; never from a file that is not a
    // team database; a backup never over an existing file.
    let refused = run(home, &["restore", &copy_arg, "--database", &db]).code(6);
    assert!(refused.stderr.contains("--force"), "{}", refused.stderr);
    std::fs::write(home.join("junk.db"), "not a database").unwrap();
    let junk = home.join("junk.db").display().to_string();
    let fresh = format!("sqlite://{}", home.join("fresh.db").display());
    run(home, &["restore", &junk, "--database", &fresh]).code(2);
    assert!(!home.join("fresh.db").exists());
    run(home, &["backup", "--database", &db, &copy_arg]).code(6);
    run(
        home,
        &["backup", "--database", "postgres://localhost/x", &copy_arg],
    )
    .code(2);
    let forced = run(
        home,
        &[
            "restore",
            &copy_arg,
            "--database",
            &db,
            "--force",
            "-o",
            "json",
        ],
    )
    .ok();
    assert_eq!(forced.json()["users"].as_u64(), Some(names.len() as u64));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_failed_remote_call_names_its_request_id_at_verbose() {
    let m = crate::common::Machine::remote().await;
    m.ready_for_users("okta").await;
    crate::common::users_create(&m, "twice@example.com", "Ann", "Twice", &[]).await;
    let again = [
        "users",
        "create",
        "twice@example.com",
        "--first",
        "A",
        "--last",
        "T",
    ];
    // (the suite logs every run at trace level, so -v is always on here)
    let loud = m.run(&[&["-v"][..], &again[..]].concat()).await.code(6);
    assert!(!loud.messages().contains("request id"), "{}", loud.stderr);
    let id = loud
        .stderr
        .split("its request id: ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("no request id in: {}", loud.stderr));
    assert_eq!(id.len(), 36, "{id}");
}
