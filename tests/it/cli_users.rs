//! The single-user commands (docs/cli.md, "Users") — `users list` (pages,
//! formats, filters), `get`, `create`, `update`, `deactivate`,
//! `reactivate` — with the same answers on the embedded backend and
//! against `serve`, and the one validator that create, update and import
//! share.

use serde_json::Value;

use crate::common::{
    Machine, assert_seen, ready, results_by_row, scenarios, sso_and_scim, user_names, users_create,
};

scenarios! {
    provisioning_before_any_key,
    users_create_get_update,
    deactivate_needs_confirmation_and_keeps_data,
    listing_pages_and_formats,
    filters,
    create_update_and_import_share_one_validator,
    a_deactivation_that_changes_nothing_says_so,
    an_offboarding_list_from_a_file,
}

/// Ann Lee (developer), Bob Ray (admin, external id ext-bob) and Cy Doe.
async fn three_users(m: &Machine) {
    users_create(m, "ann@example.com", "Ann", "Lee", &[]).await;
    users_create(
        m,
        "bob@example.com",
        "Bob",
        "Ray",
        &["--role", "admin", "--external-id", "ext-bob"],
    )
    .await;
    users_create(m, "cy@example.com", "Cy", "Doe", &[]).await;
}

/// Provisioning before any key: the embedded backend needs none, a remote
/// one says "no key" (exit 4).
async fn provisioning_before_any_key(m: Machine) {
    sso_and_scim(&m).await;
    let before = m.run(&["users", "list", "-o", "json"]).await;
    if m.server.is_some() {
        // (only a remote backend has this to say)
        assert_seen!(&m, "users_list_without_a_key", before.code(4));
    } else {
        assert_eq!(before.ok().json(), serde_json::json!([]));
    }
}

