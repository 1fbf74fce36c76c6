//! The client against small stand-ins for third-party SCIM services and
//! their quirks (docs/cli.md, "Other SCIM services"): one that ignores
//! filters and startIndex (the client never acts on the wrong user and
//! never prints one twice), and one that takes names only through PUT (the
//! client falls back from PATCH, and remembers that for the rest of the
//! run), and one whose groups append every member they are sent (an
//! import's memberships are sent only when they change, and a group it
//! cannot change is reported as a group).

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

/// A service whose group PATCH `add` appends every value it is sent, even
/// a member the group holds already (as scimmy does), and which counts
/// the group PATCHes it receives. Users: POST, GET by id, GET by
/// `userName eq` or in pages. Groups: POST, GET by id, GET by
/// `displayName eq`, PATCH `add members` (refused for a group named
/// Frozen). Every DELETE is a bare 403.
async fn duplicating_groups_service() -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use axum::body::Bytes;
    use axum::http::{Method, StatusCode, Uri};
    use serde_json::json;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Arc, Mutex};
    #[derive(Default)]
    struct State {
        users: Vec<Value>,
        groups: Vec<Value>,
    }
    let state = Arc::new(Mutex::new(State::default()));
    let patches = Arc::new(AtomicUsize::new(0));
    let counted = patches.clone();
    let list = |found: Vec<Value>| {
        json!({
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
            "totalResults": found.len(), "startIndex": 1,
            "itemsPerPage": found.len(), "Resources": found,
        })
    };
    // `attr eq "value"` from a query string, the only filter asked here
    let eq_filter = |uri: &Uri| -> Option<(String, String)> {
        let query = uri.query()?;
        let filter = query.split('&').find_map(|kv| kv.strip_prefix("filter="))?;
        let filter = urlencoding_decode(filter);
        let (attr, value) = filter.split_once(" eq ")?;
        Some((attr.to_string(), value.trim_matches('"').to_string()))
    };
    let app = axum::Router::new().fallback(move |method: Method, uri: Uri, body: Bytes| {
        let (state, counted) = (state.clone(), counted.clone());
        async move {
            let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
            let mut s = state.lock().unwrap();
            let path = uri.path().trim_start_matches("/scim/v2").to_string();
            let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
            let answer = |status: StatusCode, v: Value| (status, axum::Json(v));
            match (method.as_str(), parts.as_slice()) {
                ("POST", ["Users"]) => {
                    if s.users.iter().any(|u| u["userName"] == body["userName"]) {
                        return answer(
                            StatusCode::CONFLICT,
                            json!({"scimType": "uniqueness", "detail": "userName is taken"}),
                        );
                    }
                    let mut user = body;
                    user["id"] = json!(format!("u{}", s.users.len()));
                    s.users.push(user.clone());
                    answer(StatusCode::CREATED, user)
                }
                ("GET", ["Users"]) => {
                    let found = match eq_filter(&uri) {
                        Some((_, v)) => s
                            .users
                            .iter()
                            .filter(|u| u["userName"] == v.as_str())
                            .cloned()
                            .collect(),
                        None => s.users.clone(),
                    };
                    answer(StatusCode::OK, list(found))
                }
                ("GET", ["Users", id]) => match s.users.iter().find(|u| u["id"] == *id) {
                    Some(u) => answer(StatusCode::OK, u.clone()),
                    None => answer(StatusCode::NOT_FOUND, json!({"detail": "no such user"})),
                },
                ("POST", ["Groups"]) => {
                    let mut group = body;
                    group["id"] = json!(format!("g{}", s.groups.len()));
                    s.groups.push(group.clone());
                    answer(StatusCode::CREATED, group)
                }
                ("GET", ["Groups"]) => {
                    let found = match eq_filter(&uri) {
                        Some((_, v)) => s
                            .groups
                            .iter()
                            .filter(|g| g["displayName"] == v.as_str())
                            .cloned()
                            .collect(),
                        None => s.groups.clone(),
                    };
                    answer(StatusCode::OK, list(found))
                }
                ("GET", ["Groups", id]) => match s.groups.iter().find(|g| g["id"] == *id) {
                    Some(g) => answer(StatusCode::OK, g.clone()),
                    None => answer(StatusCode::NOT_FOUND, json!({"detail": "no such group"})),
                },
                ("PATCH", ["Groups", id]) => {
                    counted.fetch_add(1, Ordering::SeqCst);
                    let Some(group) = s.groups.iter_mut().find(|g| g["id"] == *id) else {
                        return answer(StatusCode::NOT_FOUND, json!({"detail": "no such group"}));
                    };
                    if group["displayName"] == "Frozen" {
                        return answer(
                            StatusCode::BAD_REQUEST,
                            json!({"scimType": "mutability", "detail": "this group is read-only"}),
                        );
                    }
                    for op in body["Operations"].as_array().into_iter().flatten() {
                        if op["op"].as_str().map(str::to_ascii_lowercase).as_deref() == Some("add")
                        {
                            let members = group["members"].as_array_mut();
                            let values = op["value"].as_array().cloned().unwrap_or_default();
                            match members {
                                // appended as sent: duplicates and all
                                Some(members) => members.extend(values),
                                None => group["members"] = Value::Array(values),
                            }
                        }
                    }
                    answer(StatusCode::OK, group.clone())
                }
                ("DELETE", _) => answer(StatusCode::FORBIDDEN, json!({"detail": "Forbidden"})),
                _ => answer(StatusCode::NOT_FOUND, json!({"detail": "not here"})),
            }
        }
    });
    (crate::common::serve_on_loopback(app).await, patches)
}

