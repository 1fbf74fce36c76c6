//! Invites (docs/scim.md, "Invites"), end to end: a real SMTP exchange
//! with a mail server on loopback (tests/it/smtp.rs), the one-time link
//! served by `scimctl serve`, the CLI's `invites` commands, the outbox,
//! and the rules on a manual clock (expiry, retries). Every test here runs
//! on both stores (the suite's PostgreSQL pass repeats this module).

use std::sync::Arc;

use reqwest::Method;
use serde_json::{Value, json};

use crate::accounts::TwoTeams;
use crate::cli_teams::call;
use crate::smtp::{Mode, SmtpSink, closed_port, link_in};
use scimctl_core::error::Kind;
use scimctl_core::invites::{INVITE_TTL, Mailer};
use scimctl_core::model::{AuditAction, InviteState, MemberState};
use scimctl_core::store::AuditQuery;
use scimctl_core::time::{Clock, ManualClock};

use crate::accounts::{EXT, state};

/// GET or POST an invite link, as a browser's or script's request would:
/// no credential. Status and JSON body.
async fn open_link(method: Method, link: &str) -> (u16, Value) {
    let resp = reqwest::Client::new()
        .request(method, link)
        .send()
        .await
        .expect("invite link");
    let status = resp.status().as_u16();
    let text = resp.text().await.unwrap_or_default();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

/// `scimctl invites list --all -o json` of a team (`None`: default).
async fn invites(t: &TwoTeams, team: Option<&str>) -> Vec<Value> {
    let mut args = vec![];
    if let Some(team) = team {
        args.extend(["--team", team]);
    }
    args.extend(["invites", "list", "--all", "-o", "json"]);
    let out = t.m.run(&args).await.ok();
    out.json().as_array().cloned().unwrap_or_default()
}

/// `invites list --all` of the default team, again and again (at most
/// `secs`), until `done` holds for it: the last listing.
async fn invites_until(t: &TwoTeams, secs: u64, done: impl Fn(&[Value]) -> bool) -> Vec<Value> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    loop {
        let list = invites(t, None).await;
        if done(&list) || std::time::Instant::now() > deadline {
            return list;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// A mail server, two teams on a `serve` that mails through it, and an
/// account for `email` in no team yet (so that a create invites it).
async fn mailing_with_account(email: &str) -> (SmtpSink, TwoTeams) {
    let sink = SmtpSink::start(Mode::Accept).await;
    let t = TwoTeams::start_with(&["--smtp-url", &sink.url()]).await;
    t.m.run(&["accounts", "create", email]).await.ok();
    (sink, t)
}

/// The links in the outbox of a machine's home, oldest first.
fn outbox_links(home: &std::path::Path) -> Vec<String> {
    let dir = home.join("data/scimctl/outbox");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .map(|p| link_in(&std::fs::read_to_string(p).unwrap()))
        .collect()
}

/// The seed's Okta flow: an existing account is provisioned into a team,
/// the invite goes out by email (a real SMTP exchange), the admin sees it
/// pending, the person accepts by the emailed link, and Okta's next GET
/// sees the membership active. The link works once; only its digest is
/// stored.
#[tokio::test(flavor = "multi_thread")]
async fn an_existing_account_is_invited_by_email_and_accepts_by_the_link() {
    let (sink, t) = mailing_with_account("ann@example.com").await;

    let (st, ann) = t.post(&t.home, "ann@example.com").await;
    assert_eq!(st, 201, "{ann}");
    assert_eq!(state(&ann), "invited");
    assert_eq!(ann["active"], true, "{ann}");
    let id = ann["id"].as_str().unwrap().to_string();

    let mails = sink.wait_for(1).await;
    assert_eq!(mails.len(), 1, "{mails:?}");
    let mail = &mails[0];
    assert!(mail.contains("To: ann@example.com"), "{mail}");
    assert!(mail.contains("join default"), "{mail}");
    let link = link_in(mail);
    assert!(link.starts_with(&t.s.url), "{link} under {}", t.s.url);

    // the admin sees it pending, made by the identity provider's key
    let list = invites(&t, None).await;
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(list[0]["state"], "pending", "{list:?}");
    assert_eq!(list[0]["owner"], "scim");
    assert_eq!(list[0]["invited_by"], "key:okta");
    assert_eq!(list[0]["user_id"], id.as_str());
    assert!(invites(&t, Some("acme")).await.is_empty());

    // GET shows what it is; it accepts nothing
    let (st, shown) = open_link(Method::GET, &link).await;
    assert_eq!(st, 200, "{shown}");
    assert_eq!(shown["team"], "default");
    assert_eq!(shown["email"], "ann@example.com");
    assert_eq!(shown["state"], "pending");
    let (_, still) = call(
        &t.s.url,
        &t.home,
        Method::GET,
        &format!("/scim/v2/Users/{id}"),
        None,
    )
    .await;
    assert_eq!(state(&still), "invited", "{still}");

    // POST accepts, once
    let (st, done) = open_link(Method::POST, &link).await;
    assert_eq!(st, 200, "{done}");
    assert_eq!(done["state"], "accepted");
    let (st, again) = open_link(Method::POST, &link).await;
    assert_eq!(st, 410, "{again}");
    assert!(
        again["detail"]
            .as_str()
            .unwrap()
            .contains("accepted already"),
        "{again}"
    );
    let (st, _) = open_link(Method::GET, &link).await;
    assert_eq!(st, 410);

    // Okta's next GET: active, joined, a new version
    let (st, now) = call(
        &t.s.url,
        &t.home,
        Method::GET,
        &format!("/scim/v2/Users/{id}"),
        None,
    )
    .await;
    assert_eq!(st, 200);
    assert_eq!(state(&now), "active", "{now}");
    assert!(now[EXT]["joinedAt"].is_string(), "{now}");
    assert_ne!(now["meta"]["version"], ann["meta"]["version"], "{now}");
    let list = invites(&t, None).await;
    assert_eq!(list[0]["state"], "accepted", "{list:?}");

    // every step is in the trail
    let audit = t.m.run(&["audit", "list", "-o", "json"]).await.ok().json();
    let actions: Vec<&str> = crate::common::each(&audit, "action");
    for a in ["user.create", "invite.create", "invite.accept"] {
        assert!(actions.contains(&a), "{a} in {actions:?}");
    }

    // the token itself is nowhere in the database
    let token = link.rsplit('/').next().unwrap();
    if let Some(path) = t.m.url.strip_prefix("sqlite://") {
        let mut bytes = std::fs::read(path).unwrap();
        bytes.extend(std::fs::read(format!("{path}-wal")).unwrap_or_default());
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains(token),
            "the invite token is stored in plain text"
        );
    }
}

/// An admin invites an email by hand; the identity provider then creates
/// the same user. The create succeeds (no 409 for the IdP to trip on),
/// keeps the same membership and invite, and the invite is now the IdP's.
#[tokio::test(flavor = "multi_thread")]
async fn a_manual_invite_is_taken_over_by_the_identity_providers_create() {
    let t = TwoTeams::start().await;
    let out =
        t.m.run(&[
            "invites",
            "create",
            "bob@example.com",
            "--first",
            "B",
            "-o",
            "json",
        ])
        .await
        .ok();
    let made = out.json();
    assert_eq!(made["state"], "pending", "{made}");
    assert_eq!(made["owner"], "manual");
    assert!(out.stderr.contains("outbox"), "{}", out.stderr);
    let links = outbox_links(t.m.home.path());
    assert_eq!(links.len(), 1, "{links:?}");

    let (st, bob) = t.post(&t.home, "Bob@Example.com").await;
    assert_eq!(st, 201, "{bob}");
    assert_eq!(bob["id"], made["user_id"], "the same membership");
    assert_eq!(state(&bob), "invited");
    assert_eq!(
        bob["name"]["familyName"], "Lee",
        "the provider's attributes: {bob}"
    );
    let list = invites(&t, None).await;
    assert_eq!(list.len(), 1, "one invite still: {list:?}");
    assert_eq!(list[0]["id"], made["id"]);
    assert_eq!(list[0]["owner"], "scim");
    let audit = t.m.run(&["audit", "list", "-o", "json"]).await.ok().json();
    assert!(crate::common::each(&audit, "action").contains(&"invite.takeover"));

    // the provider's own second create is a conflict, as any duplicate is
    let (st, dup) = t.post(&t.home, "bob@example.com").await;
    assert_eq!(st, 409, "{dup}");

    // and the link the admin's invite emailed still works
    let link = links[0].replace("http://127.0.0.1:8787", &t.s.url);
    let (st, done) = open_link(Method::POST, &link).await;
    assert_eq!(st, 200, "{done}");
    let (_, now) = call(
        &t.s.url,
        &t.home,
        Method::GET,
        &format!("/scim/v2/Users/{}", bob["id"].as_str().unwrap()),
        None,
    )
    .await;
    assert_eq!(state(&now), "active", "{now}");

    // inviting a member is refused, saying what they are
    let e =
        t.m.run(&["invites", "create", "bob@example.com"])
            .await
            .code(6);
    assert!(
        e.stderr.contains("a member of this team already"),
        "{}",
        e.stderr
    );
}

/// Deactivating an invited member revokes its invite: the link is 410.
/// Reactivating someone who never joined invites them again, by a new
/// email whose link works.
#[tokio::test(flavor = "multi_thread")]
async fn deactivation_revokes_the_invite_and_reactivation_sends_a_new_one() {
    let (sink, t) = mailing_with_account("cy@example.com").await;
    let (st, cy) = t.post(&t.acme, "cy@example.com").await;
    assert_eq!(st, 201, "{cy}");
    let path = format!("/scim/v2/Users/{}", cy["id"].as_str().unwrap());
    let first = link_in(&sink.wait_for(1).await[0]);

    let (st, off) = t.set_active(&t.acme, &path, false).await;
    assert_eq!(st, 200, "{off}");
    assert_eq!(state(&off), "deactivated");
    let (st, gone) = open_link(Method::POST, &first).await;
    assert_eq!(st, 410, "{gone}");
    assert!(
        gone["detail"].as_str().unwrap().contains("revoked"),
        "{gone}"
    );
    let list = invites(&t, Some("acme")).await;
    assert_eq!(list[0]["state"], "revoked", "{list:?}");

    let (st, on) = t.set_active(&t.acme, &path, true).await;
    assert_eq!(st, 200, "{on}");
    assert_eq!(state(&on), "invited", "{on}");
    let mails = sink.wait_for(2).await;
    assert_eq!(mails.len(), 2, "a second email: {mails:?}");
    let second = link_in(&mails[1]);
    assert_ne!(first, second);
    let (st, _) = open_link(Method::POST, &first).await;
    assert_eq!(st, 410, "the old link stays dead");
    let (st, done) = open_link(Method::POST, &second).await;
    assert_eq!(st, 200, "{done}");
    let (_, now) = call(&t.s.url, &t.acme, Method::GET, &path, None).await;
    assert_eq!(state(&now), "active", "{now}");
}

/// A mail server that is down: the create still answers 201, the invite
/// is kept as unsent with the reason (the admin sees it in `invites
/// list`), and `serve` delivers it once the server is back.
#[tokio::test(flavor = "multi_thread")]
async fn an_invite_to_a_mail_server_that_is_down_is_retried_until_it_goes_out() {
    let port = closed_port();
    let url = format!("smtp://{port}");
    let t = TwoTeams::start_with(&["--smtp-url", &url]).await;
    t.m.run(&["accounts", "create", "dee@example.com"])
        .await
        .ok();
    let (st, dee) = t.post(&t.home, "dee@example.com").await;
    assert_eq!(st, 201, "{dee}");
    assert_eq!(state(&dee), "invited");

    let unsent = invites_until(&t, 30, |l| l[0]["attempts"].as_u64().unwrap_or(0) >= 1).await;
    assert_eq!(unsent[0]["state"], "unsent", "{unsent:?}");
    let why = unsent[0]["last_error"].as_str().unwrap_or_default();
    assert!(
        why.contains(&port.to_string()),
        "the reason names the server: {why}"
    );
    let table = t.m.run(&["invites", "list"]).await.ok();
    assert!(table.stdout.contains("unsent"), "{}", table.stdout);

    let sink = SmtpSink::start_on(port, Mode::Accept).await;
    let mails = sink.wait_for(1).await;
    assert_eq!(mails.len(), 1, "delivered once the server is back");
    let link = link_in(&mails[0]);
    let list = invites_until(&t, 10, |l| l[0]["state"] == "pending").await;
    assert_eq!(list[0]["state"], "pending", "{list:?}");
    assert!(list[0]["last_error"].is_null(), "{list:?}");
    let (st, _) = open_link(Method::POST, &link).await;
    assert_eq!(st, 200);
}

/// A mail server that refuses the recipient: its own words are kept, and
/// the CLI's `invites create` says the email was not sent (exit 0: the
/// invite stands, marked unsent).
#[tokio::test(flavor = "multi_thread")]
async fn a_refused_invite_email_is_kept_unsent_with_the_servers_words() {
    let sink = SmtpSink::start(Mode::RefuseRecipients).await;
    let mut t = TwoTeams::start().await;
    t.m.env.push(("SCIMCTL_SMTP_URL".into(), sink.url()));
    let out =
        t.m.run(&["invites", "create", "eve@example.com"])
            .await
            .ok();
    assert!(out.stderr.contains("was not sent"), "{}", out.stderr);
    assert!(out.stderr.contains("550"), "{}", out.stderr);
    let list = invites(&t, None).await;
    assert_eq!(list[0]["state"], "unsent", "{list:?}");
    assert!(
        list[0]["last_error"]
            .as_str()
            .unwrap()
            .contains("mailbox unavailable"),
        "{list:?}"
    );
    assert!(sink.mails().is_empty());

    // resend: a new invite in its place, the old one closed as replaced
    t.m.env.retain(|(k, _)| k != "SCIMCTL_SMTP_URL");
    let out =
        t.m.run(&["invites", "resend", "eve@example.com", "-o", "json"])
            .await
            .ok();
    assert_eq!(out.json()["state"], "pending", "{}", out.stdout);
    let list = invites(&t, None).await;
    let list = Value::Array(list);
    let states: Vec<&str> = crate::common::each(&list, "state");
    assert_eq!(states, ["pending", "replaced"], "{list:?}");
}

/// Resend voids the old link (410, "replaced"), and the new one works;
/// revoke deactivates the membership and kills the link.
#[tokio::test(flavor = "multi_thread")]
async fn resend_voids_the_old_link_and_revoke_deactivates() {
    let mut t = TwoTeams::start().await;
    t.m.env.push(("SCIMCTL_PUBLIC_URL".into(), t.s.url.clone()));
    t.m.run(&["--team", "acme", "invites", "create", "fay@example.com"])
        .await
        .ok();
    t.m.run(&["--team", "acme", "invites", "resend", "FAY@example.com"])
        .await
        .ok();
    let links = outbox_links(t.m.home.path());
    assert_eq!(links.len(), 2, "{links:?}");
    let (st, old) = open_link(Method::GET, &links[0]).await;
    assert_eq!(st, 410, "{old}");
    assert!(
        old["detail"].as_str().unwrap().contains("replaced"),
        "{old}"
    );
    let (st, new) = open_link(Method::GET, &links[1]).await;
    assert_eq!(st, 200, "{new}");
    assert_eq!(new["team"], "acme");

    let out =
        t.m.run(&[
            "--team",
            "acme",
            "invites",
            "revoke",
            "fay@example.com",
            "-o",
            "json",
        ])
        .await
        .ok();
    assert_eq!(out.json()["state"], "revoked", "{}", out.stdout);
    let (st, _) = open_link(Method::POST, &links[1]).await;
    assert_eq!(st, 410);
    let users =
        t.m.run(&[
            "--team",
            "acme",
            "users",
            "list",
            "--state",
            "deactivated",
            "-o",
            "json",
        ])
        .await
        .ok();
    assert_eq!(
        crate::common::each(&users.json(), "userName"),
        ["fay@example.com"]
    );
    let audit =
        t.m.run(&["--team", "acme", "audit", "list", "-o", "json"])
            .await
            .ok()
            .json();
    let actions = crate::common::each(&audit, "action");
    for a in ["invite.create", "invite.resend", "invite.revoke"] {
        assert!(actions.contains(&a), "{a} in {actions:?}");
    }
    // nothing to revoke twice
    t.m.run(&["--team", "acme", "invites", "revoke", "fay@example.com"])
        .await
        .code(6);
}

// --- the rules on a manual clock, through the core, on the store under test ---

use crate::scim_filters::{actor, team as team_on_clock};

fn outbox(dir: &std::path::Path) -> scimctl_mail::Outbox {
    scimctl_mail::Outbox::new(
        &dir.join("outbox"),
        scimctl_mail::DEFAULT_FROM.parse().unwrap(),
    )
}

fn token_of(link: &str) -> String {
    link.rsplit('/').next().unwrap().to_string()
}

/// An invite can be accepted for 7 days, and not a moment longer.
#[tokio::test(flavor = "multi_thread")]
async fn an_invite_expires_after_seven_days() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_800_000_000_000));
    let team = team_on_clock(dir.path(), clock.clone()).await;
    let out = outbox(dir.path());
    let (user, _) = team
        .invite_create(&actor(), "gus@example.com", None, None)
        .await
        .unwrap();
    let sent = team
        .invites_deliver_for(&out, "http://x", std::slice::from_ref(&user.id))
        .await
        .unwrap();
    assert_eq!(sent.len(), 1);
    let link = outbox_links_in(&dir.path().join("outbox")).pop().unwrap();

    clock.advance(std::time::Duration::from_millis(INVITE_TTL as u64 - 1));
    assert_eq!(
        team.invite_show(&token_of(&link)).await.unwrap().state,
        "pending"
    );
    clock.advance(std::time::Duration::from_millis(1));
    let e = team.invite_accept(&token_of(&link)).await.unwrap_err();
    assert_eq!(e.kind(), Kind::Gone, "{e}");
    assert!(e.message().contains("expired"), "{e}");
    let listed = team.invites_list(false).await.unwrap();
    assert_eq!(listed[0].state(clock.now()), InviteState::Expired);
    // an expired invite is not delivered again by itself, but resent
    assert!(
        team.invites_deliver(&out, "http://x", false)
            .await
            .unwrap()
            .is_empty()
    );
    let again = team
        .invite_resend(&actor(), "gus@example.com")
        .await
        .unwrap();
    assert_eq!(again.expires_at, clock.now() + INVITE_TTL);
}

