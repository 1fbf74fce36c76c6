//! Several `scimctl serve` processes on one PostgreSQL database: the rules
//! that must hold across instances are the database's, not a process's.
//!
//! Runs when `SCIMCTL_TEST_DATABASE_URL` names a PostgreSQL server
//! (`scripts/with-postgres`, which `scripts/test` uses in CI); without one
//! it says so and passes, as on a developer's fresh machine.

use futures::future::join_all;
use serde_json::{Value, json};

use crate::common::{Serve, new_postgres_database, postgres_base, serve_logging_to, user_body};
use crate::process::{admin_token, call};

fn server_or_skip() -> Option<String> {
    let base = postgres_base();
    if base.is_none() {
        eprintln!("skipped: SCIMCTL_TEST_DATABASE_URL names no PostgreSQL server");
    }
    base
}

/// Two instances started at the same moment on an empty database (both
/// run the migrations; the advisory lock makes one wait for the other).
fn two_instances(home: &std::path::Path, db: &str) -> (Serve, Serve) {
    std::thread::scope(|s| {
        let a = s.spawn(|| serve_logging_to(home, db, &[], &home.join("a.log")));
        let b = s.spawn(|| serve_logging_to(home, db, &[], &home.join("b.log")));
        (a.join().unwrap(), b.join().unwrap())
    })
}

