//! `scimctl groups` (docs/cli.md, "Groups"): the same contract on the
//! embedded backend and against a remote `scimctl serve` — list, get,
//! create, rename, delete, members, add, remove — with memberships carried
//! by `users import`/`export` and made by `users sync`, and a rename by PUT
//! where a service refuses the PATCH. scim2-server, a third-party service
//! with Groups, runs the same contract in `client_scim2_server.rs`.

use serde_json::Value;

use crate::common::{Machine, scenarios};

scenarios! {
    groups_commands_follow_the_contract,
    import_and_export_carry_memberships,
    sync_makes_memberships_what_the_roster_says,
    membership_changes_that_change_nothing_say_so,
}

async fn users(m: &Machine, names: &[&str]) {
    for n in names {
        m.run(&[
            "users",
            "create",
            &format!("{n}@example.com"),
            "--first",
            n,
            "--last",
            "X",
        ])
        .await
        .ok();
    }
}

fn member_names(m: &Value) -> Vec<String> {
    let mut names: Vec<String> = m
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["userName"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    names
}

/// The contract, as a script would use it.
pub async fn groups_contract(m: &Machine) {
    users(m, &["ann", "bob", "cy"]).await;
    let created = m
        .run(&[
            "groups",
            "create",
            "Engineering",
            "--external-id",
            "eng-1",
            "--member",
            "ann@example.com",
            "--member",
            "bob@example.com",
            "-o",
            "json",
        ])
        .await
        .ok()
        .json();
    let id = created["id"].as_str().unwrap().to_string();
    assert_eq!(created["displayName"], "Engineering");
    // a name in use, in any case: exit 6, nothing created
    let out = m.run(&["groups", "create", "ENGINEERING"]).await.code(6);
    assert!(out.stderr.contains(&id), "{}", out.stderr);
    // an unknown member: exit 5, nothing created
    m.run(&[
        "groups",
        "create",
        "Sales",
        "--member",
        "nobody@example.com",
    ])
    .await
    .code(5);
    let listed = m.run(&["groups", "list", "-o", "jsonl"]).await.ok();
    assert_eq!(listed.stdout.lines().count(), 1, "{}", listed.stdout);

    // by id or by name
    for g in [id.as_str(), "engineering"] {
        let got = m.run(&["groups", "get", g, "-o", "json"]).await.ok().json();
        assert_eq!(got["id"], id.as_str());
    }
    m.run(&["groups", "get", "Nope"]).await.code(5);

    let members = m
        .run(&["groups", "members", "Engineering", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(
        member_names(&members),
        ["ann@example.com", "bob@example.com"]
    );

    m.run(&[
        "groups",
        "add",
        "Engineering",
        "cy@example.com",
        "ann@example.com",
    ])
    .await
    .ok();
    m.run(&["groups", "remove", "Engineering", "bob@example.com"])
        .await
        .ok();
    let members = m
        .run(&["groups", "members", &id, "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(
        member_names(&members),
        ["ann@example.com", "cy@example.com"]
    );
    // an unknown user changes nothing: exit 5
    m.run(&[
        "groups",
        "add",
        "Engineering",
        "cy@example.com",
        "zed@example.com",
    ])
    .await
    .code(5);

    m.run(&["groups", "create", "Sales"]).await.ok();
    // a rename onto another group's name: exit 6
    m.run(&["groups", "rename", "Engineering", "sales"])
        .await
        .code(6);
    let renamed = m
        .run(&["groups", "rename", "Engineering", "Platform", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(renamed["displayName"], "Platform");
    assert_eq!(renamed["externalId"], "eng-1");

    // deleting asks; without a terminal it needs --yes (exit 3)
    m.run(&["groups", "delete", "Platform"]).await.code(3);
    m.run(&["groups", "delete", "Platform", "Nope", "--yes"])
        .await
        .code(5);
    assert_eq!(
        m.run(&["groups", "list", "-o", "jsonl"])
            .await
            .ok()
            .stdout
            .lines()
            .count(),
        2,
        "a missing name deleted nothing"
    );
    m.run(&["groups", "delete", "Platform", "Sales", "--yes"])
        .await
        .ok();
    let out = m.run(&["groups", "list", "-o", "json"]).await.ok();
    assert_eq!(out.json(), serde_json::json!([]));
    // the members' accounts stay
    m.run(&["users", "get", "cy@example.com"]).await.ok();
}

async fn groups_commands_follow_the_contract(m: Machine) {
    m.ready_for_users("groups").await;
    groups_contract(&m).await;
    // (scimctl serve and the embedded database only)
    users(&m, &["dee"]).await;
    m.run(&["groups", "create", "Ops", "--member", "dee@example.com"])
        .await
        .ok();
    let shown = m.run(&["users", "get", "dee@example.com"]).await.ok();
    assert!(
        shown
            .stdout
            .lines()
            .any(|l| l.starts_with("groups:") && l.ends_with("Ops")),
        "{}",
        shown.stdout
    );
    let shown = m
        .run(&["users", "get", "dee@example.com", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(shown["groups"][0]["display"], "Ops");
    // the audit trail names each membership
    let audit = m
        .run(&["audit", "list", "--action", "group.member", "-o", "jsonl"])
        .await
        .ok();
    assert!(audit.stdout.lines().count() >= 5, "{}", audit.stdout);
}

/// The members of a group, by userName.
async fn members_of(m: &Machine, group: &str) -> Vec<String> {
    member_names(
        &m.run(&["groups", "members", group, "-o", "json"])
            .await
            .ok()
            .json(),
    )
}

/// The `groups` column: import adds the rows' memberships (creating
/// missing groups only with --create-groups), --if-exists update makes them
/// exact, export writes them back.
async fn import_and_export_carry_memberships(m: Machine) {
    m.ready_for_users("groups").await;
    let first = m.write_file(
        "first.csv",
        "email,first_name,last_name,groups\n\
         ann@example.com,Ann,Lee,Eng;Ops\n\
         bob@example.com,Bob,Ray,eng\n\
         cy@example.com,Cy,Dow,\n",
    );
    // missing groups: exit 5 and nothing written
    let out = m.run(&["users", "import", &first]).await.code(5);
    assert!(out.stderr.contains("--create-groups"), "{}", out.stderr);
    assert_eq!(
        m.run(&["users", "list", "-o", "jsonl"])
            .await
            .ok()
            .stdout
            .lines()
            .count(),
        0
    );
    let out = m
        .run(&["users", "import", &first, "--create-groups", "--dry-run"])
        .await
        .ok();
    assert!(
        out.stderr.contains("would create Eng, Ops"),
        "{}",
        out.stderr
    );
    assert_eq!(
        m.run(&["groups", "list", "-o", "jsonl"]).await.ok().stdout,
        ""
    );
    m.run(&["users", "import", &first, "--create-groups"])
        .await
        .ok();
    assert_eq!(
        members_of(&m, "Eng").await,
        ["ann@example.com", "bob@example.com"]
    );
    assert_eq!(members_of(&m, "ops").await, ["ann@example.com"]);

    // without --if-exists update a second file only adds
    let second = m.write_file(
        "second.jsonl",
        "{\"email\":\"ann@example.com\",\"first_name\":\"Ann\",\"last_name\":\"Lee\",\"groups\":[\"Ops\"]}\n\
         {\"email\":\"cy@example.com\",\"first_name\":\"Cy\",\"last_name\":\"Dow\",\"groups\":[\"Ops\"]}\n",
    );
    m.run(&["users", "import", &second, "--if-exists", "skip"])
        .await
        .ok();
    assert_eq!(
        members_of(&m, "Eng").await,
        ["ann@example.com", "bob@example.com"]
    );
    assert_eq!(
        members_of(&m, "Ops").await,
        ["ann@example.com", "cy@example.com"]
    );
    // with it, ann's groups become exactly the row's; bob (not in the
    // file) keeps his
    m.run(&["users", "import", &second, "--if-exists", "update"])
        .await
        .ok();
    assert_eq!(members_of(&m, "Eng").await, ["bob@example.com"]);
    assert_eq!(
        members_of(&m, "Ops").await,
        ["ann@example.com", "cy@example.com"]
    );

    // export writes the column; its file imports back as it is
    let exported = m.run(&["users", "export"]).await.ok().stdout;
    assert!(exported.starts_with("email,first_name,last_name,external_id,role,active,groups\n"));
    assert!(
        exported.contains("bob@example.com,Bob,Ray,,developer,true,Eng\n"),
        "{exported}"
    );
    let file = m.write_file("export.csv", &exported);
    let out = m
        .run(&[
            "users",
            "import",
            &file,
            "--if-exists",
            "update",
            "-o",
            "jsonl",
        ])
        .await
        .ok();
    assert!(
        out.stdout.lines().all(|l| l.contains("\"skipped\"")),
        "{}",
        out.stdout
    );
    assert!(
        out.stderr.contains("(0 added, 0 removed)"),
        "{}",
        out.stderr
    );
    // a bad group name is a bad row
    let bad = m.write_file(
        "bad.csv",
        "email,first_name,last_name,groups\nd@example.com,D,E,a\u{200b}b\n",
    );
    m.run(&["users", "import", &bad]).await.code(2);
}

/// `users sync` with a groups column: the roster's users end in exactly
/// the groups their rows name; a second run changes nothing.
async fn sync_makes_memberships_what_the_roster_says(m: Machine) {
    m.ready_for_users("groups").await;
    users(&m, &["ann", "bob"]).await;
    m.run(&[
        "groups",
        "create",
        "Eng",
        "--member",
        "ann@example.com",
        "--member",
        "bob@example.com",
    ])
    .await
    .ok();
    let roster = m.write_file(
        "roster.csv",
        "email,first_name,last_name,groups\n\
         ann@example.com,ann,X,Ops\n\
         bob@example.com,bob,X,Eng;Ops\n\
         cy@example.com,Cy,Dow,Ops\n",
    );
    // Ops does not exist: nothing changes without --create-groups
    m.run(&["users", "sync", &roster]).await.code(5);
    assert_eq!(
        m.run(&["users", "list", "-o", "jsonl"])
            .await
            .ok()
            .stdout
            .lines()
            .count(),
        2
    );
    let out = m
        .run(&["users", "sync", &roster, "--create-groups"])
        .await
        .ok();
    assert!(out.stderr.contains("created Ops"), "{}", out.stderr);
    assert_eq!(members_of(&m, "Eng").await, ["bob@example.com"]);
    assert_eq!(
        members_of(&m, "Ops").await,
        ["ann@example.com", "bob@example.com", "cy@example.com"]
    );
    let again = m.run(&["users", "sync", &roster]).await.ok();
    assert!(
        again.stderr.contains("(0 added, 0 removed)"),
        "{}",
        again.stderr
    );
}

/// A front of a real `serve` that takes no PATCH of a group's displayName
/// (400 `invalidPath`, as RFC 7644 lets a service answer), forwards every
/// other request, and counts the PUTs of groups it forwarded.
async fn no_rename_front(
    backend: String,
) -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use axum::body::Bytes;
    use axum::http::{HeaderMap, Method, StatusCode, Uri};
    use axum::response::IntoResponse;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let puts = std::sync::Arc::new(AtomicUsize::new(0));
    let counted = puts.clone();
    let http = reqwest::Client::new();
    let app = axum::Router::new().fallback(
        move |method: Method, uri: Uri, headers: HeaderMap, body: Bytes| {
            let (http, backend, counted) = (http.clone(), backend.clone(), counted.clone());
            async move {
                let is_group = uri.path().contains("/Groups/");
                let text = String::from_utf8_lossy(&body).to_lowercase();
                if method == Method::PATCH && is_group && text.contains("displayname") {
                    let error = serde_json::json!({
                        "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"],
                        "status": "400", "scimType": "invalidPath",
                        "detail": "displayName cannot be changed with PATCH; use PUT"});
                    return (StatusCode::BAD_REQUEST, error.to_string()).into_response();
                }
                if method == Method::PUT && is_group {
                    counted.fetch_add(1, Ordering::SeqCst);
                }
                let target = format!(
                    "{backend}{}",
                    uri.path_and_query().map_or("", |p| p.as_str())
                );
                let m = reqwest::Method::from_bytes(method.as_str().as_bytes()).unwrap();
                let mut req = http.request(m, target).body(body);
                for name in ["authorization", "content-type", "accept"] {
                    if let Some(v) = headers.get(name) {
                        req = req.header(name, v.as_bytes());
                    }
                }
                let resp = req.send().await.unwrap();
                let status = StatusCode::from_u16(resp.status().as_u16()).unwrap();
                let ct = resp
                    .headers()
                    .get("content-type")
                    .map(|v| v.to_str().unwrap_or_default().to_string())
                    .unwrap_or_else(|| "application/scim+json".into());
                let bytes = resp.bytes().await.unwrap();
                (status, [("content-type", ct)], bytes).into_response()
            }
        },
    );
    let url = crate::common::serve_on_loopback(app).await;
    (url, puts)
}

/// `groups rename` against a service that refuses the PATCH of
/// displayName: the group is renamed by PUT, its members and externalId
/// kept.
#[tokio::test(flavor = "multi_thread")]
async fn rename_falls_back_to_put() {
    let server = crate::common::Server::start().await;
    let key = server.provision().await;
    let (front, puts) = no_rename_front(server.url.clone()).await;
    let mut m = Machine::against(front);
    m.env.push(("SCIMCTL_SCIM_KEY".into(), key));
    users(&m, &["ann", "bob"]).await;
    m.run(&[
        "groups",
        "create",
        "Eng",
        "--external-id",
        "e-1",
        "--member",
        "ann@example.com",
        "--member",
        "bob@example.com",
    ])
    .await
    .ok();
    let renamed = m
        .run(&["groups", "rename", "Eng", "Platform", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(renamed["displayName"], "Platform");
    assert_eq!(renamed["externalId"], "e-1");
    assert_eq!(puts.load(std::sync::atomic::Ordering::SeqCst), 1);
    assert_eq!(
        members_of(&m, "Platform").await,
        ["ann@example.com", "bob@example.com"]
    );
}

/// `groups add` of a member and `groups remove` of a non-member send
/// nothing for them and say so, counting only the real changes (before:
/// "Added 1 user" for a user already in the group).
async fn membership_changes_that_change_nothing_say_so(m: Machine) {
    m.ready_for_users("groups").await;
    users(&m, &["ann", "bob"]).await;
    m.run(&["groups", "create", "Eng", "--member", "ann@example.com"])
        .await
        .ok();
    let out = m
        .run(&["groups", "add", "Eng", "ann@example.com", "bob@example.com"])
        .await
        .ok();
    assert!(
        out.stderr.contains("Added 1 user to group Eng."),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("1 user was already in group Eng: nothing to change."),
        "{}",
        out.stderr
    );
    let out = m
        .run(&["groups", "add", "Eng", "bob@example.com"])
        .await
        .ok();
    assert!(!out.stderr.contains("Added"), "{}", out.stderr);
    assert!(
        out.stderr.contains("already in group Eng"),
        "{}",
        out.stderr
    );
    m.run(&["groups", "remove", "Eng", "bob@example.com"])
        .await
        .ok();
    let out = m
        .run(&["groups", "remove", "Eng", "bob@example.com"])
        .await
        .ok();
    assert!(!out.stderr.contains("Removed"), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("1 user was not in group Eng: nothing to change."),
        "{}",
        out.stderr
    );
    assert_eq!(members_of(&m, "Eng").await, ["ann@example.com"]);
}