fn outbox_links_in(dir: &std::path::Path) -> Vec<String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| link_in(&std::fs::read_to_string(p).unwrap()))
        .collect()
}

/// Failed attempts back off (1 s, 2 s, 4 s …): nothing is tried before
/// its time, and the attempt after the server comes back delivers.
#[tokio::test(flavor = "multi_thread")]
async fn failed_deliveries_back_off_on_the_clock() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_800_000_000_000));
    let team = team_on_clock(dir.path(), clock.clone()).await;
    let port = closed_port();
    let down = scimctl_mail::mailer(Some(&format!("smtp://{port}")), None, dir.path()).unwrap();
    let (hal, _) = team
        .invite_create(&actor(), "hal@example.com", None, None)
        .await
        .unwrap();

    let round = async |m: &dyn Mailer| team.invites_deliver(m, "http://x", false).await.unwrap();
    assert!(
        round(down.as_ref()).await.is_empty(),
        "a new invite is its writer's to send"
    );
    let first = team
        .invites_deliver_for(down.as_ref(), "http://x", std::slice::from_ref(&hal.id))
        .await
        .unwrap();
    assert_eq!(first.len(), 1);
    assert!(first[0].outcome.is_err(), "{first:?}");
    assert!(round(down.as_ref()).await.is_empty(), "not before its time");
    clock.advance(std::time::Duration::from_millis(999));
    assert!(round(down.as_ref()).await.is_empty(), "not before its time");
    clock.advance(std::time::Duration::from_millis(1));
    assert_eq!(
        round(down.as_ref()).await.len(),
        1,
        "the second attempt, after 1 s"
    );
    clock.advance(std::time::Duration::from_millis(1999));
    assert!(round(down.as_ref()).await.is_empty(), "then 2 s");
    let invite = &team.invites_list(false).await.unwrap()[0];
    assert_eq!(invite.attempts, 2);
    assert_eq!(invite.state(clock.now()), InviteState::Unsent);

    let sink = SmtpSink::start_on(port, Mode::Accept).await;
    clock.advance(std::time::Duration::from_millis(1));
    let up = scimctl_mail::mailer(Some(&sink.url()), None, dir.path()).unwrap();
    let third = round(up.as_ref()).await;
    assert_eq!(third.len(), 1);
    assert_eq!(third[0].outcome, Ok(()));
    assert_eq!(sink.mails().len(), 1);
    let invite = &team.invites_list(false).await.unwrap()[0];
    assert_eq!(invite.state(clock.now()), InviteState::Pending);
    assert_eq!(invite.attempts, 3);
    // once delivered, never again
    clock.advance(std::time::Duration::from_secs(3600));
    assert!(round(up.as_ref()).await.is_empty());
}