fn secret(v: &Value) -> String {
    v["secret"].as_str().expect("secret").to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn two_instances_share_one_database() {
    let Some(base) = server_or_skip() else { return };
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let db = new_postgres_database(&base).await;
    let (a, b) = two_instances(home, &db);
    let (token, _) = admin_token(home, &db);
    let admin_a = format!("{}/admin/v1", a.url);
    let admin_b = format!("{}/admin/v1", b.url);
    let scim_a = format!("{}/scim/v2", a.url);
    let scim_b = format!("{}/scim/v2", b.url);

    // Set up through A, seen by B.
    let sso = json!({"type": "saml", "name": "Okta"});
    assert_eq!(
        call("POST", &format!("{admin_a}/sso"), &token, Some(sso))
            .await
            .0,
        201
    );
    let on = json!({"enabled": true});
    assert_eq!(
        call("PUT", &format!("{admin_a}/scim"), &token, Some(on))
            .await
            .0,
        200
    );
    let (status, scim) = call("GET", &format!("{admin_b}/scim"), &token, None).await;
    assert_eq!((status, &scim["enabled"]), (200, &json!(true)), "{scim}");
    let (status, issued) = call(
        "POST",
        &format!("{admin_a}/keys"),
        &token,
        Some(json!({"name": "okta"})),
    )
    .await;
    assert_eq!(status, 201, "{issued}");
    let k1 = secret(&issued);
    assert_eq!(
        call("GET", &format!("{scim_b}/Users"), &k1, None).await.0,
        200
    );

    // Concurrent creates of one userName through both instances: exactly
    // one 201, every other a 409 uniqueness error.
    for round in 0..3 {
        let name = format!("Race{round}@Example.com");
        let calls = (0..16).map(|i| {
            let root = if i % 2 == 0 { &scim_a } else { &scim_b };
            // alternate the case too: uniqueness is case-insensitive
            let user = if i % 3 == 0 {
                name.to_lowercase()
            } else {
                name.clone()
            };
            let url = format!("{root}/Users");
            let body = user_body(&user, "Race", "Condition");
            let k1 = k1.clone();
            async move { call("POST", &url, &k1, Some(body)).await }
        });
        let results = join_all(calls).await;
        let created = results.iter().filter(|(s, _)| *s == 201).count();
        let conflicts: Vec<_> = results.iter().filter(|(s, _)| *s == 409).collect();
        assert_eq!(created, 1, "round {round}: {results:?}");
        assert_eq!(conflicts.len(), 15, "round {round}: {results:?}");
        assert!(conflicts.iter().all(|(_, b)| b["scimType"] == "uniqueness"));
        let filter = format!("userName eq \"{}\"", name.to_lowercase());
        let (_, list) = call(
            "GET",
            &format!("{scim_b}/Users?filter={}", crate::common::enc(&filter)),
            &k1,
            None,
        )
        .await;
        assert_eq!(list["totalResults"], 1, "{list}");
    }

    // Rotated through A: the new key works on B at once, and the old one
    // keeps working on B for its grace window.
    let (status, rotated) =
        call("POST", &format!("{admin_a}/keys/okta/rotate"), &token, None).await;
    assert_eq!(status, 201, "{rotated}");
    let k2 = secret(&rotated);
    assert_eq!(
        call("GET", &format!("{scim_b}/Users"), &k2, None).await.0,
        200
    );
    assert_eq!(
        call("GET", &format!("{scim_b}/Users"), &k1, None).await.0,
        200
    );

    // Concurrent rotations of the new key through both: exactly one wins.
    // (k1 is still in its grace window, so these rotations need `force`.)
    let id2 = rotated["id"].as_str().expect("key id").to_string();
    let rotations = (0..8).map(|i| {
        let root = if i % 2 == 0 { &admin_a } else { &admin_b };
        let url = format!("{root}/keys/{id2}/rotate");
        let token = token.clone();
        async move { call("POST", &url, &token, Some(json!({"force": true}))).await }
    });
    let results = join_all(rotations).await;
    let won: Vec<_> = results.iter().filter(|(s, _)| *s == 201).collect();
    assert_eq!(won.len(), 1, "{results:?}");
    assert_eq!(
        results.iter().filter(|(s, _)| *s == 409).count(),
        7,
        "{results:?}"
    );
    let k3 = secret(&won[0].1);
    let id3 = won[0].1["id"].as_str().unwrap().to_string();
    assert_eq!(
        call("GET", &format!("{scim_b}/Users"), &k3, None).await.0,
        200
    );

    // Revoked through A: refused by B on the very next request, with the
    // predecessor still in its grace window.
    assert_eq!(
        call("GET", &format!("{scim_b}/Users"), &k2, None).await.0,
        200
    );
    let (status, body) = call(
        "POST",
        &format!("{admin_a}/keys/{id3}/revoke"),
        &token,
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        call("GET", &format!("{scim_b}/Users"), &k3, None).await.0,
        401
    );
    assert_eq!(
        call("GET", &format!("{scim_b}/Users"), &k2, None).await.0,
        401
    );
    assert_eq!(
        call("GET", &format!("{scim_a}/Users"), &k3, None).await.0,
        401
    );

    // SCIM turned off through B: A refuses provisioning at once.
    let (status, issued) = call(
        "POST",
        &format!("{admin_b}/keys"),
        &token,
        Some(json!({"name": "entra"})),
    )
    .await;
    assert_eq!(status, 201, "{issued}");
    let k4 = secret(&issued);
    assert_eq!(
        call("GET", &format!("{scim_a}/Users"), &k4, None).await.0,
        200
    );
    let off = json!({"enabled": false});
    assert_eq!(
        call("PUT", &format!("{admin_b}/scim"), &token, Some(off))
            .await
            .0,
        200
    );
    assert_eq!(
        call("GET", &format!("{scim_a}/Users"), &k4, None).await.0,
        403
    );

    // The migrations ran once although two instances started together.
    use sqlx::Connection;
    let mut conn = sqlx::PgConnection::connect(&db).await.unwrap();
    let applied: Vec<i64> =
        sqlx::query_scalar("SELECT version FROM _sqlx_migrations ORDER BY version")
            .fetch_all(&mut conn)
            .await
            .unwrap();
    let mut unique = applied.clone();
    unique.dedup();
    assert_eq!(applied, unique);
    assert!(!applied.is_empty());
    let teams: i64 = sqlx::query_scalar("SELECT count(*) FROM teams")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(teams, 1);
    drop((a, b));
}

/// Groups through two instances on one database: one group per
/// displayName, and member edits through both all land.
#[tokio::test(flavor = "multi_thread")]
async fn two_instances_share_groups() {
    let Some(base) = server_or_skip() else { return };
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let db = new_postgres_database(&base).await;
    let (a, b) = two_instances(home, &db);
    let (token, _) = admin_token(home, &db);
    let admin = format!("{}/admin/v1", a.url);
    let roots = [format!("{}/scim/v2", a.url), format!("{}/scim/v2", b.url)];
    call(
        "POST",
        &format!("{admin}/sso"),
        &token,
        Some(json!({"type": "saml", "name": "Okta"})),
    )
    .await;
    call(
        "PUT",
        &format!("{admin}/scim"),
        &token,
        Some(json!({"enabled": true})),
    )
    .await;
    let (_, issued) = call(
        "POST",
        &format!("{admin}/keys"),
        &token,
        Some(json!({"name": "okta"})),
    )
    .await;
    let key = secret(&issued);

    let creates = join_all((0..12).map(|i| {
        let url = format!("{}/Groups", roots[i % 2]);
        let name = if i % 3 == 0 { "Sales" } else { "sales" };
        let key = key.clone();
        async move { call("POST", &url, &key, Some(json!({"displayName": name}))).await }
    }))
    .await;
    let won: Vec<_> = creates.iter().filter(|(s, _)| *s == 201).collect();
    assert_eq!(won.len(), 1, "{creates:?}");
    assert_eq!(creates.iter().filter(|(s, _)| *s == 409).count(), 11);
    let group = won[0].1["id"].as_str().unwrap().to_string();

    let mut users = Vec::new();
    for i in 0..16 {
        let (_, u) = call(
            "POST",
            &format!("{}/Users", roots[0]),
            &key,
            Some(user_body(&format!("p{i}@example.com"), "P", "Q")),
        )
        .await;
        users.push(u["id"].as_str().unwrap().to_string());
    }
    let adds = join_all(users.iter().enumerate().map(|(i, u)| {
        let url = format!("{}/Groups/{group}", roots[i % 2]);
        let body = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [{"op": "add", "path": "members", "value": [{"value": u}]}]});
        let key = key.clone();
        async move { call("PATCH", &url, &key, Some(body)).await }
    }))
    .await;
    assert!(adds.iter().all(|(s, _)| *s == 204), "{adds:?}");
    let (_, g) = call("GET", &format!("{}/Groups/{group}", roots[1]), &key, None).await;
    assert_eq!(g["members"].as_array().map(Vec::len), Some(16), "{g}");
    assert_eq!(g["meta"]["version"], "W/\"17\"");
    // a user deleted through B leaves the group seen through A
    let (status, _) = call(
        "DELETE",
        &format!("{}/Users/{}", roots[1], users[0]),
        &key,
        None,
    )
    .await;
    assert_eq!(status, 204);
    let (_, g) = call("GET", &format!("{}/Groups/{group}", roots[0]), &key, None).await;
    assert_eq!(g["members"].as_array().map(Vec::len), Some(15), "{g}");
    drop((a, b));
}

