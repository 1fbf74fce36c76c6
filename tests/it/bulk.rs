//! Onboarding at speed (SPEC §5, issue 4): bulk import and export, and the
//! client riding out 429/503 with `Retry-After`.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::Router;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::get;
use serde_json::{Value, json};

use crate::common::{Machine, assert_seen, scenarios};

/// 2,000 rows: 15 bad (10 bad emails, 5 without a first name), 10 repeats
/// of an earlier row, and 20 users that exist before the import.
fn big_csv() -> String {
    let mut csv = String::from("email,first_name,last_name,external_id,role,active\n");
    for i in 0..2000 {
        let line = if i % 200 == 7 {
            format!("broken-{i},First{i},Last{i},,,\n") // 10 bad emails
        } else if i % 400 == 13 {
            format!("user{i}@example.com,,Last{i},,,\n") // 5 without a first name
        } else if i % 200 == 99 {
            "user0@example.com,Again,Again,,,\n".to_string() // 10 repeats of row 2
        } else {
            format!("user{i}@example.com,First{i},Last{i},ext-{i},,true\n")
        };
        csv.push_str(&line);
    }
    csv
}

async fn count_users(m: &Machine) -> usize {
    let out = m
        .run(&["users", "list", "-o", "jsonl", "--page-size", "1000"])
        .await
        .ok();
    out.stdout.lines().count()
}

// Each scenario is its own test on both backends (see `scenarios!`). The
// 2,000-row import is done once per backend, and everything that needs
// its outcome (running it again, export and import back) follows it in the
// same scenario: a second copy of that setup would only cost CI time.
scenarios! {
    invalid_rows_stop_the_whole_import,
    dry_run_plans_and_changes_nothing,
    import_2000_rows_then_again_then_export_round_trip,
    update_changes_names_and_keeps_ids,
    import_reads_stdin_with_the_format_named,
    an_import_is_refused_while_scim_is_off,
}

async fn ready(m: &Machine) {
    m.ready_for_users("bulk").await;
}

fn write_file(m: &Machine, name: &str, text: &str) -> String {
    m.write_file(name, text)
}

/// [`ready`], then the 20 users that exist before the import (rows 22, 42,
/// … of [`big_csv`], as "Pre Existing"); the path of the big file.
async fn ready_with_20_users(m: &Machine) -> String {
    ready(m).await;
    let mut pre = String::from("email,first_name,last_name\n");
    for i in (20..420).step_by(20) {
        pre.push_str(&format!("user{i}@example.com,Pre,Existing\n"));
    }
    let pre = write_file(m, "pre.csv", &pre);
    m.run(&["users", "import", &pre]).await.ok();
    assert_eq!(count_users(m).await, 20);
    write_file(m, "users.csv", &big_csv())
}

/// Bad rows and no --continue-on-error: nothing happens, exit 2, rows named.
async fn invalid_rows_stop_the_whole_import(m: Machine) {
    let file = ready_with_20_users(&m).await;
    let refused = m.run(&["users", "import", &file]).await.code(2);
    // ("25 rows are invalid", the first rows named: row 9 …)
    assert_seen!(&m, "users_import_invalid_rows", refused);
    assert_eq!(count_users(&m).await, 20);
}

/// Dry run: the plan, and still nothing changes.
async fn dry_run_plans_and_changes_nothing(m: Machine) {
    let file = ready_with_20_users(&m).await;
    let plan = m
        .run(&[
            "users",
            "import",
            &file,
            "--dry-run",
            "--if-exists",
            "skip",
            "-o",
            "jsonl",
        ])
        .await
        .code(2);
    assert!(
        plan.stderr
            .contains("create 1955, update 0, skip 20, fail 25"),
        "{}",
        plan.stderr
    );
    assert_eq!(plan.stdout.lines().count(), 2000);
    assert_seen!(&m, "users_import_dry_run", plan);
    assert_eq!(count_users(&m).await, 20);
}