/// Eleven teams invite one account at the same moment: exactly ten get
/// it (the most teams an account can be in), the eleventh is told why,
/// and nothing of it is written.
#[tokio::test(flavor = "multi_thread")]
async fn eleven_concurrent_invites_for_one_account_let_exactly_ten_in() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_800_000_000_000));
    let base = team_on_clock(dir.path(), clock).await;
    base.account_create("ivy@example.com").await.unwrap();
    let mut teams = Vec::new();
    for i in 0..11 {
        let row = base.team_create(&actor(), &format!("t{i}")).await.unwrap();
        teams.push(base.in_team(row.id));
    }
    let tries = teams.iter().map(|t| async move {
        t.invite_create(&actor(), "ivy@example.com", None, None)
            .await
    });
    let results = futures::future::join_all(tries).await;
    let ok = results.iter().filter(|r| r.is_ok()).count();
    assert_eq!(ok, 10, "{results:?}");
    let refused: Vec<_> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    assert_eq!(refused[0].kind(), Kind::Conflict);
    assert!(refused[0].message().contains("10 teams"), "{}", refused[0]);
    let accounts = base.accounts_list().await.unwrap();
    assert_eq!(accounts.len(), 1);
    assert_eq!(accounts[0].teams, 10);
    let mut invites = 0;
    for t in &teams {
        invites += t.invites_list(true).await.unwrap().len();
    }
    assert_eq!(
        invites, 10,
        "one invite per membership, none for the refused"
    );
}