/// `/readyz` on PostgreSQL: 503 with the reason while the server takes no
/// writes (here the database turned read-only, and the pool's sessions
/// ended so that new ones see it), 200 again once it takes them — without
/// a restart of `serve`.
#[tokio::test(flavor = "multi_thread")]
async fn readiness_follows_a_read_only_database() {
    use sqlx::Connection;
    let Some(base) = server_or_skip() else { return };
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let db = new_postgres_database(&base).await;
    let s = serve_logging_to(home, &db, &[], &home.join("serve.log"));
    let ready = format!("{}/readyz", s.url);
    assert_eq!(reqwest::get(&ready).await.unwrap().status(), 200);
    let name = db.rsplit('/').next().unwrap().to_string();
    let mut admin = sqlx::PgConnection::connect(&base).await.unwrap();
    let set_read_only = async |admin: &mut sqlx::PgConnection, on: bool| {
        let value = if on { "on" } else { "off" };
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "ALTER DATABASE {name} SET default_transaction_read_only = {value}"
        )))
        .execute(&mut *admin)
        .await
        .unwrap();
        sqlx::query(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE datname = $1 AND pid <> pg_backend_pid()",
        )
        .bind(&name)
        .execute(&mut *admin)
        .await
        .unwrap();
    };
    set_read_only(&mut admin, true).await;
    // (the pool may hand out a connection that died with its session
    // once; readiness is asked again, as a checker would)
    let mut last = (0, String::new());
    for _ in 0..20 {
        let reply = reqwest::get(&ready).await.unwrap();
        last = (reply.status().as_u16(), reply.text().await.unwrap());
        if last.0 == 503 && last.1.contains("takes no writes") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(last.0, 503, "{}", last.1);
    assert!(last.1.contains("takes no writes"), "{}", last.1);
    set_read_only(&mut admin, false).await;
    let mut status = 0;
    for _ in 0..20 {
        status = reqwest::get(&ready).await.unwrap().status().as_u16();
        if status == 200 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(status, 200);
    let _ = admin.close().await;
}