/// `%XX` and `+` of a query string, decoded.
fn urlencoding_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 3;
                    }
                    Err(_) => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Importing a file with a `groups` column and importing it again with
/// `--if-exists skip` sends no group PATCH the second time and reports 0
/// added (docs/cli.md, "Bulk changes"), so a service that appends a member
/// it already holds never ends with doubled member lists (before: the
/// re-run added every membership again, and such a service held each
/// member twice).
#[tokio::test(flavor = "multi_thread")]
async fn a_skipped_re_run_sends_no_membership_change() {
    use std::sync::atomic::Ordering;
    let (url, patches) = duplicating_groups_service().await;
    let m = Machine::against(url);
    let mut csv = String::from("email,first_name,last_name,groups\n");
    for i in 0..12 {
        let groups = match i % 3 {
            0 => "Eng",
            1 => "Eng;Ops",
            _ => "",
        };
        csv.push_str(&format!("user{i}@example.com,First{i},Last{i},{groups}\n"));
    }
    let file = m.home.path().join("team.csv");
    std::fs::write(&file, csv).unwrap();
    let file = file.to_str().unwrap();

    let out = m
        .run(&["users", "import", file, "--create-groups"])
        .await
        .ok();
    assert!(
        out.stderr.contains("(12 added, 0 removed)"),
        "{}",
        out.stderr
    );
    let first = patches.load(Ordering::SeqCst);
    assert!(first > 0);

    for _ in 0..2 {
        let out = m
            .run(&["users", "import", file, "--if-exists", "skip"])
            .await
            .ok();
        assert!(
            out.stderr
                .contains("memberships changed in 0 groups (0 added, 0 removed)"),
            "{}",
            out.stderr
        );
    }
    assert_eq!(
        patches.load(Ordering::SeqCst),
        first,
        "a re-run sent a group PATCH"
    );
    let eng = m
        .run(&["groups", "members", "Eng", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(eng.as_array().unwrap().len(), 8, "{eng}");
}

/// A group whose members cannot be changed is reported as that group —
/// its own JSON Lines result, named in the error — never as a row with an
/// empty email (before: "4 rows failed: : group Sales…").
#[tokio::test(flavor = "multi_thread")]
async fn a_group_that_cannot_be_changed_is_reported_as_a_group() {
    let (url, _) = duplicating_groups_service().await;
    let m = Machine::against(url);
    let csv = "email,first_name,last_name,groups\n\
               ann@example.com,Ann,Lee,Frozen;Eng\n\
               bob@example.com,Bob,Ray,Frozen\n";
    let file = m.home.path().join("team.csv");
    std::fs::write(&file, csv).unwrap();
    let out = m
        .run(&[
            "users",
            "import",
            file.to_str().unwrap(),
            "--create-groups",
            "-o",
            "jsonl",
        ])
        .await;
    assert_ne!(out.code, 0, "{}", out.stderr);
    let lines: Vec<Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let rows: Vec<&Value> = lines.iter().filter(|l| l.get("email").is_some()).collect();
    assert_eq!(rows.len(), 2, "{}", out.stdout);
    assert!(
        rows.iter().all(|r| r["status"] == "created"),
        "{}",
        out.stdout
    );
    let groups: Vec<&Value> = lines.iter().filter(|l| l.get("group").is_some()).collect();
    assert_eq!(groups.len(), 1, "{}", out.stdout);
    assert_eq!(groups[0]["group"], "Frozen");
    assert_eq!(groups[0]["status"], "failed");
    assert!(groups[0]["error"].as_str().unwrap().contains("read-only"));
    assert!(
        out.stderr
            .contains("1 group could not be changed: Frozen: this group is read-only"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("rows failed"), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("Created 2, updated 0, skipped 0, failed 0"),
        "{}",
        out.stderr
    );
}

/// A third-party service's 403 is its own refusal: exit 4 with its words,
/// and no hint to turn SCIM on with `scimctl scim enable` — that hint
/// belongs to the refusal of a team whose SCIM is off (before: every 403
/// got it).
#[tokio::test(flavor = "multi_thread")]
async fn a_foreign_403_gets_no_scim_enable_hint() {
    let (url, _) = duplicating_groups_service().await;
    let m = Machine::against(url);
    m.run(&["groups", "create", "Interns"]).await.ok();
    let out = m
        .run(&["groups", "delete", "Interns", "--yes"])
        .await
        .code(4);
    assert!(out.stderr.contains("Forbidden"), "{}", out.stderr);
    assert!(!out.stderr.contains("scim enable"), "{}", out.stderr);
}
