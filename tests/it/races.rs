//! Concurrency: the rules hold when requests race — creates of one
//! userName, rotations of one key (through the CLI too), writes on one
//! user, the SCIM toggle against removing the last SSO method, a new key
//! against a second SSO method, group writes, and a user deleted while
//! groups take it.

use std::collections::BTreeSet;

use futures::future::join_all;
use reqwest::Method;
use serde_json::json;

use crate::common::Machine;
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
    crate::common::sso_and_scim(&m).await;
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

/// A team on a fresh database of the backend under test, on the wall clock.
async fn team_on_fresh_database(dir: &std::path::Path) -> scimctl_core::Team {
    let url = crate::common::fresh_database(dir).await;
    let store = scimctl::backend::open_store(&url).await.unwrap();
    scimctl_core::Team::new(store, std::sync::Arc::new(scimctl_core::time::SystemClock))
}

/// Enabling SCIM and removing the last SSO method, racing: whichever wins,
/// SCIM never ends up on with no SSO method. The core checks the facts
/// inside the change's transaction; on PostgreSQL every change holds the
/// team row's lock, so the enable cannot check for a method that a
/// concurrent removal is taking away.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn enabling_scim_and_removing_the_last_sso_method_race_safely() {
    use scimctl_core::model::{Actor, SsoType};
    let dir = tempfile::tempdir().unwrap();
    let team = team_on_fresh_database(dir.path()).await;
    let actor = Actor::Local("race".into());
    let (mut enabled_wins, mut delete_wins) = (0, 0);
    for round in 0..40 {
        let method = team
            .sso_add(&actor, SsoType::Oidc, &format!("idp {round}"))
            .await
            .unwrap();
        let (t1, t2, a1, a2) = (team.clone(), team.clone(), actor.clone(), actor.clone());
        let enable = tokio::spawn(async move { t1.scim_enable(&a1).await });
        let id = method.id.clone();
        let delete = tokio::spawn(async move { t2.sso_remove(&a2, &id).await });
        let (enable, delete) = (enable.await.unwrap(), delete.await.unwrap());
        let on = team.scim_enabled().await.unwrap();
        let methods = team.sso_list().await.unwrap().len();
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
            team.scim_disable(&actor, false).await.unwrap();
            team.sso_remove(&actor, &method.id).await.unwrap();
        } else {
            delete_wins += 1;
        }
    }
    eprintln!("enable won {enabled_wins}, delete won {delete_wins}");
}

/// Issuing a key and adding a second SSO method, racing: a key is issued
/// only while exactly one method exists, so if both went through, the key
/// came first in the trail (changes commit one at a time, and the trail's
/// order is their order).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn issuing_a_key_and_adding_a_second_sso_method_race_safely() {
    use scimctl_core::model::{Actor, AuditAction, SsoType};
    let dir = tempfile::tempdir().unwrap();
    let team = team_on_fresh_database(dir.path()).await;
    let actor = Actor::Local("race".into());
    team.sso_add(&actor, SsoType::Saml, "first").await.unwrap();
    let (mut key_first, mut sso_first) = (0, 0);
    for round in 0..40 {
        let (t1, t2, a1, a2) = (team.clone(), team.clone(), actor.clone(), actor.clone());
        let name = format!("second {round}");
        let key = tokio::spawn(async move { t1.key_generate(&a1, "k").await });
        let add = tokio::spawn(async move { t2.sso_add(&a2, SsoType::Oidc, &name).await });
        let (key, add) = (key.await.unwrap(), add.await.unwrap());
        let second = add.expect("adding an SSO method is always allowed");
        let trail = team
            .audit(&scimctl_core::store::AuditQuery {
                limit: 100_000,
                ..Default::default()
            })
            .await
            .unwrap();
        let seq_of = |action: AuditAction, target: &str| {
            trail
                .iter()
                .find(|e| e.action == action && e.target == target)
                .map(|e| e.seq)
        };
        let added = seq_of(AuditAction::SsoAdd, &second.id).unwrap();
        match key {
            Ok(issued) => {
                let issued_at = seq_of(AuditAction::KeyGenerate, &issued.info.id).unwrap();
                assert!(
                    issued_at < added,
                    "round {round}: a key issued beside two SSO methods"
                );
                key_first += 1;
                team.key_revoke(&actor, &issued.info.id).await.unwrap();
            }
            Err(e) => {
                assert_eq!(
                    e.kind(),
                    scimctl_core::error::Kind::Conflict,
                    "round {round}: {e}"
                );
                sso_first += 1;
            }
        }
        team.sso_remove(&actor, &second.id).await.unwrap();
    }
    eprintln!("key first {key_first}, second SSO method first {sso_first}");
}

