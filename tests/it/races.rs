//! Concurrency: the rules hold when requests race (issue 5, point 1).

use std::collections::BTreeSet;

use futures::future::join_all;
use reqwest::Method;
use serde_json::json;

use crate::cli::Machine;
use crate::common::{Server, patch_op, user_body};

#[tokio::test(flavor = "multi_thread")]
async fn concurrent_creates_of_one_user_name_make_one_user() {
    let (s, key) = Server::provisioned().await;
    for round in 0..3 {
        let name = format!("race{round}@example.com");
        let replies = join_all((0..16).map(|i| {
            // the same userName in different cases
            let n = if i % 2 == 0 {
                name.clone()
            } else {
                name.to_uppercase()
            };
            let s = &s;
            let key = &key;
            async move {
                s.scim(key, Method::POST, "/Users", Some(user_body(&n, "R", "C")))
                    .await
            }
        }))
        .await;
        let created = replies.iter().filter(|r| r.status == 201).count();
        let conflicts = replies
            .iter()
            .filter(|r| r.status == 409 && r.body["scimType"] == "uniqueness")
            .count();
        assert_eq!((created, conflicts), (1, 15), "round {round}");
    }
    let r = s.scim(&key, Method::GET, "/Users", None).await;
    assert_eq!(r.body["totalResults"], 3);
    // The refused creates shared batches with the winners (SQLite's group
    // commit) and left no audit line behind: one per user created.
    let audit = s.admin_call(Method::GET, "/audit", None).await.body;
    let creates = audit["entries"]
        .as_array()
        .or(audit.as_array())
        .expect("audit entries")
        .iter()
        .filter(|e| e["action"] == "user.create")
        .count();
    assert_eq!(creates, 3, "{audit}");
}

