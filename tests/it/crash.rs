//! `kill -9` of `scimctl serve` in the middle of a 10,000-user import, and
//! of the CLI in the middle of an embedded one: a real process killed for
//! real, then restarted, and nothing that was answered is lost.

use std::collections::HashSet;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::{Machine, Serve, spawn_serve};

/// `scimctl serve` on the team database `db`, on a port it picks itself;
/// the machine's URL is pointed at it.
fn start_serve(m: &mut Machine, db: &str, log: &str) -> Serve {
    let mut cmd = m.std_command(&["serve", "--listen", "127.0.0.1:0"]);
    cmd.env("SCIMCTL_DATABASE_URL", db);
    let server = spawn_serve(cmd, &m.home.path().join(log));
    m.url = server.url.clone();
    server
}

/// Wait until `results` holds at least `n` lines (at most `secs` seconds).
fn wait_for_lines(results: &std::path::Path, n: usize, secs: u64) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        let lines = std::fs::read_to_string(results)
            .unwrap_or_default()
            .lines()
            .count();
        if lines >= n {
            return;
        }
        assert!(Instant::now() < deadline, "the import made no progress");
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// SQLite's own check of the database file.
async fn assert_intact(db: &str) {
    let pool = sqlx::sqlite::SqlitePoolOptions::new()
        .connect(db)
        .await
        .unwrap();
    let check: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(check, "ok");
    pool.close().await;
}

/// One field of every user the machine's backend lists.
async fn listed(m: &Machine, field: &str) -> HashSet<String> {
    m.run(&["users", "list", "-o", "jsonl", "--page-size", "1000"])
        .await
        .ok()
        .stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()[field]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn kill_9_during_an_import_loses_nothing_that_was_answered() {
    let mut m = Machine::embedded().await;
    let db = m.url.clone();
    let key = m.provision().await;

    let mut csv = String::from("email,first_name,last_name\n");
    for i in 0..10_000 {
        csv.push_str(&format!("crash{i}@example.com,F{i},L{i}\n"));
    }
    let file = m.home.path().join("big.csv");
    std::fs::write(&file, csv).unwrap();

    let mut server = start_serve(&mut m, &db, "serve-1.log");
    m.env.push(("SCIMCTL_SCIM_KEY".into(), key.clone()));

    // the import writes one line per settled row; kill the server mid-way
    let results = m.home.path().join("results.jsonl");
    let mut import = m.std_command(&[
        "users",
        "import",
        file.to_str().unwrap(),
        "-o",
        "jsonl",
        "--continue-on-error",
    ]);
    import
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&results).unwrap())
        .stderr(Stdio::null());
    let mut import = import.spawn().unwrap();
    wait_for_lines(&results, 1500, 60);
    assert!(
        Command::new("kill")
            .args(["-9", &server.child.id().to_string()])
            .status()
            .unwrap()
            .success()
    );
    server.child.wait().unwrap();
    let status = import.wait().unwrap();
    assert!(
        !status.success(),
        "rows after the kill cannot have succeeded"
    );

    // restart on the same file (on a new port: the machine follows it)
    let _server = start_serve(&mut m, &db, "serve-2.log");
    let answered: Vec<Value> = std::fs::read_to_string(&results)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let created: HashSet<String> = answered
        .iter()
        .filter(|r| r["status"] == "created")
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert!(
        created.len() >= 1000,
        "only {} rows were created before the kill",
        created.len()
    );
    let present = listed(&m, "id").await;
    let lost: Vec<&String> = created.difference(&present).collect();
    assert!(
        lost.is_empty(),
        "{} users answered 201 are gone",
        lost.len()
    );

    // the database file is intact
    assert_intact(&db).await;

    // re-running the import finishes it, with no duplicate
    let again = m
        .run(&[
            "users",
            "import",
            file.to_str().unwrap(),
            "--if-exists",
            "skip",
            "--concurrency",
            "16",
        ])
        .await
        .ok();
    assert!(again.stderr.contains("failed 0"), "{}", again.stderr);
    let all = m
        .run(&["users", "list", "-o", "jsonl", "--page-size", "1000"])
        .await
        .ok()
        .stdout;
    let names: Vec<String> = all
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["userName"]
                .as_str()
                .unwrap()
                .to_lowercase()
        })
        .collect();
    let unique: HashSet<&String> = names.iter().collect();
    assert_eq!((names.len(), unique.len()), (10_000, 10_000));
}

/// `kill -9` of the CLI itself in the middle of an embedded import, which
/// writes its rows in batches of 500 per transaction: every row reported
/// `created` before the kill is in the database, the file is intact, and a
/// re-run with --if-exists skip finishes the import without a duplicate.
#[tokio::test(flavor = "multi_thread")]
async fn kill_9_of_an_embedded_import_loses_no_reported_row() {
    let m = Machine::embedded().await;
    m.provision().await;
    let mut csv = String::from("email,first_name,last_name\n");
    for i in 0..60_000 {
        csv.push_str(&format!("batch{i}@example.com,F{i},L{i}\n"));
    }
    let file = m.home.path().join("big.csv");
    std::fs::write(&file, csv).unwrap();
    let results = m.home.path().join("results.jsonl");
    let mut import = m.std_command(&["users", "import", file.to_str().unwrap(), "-o", "jsonl"]);
    import
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&results).unwrap())
        .stderr(Stdio::null());
    let mut import = import.spawn().unwrap();
    wait_for_lines(&results, 1_000, 120);
    let _ = Command::new("kill")
        .args(["-9", &import.id().to_string()])
        .status()
        .unwrap();
    let status = import.wait().unwrap();
    let text = std::fs::read_to_string(&results).unwrap();
    // a line cut by the kill is no report
    let created: HashSet<String> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|r| r["status"] == "created")
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert!(
        !status.success() && created.len() < 60_000,
        "the import finished before the kill ({} rows): nothing was tested",
        created.len()
    );
    let present = listed(&m, "id").await;
    let lost = created.difference(&present).count();
    assert_eq!(
        lost,
        0,
        "{lost} of {} reported rows are gone",
        created.len()
    );
    assert_intact(&m.url).await;
    let again = m
        .run(&[
            "users",
            "import",
            file.to_str().unwrap(),
            "--if-exists",
            "skip",
        ])
        .await
        .ok();
    assert!(again.stderr.contains("failed 0"), "{}", again.stderr);
    let names = listed(&m, "userName").await;
    assert_eq!(names.len(), 60_000);
}
