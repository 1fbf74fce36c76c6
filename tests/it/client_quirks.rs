//! The client against small stand-ins for third-party SCIM services and
//! their quirks (docs/cli.md, "Other SCIM services"): one that ignores
//! filters and startIndex (the client never acts on the wrong user and
//! never prints one twice), and one that takes names only through PUT (the
//! client falls back from PATCH, and remembers that for the rest of the
//! run).

use serde_json::Value;

use crate::common::Machine;

/// Against a service that ignores filters (docs/cli.md, "Other SCIM
/// services"), `users get`/`deactivate` of one user never act on another
/// (before: `users deactivate user5@…` deactivated user0 and said it had
/// done user5); against one that ignores startIndex, a listing stops with
/// an error instead of printing users twice.
#[tokio::test(flavor = "multi_thread")]
async fn a_careless_service_never_gets_the_wrong_user_acted_on() {
    let users = (0..25)
        .map(|i| {
            serde_json::json!({
                "id": format!("id-{i}"),
                "userName": format!("user{i}@example.com"),
                "name": {"givenName": format!("First{i}"), "familyName": "Careless"},
                "active": true,
            })
        })
        .collect();
    let (url, writes) = crate::common::foreign_service(users).await;
    let m = Machine::against(url);
    // user0 is on the first page; user5 is not, whatever was asked
    let got = m
        .run(&["users", "get", "user0@example.com", "-o", "json"])
        .await
        .ok();
    assert_eq!(got.json()["id"], "id-0");
    let missing = m.run(&["users", "get", "user5@example.com"]).await.code(5);
    assert!(
        missing.messages().contains("may not honour SCIM filters"),
        "{}",
        missing.stderr
    );
    m.run(&["users", "deactivate", "user5@example.com", "--yes"])
        .await
        .code(5);
    assert_eq!(
        writes.load(std::sync::atomic::Ordering::SeqCst),
        0,
        "a write was sent"
    );
    // paging that ignores startIndex: an error, never duplicates
    let listed = m
        .run(&["users", "list", "-o", "jsonl", "--page-size", "10"])
        .await
        .code(1);
    assert!(
        listed.messages().contains("startIndex"),
        "{}",
        listed.stderr
    );
    let printed: Vec<&str> = listed.stdout.lines().collect();
    let mut unique = printed.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), printed.len(), "a user was printed twice");
    let exported = m
        .run(&["users", "export", "--page-size", "10"])
        .await
        .code(1);
    assert!(
        exported.messages().contains("startIndex"),
        "{}",
        exported.stderr
    );
}

/// A SCIM service that takes names only through PUT: a PATCH with a path
/// is refused (400 `invalidPath`), PUT stores what it is sent, a POST of a
/// user it holds is a 409. It holds two users, ignores filters, and counts
/// the PATCHes and PUTs it receives.
async fn put_only_service() -> (String, std::sync::Arc<[std::sync::atomic::AtomicUsize; 2]>) {
    use axum::extract::Path;
    use axum::http::StatusCode;
    use axum::routing::get;
    use std::sync::atomic::{AtomicUsize, Ordering};
    type Users = std::sync::Arc<std::sync::Mutex<std::collections::BTreeMap<String, Value>>>;
    let counts = std::sync::Arc::new([AtomicUsize::new(0), AtomicUsize::new(0)]);
    let users: Users = std::sync::Arc::new(std::sync::Mutex::new(
        ["ann", "bob"]
            .iter()
            .enumerate()
            .map(|(i, who)| {
                (
                    format!("id-{i}"),
                    serde_json::json!({
                        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                        "id": format!("id-{i}"),
                        "userName": format!("{who}@example.com"),
                        "name": {"givenName": who, "familyName": "Lee"},
                        "active": true,
                    }),
                )
            })
            .collect(),
    ));
    let error = |status: StatusCode, scim_type: &str, detail: &str| {
        (
            status,
            axum::Json(serde_json::json!({
                "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"],
                "status": status.as_str(), "scimType": scim_type, "detail": detail,
            })),
        )
    };
    let (u1, u2, u3) = (users.clone(), users.clone(), users.clone());
    let (c1, c2) = (counts.clone(), counts.clone());
    let app = axum::Router::new()
        .route(
            "/scim/v2/Users",
            get(move || {
                let all: Vec<Value> = u1.lock().unwrap().values().cloned().collect();
                async move {
                    axum::Json(serde_json::json!({
                        "schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
                        "totalResults": all.len(), "startIndex": 1,
                        "itemsPerPage": all.len(), "Resources": all,
                    }))
                }
            })
            .post(move || async move {
                error(StatusCode::CONFLICT, "uniqueness", "userName is taken")
            }),
        )
        .route(
            "/scim/v2/Users/{id}",
            get(move |Path(id): Path<String>| {
                let u = u2.lock().unwrap().get(&id).cloned();
                async move { axum::Json(u.unwrap_or_default()) }
            })
            .patch(move || {
                c1[0].fetch_add(1, Ordering::SeqCst);
                async move {
                    error(
                        StatusCode::BAD_REQUEST,
                        "invalidPath",
                        "only active and userName can be patched",
                    )
                }
            })
            .put(
                move |Path(id): Path<String>, axum::Json(body): axum::Json<Value>| {
                    c2[1].fetch_add(1, Ordering::SeqCst);
                    u3.lock().unwrap().insert(id, body.clone());
                    async move { axum::Json(body) }
                },
            ),
        );
    let url = crate::common::serve_on_loopback(app).await;
    (url, counts)
}

/// When a service refuses a PATCH path, the client falls back to
/// read-modify-PUT, and remembers it for the rest of the run (docs/cli.md,
/// "Other SCIM services"; before: exit 2 with the service's `invalidPath`).
#[tokio::test(flavor = "multi_thread")]
async fn a_refused_patch_path_falls_back_to_put() {
    use std::sync::atomic::Ordering;
    let (url, counts) = put_only_service().await;
    let m = Machine::against(url);
    let updated = m
        .run(&[
            "users",
            "update",
            "ann@example.com",
            "--last",
            "Smith",
            "-o",
            "json",
        ])
        .await
        .ok()
        .json();
    assert_eq!(updated["name"]["familyName"], "Smith");
    assert_eq!(updated["name"]["givenName"], "ann");
    assert_eq!(counts[0].load(Ordering::SeqCst), 1, "one PATCH tried");
    assert_eq!(counts[1].load(Ordering::SeqCst), 1, "then one PUT");
    // within one run the refusal is remembered: an import that updates two
    // users tries PATCH once, then PUTs
    let file = m.write_file(
        "again.csv",
        "email,first_name,last_name\nann@example.com,Ann,Jones\nbob@example.com,Bob,Jones\n",
    );
    m.run(&[
        "users",
        "import",
        &file,
        "--if-exists",
        "update",
        "--concurrency",
        "1",
    ])
    .await
    .ok();
    assert_eq!(counts[0].load(Ordering::SeqCst), 2);
    assert_eq!(counts[1].load(Ordering::SeqCst), 3);
}