/// The import: good rows in, bad rows reported with their row number; run
/// again, nothing is duplicated; exported, it reads back unchanged.
async fn import_2000_rows_then_again_then_export_round_trip(m: Machine) {
    let file = ready_with_20_users(&m).await;
    let file = file.as_str();
    let out = m
        .run(&[
            "users",
            "import",
            file,
            "--continue-on-error",
            "-o",
            "jsonl",
            "--concurrency",
            "8",
        ])
        .await;
    assert_eq!(
        out.code, 1,
        "mixed failures (invalid and conflict) exit 1: {}",
        out.stderr
    );
    let rows: Vec<Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 2000);
    let numbers: Vec<u64> = rows.iter().map(|r| r["row"].as_u64().unwrap()).collect();
    assert_eq!(
        numbers,
        (2..=2001).collect::<Vec<_>>(),
        "one result per row, in row order"
    );
    let count = |s: &str| rows.iter().filter(|r| r["status"] == s).count();
    assert_eq!(
        (count("created"), count("failed"), count("skipped")),
        (1955, 45, 0)
    );
    let row = |n: u64| rows.iter().find(|r| r["row"] == n).unwrap();
    assert!(
        row(9)["error"].as_str().unwrap().contains("not an email"),
        "{}",
        row(9)
    );
    assert!(
        row(15)["error"].as_str().unwrap().contains("first_name"),
        "{}",
        row(15)
    );
    assert!(
        row(101)["error"]
            .as_str()
            .unwrap()
            .contains("already on row 2"),
        "{}",
        row(101)
    );
    assert!(
        row(22)["error"]
            .as_str()
            .unwrap()
            .contains("already exists"),
        "{}",
        row(22)
    );
    assert!(row(3)["id"].is_string() && row(3)["error"].is_null());
    assert!(out.stderr.contains("Created 1955"), "{}", out.stderr);
    assert_seen!(&m, "users_import_continue_on_error", out);
    assert_eq!(count_users(&m).await, 1975);

    // re-running is idempotent: no duplicate, and with skip nothing fails but the bad rows
    let again = m
        .run(&[
            "users",
            "import",
            file,
            "--continue-on-error",
            "--if-exists",
            "skip",
            "-o",
            "jsonl",
        ])
        .await
        .code(2);
    let rows: Vec<Value> = again
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let count = |s: &str| rows.iter().filter(|r| r["status"] == s).count();
    assert_eq!(
        (count("created"), count("skipped"), count("failed")),
        (0, 1975, 25)
    );
    assert_seen!(&m, "users_import_again_skips", again);
    assert_eq!(count_users(&m).await, 1975);

    // export writes what import reads; importing it back changes nothing
    let exported = m.run(&["users", "export", "-o", "csv"]).await.ok().stdout;
    assert_eq!(
        exported.lines().next().unwrap(),
        "email,first_name,last_name,external_id,role,active,groups"
    );
    assert_eq!(exported.lines().count(), 1976);
    let back = write_file(&m, "exported.csv", &exported);
    let re = m
        .run(&[
            "users",
            "import",
            &back,
            "--if-exists",
            "skip",
            "-o",
            "jsonl",
        ])
        .await
        .ok();
    assert_eq!(
        re.stdout
            .lines()
            .filter(|l| l.contains("\"skipped\""))
            .count(),
        1975
    );
    let jsonl = m
        .run(&["users", "export", "-o", "jsonl", "--page-size", "333"])
        .await
        .ok()
        .stdout;
    assert_eq!(jsonl.lines().count(), 1975);
    let first: Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
    assert!(first["email"].is_string() && first["first_name"].is_string());
    assert_eq!(count_users(&m).await, 1975);
}