/// An accept racing the member's deactivation: whichever wins, the end is
/// consistent — deactivated, and either joined with the invite used, or
/// never joined with the invite revoked and the accept told 410.
#[tokio::test(flavor = "multi_thread")]
async fn an_accept_racing_a_deactivation_ends_consistent() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_800_000_000_000));
    let team = team_on_clock(dir.path(), clock).await;
    let out = outbox(dir.path());
    let mut outcomes = [0, 0];
    for round in 0..20 {
        let email = format!("race{round}@example.com");
        let (user, _) = team
            .invite_create(&actor(), &email, None, None)
            .await
            .unwrap();
        team.invites_deliver_for(&out, "http://x", std::slice::from_ref(&user.id))
            .await
            .unwrap();
        let link = outbox_links_in(&dir.path().join("outbox")).pop().unwrap();
        let token = token_of(&link);
        // Rounds 0 and 1 run one after the other, each way round, so both
        // endings are seen whatever the scheduler does; the rest race on
        // two tasks, started in turns.
        let (t1, t2, id) = (team.clone(), team.clone(), user.id.clone());
        let accept = async move { t1.invite_accept(&token).await };
        let deactivate = async move { t2.user_set_active(&actor(), &id, false).await };
        let (accepted, deactivated) = match round {
            0 => {
                let a = accept.await;
                (a, deactivate.await)
            }
            1 => {
                let d = deactivate.await;
                (accept.await, d)
            }
            r if r % 2 == 0 => {
                let a = tokio::spawn(accept);
                let d = tokio::spawn(deactivate);
                (a.await.unwrap(), d.await.unwrap())
            }
            _ => {
                let d = tokio::spawn(deactivate);
                let a = tokio::spawn(accept);
                (a.await.unwrap(), d.await.unwrap())
            }
        };
        deactivated.unwrap();
        let user = team.user_get(&user.id).await.unwrap();
        let invite = team
            .invites_list(true)
            .await
            .unwrap()
            .into_iter()
            .find(|i| i.user_id == user.id)
            .unwrap();
        assert_eq!(user.membership.state, MemberState::Deactivated);
        match accepted {
            Ok(_) => {
                outcomes[0] += 1;
                assert!(user.membership.joined_at.is_some());
                assert!(invite.accepted_at.is_some());
            }
            Err(e) => {
                outcomes[1] += 1;
                assert_eq!(e.kind(), Kind::Gone, "{e}");
                assert!(user.membership.joined_at.is_none());
                assert!(invite.revoked_at.is_some() && invite.accepted_at.is_none());
            }
        }
    }
    eprintln!(
        "accept won {} times, deactivation {}",
        outcomes[0], outcomes[1]
    );
    assert!(outcomes[0] >= 1 && outcomes[1] >= 1, "{outcomes:?}");
    let trail = team
        .audit(&AuditQuery {
            limit: 1000,
            ..Default::default()
        })
        .await
        .unwrap();
    let accepts = trail
        .iter()
        .filter(|e| e.action == AuditAction::InviteAccept)
        .count();
    assert_eq!(
        accepts, outcomes[0],
        "one invite.accept per accept that won"
    );
}

