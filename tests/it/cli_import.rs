//! `users import` and `users export` (docs/cli.md, "Bulk changes"): 2,000
//! rows with bad, repeated and existing ones, dry runs, `--if-exists
//! update`, stdin, SCIM off — and every row accounted for when an import
//! stops early, because a row failed while others were in flight or
//! because of Ctrl-C.

use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common::{
    Machine, Server, add_user, assert_seen, output_with_stdin_async, ready, results_by_row,
    scenarios, user_names, users_csv,
};

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
    rows_in_flight_when_an_import_stops_are_reported,
}

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

/// [`Machine::ready_for_users`], then the 20 users that exist before the
/// import (rows 22, 42, … of [`big_csv`], as "Pre Existing"); the path of
/// the big file.
async fn ready_with_20_users(m: &Machine) -> String {
    m.ready_for_users("bulk").await;
    let mut pre = String::from("email,first_name,last_name\n");
    for i in (20..420).step_by(20) {
        pre.push_str(&format!("user{i}@example.com,Pre,Existing\n"));
    }
    let pre = m.write_file("pre.csv", &pre);
    m.run(&["users", "import", &pre]).await.ok();
    assert_eq!(count_users(m).await, 20);
    m.write_file("users.csv", &big_csv())
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
    let back = m.write_file("exported.csv", &exported);
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
    m.ready_for_users("bulk").await;
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
    let small_file = m.write_file("small.csv", small);
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
    m.ready_for_users("bulk").await;
    let cmd = m.command(&["users", "import", "-", "--format", "jsonl", "-o", "jsonl"]);
    let line =
        json!({"email": "stdin@example.com", "first_name": "S", "last_name": "In"}).to_string();
    let out = output_with_stdin_async(cmd, &line).await;
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

/// SCIM off means off for an import too, on the embedded backend's batch
/// path as on the server: every row fails with exit 4, nothing is written.
async fn an_import_is_refused_while_scim_is_off(m: Machine) {
    m.ready_for_users("bulk").await;
    m.run(&["scim", "disable", "--yes"]).await.ok();
    let mut csv = String::from("email,first_name,last_name\n");
    for i in 0..30 {
        csv.push_str(&format!("off{i}@example.com,F{i},L{i}\n"));
    }
    let file = m.write_file("off.csv", &csv);
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

/// Every row accounted for (docs/cli.md, "Bulk changes"): the first row
/// fails (its user exists) while other rows are in flight. Those rows are
/// waited for and reported — the server may already have created them — and
/// the rows never sent are `not_attempted`. (Before: the rows in flight
/// were dropped from the report although their users existed.)
async fn rows_in_flight_when_an_import_stops_are_reported(m: Machine) {
    ready(&m).await;
    add_user(&m, "user0@example.com").await;
    let file = m.write_file("stop.csv", &users_csv(0, 40));
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
    let file = m.write_file("slow.csv", &users_csv(0, 400));
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
    // (the same backend: the URL the import ran against)
    assert!(
        messages.contains(&format!("To resume: scimctl --url {} users import", m.url)),
        "{messages}"
    );
}

/// The resume hint of an import that stopped repeats the flags that chose
/// its backend (docs/cli.md, "Bulk changes"): run as printed — without
/// `--profile`, from a shell where the profile is not the default — it
/// imports the rest into the same team. (Before: the hint had no
/// `--profile`, and pasted it went to the default profile's team.)
#[tokio::test(flavor = "multi_thread")]
async fn the_resume_hint_imports_the_rest_into_the_same_team() {
    let m = Machine::embedded().await;
    let other = m.home.path().join("other.db");
    std::fs::create_dir_all(m.config_dir()).unwrap();
    std::fs::write(
        m.config_dir().join("config.toml"),
        format!("[profiles.other]\nurl = \"sqlite://{}\"\n", other.display()),
    )
    .unwrap();
    // `scimctl ARGS` as an admin types it: no SCIMCTL_URL, the backend
    // chosen by the arguments alone
    let typed = async |args: &[&str]| {
        let mut cmd = m.command(args);
        cmd.env_remove("SCIMCTL_URL");
        crate::common::Out::from(cmd.output().await.unwrap())
    };
    for args in [
        &[
            "--profile",
            "other",
            "sso",
            "add",
            "--type",
            "saml",
            "--name",
            "Okta",
        ][..],
        &["--profile", "other", "scim", "enable"],
        &[
            "--profile",
            "other",
            "users",
            "create",
            "user7@example.com",
            "--first",
            "First7",
            "--last",
            "Last7",
        ],
    ] {
        assert_eq!(typed(args).await.code, 0);
    }
    let file = m.write_file("twenty.csv", &users_csv(0, 20));
    let out = typed(&["--profile", "other", "users", "import", &file]).await;
    assert_ne!(out.code, 0, "row 9 (user7) exists: the import stops");
    let hint = out
        .stderr
        .lines()
        .find_map(|l| l.strip_prefix("To resume: "))
        .unwrap_or_else(|| panic!("no resume hint: {}", out.stderr))
        .to_string();
    assert!(
        hint.starts_with("scimctl --profile other users import "),
        "{hint}"
    );
    let words: Vec<&str> = hint.split_whitespace().skip(1).collect();
    let resumed = typed(&words).await;
    assert_eq!(resumed.code, 0, "{hint}: {}", resumed.stderr);
    let listed = typed(&["--profile", "other", "users", "list", "-o", "json"]).await;
    let users = serde_json::from_str::<Value>(&listed.stdout).unwrap();
    assert_eq!(users.as_array().unwrap().len(), 20, "{users}");
}
