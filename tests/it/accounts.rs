//! Accounts across teams (docs/scim.md, "Accounts and memberships"): the
//! four outcomes of a SCIM create, the membership extension (state,
//! invitedAt, joinedAt; read-only; filterable), deactivation acting on one
//! team's membership, the same outcomes on the embedded backend's batch
//! path (an import), and two identity providers creating the same person
//! in two teams at once. Every test here runs on both stores (the suite's
//! PostgreSQL pass repeats this module).

use reqwest::Method;
use serde_json::{Value, json};

use crate::cli_teams::{call, provision_team as provision};
use crate::common::{Machine, Serve, each, serve, user_body};

pub(crate) const EXT: &str = "urn:scimctl:schemas:extension:membership:1.0:User";
/// The extension's name as the product's first documents spell it: a
/// filter may use it too.
const EXT_SHORT: &str = "urn:scimctl:schemas:extension:membership:1.0";

pub(crate) fn state(user: &Value) -> &str {
    user[EXT]["state"].as_str().unwrap_or("(none)")
}

pub(crate) fn active_patch(active: bool) -> Value {
    json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "path": "active", "value": active}]})
}

/// Two provisioned teams (`default` and `acme`) of one database, and a
/// `serve` on it.
pub(crate) struct TwoTeams {
    pub m: Machine,
    pub home: String,
    pub acme: String,
    pub s: Serve,
}

impl TwoTeams {
    pub async fn start() -> TwoTeams {
        TwoTeams::start_with(&[]).await
    }

    /// The same, with more `serve` flags.
    pub async fn start_with(extra: &[&str]) -> TwoTeams {
        let m = Machine::embedded().await;
        m.run(&["teams", "create", "acme"]).await.ok();
        let home = provision(&m, None).await;
        let acme = provision(&m, Some("acme")).await;
        let s = serve(m.home.path(), &m.url, extra);
        TwoTeams { m, home, acme, s }
    }

    /// A PATCH of `active` on the user at `path` with `key`: status and body.
    pub async fn set_active(&self, key: &str, path: &str, active: bool) -> (u16, Value) {
        call(
            &self.s.url,
            key,
            Method::PATCH,
            path,
            Some(active_patch(active)),
        )
        .await
    }

    /// A SCIM create of `email` with `key`: status and body.
    pub async fn post(&self, key: &str, email: &str) -> (u16, Value) {
        call(
            &self.s.url,
            key,
            Method::POST,
            "/scim/v2/Users",
            Some(user_body(email, "Ann", "Lee")),
        )
        .await
    }
}