/// The admin API's invites (list, create, resend, revoke), sending through
/// `serve`'s mail server; and the 10-team cap seen by an identity
/// provider: an account in 10 teams is refused by the 11th team's create.
#[tokio::test(flavor = "multi_thread")]
async fn invites_over_the_admin_api_and_the_ten_team_cap_over_scim() {
    let sink = SmtpSink::start(Mode::Accept).await;
    let t = TwoTeams::start_with(&["--smtp-url", &sink.url()]).await;
    let (token, _) = crate::process::admin_token(t.m.home.path(), &t.m.url);
    let admin = async |method: Method, path: &str, body: Option<Value>| {
        call(&t.s.url, &token, method, &format!("/admin/v1{path}"), body).await
    };
    let (st, made) = admin(
        Method::POST,
        "/invites",
        Some(json!({"email": "kim@example.com", "givenName": "Kim"})),
    )
    .await;
    assert_eq!(st, 201, "{made}");
    assert_eq!(made["state"], "pending", "sent before the answer: {made}");
    assert_eq!(made["invited_by"], "admin-token:ci");
    assert_eq!(sink.mails().len(), 1);
    let (st, dup) = admin(
        Method::POST,
        "/invites",
        Some(json!({"email": "KIM@example.com"})),
    )
    .await;
    assert_eq!(st, 409, "{dup}");
    let id = made["id"].as_str().unwrap();
    let (st, again) = admin(Method::POST, &format!("/invites/{id}/resend"), None).await;
    assert_eq!(st, 200, "{again}");
    assert_ne!(again["id"], made["id"]);
    assert_eq!(sink.wait_for(2).await.len(), 2);
    let (st, revoked) = admin(Method::POST, "/invites/kim@example.com/revoke", None).await;
    assert_eq!(st, 200, "{revoked}");
    assert_eq!(revoked["state"], "revoked");
    let (_, open) = admin(Method::GET, "/invites", None).await;
    assert!(open.as_array().unwrap().is_empty(), "{open}");
    let (_, all) = admin(Method::GET, "/invites?all=true", None).await;
    assert_eq!(crate::common::each(&all, "state"), ["revoked", "replaced"]);

    // the CLI against that serve, through the admin API: the server mails
    let remote = crate::common::Machine {
        home: tempfile::tempdir().unwrap(),
        url: t.s.url.clone(),
        env: vec![("SCIMCTL_TOKEN".into(), token.clone())],
        server: None,
    };
    let out = remote
        .run(&["invites", "create", "mo@example.com"])
        .await
        .ok();
    assert!(
        out.stderr.contains("The server sent the invite email"),
        "{}",
        out.stderr
    );
    assert!(out.stdout.contains("pending"), "{}", out.stdout);
    assert_eq!(sink.wait_for(3).await.len(), 3);
    let list = remote
        .run(&["invites", "list", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(crate::common::each(&list, "email"), ["mo@example.com"]);
    remote
        .run(&["invites", "revoke", "mo@example.com"])
        .await
        .ok();
    remote
        .run(&["invites", "resend", "mo@example.com"])
        .await
        .code(6);

    // ten teams invite lee by hand; the eleventh team's identity provider
    // cannot add lee
    for i in 0..10 {
        let name = format!("c{i}");
        t.m.run(&["teams", "create", &name]).await.ok();
        t.m.run(&["--team", &name, "invites", "create", "lee@example.com"])
            .await
            .ok();
    }
    let (st, refused) = t.post(&t.home, "lee@example.com").await;
    assert_eq!(st, 409, "{refused}");
    assert_eq!(refused["scimType"], "uniqueness");
    assert!(
        refused["detail"].as_str().unwrap().contains("10 teams"),
        "{refused}"
    );
    let (st, _) = t.post(&t.home, "lee@example.com").await;
    assert_eq!(st, 409, "and nothing was written");
    let accounts =
        t.m.run(&["accounts", "list", "-o", "json"])
            .await
            .ok()
            .json();
    let lee = accounts
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["email"] == "lee@example.com")
        .unwrap();
    assert_eq!(lee["teams"], 10, "{lee}");
}

/// A profile's mail settings (config.toml: `smtp_url`, `public_url`) are
/// what the CLI sends with, on its own writes on the embedded backend
/// (a create that invites) and for `invites create`; a profile whose
/// `smtp_url` holds a password is refused, since the file holds no secret.
#[tokio::test(flavor = "multi_thread")]
async fn the_profiles_mail_settings_are_what_the_cli_sends_with() {
    let sink = SmtpSink::start(Mode::Accept).await;
    let m = crate::common::Machine::embedded().await;
    crate::common::sso_and_scim(&m).await;
    let config = |smtp: &str| {
        std::fs::create_dir_all(m.config_dir()).unwrap();
        let text = format!(
            "[profiles.local]\nurl = {:?}\nsmtp_url = {smtp:?}\npublic_url = \"https://scim.example.test\"\n",
            m.url
        );
        std::fs::write(m.config_dir().join("config.toml"), text).unwrap();
    };
    config(&sink.url());
    m.run(&["accounts", "create", "pat@example.com"]).await.ok();
    let made = m
        .run(&[
            "users",
            "create",
            "pat@example.com",
            "--first",
            "Pat",
            "--last",
            "Q",
            "-o",
            "json",
        ])
        .await
        .ok();
    assert_eq!(state(&made.json()), "invited", "{}", made.stdout);
    let mails = sink.wait_for(1).await;
    assert_eq!(mails.len(), 1, "the embedded create sent the invite");
    assert!(link_in(&mails[0]).starts_with("https://scim.example.test/invites/inv_"));
    m.run(&["invites", "create", "quinn@example.com"])
        .await
        .ok();
    assert_eq!(sink.wait_for(2).await.len(), 2);

    config("smtp://bob:hunter2@mail.example.test:587");
    let refused = m
        .run(&["invites", "create", "zed@example.com"])
        .await
        .code(2);
    assert!(
        refused.stderr.contains("SCIMCTL_SMTP_URL"),
        "{}",
        refused.stderr
    );
    assert!(!refused.stderr.contains("hunter2"), "{}", refused.stderr);
    let list = m.run(&["invites", "list", "-o", "json"]).await.ok().json();
    assert_eq!(
        list.as_array().unwrap().len(),
        2,
        "nothing written for zed: {list}"
    );
}
