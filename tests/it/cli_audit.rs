//! `scimctl audit list` (docs/scim.md, "Audit trail"): every kind of change
//! leaves its line, the trail is newest first and filtered by actor,
//! action and time, a cut listing says there is more, and a bad `--since`
//! or `--action` is a usage error — on the embedded backend and against
//! `serve`.

use crate::common::{
    Machine, add_user, assert_seen, each, keys_rotate, ready, scenarios, users_create,
};

scenarios! {
    audit_trail,
    audit_filters_and_says_when_more_exist,
}

/// Every kind of change leaves its line in the audit trail.
async fn audit_trail(m: Machine) {
    ready(&m).await;
    users_create(&m, "ann@example.com", "Ann", "Lee", &[]).await;
    m.run(&["users", "update", "ann@example.com", "--first", "Anna"])
        .await
        .ok();
    m.run(&["users", "deactivate", "ann@example.com", "--yes"])
        .await
        .ok();
    m.run(&["users", "reactivate", "ann@example.com"])
        .await
        .ok();
    let rotated = keys_rotate(&m).await;
    m.run(&["keys", "revoke", rotated["id"].as_str().unwrap(), "--yes"])
        .await
        .ok();
    m.run(&["scim", "disable", "--yes"]).await.ok();
    let trail = m.run(&["audit", "list", "-o", "json"]).await.ok().json();
    let actions: Vec<&str> = trail
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for a in [
        "sso.add",
        "scim.enable",
        "key.generate",
        "user.create",
        "user.update",
        "user.deactivate",
        "user.reactivate",
        "key.rotate",
        "key.revoke",
        "scim.disable",
    ] {
        assert!(actions.contains(&a), "{a} missing from {actions:?}");
    }
    // The table differs between the backends in who acted: the local user
    // on the embedded backend, the admin token's owner through `serve`.
    let table = m.run(&["audit", "list"]).await.ok();
    match m.server {
        None => assert_seen!(&m, "audit_list_embedded", table),
        Some(_) => assert_seen!(&m, "audit_list_remote", table),
    }
    let out = m
        .run(&["audit", "list", "--since", "not-a-time"])
        .await
        .code(2);
    assert_seen!(&m, "audit_list_bad_since", out);
}

/// The trail is newest first, filtered by actor and action, `--since` takes
/// a duration, and a cut listing says so (docs/scim.md, "Audit trail").
async fn audit_filters_and_says_when_more_exist(m: Machine) {
    ready(&m).await;
    for who in ["ann", "bo"] {
        add_user(&m, &format!("{who}@example.com")).await;
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
