//! The account API (docs/scim.md, "The account API"): `serve
//! --account-api`, with tokens from `scimctl accounts token`. While a team
//! with SCIM on holds an account, the person can neither leave it nor
//! change the account's email or password (403, saying which team); once
//! no such team does, they can. An account with no active membership
//! cannot sign in. Runs on both stores.

use reqwest::Method;
use serde_json::{Value, json};

use crate::accounts::TwoTeams;
use crate::cli_teams::call;
use crate::common::each;

use crate::accounts::EXT;

async fn account(
    t: &TwoTeams,
    token: &str,
    method: Method,
    path: &str,
    body: Option<Value>,
) -> (u16, Value) {
    call(&t.s.url, token, method, path, body).await
}

async fn set_email(t: &TwoTeams, token: &str, email: &str) -> (u16, Value) {
    let body = json!({ "email": email });
    account(t, token, Method::PATCH, "/account/v1", Some(body)).await
}

async fn set_password(t: &TwoTeams, token: &str, password: &str) -> (u16, Value) {
    let body = json!({ "password": password });
    account(t, token, Method::PUT, "/account/v1/password", Some(body)).await
}

async fn token_for(t: &TwoTeams, email: &str) -> String {
    let out = t.m.run(&["accounts", "token", email]).await.ok();
    let token = out.stdout.trim().to_string();
    assert!(token.starts_with("acct_"), "{}", out.stdout);
    token
}

