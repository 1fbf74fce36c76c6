//! The admin API of `serve` (`/admin/v1`) and the rules of the admin plane
//! (docs/scim.md, "Admin plane"): only an admin token opens it, SSO comes
//! before SCIM and keys, the SCIM toggle suspends keys and restores them,
//! keys are rotated with a grace window, forced or revoked, and admin
//! tokens are listed, created and revoked. Also the audit trail it writes
//! (docs/scim.md, "Audit trail"), which not even the database can change,
//! secrets kept only as hashes, and a change that is all or nothing.

use std::time::Duration;

use reqwest::Method;
use serde_json::{Value, json};

use crate::common::{Auth, Server, each, patch_op, user_body};

async fn users_status(s: &Server, key: &str) -> u16 {
    s.scim(key, Method::GET, "/Users", None)
        .await
        .status
        .as_u16()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_admin_api_needs_an_admin_token() {
    let (s, key) = Server::provisioned().await;
    let paths = ["/scim", "/sso", "/keys", "/audit"];
    for path in paths {
        for auth in [Auth::None, Auth::Bearer(&key), Auth::Bearer("scimadm_nope")] {
            let r = s
                .request(
                    Method::GET,
                    &format!("/admin/v1{path}"),
                    auth,
                    None,
                    None,
                    &[],
                )
                .await;
            r.assert_scim_error(401);
        }
        s.admin_call(Method::GET, path, None)
            .await
            .expect_status(200);
    }
    let r = s
        .request(
            Method::POST,
            "/admin/v1/keys",
            Auth::Bearer(&key),
            Some("application/json"),
            Some(br#"{"name":"x"}"#.to_vec()),
            &[],
        )
        .await;
    r.assert_scim_error(401);
}

#[tokio::test(flavor = "multi_thread")]
async fn sso_is_a_prerequisite() {
    let s = Server::start().await;
    // no SSO: neither SCIM nor keys
    let r = s
        .admin_call(Method::PUT, "/scim", Some(json!({"enabled": true})))
        .await;
    r.assert_scim_error(409);
    assert!(r.body["detail"].as_str().unwrap().contains("SSO"));
    s.admin_call(Method::POST, "/keys", Some(json!({"name": "k"})))
        .await
        .assert_scim_error(409);

    let saml = s
        .admin_call(
            Method::POST,
            "/sso",
            Some(json!({"type": "saml", "name": "Okta"})),
        )
        .await
        .expect_status(201)
        .body;
    assert_eq!(saml["type"], "saml");
    s.admin_call(
        Method::POST,
        "/sso",
        Some(json!({"type": "ldap", "name": "x"})),
    )
    .await
    .assert_scim_error(400);
    s.admin_call(
        Method::POST,
        "/sso",
        Some(json!({"type": "oidc", "name": "okta"})),
    )
    .await
    .assert_scim_error(409);
    let r = s
        .admin_call(Method::PUT, "/scim", Some(json!({"enabled": true})))
        .await
        .expect_status(200);
    assert_eq!(
        r.body,
        json!({"enabled": true, "sso_methods": 1, "active_keys": 0, "grace_keys": 0, "suspended_keys": 0})
    );
    s.admin_call(Method::POST, "/keys", Some(json!({"name": "k1"})))
        .await
        .expect_status(201);

    // two SSO methods: no new keys (exactly one is required)
    let oidc = s
        .admin_call(
            Method::POST,
            "/sso",
            Some(json!({"type": "oidc", "name": "Entra"})),
        )
        .await
        .expect_status(201)
        .body;
    let r = s
        .admin_call(Method::POST, "/keys", Some(json!({"name": "k2"})))
        .await;
    r.assert_scim_error(409);
    assert!(r.body["detail"].as_str().unwrap().contains("exactly one"));
    let r = s.admin_call(Method::POST, "/keys/k1/rotate", None).await;
    r.assert_scim_error(409);

    // removing one makes keys possible again; the last one stays while SCIM is on
    s.admin_call(
        Method::DELETE,
        &format!("/sso/{}", oidc["id"].as_str().unwrap()),
        None,
    )
    .await
    .expect_status(204);
    s.admin_call(Method::POST, "/keys", Some(json!({"name": "k2"})))
        .await
        .expect_status(201);
    let last = format!("/sso/{}", saml["id"].as_str().unwrap());
    s.admin_call(Method::DELETE, &last, None)
        .await
        .assert_scim_error(409);
    s.admin_call(Method::DELETE, "/sso/no-such-id", None)
        .await
        .assert_scim_error(404);
    let r = s
        .admin_call(Method::GET, "/sso", None)
        .await
        .expect_status(200);
    assert_eq!(r.body.as_array().unwrap().len(), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn scim_toggle_suspends_and_restores_keys() {
    let (s, key) = Server::provisioned().await;
    assert_eq!(users_status(&s, &key).await, 200);

    let r = s
        .admin_call(Method::PUT, "/scim", Some(json!({"enabled": false})))
        .await
        .expect_status(200);
    assert_eq!(r.body["enabled"], false);
    for (method, path, body) in [
        (Method::GET, "/Users", None),
        (
            Method::POST,
            "/Users",
            Some(user_body("x@example.com", "X", "Y")),
        ),
        (Method::GET, "/Users/any", None),
        (Method::GET, "/ServiceProviderConfig", None),
        (Method::GET, "/Schemas", None),
        (Method::GET, "/ResourceTypes", None),
    ] {
        let r = s.scim(&key, method, path, body).await;
        r.assert_scim_error(403);
        assert_eq!(
            r.body["detail"],
            "SCIM provisioning is disabled for this team"
        );
    }
    // keys are kept, shown as suspended; a bad key is still 401, not 403
    let keys = s
        .admin_call(Method::GET, "/keys", None)
        .await
        .expect_status(200)
        .body;
    assert_eq!(keys[0]["status"], "suspended");
    let r = s
        .scim(
            "scim_wrongwrongwrongwrongwrongwrongwrong",
            Method::GET,
            "/Users",
            None,
        )
        .await;
    r.assert_scim_error(401);

    // turning it back on needs no IdP change
    s.admin_call(Method::PUT, "/scim", Some(json!({"enabled": true})))
        .await
        .expect_status(200);
    assert_eq!(users_status(&s, &key).await, 200);

    // disable --revoke-keys revokes them for good
    s.admin_call(
        Method::PUT,
        "/scim",
        Some(json!({"enabled": false, "revoke_keys": true})),
    )
    .await
    .expect_status(200);
    s.admin_call(Method::PUT, "/scim", Some(json!({"enabled": true})))
        .await
        .expect_status(200);
    assert_eq!(users_status(&s, &key).await, 401);
    let keys = s
        .admin_call(Method::GET, "/keys", None)
        .await
        .expect_status(200)
        .body;
    assert_eq!(keys[0]["status"], "revoked");
}

fn secret(v: &Value) -> String {
    v["secret"].as_str().unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn key_format_and_listing() {
    let (s, key) = Server::provisioned().await;
    assert!(key.starts_with("scim_"));
    let random = &key["scim_".len()..];
    assert!(random.len() >= 32 && random.bytes().all(|b| b.is_ascii_alphanumeric()));
    let issued = s
        .admin_call(Method::POST, "/keys", Some(json!({"name": "second"})))
        .await
        .expect_status(201)
        .body;
    for field in ["id", "name", "prefix", "secret", "created_at"] {
        assert!(issued[field].is_string(), "{field}: {issued}");
    }
    assert!(secret(&issued).starts_with(issued["prefix"].as_str().unwrap()));
    // listings never show secrets
    let list = s
        .admin_call(Method::GET, "/keys", None)
        .await
        .expect_status(200);
    assert!(!list.text.contains(&key));
    assert!(!list.text.contains(&secret(&issued)));
    assert_eq!(list.body.as_array().unwrap().len(), 2);
    assert_eq!(list.body[0]["status"], "active");
    assert!(list.body[1]["last_used_at"].is_null());
    // using a key records it
    assert_eq!(users_status(&s, &key).await, 200);
    let list = s
        .admin_call(Method::GET, "/keys", None)
        .await
        .expect_status(200);
    assert!(list.body[0]["last_used_at"].is_string());
}

#[tokio::test(flavor = "multi_thread")]
async fn rotation_keeps_the_old_key_for_the_grace_window() {
    let (s, old) = Server::provisioned().await;
    let keys = s.admin_call(Method::GET, "/keys", None).await.body;
    let old_id = keys[0]["id"].as_str().unwrap().to_string();

    let rotated = s
        .admin_call(
            Method::POST,
            &format!("/keys/{old_id}/rotate"),
            Some(json!({"grace": "2h"})),
        )
        .await
        .expect_status(201)
        .body;
    let new = secret(&rotated);
    assert_ne!(new, old);
    assert_eq!(rotated["name"], "okta");
    assert!(rotated["grace_expires_at"].is_string());

    // both keys work inside the window
    assert_eq!(users_status(&s, &old).await, 200);
    assert_eq!(users_status(&s, &new).await, 200);
    let list = s.admin_call(Method::GET, "/keys", None).await.body;
    assert_eq!(list[0]["status"], "grace");
    assert_eq!(list[0]["expires_at"], rotated["grace_expires_at"]);
    assert_eq!(list[1]["status"], "active");

    // a second rotation while the window is open is a conflict...
    let new_id = rotated["id"].as_str().unwrap().to_string();
    let r = s
        .admin_call(Method::POST, &format!("/keys/{new_id}/rotate"), None)
        .await;
    r.assert_scim_error(409);
    // ...and rotating the replaced key again is one too
    s.admin_call(Method::POST, &format!("/keys/{old_id}/rotate"), None)
        .await
        .assert_scim_error(409);
    // more than 7 days is refused
    s.admin_call(
        Method::POST,
        &format!("/keys/{new_id}/rotate"),
        Some(json!({"grace": "8d", "force": true})),
    )
    .await
    .assert_scim_error(400);

    // just before the end: still valid; at the end: 401
    s.clock.advance(Duration::from_secs(2 * 3600 - 1));
    assert_eq!(users_status(&s, &old).await, 200);
    s.clock.advance(Duration::from_secs(1));
    assert_eq!(users_status(&s, &old).await, 401);
    assert_eq!(users_status(&s, &new).await, 200);
    let list = s.admin_call(Method::GET, "/keys", None).await.body;
    assert_eq!(list[0]["status"], "expired");

    // once the window is closed, rotating again needs no force
    let third = s
        .admin_call(
            Method::POST,
            &format!("/keys/{new_id}/rotate"),
            Some(json!({"grace": 0})),
        )
        .await
        .expect_status(201)
        .body;
    // grace 0: immediate cut-over
    assert_eq!(users_status(&s, &new).await, 401);
    assert_eq!(users_status(&s, &secret(&third)).await, 200);
}

#[tokio::test(flavor = "multi_thread")]
async fn forced_rotation_ends_the_open_window() {
    let (s, first) = Server::provisioned().await;
    let r1 = s
        .admin_call(Method::POST, "/keys/okta/rotate", None)
        .await
        .expect_status(201)
        .body;
    let second = secret(&r1);
    let r2 = s
        .admin_call(
            Method::POST,
            "/keys/okta/rotate",
            Some(json!({"force": true, "grace": "1h"})),
        )
        .await
        .expect_status(201)
        .body;
    // the oldest key's window ended now; the second is in its own window
    assert_eq!(users_status(&s, &first).await, 401);
    assert_eq!(users_status(&s, &second).await, 200);
    assert_eq!(users_status(&s, &secret(&r2)).await, 200);
    let statuses: Vec<Value> = s
        .admin_call(Method::GET, "/keys", None)
        .await
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["status"].clone())
        .collect();
    assert_eq!(
        statuses,
        [json!("expired"), json!("grace"), json!("active")]
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn revocation_is_immediate_and_ends_the_predecessor() {
    let (s, old) = Server::provisioned().await;
    let rotated = s
        .admin_call(
            Method::POST,
            "/keys/okta/rotate",
            Some(json!({"grace": "1d"})),
        )
        .await
        .expect_status(201)
        .body;
    let new = secret(&rotated);
    assert_eq!(users_status(&s, &old).await, 200);
    let r = s
        .admin_call(
            Method::POST,
            &format!("/keys/{}/revoke", rotated["id"].as_str().unwrap()),
            None,
        )
        .await
        .expect_status(200);
    assert_eq!(r.body["status"], "revoked");
    assert_eq!(users_status(&s, &new).await, 401);
    assert_eq!(
        users_status(&s, &old).await,
        401,
        "the predecessor's window ends too"
    );
    let r = s.scim(&new, Method::GET, "/Users", None).await;
    assert!(r.body["detail"].as_str().unwrap().contains("revoked"));
    // revoking twice is a conflict; an unknown key is 404
    s.admin_call(
        Method::POST,
        &format!("/keys/{}/revoke", rotated["id"].as_str().unwrap()),
        None,
    )
    .await
    .assert_scim_error(409);
    s.admin_call(Method::POST, "/keys/nope/revoke", None)
        .await
        .assert_scim_error(404);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_audit_trail_records_admin_actions_and_writes() {
    let (s, key) = Server::provisioned().await;
    let u = s.create_user(&key, "a@example.com", "A", "B").await;
    let id = u["id"].as_str().unwrap();
    let patch = patch_op(json!([{"op": "replace", "value": {"active": false}}]));
    s.scim(&key, Method::PATCH, &format!("/Users/{id}"), Some(patch))
        .await
        .expect_status(200);
    s.scim(&key, Method::DELETE, &format!("/Users/{id}"), None)
        .await;
    // reads are not audited
    s.scim(&key, Method::GET, "/Users", None)
        .await
        .expect_status(200);

    let trail = s
        .admin_call(Method::GET, "/audit", None)
        .await
        .expect_status(200)
        .body;
    let actions = each(&trail, "action");
    // newest first, with specific actions
    assert_eq!(
        actions,
        [
            "user.delete",
            // a PATCH of `active` alone is recorded as what it is
            "user.deactivate",
            "user.create",
            "key.generate",
            "scim.enable",
            "sso.add",
            "token.create",
        ]
    );
    // actors by name: the SCIM key, the admin token
    let create = &trail[2];
    assert_eq!(create["actor"], "key:okta");
    assert_eq!(create["target"], json!(id));
    assert!(
        trail[5]["actor"]
            .as_str()
            .unwrap()
            .starts_with("admin-token:"),
        "{}",
        trail[5]
    );
    // filters: by actor, by family of actions
    let by_key = s
        .admin_call(Method::GET, "/audit?actor=key%3Aokta", None)
        .await
        .expect_status(200)
        .body;
    assert_eq!(by_key.as_array().unwrap().len(), 3, "{by_key}");
    let keys = s
        .admin_call(Method::GET, "/audit?action=key", None)
        .await
        .expect_status(200)
        .body;
    assert_eq!(keys.as_array().unwrap().len(), 1, "{keys}");
    s.admin_call(Method::GET, "/audit?action=nonsense", None)
        .await
        .assert_scim_error(400);
    assert!(!trail.to_string().contains(&key));

    // since= filters by time
    use scimctl_core::time::Clock;
    let later = scimctl_core::time::to_rfc3339(s.clock.now() + 1);
    let r = s
        .admin_call(Method::GET, &format!("/audit?since={later}"), None)
        .await
        .expect_status(200);
    assert_eq!(r.body, json!([]));
    s.admin_call(Method::GET, "/audit?since=yesterday", None)
        .await
        .assert_scim_error(400);
}

/// Only hashes reach the database: no SCIM key, admin token or password in
/// the SQLite file or its write-ahead log.
#[tokio::test(flavor = "multi_thread")]
async fn no_plaintext_secret_in_the_database_file() {
    let (s, key) = Server::provisioned().await;
    let rotated = secret(
        &s.admin_call(Method::POST, "/keys/okta/rotate", None)
            .await
            .expect_status(201)
            .body,
    );
    let token = s
        .team
        .admin_token_create(&scimctl_core::model::Actor::Local("t".into()), "second")
        .await
        .unwrap()
        .secret
        .expose()
        .to_string();
    s.scim(
        &key,
        Method::POST,
        "/Users",
        Some(user_body("pw@example.com", "P", "W")),
    )
    .await
    .expect_status(201);
    let secrets = [
        key.as_str(),
        rotated.as_str(),
        s.admin.as_str(),
        token.as_str(),
        "1mz050nq",
    ];
    let stored = s.stored_bytes().await;
    for secret in secrets {
        let found = stored.windows(secret.len()).any(|w| w == secret.as_bytes());
        assert!(
            !found,
            "a secret ({}…) is stored in plain text in {}",
            &secret[..8],
            s.db_url.split('@').next_back().unwrap_or("the database")
        );
    }
    // the scan looked at real data: the key hashes are in there
    let hash = scimctl_core::secret::hash_hex(&key);
    assert!(
        stored.windows(hash.len()).any(|w| w == hash.as_bytes()),
        "the key's hash should be stored"
    );
}

/// The audit trail cannot be changed: no API writes to it, and the
/// database itself refuses UPDATE and DELETE on it.
#[tokio::test(flavor = "multi_thread")]
async fn audit_rows_cannot_be_changed_even_in_the_database() {
    let (s, _key) = Server::provisioned().await;
    let before = s.admin_call(Method::GET, "/audit", None).await.body;
    // no route changes audit entries
    for method in [Method::PUT, Method::PATCH, Method::DELETE, Method::POST] {
        s.admin_call(method, "/audit", Some(json!({})))
            .await
            .assert_scim_error(405);
    }
    let mut sqls = vec![
        "UPDATE audit SET actor = 'someone else'",
        "DELETE FROM audit",
    ];
    if scimctl::backend::is_postgres(&s.db_url) {
        use sqlx::Connection;
        sqls.push("TRUNCATE audit");
        let mut conn = sqlx::PgConnection::connect(&s.db_url).await.unwrap();
        for sql in sqls {
            let err = sqlx::query(sql).execute(&mut conn).await.unwrap_err();
            assert!(err.to_string().contains("append-only"), "{sql}: {err}");
        }
    } else {
        let pool = sqlx::sqlite::SqlitePoolOptions::new()
            .connect(&s.db_url)
            .await
            .unwrap();
        for sql in sqls {
            let err = sqlx::query(sql).execute(&pool).await.unwrap_err();
            assert!(err.to_string().contains("append-only"), "{sql}: {err}");
        }
        pool.close().await;
    }
    assert_eq!(s.admin_call(Method::GET, "/audit", None).await.body, before);
}

/// The store's one admin primitive, on the backend under test: a change's
/// steps report the rows they changed, its check sees the facts after them
/// inside the transaction, and a refusal leaves nothing behind — no row and
/// no audit line. (The rules built on it are tested in tests/it/rules.rs.)
#[tokio::test(flavor = "multi_thread")]
async fn an_admin_change_is_all_or_nothing_at_the_store() {
    use scimctl_core::model::{SsoMethod, SsoType};
    use scimctl_core::store::{Change, Facts, Step};
    let dir = tempfile::tempdir().unwrap();
    let url = crate::common::fresh_database(dir.path()).await;
    let store = scimctl::backend::open_store(&url).await.unwrap();
    let method = |id: &str, name: &str| SsoMethod {
        id: id.into(),
        kind: SsoType::Saml,
        name: name.into(),
        created_at: 0,
    };
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let change = |steps: Vec<Step>, refuse: bool| {
        let seen = seen.clone();
        Change {
            steps,
            check: Box::new(move |o| {
                seen.lock().unwrap().push(o.clone());
                if refuse {
                    Err(scimctl_core::error::Error::conflict("refused"))
                } else {
                    Ok(())
                }
            }),
            audit: crate::common::audit_entry(),
        }
    };
    let steps = vec![
        Step::InsertSso(method("m1", "Okta")),
        Step::SetScimEnabled(true),
    ];
    let err = store.change(change(steps.clone(), true)).await.unwrap_err();
    assert_eq!(err.message(), "refused");
    assert!(store.list_sso().await.unwrap().is_empty());
    assert!(!store.scim_enabled().await.unwrap());
    assert!(store.list_audit(&all_audit()).await.unwrap().is_empty());
    store.change(change(steps, false)).await.unwrap();
    // A name taken case-insensitively changes nothing; the check is told.
    let again = vec![Step::InsertSso(method("m2", "OKTA"))];
    store.change(change(again, false)).await.unwrap();
    let outcomes = seen.lock().unwrap().clone();
    let facts = |scim_enabled, sso_methods| Facts {
        scim_enabled,
        sso_methods,
    };
    assert_eq!(outcomes[0].changed, [1, 1]);
    assert_eq!(outcomes[0].facts, facts(true, 1));
    assert_eq!(outcomes[1], outcomes[0]);
    assert_eq!(outcomes[2].changed, [0]);
    assert_eq!(outcomes[2].facts, facts(true, 1));
    assert_eq!(store.list_sso().await.unwrap().len(), 1);
    assert_eq!(store.list_audit(&all_audit()).await.unwrap().len(), 2);
}

/// Every audit entry the store holds (a store-level selection).
fn all_audit() -> scimctl_core::store::AuditSelect {
    scimctl_core::store::AuditSelect {
        since: i64::MIN,
        actor: None,
        actions: Vec::new(),
        limit: 10_000,
    }
}

/// Admin tokens are listed (never their secrets or hashes), created and
/// revoked through the admin API (docs/scim.md, "Admin plane"); a revoked
/// token is refused at the next request, and the trail names both steps.
#[tokio::test(flavor = "multi_thread")]
async fn admin_tokens_are_listed_created_and_revoked() {
    let s = Server::start().await;
    let made = s
        .admin_call(Method::POST, "/tokens", Some(json!({"name": "ci"})))
        .await
        .expect_status(201)
        .body;
    let ci = made["token"].as_str().unwrap().to_string();
    assert!(ci.starts_with("scimadm_"));
    let listed = s
        .admin_call(Method::GET, "/tokens", None)
        .await
        .expect_status(200)
        .body;
    let names = each(&listed, "name");
    assert_eq!(names, ["test", "ci"]);
    assert!(!listed.to_string().contains(&ci));
    assert!(listed[1].get("hash").is_none());
    // the new token works
    let with = async |token: &str| {
        s.request(
            Method::GET,
            "/admin/v1/scim",
            Auth::Bearer(token),
            None,
            None,
            &[],
        )
        .await
    };
    assert_eq!(with(&ci).await.status, 200);
    // revoked by name: refused at once; a second revoke is a conflict
    let revoked = s
        .admin_call(Method::POST, "/tokens/ci/revoke", None)
        .await
        .expect_status(200)
        .body;
    assert_eq!(revoked["status"], "revoked");
    with(&ci).await.assert_scim_error(401);
    s.admin_call(Method::POST, "/tokens/ci/revoke", None)
        .await
        .assert_scim_error(409);
    s.admin_call(Method::POST, "/tokens/nope/revoke", None)
        .await
        .assert_scim_error(404);
    let trail = s
        .admin_call(Method::GET, "/audit?action=token", None)
        .await
        .expect_status(200)
        .body;
    let actions = each(&trail, "action");
    assert_eq!(actions, ["token.revoke", "token.create", "token.create"]);
}
