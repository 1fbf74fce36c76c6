//! `users sync ROSTER`: the team made what a roster says, planned from one
//! read of the team, with a safety stop that refuses a roster with a bad
//! row and a team that cannot be read whole (docs/cli.md, "Bulk changes").

use std::collections::HashMap;

use serde_json::Value;

use crate::common::{Machine, scenarios};

scenarios! {
    a_sync_creates_updates_deactivates_and_then_plans_nothing,
    a_roster_with_a_bad_row_changes_nothing,
}

async fn ready(m: &Machine) {
    m.ready_for_users("sync").await;
}

/// Every user by userName.
async fn team(m: &Machine) -> HashMap<String, Value> {
    m.run(&["users", "list", "-o", "jsonl"])
        .await
        .ok()
        .stdout
        .lines()
        .map(|l| {
            let u: Value = serde_json::from_str(l).unwrap();
            (u["userName"].as_str().unwrap().to_string(), u)
        })
        .collect()
}

/// The `-o jsonl` lines of a sync, by email: (action, status, changes).
fn lines_by_email(jsonl: &str) -> HashMap<String, (String, String, Vec<String>)> {
    jsonl
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            let changes = v["changes"]
                .as_array()
                .map(|cs| {
                    cs.iter()
                        .map(|c| {
                            format!(
                                "{}={}",
                                c["field"].as_str().unwrap(),
                                c["to"].as_str().unwrap()
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            (
                v["email"].as_str().unwrap().to_string(),
                (
                    v["action"].as_str().unwrap().to_string(),
                    v["status"].as_str().unwrap().to_string(),
                    changes,
                ),
            )
        })
        .collect()
}

/// 30 users, one of them deactivated; a roster that keeps 25 of them
/// (one renamed, one made admin, the deactivated one named), adds 3 and
/// leaves 5 out. 11 changes: more than the default stop (10).
async fn a_sync_creates_updates_deactivates_and_then_plans_nothing(m: Machine) {
    ready(&m).await;
    let mut csv = String::from("email,first_name,last_name\n");
    for i in 0..30 {
        csv.push_str(&format!("u{i}@example.com,First{i},Last{i}\n"));
    }
    let team_file = m.write_file("team.csv", &csv);
    m.run(&["users", "import", &team_file]).await.ok();
    m.run(&["users", "deactivate", "u5@example.com", "--yes"])
        .await
        .ok();

    let mut roster = String::from("email,first_name,last_name,role\n");
    for i in 0..25 {
        let line = match i {
            1 => "U1@Example.com,First1,Renamed,\n".to_string(),
            2 => "u2@example.com,First2,Last2,Admin\n".to_string(),
            _ => format!("u{i}@example.com,First{i},Last{i},\n"),
        };
        roster.push_str(&line);
    }
    for i in 0..3 {
        roster.push_str(&format!("new{i}@example.com,New{i},Hire,\n"));
    }
    let roster = m.write_file("roster.csv", &roster);
    let sync = ["users", "sync", roster.as_str(), "--deactivate-missing"];

    // the plan, and nothing changed
    let plan = m
        .run(&[&sync[..], &["--dry-run", "-o", "jsonl"]].concat())
        .await
        .ok();
    let planned = lines_by_email(&plan.stdout);
    assert_eq!(planned.len(), 11, "{}", plan.stdout);
    for i in 0..3 {
        assert_eq!(planned[&format!("new{i}@example.com")].1, "would-create");
    }
    assert_eq!(
        planned["U1@Example.com"],
        (
            "update".into(),
            "would-update".into(),
            vec!["last_name=Renamed".into()]
        )
    );
    assert_eq!(planned["u2@example.com"].2, ["role=admin"]);
    assert_eq!(planned["u5@example.com"].2, ["active=true"]);
    for i in 25..30 {
        let (action, status, _) = &planned[&format!("u{i}@example.com")];
        assert_eq!(
            (action.as_str(), status.as_str()),
            ("deactivate", "would-deactivate")
        );
    }
    assert!(
        plan.messages()
            .contains("A real run would refuse this plan"),
        "{}",
        plan.stderr
    );
    // a person sees the plan as a table
    let table = m.run(&[&sync[..], &["--dry-run"]].concat()).await.ok();
    assert!(
        table.stdout.contains("last_name: Last1 → Renamed"),
        "{}",
        table.stdout
    );
    let before = team(&m).await;
    assert_eq!(before.len(), 30);
    assert_eq!(before["u25@example.com"]["active"], true);

    // over the default stop: refused, nothing changed
    let refused = m.run(&sync).await.code(3);
    assert!(
        refused.messages().contains("--max-changes 11"),
        "{}",
        refused.stderr
    );
    assert_eq!(team(&m).await, before);

    // raised: done, every change accounted for
    let done = m
        .run(&[&sync[..], &["--max-changes", "11", "-o", "jsonl"]].concat())
        .await
        .ok();
    let got = lines_by_email(&done.stdout);
    let count = |s: &str| got.values().filter(|(_, st, _)| st == s).count();
    assert_eq!(
        (count("created"), count("updated"), count("deactivated")),
        (3, 3, 5),
        "{}",
        done.stdout
    );
    let after = team(&m).await;
    assert_eq!(after.len(), 33);
    assert_eq!(after["u1@example.com"]["name"]["familyName"], "Renamed");
    assert_eq!(after["u2@example.com"]["roles"][0]["value"], "admin");
    assert_eq!(after["u5@example.com"]["active"], true);
    assert_eq!(after["new2@example.com"]["name"]["givenName"], "New2");
    for i in 25..30 {
        assert_eq!(after[&format!("u{i}@example.com")]["active"], false, "u{i}");
    }
    for i in [0, 3, 24] {
        assert_eq!(after[&format!("u{i}@example.com")]["active"], true, "u{i}");
    }

    // idempotent: a second run plans nothing and changes nothing
    let again = m.run(&[&sync[..], &["-o", "jsonl"]].concat()).await.ok();
    assert_eq!(again.stdout, "", "{}", again.stdout);
    assert!(
        again
            .messages()
            .contains("Created 0, updated 0, deactivated 0, unchanged 28"),
        "{}",
        again.stderr
    );
    assert_eq!(team(&m).await, after);
}

/// A roster row that cannot be read could be a user `--deactivate-missing`
/// would then deactivate: the whole roster is refused (exit 2).
async fn a_roster_with_a_bad_row_changes_nothing(m: Machine) {
    ready(&m).await;
    let team_file = m.write_file(
        "team.csv",
        "email,first_name,last_name\nann@example.com,Ann,Lee\nbob@example.com,Bob,Ray\n",
    );
    m.run(&["users", "import", &team_file]).await.ok();
    let roster = m.write_file(
        "roster.csv",
        "email,first_name,last_name\nann@example.com,Ann,Lee\nbob@example,Bob,Ray\n",
    );
    let out = m
        .run(&[
            "users",
            "sync",
            &roster,
            "--deactivate-missing",
            "--max-changes",
            "100",
        ])
        .await
        .code(2);
    assert!(out.messages().contains("row 3"), "{}", out.stderr);
    assert!(
        out.messages().contains("nothing was changed"),
        "{}",
        out.stderr
    );
    assert_eq!(team(&m).await["bob@example.com"]["active"], true);
}

/// A service whose paging repeats itself cannot be read whole: a sync
/// refuses to plan from it (exit 1) and sends no write — with an empty
/// roster and --deactivate-missing, a partial read would otherwise
/// deactivate whoever the read happened to see.
#[tokio::test(flavor = "multi_thread")]
async fn a_team_that_cannot_be_read_whole_is_never_synced() {
    let users = (0..1200)
        .map(|i| {
            serde_json::json!({
                "id": format!("id-{i}"),
                "userName": format!("user{i}@example.com"),
                "name": {"givenName": "F", "familyName": "L"},
                "active": true,
            })
        })
        .collect();
    let (url, writes) = crate::common::foreign_service(users).await;
    let m = Machine::against(url);
    let roster = m.write_file("roster.csv", "email,first_name,last_name\n");
    let out = m
        .run(&[
            "users",
            "sync",
            &roster,
            "--deactivate-missing",
            "--max-changes",
            "100000",
        ])
        .await
        .code(1);
    assert!(
        out.messages().contains("cannot read the team"),
        "{}",
        out.stderr
    );
    assert!(out.messages().contains("startIndex"), "{}", out.stderr);
    assert_eq!(writes.load(std::sync::atomic::Ordering::SeqCst), 0);
}