#[tokio::test(flavor = "multi_thread")]
async fn concurrent_rotations_of_one_key_let_one_through() {
    let (s, _key) = Server::provisioned().await;
    let replies = join_all((0..8).map(|_| {
        s.admin_call(
            Method::POST,
            "/keys/okta/rotate",
            Some(json!({"grace": "1h"})),
        )
    }))
    .await;
    let ok = replies.iter().filter(|r| r.status == 201).count();
    let conflicts = replies.iter().filter(|r| r.status == 409).count();
    assert_eq!(
        (ok, conflicts),
        (1, 7),
        "{:?}",
        replies.iter().map(|r| r.status).collect::<Vec<_>>()
    );
    let keys = s.admin_call(Method::GET, "/keys", None).await.body;
    assert_eq!(
        keys.as_array().unwrap().len(),
        2,
        "no orphan key was left by a losing rotation"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn concurrent_rotations_through_the_cli_exit_6() {
    let mut m = Machine::remote().await;
    m.run(&["sso", "add", "--type", "saml", "--name", "Okta"])
        .await
        .ok();
    m.run(&["scim", "enable"]).await.ok();
    m.run(&["keys", "generate", "--name", "okta", "--no-store"])
        .await
        .ok();
    m.env.push(("SCIMCTL_NO_INPUT".into(), "1".into()));
    let outs = join_all((0..4).map(|_| m.run(&["keys", "rotate", "okta", "--yes"]))).await;
    let codes: Vec<i32> = outs.iter().map(|o| o.code).collect();
    assert_eq!(codes.iter().filter(|c| **c == 0).count(), 1, "{codes:?}");
    assert_eq!(codes.iter().filter(|c| **c == 6).count(), 3, "{codes:?}");
}

/// Deactivations, reactivations and PUTs racing on one user: every write
/// answers 200, each version is produced by exactly one write, and the
/// audit trail has one line per version — nothing lost, nothing doubled.
#[tokio::test(flavor = "multi_thread")]
async fn racing_writes_on_one_user_stay_consistent() {
    let (s, key) = Server::provisioned().await;
    let u = s
        .scim(
            &key,
            Method::POST,
            "/Users",
            Some(user_body("c@example.com", "C", "D")),
        )
        .await
        .body;
    let id = u["id"].as_str().unwrap().to_string();
    let path = format!("/Users/{id}");
    let replies = join_all((0..30).map(|i| {
        let (s, key, path) = (&s, &key, &path);
        async move {
            match i % 3 {
                0 => {
                    let body = patch_op(json!([{"op": "replace", "value": {"active": false}}]));
                    s.scim(key, Method::PATCH, path, Some(body)).await
                }
                1 => {
                    let body =
                        patch_op(json!([{"op": "replace", "path": "active", "value": "True"}]));
                    s.scim(key, Method::PATCH, path, Some(body)).await
                }
                _ => {
                    let mut body = user_body("c@example.com", &format!("Given{i}"), "D");
                    body.as_object_mut().unwrap().remove("active");
                    s.scim(key, Method::PUT, path, Some(body)).await
                }
            }
        }
    }))
    .await;
    assert!(
        replies.iter().all(|r| r.status == 200),
        "{:?}",
        replies.iter().map(|r| r.status).collect::<Vec<_>>()
    );
    let version = |v: &serde_json::Value| -> u64 {
        v["meta"]["version"]
            .as_str()
            .unwrap()
            .trim_start_matches("W/")
            .trim_matches('"')
            .parse()
            .unwrap()
    };
    let last = s.scim(&key, Method::GET, &path, None).await.body;
    let final_version = version(&last);
    let seen: BTreeSet<u64> = replies.iter().map(|r| version(&r.body)).collect();
    let expected: BTreeSet<u64> = (2..=final_version).collect();
    assert!(
        expected.is_subset(&seen),
        "versions {seen:?} up to {final_version}"
    );
    assert!(seen.iter().all(|v| *v <= final_version));
    let trail = s.admin_call(Method::GET, "/audit", None).await.body;
    let writes = trail
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["target"] == id.as_str() && e["action"] != "user.create")
        .count() as u64;
    assert_eq!(writes, final_version - 1, "one audit line per version");
}

/// Enabling SCIM and removing the last SSO method, racing at the store:
/// whichever wins, SCIM never ends up on with no SSO method. (On
/// PostgreSQL both sides lock the team row; without that lock, the enable
/// could check for a method that a concurrent delete is removing.)
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn enabling_scim_and_removing_the_last_sso_method_race_safely() {
    use scimctl::core::model::{SsoMethod, SsoType};
    let dir = tempfile::tempdir().unwrap();
    let url = crate::common::fresh_database(dir.path()).await;
    let store = scimctl::backend::open_store(&url).await.unwrap();
    let entry = crate::common::audit_entry();
    let (mut enabled_wins, mut delete_wins) = (0, 0);
    for round in 0..40 {
        let method = SsoMethod {
            id: format!("m{round}"),
            kind: SsoType::Oidc,
            name: format!("idp {round}"),
            created_at: 0,
        };
        store.insert_sso(&method, &entry).await.unwrap();
        let (s1, s2, e1) = (store.clone(), store.clone(), entry.clone());
        let enable = tokio::spawn(async move { s1.set_scim_enabled(true, None, &e1).await });
        let id = method.id.clone();
        let e2 = entry.clone();
        let delete = tokio::spawn(async move { s2.delete_sso(&id, &e2).await });
        let (enable, delete) = (enable.await.unwrap(), delete.await.unwrap());
        let on = store.scim_enabled().await.unwrap();
        let methods = store.list_sso().await.unwrap().len();
        assert!(
            !(on && methods == 0),
            "round {round}: SCIM on with no SSO method ({enable:?}, {delete:?})"
        );
        // exactly one of the two went through
        assert!(
            enable.is_ok() != delete.is_ok(),
            "round {round}: {enable:?} {delete:?}"
        );
        if enable.is_ok() {
            enabled_wins += 1;
            store.set_scim_enabled(false, None, &entry).await.unwrap();
            store.delete_sso(&method.id, &entry).await.unwrap();
        } else {
            delete_wins += 1;
        }
    }
    eprintln!("enable won {enabled_wins}, delete won {delete_wins}");
}