async fn users_create_get_update(m: Machine) {
    ready(&m).await;
    let ann = users_create(&m, "ann@example.com", "Ann", "Lee", &[]).await;
    assert_eq!(ann["userName"], "ann@example.com");
    assert_eq!(ann["name"]["givenName"], "Ann");
    assert_eq!(ann["roles"][0]["value"], "developer");
    let ann_id = ann["id"].as_str().unwrap().to_string();
    let again = m
        .run(&[
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
    assert_seen!(&m, "users_create_existing", again);
    let skipped = users_create(&m, "ann@example.com", "A", "L", &["--if-exists", "skip"]).await;
    assert_eq!(skipped["name"]["givenName"], "Ann");
    let bob = users_create(
        &m,
        "bob@example.com",
        "Bob",
        "Ray",
        &["--role", "admin", "--external-id", "ext-bob"],
    )
    .await;
    assert_eq!(bob["roles"][0]["value"], "admin");

    // get by email and by id; not found is exit 5
    assert_eq!(
        m.run(&["users", "get", "ANN@example.com", "-o", "json"])
            .await
            .ok()
            .json()["id"],
        ann_id.as_str()
    );
    assert_eq!(
        m.run(&["users", "get", &ann_id, "-o", "json"])
            .await
            .ok()
            .json()["userName"],
        "ann@example.com"
    );
    let out = m.run(&["users", "get", "nobody@example.com"]).await.code(5);
    assert_seen!(&m, "users_get_unknown_email", out);
    let out = m.run(&["users", "get", "no-such-id"]).await.code(5);
    assert_seen!(&m, "users_get_unknown_id", out);

    // update
    let updated = m
        .run(&[
            "users",
            "update",
            "ann@example.com",
            "--first",
            "Anna",
            "--role",
            "billing",
            "-o",
            "json",
        ])
        .await
        .ok()
        .json();
    assert_eq!(updated["name"]["givenName"], "Anna");
    assert_eq!(updated["name"]["familyName"], "Lee");
    assert_eq!(updated["roles"][0]["value"], "billing");
    let out = m.run(&["users", "get", "ann@example.com"]).await.ok();
    assert_seen!(&m, "users_get_after_update", out);
    let out = m.run(&["users", "update", "ann@example.com"]).await.code(2);
    assert_seen!(&m, "users_update_nothing", out);
}

async fn deactivate_needs_confirmation_and_keeps_data(m: Machine) {
    ready(&m).await;
    three_users(&m).await;
    let active = async |email: &str| {
        m.run(&["users", "get", email, "-o", "json"])
            .await
            .ok()
            .json()["active"]
            .clone()
    };
    // no terminal and no --yes → exit 3, nothing changes
    let refused = m
        .run(&["users", "deactivate", "ann@example.com"])
        .await
        .code(3);
    assert_seen!(&m, "users_deactivate_without_yes", refused);
    assert_eq!(active("ann@example.com").await, true);
    // an unknown user among several: exit 5, nobody changes
    let out = m
        .run(&[
            "users",
            "deactivate",
            "ann@example.com",
            "ghost@example.com",
            "--yes",
        ])
        .await
        .code(5);
    assert_seen!(&m, "users_deactivate_an_unknown_among_several", out);
    assert_eq!(active("ann@example.com").await, true);
    let off = m
        .run(&[
            "users",
            "deactivate",
            "ann@example.com",
            "bob@example.com",
            "--yes",
            "-o",
            "jsonl",
        ])
        .await
        .ok();
    assert_eq!(off.stdout.lines().count(), 2);
    let inactive = m
        .run(&["users", "list", "--inactive", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(inactive.as_array().unwrap().len(), 2);
    // deactivation keeps the data
    let kept = m
        .run(&["users", "get", "bob@example.com", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(kept["externalId"], "ext-bob");
    assert_eq!(kept["active"], false);
    m.run(&["users", "reactivate", "bob@example.com"])
        .await
        .ok();
    assert_eq!(
        m.run(&["users", "list", "--active", "-o", "json"])
            .await
            .ok()
            .json()
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

/// Listing pages through everything, in every format.
async fn listing_pages_and_formats(m: Machine) {
    ready(&m).await;
    three_users(&m).await;
    let lines = m
        .run(&["users", "list", "-o", "jsonl", "--page-size", "1"])
        .await
        .ok()
        .stdout;
    assert_eq!(lines.lines().count(), 3);
    for l in lines.lines() {
        serde_json::from_str::<Value>(l).unwrap();
    }
    assert_eq!(
        m.run(&[
            "users",
            "list",
            "-o",
            "jsonl",
            "--page-size",
            "2",
            "--limit",
            "2"
        ])
        .await
        .ok()
        .stdout
        .lines()
        .count(),
        2
    );
    let csv = m.run(&["users", "list", "-o", "csv"]).await.ok().stdout;
    assert_eq!(
        csv.lines().next().unwrap(),
        "ID,USERNAME,FIRST,LAST,ACTIVE,ROLES,EXTERNAL ID,STATE"
    );
    assert_eq!(csv.lines().count(), 4);
    assert_seen!(&m, "users_list", m.run(&["users", "list"]).await.ok());
}

async fn filters(m: Machine) {
    ready(&m).await;
    three_users(&m).await;
    let filtered = m
        .run(&[
            "users",
            "list",
            "--filter",
            "name.familyName eq \"Ray\"",
            "-o",
            "json",
        ])
        .await
        .ok()
        .json();
    assert_eq!(filtered[0]["userName"], "bob@example.com");
    let out = m
        .run(&["users", "list", "--filter", "userName zz \"x\""])
        .await
        .code(2);
    assert_seen!(&m, "users_list_bad_filter", out);
}

/// One rule set for create, update and import (docs/cli.md, "Users"): an
/// email-shaped userName, non-empty names, a known role. Both backends
/// refuse the same input with the same words, before anything is sent.
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
    let file = m.write_file(
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

/// Deactivating a deactivated user (or reactivating an active one) sends
/// nothing and says so: "already …" on stderr, `"changed": false` in JSON,
/// exit 0, and no confirmation asked for what will not change (before:
/// "Deactivated" again).
async fn a_deactivation_that_changes_nothing_says_so(m: Machine) {
    ready(&m).await;
    three_users(&m).await;
    let first = m
        .run(&[
            "users",
            "deactivate",
            "ann@example.com",
            "--yes",
            "-o",
            "json",
        ])
        .await
        .ok();
    // (-o json is one array, whatever the number of users)
    assert_eq!(first.json()[0]["changed"], true, "{}", first.stdout);
    assert!(first.stderr.contains("Deactivated ann@example.com."));
    // no --yes and no terminal: a real change would be refused (exit 3);
    // this one needs no answer
    let again = m
        .run(&["users", "deactivate", "ann@example.com", "-o", "json"])
        .await
        .ok();
    assert!(
        again
            .stderr
            .contains("ann@example.com is already deactivated: nothing was changed."),
        "{}",
        again.stderr
    );
    assert!(!again.stderr.contains("Deactivated"), "{}", again.stderr);
    assert_eq!(again.json()[0]["changed"], false);
    assert_eq!(again.json()[0]["active"], false);
    let back = m
        .run(&["users", "reactivate", "bob@example.com", "-o", "json"])
        .await
        .ok();
    assert!(
        back.stderr.contains("bob@example.com is already active"),
        "{}",
        back.stderr
    );
    assert_eq!(back.json()[0]["changed"], false);
    // the audit trail has the one real deactivation
    let audit = m
        .run(&[
            "audit",
            "list",
            "--action",
            "user.deactivate",
            "-o",
            "jsonl",
        ])
        .await
        .ok();
    assert_eq!(audit.stdout.lines().count(), 1, "{}", audit.stdout);
}

/// `users deactivate --from-file`: one user per line (comments and blank
/// lines skipped). An unknown user stops the whole list before anything
/// changes; with --continue-on-error the others are deactivated, each line
/// reported, one JSON array, and the exit code is the failure's (5).
async fn an_offboarding_list_from_a_file(m: Machine) {
    ready(&m).await;
    three_users(&m).await;
    let list = m.write_file(
        "leavers.txt",
        "# leavers, December\nann@example.com\n\nghost@example.com\n  cy@example.com  \n",
    );
    let stopped = m
        .run(&["users", "deactivate", "--from-file", &list, "--yes"])
        .await
        .code(5);
    assert!(
        stopped.stderr.contains("line 4: ghost@example.com"),
        "{}",
        stopped.stderr
    );
    let active = m
        .run(&["users", "list", "--state", "active", "-o", "json"])
        .await
        .ok();
    assert_eq!(
        crate::common::each(&active.json(), "userName").len(),
        3,
        "nothing changed"
    );

    let out = m
        .run(&[
            "users",
            "deactivate",
            "bob@example.com",
            "--from-file",
            &list,
            "--continue-on-error",
            "--yes",
            "-o",
            "json",
        ])
        .await
        .code(5);
    assert!(
        out.stderr.contains("Deactivated line 2: ann@example.com."),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("error: line 4: ghost@example.com"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("1 of 4 users could not be deactivated"),
        "{}",
        out.stderr
    );
    let results = out.json();
    let changed: Vec<bool> = results
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["changed"].as_bool().unwrap())
        .collect();
    assert_eq!(changed, [true, true, false, true], "{results}");
    assert_eq!(results[2]["input"], "ghost@example.com");
    assert_eq!(results[2]["line"], 4);
    let active = m
        .run(&["users", "list", "--state", "active", "-o", "json"])
        .await
        .ok();
    assert!(crate::common::each(&active.json(), "userName").is_empty());
}
