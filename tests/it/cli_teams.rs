//! Teams in one database (docs/scim.md, "Teams"): `scimctl teams`,
//! `--team`, `admin-token create --team`, the key picking the team of a
//! SCIM request on a shared `/scim/v2`, and a database made by an earlier
//! release opening as the team `default` with nothing lost.

use reqwest::Method;
use serde_json::{Value, json};

use crate::common::{Machine, Out, each, serve, user_body};

/// A SCIM or admin call to a spawned `serve`: status and JSON body.
pub(crate) async fn call(
    base: &str,
    bearer: &str,
    method: Method,
    path: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let url = format!("{base}{path}");
    crate::process::call(method.as_str(), &url, bearer, body).await
}

fn fixtures() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A secret of the fixture database (`scim_key` or `admin_token`).
fn fixture_secret(name: &str) -> String {
    let secrets = std::fs::read_to_string(fixtures().join("v0.1.0-team.secrets")).unwrap();
    secrets
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{name}=")))
        .unwrap()
        .to_string()
}

/// What a migrated fixture database must still hold and do: one team,
/// `default`, with SCIM on and its three users and group, beside which a
/// new team starts empty with SCIM off; and a `serve` on it takes the
/// fixture's key (listing the three users) and admin token (its key).
async fn fixture_survived(m: &Machine, url: &str) {
    let teams = on(m, url, &["teams", "list", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(each(&teams, "name"), ["default"]);
    assert_eq!(teams[0]["scim_enabled"], true);
    assert_eq!(teams[0]["users"], 3);
    // the team's creation is the first line of its trail
    assert_eq!(teams[0]["created_at"], "2026-12-07T13:20:26.770Z");
    let users = on(m, url, &["users", "list", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(
        each(&users, "userName"),
        ["ann@example.com", "bob@example.com", "cy@example.com"]
    );
    assert_eq!(users[2]["active"], false);
    let members = on(m, url, &["groups", "members", "Engineering", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(members.as_array().map(Vec::len), Some(2), "{members}");
    // a new team beside the old one starts with SCIM off (the old team's
    // toggle is not shared)
    on(m, url, &["teams", "create", "acme"]).await.ok();
    on(m, url, &["--team", "acme", "users", "list"])
        .await
        .code(4);
    let teams = on(m, url, &["teams", "list", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(each(&teams, "name"), ["default", "acme"]);

    let s = serve(m.home.path(), url, &[]);
    let key = fixture_secret("scim_key");
    let (st, list) = call(&s.url, &key, Method::GET, "/scim/v2/Users", None).await;
    assert_eq!(st, 200, "{list}");
    assert_eq!(list["totalResults"], 3);
    // each user became a membership of its own account (docs/scim.md,
    // "Accounts and memberships"): joined when it was created, and the
    // inactive one deactivated
    let ext = "urn:scimctl:schemas:extension:membership:1.0:User";
    let states: Vec<&str> = list["Resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u[ext]["state"].as_str().unwrap_or("(none)"))
        .collect();
    assert_eq!(states, ["active", "active", "deactivated"], "{list}");
    let ann = &list["Resources"][0];
    assert_eq!(ann[ext]["joinedAt"], ann["meta"]["created"], "{ann}");
    let token = fixture_secret("admin_token");
    let (st, keys) = call(&s.url, &token, Method::GET, "/admin/v1/keys", None).await;
    assert_eq!(st, 200, "{keys}");
    assert_eq!(each(&keys, "name"), ["okta"]);
}

/// `scimctl --url URL ARGS` on the machine.
async fn on(m: &Machine, url: &str, args: &[&str]) -> Out {
    let mut all = vec!["--url", url];
    all.extend_from_slice(args);
    m.run(&all).await
}

/// SSO, SCIM on and a key (not stored) in `team` (None: `default`); the key.
pub(crate) async fn provision_team(m: &Machine, team: Option<&str>) -> String {
    let run = async |rest: &[&str]| {
        let mut args: Vec<&str> = match team {
            Some(t) => vec!["--team", t],
            None => Vec::new(),
        };
        args.extend_from_slice(rest);
        m.run(&args).await.ok()
    };
    run(&["sso", "add", "--type", "saml", "--name", "Okta"]).await;
    run(&["scim", "enable"]).await;
    run(&["keys", "generate", "--name", "okta", "--no-store"])
        .await
        .stdout
        .trim()
        .to_string()
}

/// Two teams in one `serve`: each key sees and writes its own team only,
/// the same userName lives in both, an id of the other team is not found,
/// and turning SCIM off in one leaves the other alone.
#[tokio::test(flavor = "multi_thread")]
async fn each_key_acts_on_its_own_team() {
    let m = Machine::embedded().await;
    let created = m.run(&["teams", "create", "acme", "-o", "json"]).await.ok();
    assert_eq!(created.json()["name"], "acme");
    assert_eq!(created.json()["scim_enabled"], false);
    let key_default = provision_team(&m, None).await;
    let key_acme = provision_team(&m, Some("acme")).await;
    let s = serve(m.home.path(), &m.url, &[]);

    let (st, ann_default) = call(
        &s.url,
        &key_default,
        Method::POST,
        "/scim/v2/Users",
        Some(user_body("ann@example.com", "Ann", "Lee")),
    )
    .await;
    assert_eq!(st, 201, "{ann_default}");
    // the same person in the other team: her account is in the default
    // team, so acme's create is refused (docs/scim.md, "Accounts and
    // memberships") and writes nothing
    let (st, refused) = call(
        &s.url,
        &key_acme,
        Method::POST,
        "/scim/v2/Users",
        Some(user_body("ann@example.com", "Ann", "Acme")),
    )
    .await;
    assert_eq!(st, 409, "{refused}");
    assert_eq!(refused["scimType"], "uniqueness");
    let (st, ann_acme) = call(
        &s.url,
        &key_acme,
        Method::POST,
        "/scim/v2/Users",
        Some(user_body("ann@acme.test", "Ann", "Acme")),
    )
    .await;
    assert_eq!(st, 201, "{ann_acme}");
    assert_ne!(ann_default["id"], ann_acme["id"]);
    let (st, _) = call(
        &s.url,
        &key_acme,
        Method::POST,
        "/scim/v2/Users",
        Some(user_body("bob@example.com", "Bob", "Acme")),
    )
    .await;
    assert_eq!(st, 201);

    let (_, list) = call(&s.url, &key_default, Method::GET, "/scim/v2/Users", None).await;
    assert_eq!(list["totalResults"], 1, "{list}");
    let (_, list) = call(
        &s.url,
        &key_acme,
        Method::GET,
        "/scim/v2/Users?filter=userName%20sw%20%22ann@%22",
        None,
    )
    .await;
    assert_eq!(list["totalResults"], 1, "{list}");
    assert_eq!(list["Resources"][0]["name"]["familyName"], "Acme");

    // another team's id is not found, for reads and writes alike
    let other = format!("/scim/v2/Users/{}", ann_acme["id"].as_str().unwrap());
    let (st, _) = call(&s.url, &key_default, Method::GET, &other, None).await;
    assert_eq!(st, 404);
    let (st, _) = call(&s.url, &key_default, Method::DELETE, &other, None).await;
    assert_eq!(st, 404);
    let (st, _) = call(&s.url, &key_acme, Method::GET, &other, None).await;
    assert_eq!(st, 200);

    // groups: a member of another team is an unknown member
    let ann_id = ann_acme["id"].as_str().unwrap();
    let create_eng = async |key: &str, members: &[&str]| {
        let members: Vec<Value> = members.iter().map(|id| json!({"value": id})).collect();
        let body = json!({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
            "displayName": "Eng", "members": members});
        call(&s.url, key, Method::POST, "/scim/v2/Groups", Some(body)).await
    };
    let (st, body) = create_eng(&key_default, &[ann_id]).await;
    assert_eq!(st, 400, "{body}");
    let (st, _) = create_eng(&key_acme, &[ann_id]).await;
    assert_eq!(st, 201);
    let (st, _) = create_eng(&key_default, &[]).await;
    assert_eq!(st, 201, "a group name is unique per team");

    // the CLI on the database, team by team
    let names = |o: Out| -> Vec<String> {
        each(&o.json(), "userName")
            .iter()
            .map(|s| s.to_string())
            .collect()
    };
    assert_eq!(
        names(m.run(&["users", "list", "-o", "json"]).await.ok()),
        ["ann@example.com"]
    );
    assert_eq!(
        names(
            m.run(&["--team", "ACME", "users", "list", "-o", "json"])
                .await
                .ok()
        ),
        ["ann@acme.test", "bob@example.com"]
    );
    let teams = m.run(&["teams", "list", "-o", "json"]).await.ok().json();
    assert_eq!(each(&teams, "name"), ["default", "acme"]);
    assert_eq!(teams[0]["users"], 1);
    assert_eq!(teams[1]["users"], 2);

    // SCIM off in acme: its key gets 403, the default team's key works
    m.run(&["--team", "acme", "scim", "disable", "--yes"])
        .await
        .ok();
    let (st, _) = call(&s.url, &key_acme, Method::GET, "/scim/v2/Users", None).await;
    assert_eq!(st, 403);
    let (st, _) = call(&s.url, &key_default, Method::GET, "/scim/v2/Users", None).await;
    assert_eq!(st, 200);

    // each team's audit trail holds its own changes only
    let audit = m
        .run(&["--team", "acme", "audit", "list", "-o", "json"])
        .await
        .ok()
        .json();
    let actions = each(&audit, "action");
    assert!(actions.contains(&"team.create"), "{actions:?}");
    assert_eq!(actions.iter().filter(|a| **a == "user.create").count(), 2);
    let audit = m.run(&["audit", "list", "-o", "json"]).await.ok().json();
    let actions = each(&audit, "action");
    assert_eq!(actions.iter().filter(|a| **a == "user.create").count(), 1);
    assert!(!actions.contains(&"team.create"), "{actions:?}");
}

/// An admin token administers the team it was made for: `admin-token
/// create --team` on the database, then the admin API sees that team's
/// keys and SSO only, and what it changes lands there.
#[tokio::test(flavor = "multi_thread")]
async fn an_admin_token_administers_its_team() {
    let m = Machine::embedded().await;
    m.run(&["teams", "create", "acme"]).await.ok();
    provision_team(&m, None).await;
    let token = m
        .run(&[
            "--team",
            "acme",
            "admin-token",
            "create",
            "--database",
            &m.url,
            "--name",
            "ops",
        ])
        .await
        .ok()
        .stdout
        .trim()
        .to_string();
    let s = serve(m.home.path(), &m.url, &[]);
    let (st, keys) = call(&s.url, &token, Method::GET, "/admin/v1/keys", None).await;
    assert_eq!(st, 200, "{keys}");
    assert_eq!(keys.as_array().map(Vec::len), Some(0), "{keys}");
    let (st, sso) = call(
        &s.url,
        &token,
        Method::POST,
        "/admin/v1/sso",
        Some(json!({"type": "oidc", "name": "Entra"})),
    )
    .await;
    assert_eq!(st, 201, "{sso}");
    let listed = m
        .run(&["--team", "acme", "sso", "list", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(each(&listed, "name"), ["Entra"]);
    let listed = m.run(&["sso", "list", "-o", "json"]).await.ok().json();
    assert_eq!(each(&listed, "name"), ["Okta"]);
    // the token is listed in its team only
    let tokens = m
        .run(&[
            "--team",
            "acme",
            "admin-token",
            "list",
            "--database",
            &m.url,
            "-o",
            "json",
        ])
        .await
        .ok()
        .json();
    assert_eq!(each(&tokens, "name"), ["ops"]);
    let tokens = m
        .run(&["admin-token", "list", "--database", &m.url, "-o", "json"])
        .await
        .ok()
        .json();
    assert!(each(&tokens, "name").is_empty(), "{tokens}");
}

/// Names: a second team of the same name (in any case) is a conflict, an
/// unknown `--team` is not found with the names there are, `--team` on a
/// remote backend is a usage error, and a name with a control character is
/// refused.
#[tokio::test(flavor = "multi_thread")]
async fn team_names_are_checked() {
    let m = Machine::embedded().await;
    m.run(&["teams", "create", "Acme"]).await.ok();
    let again = m.run(&["teams", "create", "ACME"]).await.code(6);
    assert!(again.stderr.contains("exists already"), "{}", again.stderr);
    m.run(&["teams", "create", "Default"]).await.code(6);
    m.run(&["teams", "create", "bad\u{1b}[2Jname"])
        .await
        .code(2);
    m.run(&["teams", "create", "   "]).await.code(2);
    // a new database's team `default` is as old as the database
    let teams = m.run(&["teams", "list", "-o", "json"]).await.ok().json();
    let created = teams[0]["created_at"].as_str().unwrap().to_string();
    assert!(created.as_str() > "2026", "{created}");
    let missing = m.run(&["--team", "nope", "users", "list"]).await.code(5);
    assert!(missing.stderr.contains("Acme"), "{}", missing.stderr);
    let r = Machine::remote().await;
    r.run(&["--team", "acme", "users", "list"]).await.code(2);
    r.run(&["teams", "list"]).await.code(2);
}

/// The fixture `tests/fixtures/v0.1.0-team.db` was made by scimctl 0.1.0,
/// before teams, with:
///
/// ```text
/// scimctl --url sqlite:///tmp/fx.db sso add --type saml --name Okta
/// scimctl --url sqlite:///tmp/fx.db scim enable --yes
/// scimctl --url sqlite:///tmp/fx.db keys generate --name okta --no-store
/// scimctl admin-token create --database sqlite:///tmp/fx.db --name ops
/// scimctl --url sqlite:///tmp/fx.db users create {ann,bob,cy}@example.com …
/// scimctl --url sqlite:///tmp/fx.db groups create Engineering --member ann@… --member bob@…
/// scimctl --url sqlite:///tmp/fx.db users deactivate cy@example.com --yes
/// ```
///
/// (its key and token in `v0.1.0-team.secrets`). Opened by this release it
/// is the team `default` with every row, and its key and token still work.
#[tokio::test(flavor = "multi_thread")]
async fn a_database_of_the_earlier_release_opens_as_team_default() {
    let m = Machine::embedded().await;
    let db = m.home.path().join("old.db");
    std::fs::copy(fixtures().join("v0.1.0-team.db"), &db).unwrap();
    let url = format!("sqlite://{}", db.display());
    let audit = on(&m, &url, &["audit", "list", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(audit.as_array().unwrap().len(), 11, "{audit}");
    fixture_survived(&m, &url).await;
}

/// The same on PostgreSQL: a database at the schema of the earlier release
/// (its migrations up to groups, run by themselves), holding the rows of
/// the SQLite fixture copied over table by table, opens as the team
/// `default` with every row, and the fixture's key and token still work.
#[tokio::test(flavor = "multi_thread")]
async fn a_postgres_database_of_the_earlier_schema_opens_as_team_default() {
    use sqlx::{Connection, Row};
    let Some(base) = crate::common::postgres_base() else {
        eprintln!("skipped: SCIMCTL_TEST_DATABASE_URL names no PostgreSQL server");
        return;
    };
    let m = Machine::embedded().await;
    let url = crate::common::new_postgres_database(&base).await;
    // the earlier schema: the migrations before teams, from a copy
    let old = m.home.path().join("old-migrations");
    std::fs::create_dir(&old).unwrap();
    let all =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/store/migrations/postgres");
    for entry in std::fs::read_dir(&all).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        if name.as_str() < "0005" {
            std::fs::copy(&path, old.join(&name)).unwrap();
        }
    }
    let mut pg = sqlx::PgConnection::connect(&url).await.unwrap();
    sqlx::migrate::Migrator::new(old.as_path())
        .await
        .unwrap()
        .run(&mut pg)
        .await
        .unwrap();
    // the fixture's rows, copied into that schema
    let lite_path = m.home.path().join("fixture.db");
    std::fs::copy(fixtures().join("v0.1.0-team.db"), &lite_path).unwrap();
    let mut lite = sqlx::SqliteConnection::connect(&format!("sqlite://{}", lite_path.display()))
        .await
        .unwrap();
    let tables: [(&str, &[&str]); 7] = [
        (
            "sso_methods",
            &["id", "kind", "name", "name_lower", "created_at"],
        ),
        (
            "api_keys",
            &[
                "id",
                "name",
                "prefix",
                "hash",
                "created_at",
                "last_used_at",
                "expires_at",
                "revoked_at",
                "replaced_by",
            ],
        ),
        (
            "admin_tokens",
            &["id", "name", "prefix", "hash", "created_at", "revoked_at"],
        ),
        (
            "users",
            &[
                "id",
                "user_name",
                "user_name_lower",
                "external_id",
                "active",
                "version",
                "created_at",
                "last_modified",
                "doc",
            ],
        ),
        (
            "scim_groups",
            &[
                "id",
                "display_name",
                "f_display_name",
                "external_id",
                "version",
                "created_at",
                "last_modified",
            ],
        ),
        ("group_members", &["group_id", "user_id"]),
        ("audit", &["at", "actor", "action", "target", "detail"]),
    ];
    for (table, columns) in tables {
        let order = if table == "group_members" {
            "group_id, user_id"
        } else {
            "rowid"
        };
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {} FROM {table} ORDER BY {order}",
            columns.join(", ")
        )))
        .fetch_all(&mut lite)
        .await
        .unwrap();
        for row in rows {
            let placeholders: Vec<String> = (1..=columns.len()).map(|i| format!("${i}")).collect();
            let mut insert = sqlx::query(sqlx::AssertSqlSafe(format!(
                "INSERT INTO {table} ({}) VALUES ({})",
                columns.join(", "),
                placeholders.join(", ")
            )));
            for (i, column) in columns.iter().enumerate() {
                insert = match *column {
                    "active" => insert.bind(row.get::<bool, _>(i)),
                    "created_at" | "last_used_at" | "expires_at" | "revoked_at" | "version"
                    | "last_modified" | "at" => insert.bind(row.get::<Option<i64>, _>(i)),
                    _ => insert.bind(row.get::<Option<String>, _>(i)),
                };
            }
            insert.execute(&mut pg).await.unwrap();
        }
    }
    sqlx::query("UPDATE team SET scim_enabled = TRUE")
        .execute(&mut pg)
        .await
        .unwrap();
    let _ = pg.close().await;

    fixture_survived(&m, &url).await;
}