#[tokio::test(flavor = "multi_thread")]
async fn the_account_api_is_off_unless_asked_for() {
    let t = TwoTeams::start().await;
    let (st, ann) = t.post(&t.home, "ann@example.com").await;
    assert_eq!(st, 201, "{ann}");
    let token = token_for(&t, "ann@example.com").await;
    let (st, _) = account(&t, &token, Method::GET, "/account/v1", None).await;
    assert_eq!(st, 404);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_team_with_scim_on_keeps_its_members_and_their_email_and_password() {
    let mut t = TwoTeams::start_with(&["--account-api"]).await;
    let (st, ann) = t.post(&t.home, "ann@example.com").await;
    assert_eq!(st, 201, "{ann}");
    let token = token_for(&t, "ann@example.com").await;

    // no token, a bad one: 401
    let (st, _) = account(&t, "acct_nope", Method::GET, "/account/v1", None).await;
    assert_eq!(st, 401);
    let (st, me) = account(&t, &token, Method::GET, "/account/v1", None).await;
    assert_eq!(st, 200, "{me}");
    assert_eq!(me["email"], "ann@example.com");
    assert_eq!(me["teams"][0]["team"], "default");
    assert_eq!(me["teams"][0]["state"], "active");
    assert_eq!(me["teams"][0]["scimProvisioned"], true);

    // SCIM on in `default`: none of the three
    let (st, e) = account(
        &t,
        &token,
        Method::DELETE,
        "/account/v1/teams/default",
        None,
    )
    .await;
    assert_eq!(st, 403, "{e}");
    assert!(
        e["detail"]
            .as_str()
            .unwrap()
            .contains("only its admins remove members"),
        "{e}"
    );
    let (st, e) = set_email(&t, &token, "ann@new.example").await;
    assert_eq!(st, 403, "{e}");
    assert!(e["detail"].as_str().unwrap().contains("\"default\""), "{e}");
    let secret = "correct horse battery staple";
    let (st, e) = set_password(&t, &token, secret).await;
    assert_eq!(st, 403, "{e}");
    let (_, user) = call(
        &t.s.url,
        &t.home,
        Method::GET,
        &format!("/scim/v2/Users/{}", ann["id"].as_str().unwrap()),
        None,
    )
    .await;
    assert_eq!(user[EXT]["state"], "active", "still a member: {user}");

    // a team without SCIM (`club`), joined by an admin's invite: it can be left
    t.m.env.push(("SCIMCTL_PUBLIC_URL".into(), t.s.url.clone()));
    t.m.run(&["teams", "create", "club"]).await.ok();
    t.m.run(&["--team", "club", "invites", "create", "ann@example.com"])
        .await
        .ok();
    let dir = t.m.home.path().join("data/scimctl/outbox");
    let file = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .next()
        .unwrap()
        .path();
    let link = crate::smtp::link_in(&std::fs::read_to_string(file).unwrap());
    let accepted = reqwest::Client::new().post(&link).send().await.unwrap();
    assert_eq!(accepted.status().as_u16(), 200);
    let (st, e) = account(&t, &token, Method::DELETE, "/account/v1/teams/CLUB", None).await;
    assert_eq!(st, 204, "{e}");
    let (_, me) = account(&t, &token, Method::GET, "/account/v1", None).await;
    let states: Vec<&str> = each(&me["teams"], "state");
    assert_eq!(states, ["active", "deactivated"], "{me}");
    let (st, _) = account(&t, &token, Method::DELETE, "/account/v1/teams/club", None).await;
    assert_eq!(st, 404, "left already");
    let audit =
        t.m.run(&["--team", "club", "audit", "list", "-o", "json"])
            .await
            .ok()
            .json();
    let leave = audit
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "membership.leave")
        .expect("membership.leave");
    assert!(
        leave["actor"].as_str().unwrap().starts_with("account:"),
        "{leave}"
    );

    // once `default` turns SCIM off, the account is the person's own
    t.m.run(&["--yes", "scim", "disable"]).await.ok();
    let (st, me) = set_email(&t, &token, "Ann@New.example").await;
    assert_eq!(st, 200, "{me}");
    assert_eq!(me["email"], "Ann@New.example");
    let (st, e) = set_password(&t, &token, "short").await;
    assert_eq!(st, 400, "{e}");
    let (st, e) = set_password(&t, &token, secret).await;
    assert_eq!(st, 204, "{e}");
    let (st, e) = set_email(&t, &token, "not an email").await;
    assert_eq!(st, 400, "{e}");
    // the password is kept as a digest only
    if let Some(path) = t.m.url.strip_prefix("sqlite://") {
        let mut bytes = std::fs::read(path).unwrap();
        bytes.extend(std::fs::read(format!("{path}-wal")).unwrap_or_default());
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains(secret),
            "the password is stored in plain text"
        );
        assert!(text.contains("$argon2id$"), "an Argon2id digest is stored");
    }
    let accounts =
        t.m.run(&["accounts", "list", "-o", "json"])
            .await
            .ok()
            .json();
    assert_eq!(each(&accounts, "email"), ["Ann@New.example"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_account_with_no_active_membership_cannot_sign_in() {
    let t = TwoTeams::start_with(&["--account-api"]).await;
    let (st, bob) = t.post(&t.acme, "bob@example.com").await;
    assert_eq!(st, 201, "{bob}");
    let token = token_for(&t, "bob@example.com").await;
    let (st, _) = account(&t, &token, Method::GET, "/account/v1", None).await;
    assert_eq!(st, 200);
    let path = format!("/scim/v2/Users/{}", bob["id"].as_str().unwrap());
    let (st, _) = t.set_active(&t.acme, &path, false).await;
    assert_eq!(st, 200);
    let (st, e) = account(&t, &token, Method::GET, "/account/v1", None).await;
    assert_eq!(st, 401, "{e}");
    assert!(
        e["detail"]
            .as_str()
            .unwrap()
            .contains("no active membership"),
        "{e}"
    );
    // an account in no team at all: the same
    t.m.run(&["accounts", "create", "cy@example.com"])
        .await
        .ok();
    let cy = token_for(&t, "cy@example.com").await;
    let (st, _) = account(&t, &cy, Method::GET, "/account/v1", None).await;
    assert_eq!(st, 401);
    // and a token for nobody
    t.m.run(&["accounts", "token", "nobody@example.com"])
        .await
        .code(5);
}