/// The seed's outcomes, one by one, as Okta sees them over SCIM.
#[tokio::test(flavor = "multi_thread")]
async fn the_four_outcomes_of_a_create_and_the_membership_state() {
    let teams = TwoTeams::start().await;
    let TwoTeams { m, home, acme, s } = &teams;
    let post = async |key: &str, email: &str| teams.post(key, email).await;

    // 1. no account: created, active at once
    let (st, ann) = post(home, "ann@example.com").await;
    assert_eq!(st, 201, "{ann}");
    assert_eq!(state(&ann), "active");
    assert_eq!(ann["active"], true);
    assert!(ann[EXT]["joinedAt"].is_string(), "{ann}");
    assert!(ann[EXT].get("invitedAt").is_none(), "{ann}");
    assert!(
        ann["schemas"].as_array().unwrap().contains(&json!(EXT)),
        "{ann}"
    );

    // 4. the account is in another team and acme has not verified the
    // domain: 409 uniqueness, with a reason, and nothing written (the
    // userName's case does not make it another person)
    let (st, refused) = post(acme, "ANN@Example.com").await;
    assert_eq!(st, 409, "{refused}");
    assert_eq!(refused["scimType"], "uniqueness");
    let detail = refused["detail"].as_str().unwrap();
    assert!(detail.contains("another team"), "{detail}");
    assert!(detail.contains("example.com"), "{detail}");
    let (_, list) = call(&s.url, acme, Method::GET, "/scim/v2/Users", None).await;
    assert_eq!(list["totalResults"], 0, "{list}");
    let audit = m
        .run(&["--team", "acme", "audit", "list", "-o", "json"])
        .await
        .ok()
        .json();
    assert!(!each(&audit, "action").contains(&"user.create"), "{audit}");

    // 3. an account in no other team: dan's membership of the default team
    // was deleted (his account stays), so acme invites him. Okta sees
    // active: true (it provisioned him) and the state in the extension.
    let (_, dan) = post(home, "dan@example.com").await;
    let dan_path = format!("/scim/v2/Users/{}", dan["id"].as_str().unwrap());
    let (st, _) = call(&s.url, home, Method::DELETE, &dan_path, None).await;
    assert_eq!(st, 204);
    let (st, dan) = post(acme, "dan@example.com").await;
    assert_eq!(st, 201, "{dan}");
    assert_eq!(dan["active"], true);
    assert_eq!(state(&dan), "invited");
    assert!(dan[EXT]["invitedAt"].is_string(), "{dan}");
    assert!(dan[EXT].get("joinedAt").is_none(), "{dan}");

    // the state is filterable, under either spelling of the extension
    for ext in [EXT, EXT_SHORT] {
        let filter = format!("{ext}:state eq \"invited\"").replace(' ', "%20");
        let (st, list) = call(
            &s.url,
            acme,
            Method::GET,
            &format!("/scim/v2/Users?filter={filter}"),
            None,
        )
        .await;
        assert_eq!(st, 200, "{list}");
        assert_eq!(
            each(&list["Resources"], "userName"),
            ["dan@example.com"],
            "{ext}"
        );
    }
    let (_, list) = call(
        &s.url,
        home,
        Method::GET,
        &format!("/scim/v2/Users?filter={EXT}:state%20eq%20%22invited%22"),
        None,
    )
    .await;
    assert_eq!(list["totalResults"], 0, "{list}");

    // read-only: a PATCH of the state is 400 mutability; a PUT or POST
    // that carries the extension is ignored there
    let dan_acme = format!("/scim/v2/Users/{}", dan["id"].as_str().unwrap());
    let (st, body) = call(
        &s.url,
        acme,
        Method::PATCH,
        &dan_acme,
        Some(
            json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [{"op": "replace", "path": format!("{EXT}:state"), "value": "active"}]}),
        ),
    )
    .await;
    assert_eq!(st, 400, "{body}");
    assert_eq!(body["scimType"], "mutability");
    let mut put = user_body("dan@example.com", "Dan", "Put");
    put[EXT] = json!({"state": "active", "joinedAt": "2020-01-01T00:00:00Z"});
    let (st, body) = call(&s.url, acme, Method::PUT, &dan_acme, Some(put)).await;
    assert_eq!(st, 200, "{body}");
    assert_eq!(state(&body), "invited");
    assert_eq!(body["name"]["familyName"], "Put");

    // deactivation acts on the one team's membership: ann deactivated in
    // the default team keeps her account, and acme may now invite her
    let ann_path = format!("/scim/v2/Users/{}", ann["id"].as_str().unwrap());
    let (st, body) = call(
        &s.url,
        home,
        Method::PATCH,
        &ann_path,
        Some(active_patch(false)),
    )
    .await;
    assert_eq!(st, 200, "{body}");
    assert_eq!(state(&body), "deactivated");
    assert_eq!(body["active"], false);
    let (st, ann_acme) = post(acme, "ann@example.com").await;
    assert_eq!(st, 201, "{ann_acme}");
    assert_eq!(state(&ann_acme), "invited");
    // reactivated, she is active again where she had joined, and an
    // invited member deactivated and reactivated is invited again
    let (_, body) = call(
        &s.url,
        home,
        Method::PATCH,
        &ann_path,
        Some(active_patch(true)),
    )
    .await;
    assert_eq!(state(&body), "active");
    for (active, expected) in [(false, "deactivated"), (true, "invited")] {
        let (_, body) = call(
            &s.url,
            acme,
            Method::PATCH,
            &dan_acme,
            Some(active_patch(active)),
        )
        .await;
        assert_eq!(state(&body), expected, "{body}");
    }

    // the CLI: a STATE column, and --state (answered by the service's
    // filter, embedded and remote alike)
    let names = async |args: &[&str]| {
        let out = m.run(args).await.ok().json();
        each(&out, "userName")
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
    };
    let acme_invited = [
        "--team", "acme", "users", "list", "--state", "invited", "-o", "json",
    ];
    assert_eq!(
        names(&acme_invited).await,
        ["dan@example.com", "ann@example.com"]
    );
    let acme_active = [
        "--team", "acme", "users", "list", "--state", "active", "-o", "json",
    ];
    assert!(names(&acme_active).await.is_empty());
    assert_eq!(
        names(&["users", "list", "--state", "active", "-o", "json"]).await,
        ["ann@example.com"]
    );
    let table = m
        .run(&["--team", "acme", "users", "list"])
        .await
        .ok()
        .stdout;
    let header = table.lines().next().unwrap();
    assert!(header.contains("STATE"), "{table}");
    assert!(
        table.lines().nth(1).unwrap().ends_with("invited"),
        "{table}"
    );
    m.run(&["--team", "acme", "users", "list", "--state", "bogus"])
        .await
        .code(2);

    // discovery names the extension
    let (_, rt) = call(
        &s.url,
        acme,
        Method::GET,
        "/scim/v2/ResourceTypes/User",
        None,
    )
    .await;
    let exts: Vec<&str> = rt["schemaExtensions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["schema"].as_str())
        .collect();
    assert!(exts.contains(&EXT), "{rt}");
    let (st, schema) = call(
        &s.url,
        acme,
        Method::GET,
        &format!("/scim/v2/Schemas/{EXT}"),
        None,
    )
    .await;
    assert_eq!(st, 200, "{schema}");
    let names = each(&schema["attributes"], "name");
    assert_eq!(names, ["state", "invitedAt", "joinedAt"]);
    assert!(
        schema["attributes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["mutability"] == "readOnly"),
        "{schema}"
    );
}

/// The embedded backend's import writes in batches (another code path
/// than one create): the same outcomes, row by row, in one run — new
/// people (active), and a person of another team (refused, exit 6).
#[tokio::test(flavor = "multi_thread")]
async fn an_import_decides_each_row_as_a_create_would() {
    let m = Machine::embedded().await;
    m.run(&["teams", "create", "acme"]).await.ok();
    provision(&m, None).await;
    provision(&m, Some("acme")).await;
    m.run(&[
        "users",
        "create",
        "ann@example.com",
        "--first",
        "Ann",
        "--last",
        "Lee",
    ])
    .await
    .ok();
    let file = m.write_file(
        "acme.csv",
        "email,first_name,last_name\n\
         eve@acme.test,Eve,New\n\
         ann@example.com,Ann,Elsewhere\n\
         fay@acme.test,Fay,New\n",
    );
    let out = m
        .run(&["--team", "acme", "users", "import", &file, "-o", "jsonl"])
        .await
        .code(6);
    assert!(out.stdout.contains("another team"), "{}", out.stdout);
    let users = m
        .run(&["--team", "acme", "users", "list", "-o", "json"])
        .await
        .ok()
        .json();
    // (in any order: PostgreSQL's import writes rows concurrently)
    let mut names = each(&users, "userName");
    names.sort();
    assert_eq!(names, ["eve@acme.test", "fay@acme.test"], "{users}");
    assert!(
        users
            .as_array()
            .unwrap()
            .iter()
            .all(|u| state(u) == "active"),
        "{users}"
    );
    // ann's own team is untouched
    let users = m.run(&["users", "list", "-o", "json"]).await.ok().json();
    assert_eq!(each(&users, "userName"), ["ann@example.com"]);
    assert_eq!(state(&users[0]), "active");
}

/// Two identity providers create the same new people in two teams at the
/// same moment: for each person exactly one team gets the account (201)
/// and the other is refused (409) — never two accounts, never two teams.
#[tokio::test(flavor = "multi_thread")]
async fn two_teams_creating_the_same_people_at_once_share_no_one() {
    let m = Machine::embedded().await;
    m.run(&["teams", "create", "acme"]).await.ok();
    let home = provision(&m, None).await;
    let acme = provision(&m, Some("acme")).await;
    let s = serve(m.home.path(), &m.url, &[]);
    const PEOPLE: usize = 30;
    let create = |key: String, i: usize| {
        let url = s.url.clone();
        tokio::spawn(async move {
            call(
                &url,
                &key,
                Method::POST,
                "/scim/v2/Users",
                Some(user_body(&format!("p{i}@race.test"), "P", "R")),
            )
            .await
        })
    };
    let mut tasks = Vec::new();
    for i in 0..PEOPLE {
        tasks.push((i, create(home.clone(), i), create(acme.clone(), i)));
    }
    for (i, a, b) in tasks {
        let (sa, ba) = a.await.unwrap();
        let (sb, bb) = b.await.unwrap();
        let mut statuses = [sa, sb];
        statuses.sort();
        assert_eq!(statuses, [201, 409], "person {i}: {ba} / {bb}");
    }
    let count = async |key: &str| {
        let (_, list) = call(&s.url, key, Method::GET, "/scim/v2/Users?count=0", None).await;
        list["totalResults"].as_u64().unwrap()
    };
    assert_eq!(count(&home).await + count(&acme).await, PEOPLE as u64);
}

/// The seed's own case: a person signed up (an account in no team), then
/// the team's identity provider provisions them — invited, not active.
/// `accounts list` counts each account's teams; a second sign-up for the
/// same email (in any case) is a conflict, and a remote backend has no
/// accounts to list.
#[tokio::test(flavor = "multi_thread")]
async fn an_account_that_signed_up_is_invited_by_a_scim_create() {
    let m = Machine::embedded().await;
    let key = provision(&m, None).await;
    let made = m
        .run(&["accounts", "create", "eve@example.com", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(made["email"], "eve@example.com");
    assert_eq!(made["teams"], 0);
    m.run(&["accounts", "create", "EVE@example.com"])
        .await
        .code(6);
    m.run(&["accounts", "create", "not-an-email"]).await.code(2);

    let s = serve(m.home.path(), &m.url, &[]);
    let (st, eve) = call(
        &s.url,
        &key,
        Method::POST,
        "/scim/v2/Users",
        Some(user_body("Eve@Example.com", "Eve", "Ng")),
    )
    .await;
    assert_eq!(st, 201, "{eve}");
    assert_eq!(state(&eve), "invited");
    let (_, bo) = call(
        &s.url,
        &key,
        Method::POST,
        "/scim/v2/Users",
        Some(user_body("bo@example.com", "Bo", "Li")),
    )
    .await;
    assert_eq!(state(&bo), "active");

    let accounts = m.run(&["accounts", "list", "-o", "json"]).await.ok().json();
    assert_eq!(
        each(&accounts, "email"),
        ["eve@example.com", "bo@example.com"]
    );
    assert_eq!(accounts[0]["teams"], 1);
    assert_eq!(accounts[0]["id"], made["id"]);
    assert_eq!(accounts[1]["teams"], 1);
    let remote = m.run(&["--url", &s.url, "accounts", "list"]).await.code(2);
    assert!(
        remote.stderr.contains("database backend"),
        "{}",
        remote.stderr
    );
}