/// Groups under concurrency: one group per displayName whatever the case,
/// and concurrent member edits of one group all land (no lost update: each
/// edit writes its own rows, not the member list).
#[tokio::test(flavor = "multi_thread")]
async fn concurrent_group_writes_keep_names_unique_and_lose_no_member() {
    let (s, key) = Server::provisioned().await;
    let creates = join_all((0..16).map(|i| {
        let name = if i % 2 == 0 { "Platform" } else { "PLATFORM" };
        s.scim(
            &key,
            Method::POST,
            "/Groups",
            Some(json!({"displayName": name})),
        )
    }))
    .await;
    let won: Vec<_> = creates.iter().filter(|r| r.status == 201).collect();
    assert_eq!(won.len(), 1);
    assert_eq!(
        creates
            .iter()
            .filter(|r| r.status == 409 && r.body["scimType"] == "uniqueness")
            .count(),
        15
    );
    let group = won[0].body["id"].as_str().unwrap().to_string();

    let mut users = Vec::new();
    for i in 0..24 {
        let u = s
            .scim(
                &key,
                Method::POST,
                "/Users",
                Some(user_body(&format!("m{i}@example.com"), "M", "N")),
            )
            .await;
        users.push(u.body["id"].as_str().unwrap().to_string());
    }
    // 24 concurrent adds of one member each, then 8 concurrent removes
    let path = format!("/Groups/{group}");
    let adds = join_all(users.iter().map(|u| {
        s.scim(
            &key,
            Method::PATCH,
            &path,
            Some(patch_op(
                json!([{"op": "add", "path": "members", "value": [{"value": u}]}]),
            )),
        )
    }))
    .await;
    assert!(adds.iter().all(|r| r.status == 204), "{:?}", adds[0].text);
    let removes = join_all(users[..8].iter().map(|u| {
        s.scim(
            &key,
            Method::PATCH,
            &path,
            Some(patch_op(
                json!([{"op": "remove", "path": format!("members[value eq \"{u}\"]")}]),
            )),
        )
    }))
    .await;
    assert!(removes.iter().all(|r| r.status == 204));
    let g = s
        .scim(&key, Method::GET, &format!("/Groups/{group}"), None)
        .await
        .body;
    let members: BTreeSet<String> = g["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["value"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(members, users[8..].iter().cloned().collect());
    // one new version per write that changed something
    assert_eq!(g["meta"]["version"], "W/\"33\"");

    // a user deleted while being added: either the add is refused (400)
    // or it landed first and the delete took it away — never a member
    // that is not a user
    let victim = &users[10];
    let other = s
        .scim(
            &key,
            Method::POST,
            "/Groups",
            Some(json!({"displayName": "Other"})),
        )
        .await
        .body["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (other_path, victim_path) = (format!("/Groups/{other}"), format!("/Users/{victim}"));
    let (add, delete) = futures::join!(
        s.scim(
            &key,
            Method::PATCH,
            &other_path,
            Some(patch_op(
                json!([{"op": "add", "path": "members", "value": [{"value": victim}]}]),
            )),
        ),
        s.scim(&key, Method::DELETE, &victim_path, None)
    );
    assert_eq!(delete.status, 204);
    assert!(matches!(add.status.as_u16(), 204 | 400), "{}", add.text);
    let g = s
        .scim(&key, Method::GET, &format!("/Groups/{other}"), None)
        .await
        .body;
    assert!(g.get("members").is_none(), "{g}");
}

/// A user deleted while it is being added to several groups at once: every
/// add is done (204) or refused because the user is gone (400), the delete
/// is done (no 5xx on either database), and no group keeps the user.
#[tokio::test(flavor = "multi_thread")]
async fn deleting_a_user_while_groups_take_it_leaves_no_member_behind() {
    let (s, key) = Server::provisioned().await;
    let mut groups = Vec::new();
    for g in 0..6 {
        let r = s
            .scim(
                &key,
                Method::POST,
                "/Groups",
                Some(json!({"displayName": format!("g{g}")})),
            )
            .await;
        groups.push(format!("/Groups/{}", r.body["id"].as_str().unwrap()));
    }
    for round in 0..8 {
        let u = s
            .scim(
                &key,
                Method::POST,
                "/Users",
                Some(user_body(&format!("d{round}@example.com"), "D", "E")),
            )
            .await;
        let id = u.body["id"].as_str().unwrap().to_string();
        let user_path = format!("/Users/{id}");
        let add = patch_op(json!([{"op": "add", "path": "members", "value": [{"value": id}]}]));
        let adds = join_all(
            groups
                .iter()
                .map(|g| s.scim(&key, Method::PATCH, g, Some(add.clone()))),
        );
        let (adds, delete) = futures::join!(adds, s.scim(&key, Method::DELETE, &user_path, None));
        assert_eq!(delete.status, 204, "round {round}: {}", delete.text);
        for a in &adds {
            assert!(
                matches!(a.status.as_u16(), 204 | 400),
                "round {round}: {}",
                a.text
            );
        }
        for g in &groups {
            let g = s.scim(&key, Method::GET, g, None).await.body;
            assert!(g.get("members").is_none(), "round {round}: {g}");
        }
    }
}