/// --if-exists update: changes names and roles, keeps ids.
async fn update_changes_names_and_keeps_ids(m: Machine) {
    ready(&m).await;
    m.run(&[
        "users",
        "create",
        "user1@example.com",
        "--first",
        "First1",
        "--last",
        "Last1",
        "--external-id",
        "ext-1",
    ])
    .await
    .ok();
    let small = "email,first_name,last_name,role\nuser1@example.com,Renamed,Person,admin\n";
    let small_file = write_file(&m, "small.csv", small);
    let id_before = m
        .run(&["users", "get", "user1@example.com", "-o", "json"])
        .await
        .ok()
        .json()["id"]
        .clone();
    let plan = m
        .run(&[
            "users",
            "import",
            &small_file,
            "--if-exists",
            "update",
            "--dry-run",
        ])
        .await
        .ok();
    assert_seen!(&m, "users_import_update_dry_run", plan);
    let upd = m
        .run(&[
            "users",
            "import",
            &small_file,
            "--if-exists",
            "update",
            "-o",
            "json",
        ])
        .await
        .ok()
        .json();
    assert_eq!(upd[0]["status"], "updated");
    let user = m
        .run(&["users", "get", "user1@example.com", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(user["id"], id_before);
    assert_eq!(user["name"]["givenName"], "Renamed");
    assert_eq!(user["roles"][0]["value"], "admin");
}

/// stdin works too, with the format named.
async fn import_reads_stdin_with_the_format_named(m: Machine) {
    ready(&m).await;
    let mut cmd = m.command(&["users", "import", "-", "--format", "jsonl", "-o", "jsonl"]);
    cmd.stdin(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    use tokio::io::AsyncWriteExt;
    let line =
        json!({"email": "stdin@example.com", "first_name": "S", "last_name": "In"}).to_string();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(line.as_bytes())
        .await
        .unwrap();
    let out = child.wait_with_output().await.unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"created\""));
    assert_eq!(
        m.run(&["users", "get", "stdin@example.com", "-o", "json"])
            .await
            .ok()
            .json()["name"]["familyName"],
        "In"
    );
}

/// A stand-in SCIM service that answers 503 (or 429) with `Retry-After` a
/// given number of times before it answers: a backend that is overloaded
/// on cue cannot be produced for real, so this stub is the one mock of the
/// suite. (Real 429s come from `serve --rate-limit`, below.)
async fn flaky_service(failures: usize, status: StatusCode) -> (String, Arc<AtomicUsize>) {
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    let app = Router::new().route(
        "/scim/v2/Users",
        get(move || {
            let counter = counter.clone();
            async move {
                let n = counter.fetch_add(1, Ordering::SeqCst);
                if n < failures {
                    (status, [("Retry-After", "1")], "slow down").into_response()
                } else {
                    let body = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
                                      "totalResults": 0, "startIndex": 1, "itemsPerPage": 0, "Resources": []});
                    ([("Content-Type", "application/scim+json")], body.to_string()).into_response()
                }
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    (url, hits)
}

#[tokio::test(flavor = "multi_thread")]
async fn rate_limits_are_ridden_out_and_bounded() {
    // two 429s with Retry-After, then success
    let (url, hits) = flaky_service(2, StatusCode::TOO_MANY_REQUESTS).await;
    let mut m = Machine::embedded().await;
    m.url = url;
    m.env = vec![("SCIMCTL_SCIM_KEY".into(), "scim_test".into())];
    let out = m.run(&["users", "list", "-o", "json"]).await.ok();
    assert_eq!(out.json(), json!([]));
    assert_eq!(hits.load(Ordering::SeqCst), 3);

    // a service that never recovers: exit 7 after a bounded number of tries
    let (url, hits) = flaky_service(usize::MAX, StatusCode::SERVICE_UNAVAILABLE).await;
    m.url = url;
    let out = m.run(&["users", "list"]).await.code(7);
    assert!(
        out.stderr.contains("gave up after 5 attempts"),
        "{}",
        out.stderr
    );
    assert_eq!(hits.load(Ordering::SeqCst), 5);
}

/// `serve --rate-limit`: a burst over the limit gets 429 with Retry-After
/// and a SCIM error body, and the CLI rides it out to success.
#[tokio::test(flavor = "multi_thread")]
async fn the_cli_rides_out_a_real_rate_limit() {
    let (s, key) = crate::common::Server::provisioned_with(Some(2)).await;
    for i in 0..5 {
        let body = crate::common::user_body(&format!("rl{i}@example.com"), "R", "L");
        // creates are limited too; wait out any 429 here
        loop {
            let r = s
                .scim(&key, reqwest::Method::POST, "/Users", Some(body.clone()))
                .await;
            if r.status == 201 {
                break;
            }
            r.assert_scim_error(429);
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        }
    }
    let burst = futures::future::join_all(
        (0..6).map(|_| s.scim(&key, reqwest::Method::GET, "/Users", None)),
    )
    .await;
    let limited: Vec<_> = burst.iter().filter(|r| r.status == 429).collect();
    assert!(!limited.is_empty(), "a burst of 6 at 2/s must be limited");
    limited[0].assert_scim_error(429);
    assert_eq!(limited[0].header("retry-after"), Some("1"));

    let mut m = Machine::embedded().await;
    m.url = s.url.clone();
    m.env = vec![("SCIMCTL_SCIM_KEY".into(), key.clone())];
    let out = m
        .run(&["users", "list", "-o", "jsonl", "--page-size", "1"])
        .await
        .ok();
    assert_eq!(out.stdout.lines().count(), 5);
}

/// SCIM off means off for an import too, on the embedded backend's batch
/// path as on the server: every row fails with exit 4, nothing is written.
async fn an_import_is_refused_while_scim_is_off(m: Machine) {
    ready(&m).await;
    m.run(&["scim", "disable", "--yes"]).await.ok();
    let mut csv = String::from("email,first_name,last_name\n");
    for i in 0..30 {
        csv.push_str(&format!("off{i}@example.com,F{i},L{i}\n"));
    }
    let file = write_file(&m, "off.csv", &csv);
    let out = m
        .run(&[
            "users",
            "import",
            &file,
            "--continue-on-error",
            "-o",
            "jsonl",
        ])
        .await
        .code(4);
    assert!(
        out.stdout.lines().all(|l| l.contains("\"failed\"")),
        "{}",
        out.stdout
    );
    m.run(&["scim", "enable"]).await.ok();
    assert_eq!(count_users(&m).await, 0);
}
