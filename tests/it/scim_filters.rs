//! Filtered listings at the database (docs/scim.md, "Lists and filters"):
//! the SQL a filter becomes selects exactly what the evaluator selects, on
//! the backend under test (SQLite, or PostgreSQL with
//! `SCIMCTL_TEST_DATABASE_URL`); a filter no SQL answers is streamed and
//! stops after its page; such listings take a slot of `serve --max-scans`
//! (503 + Retry-After beyond) and give it back when their client goes away.

use std::sync::Arc;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};
use reqwest::Method;
use scimctl_core::Team;
use scimctl_core::model::{Actor, SsoType};
use scimctl_core::scim::filter;
use scimctl_core::time::{Clock, ManualClock, to_rfc3339};
use scimctl_core::users::{ListQuery, SCAN_COUNT_AHEAD};
use serde_json::{Value, json};

use crate::common::{Server, enc};

pub(crate) fn actor() -> Actor {
    Actor::Local("filters".into())
}

/// A team with SCIM on, on a fresh database of the backend under test.
pub(crate) async fn team(dir: &std::path::Path, clock: Arc<ManualClock>) -> Team {
    let url = crate::common::fresh_database(dir).await;
    let store = scimctl::backend::open_store(&url).await.unwrap();
    let team = Team::new(store, clock);
    team.sso_add(&actor(), SsoType::Saml, "Okta").await.unwrap();
    team.scim_enable(&actor()).await.unwrap();
    team
}

/// Pieces of text that fold in interesting ways: case, width, composition,
/// the German sharp s, empties and spaces.
const PIECES: &[&str] = &[
    "a", "A", "ä", "Ä", "ａ", "e\u{301}", "é", "É", "ß", "SS", "ss", "x", "@", ".", " ", "", "İ",
    "ǅ",
];

fn text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..=max).prop_map(|p| p.concat())
}

fn user_body(n: usize) -> impl Strategy<Value = Value> {
    (
        text(3),
        prop::option::of(text(3)),
        prop::option::of(text(3)),
        prop::option::of(text(3)),
        prop::option::of(text(2)),
        prop::collection::vec(prop::option::of(text(3)), 0..3),
        any::<bool>(),
        prop::option::of(text(2)),
    )
        .prop_map(
            move |(name, display, given, family, external, emails, active, title)| {
                let mut body = json!({
                    "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                    // unique whatever the pieces fold to
                    "userName": format!("{name}{n}"),
                    "active": active,
                    "name": {},
                });
                if let Some(d) = display {
                    body["displayName"] = json!(d);
                }
                if let Some(g) = given {
                    body["name"]["givenName"] = json!(g);
                }
                if let Some(f) = family {
                    body["name"]["familyName"] = json!(f);
                }
                if let Some(e) = external {
                    body["externalId"] = json!(e);
                }
                if let Some(t) = title {
                    body["title"] = json!(t);
                }
                let emails: Vec<Value> = emails
                    .into_iter()
                    .enumerate()
                    .map(|(i, v)| match v {
                        Some(v) => {
                            json!({"value": v, "type": if i == 0 { "work" } else { "home" }})
                        }
                        None => json!({"type": "other"}),
                    })
                    .collect();
                if !emails.is_empty() {
                    body["emails"] = json!(emails);
                }
                body
            },
        )
}

const ATTRS: &[&str] = &[
    "userName",
    "id",
    "externalId",
    "displayName",
    "name.givenName",
    "name.familyName",
    "emails",
    "emails.value",
    // not in a column: the evaluator's part of a plan
    "title",
];
const OPS: &[&str] = &["eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le"];

fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

/// A comparison on any attribute that has a column, or on `active`, the
/// timestamps, `meta.version`, `meta.resourceType` — or `pr`.
fn atom(times: Vec<String>) -> impl Strategy<Value = String> {
    let times = prop::sample::select(times);
    prop_oneof![
        (
            prop::sample::select(ATTRS),
            prop::sample::select(OPS),
            text(2)
        )
            .prop_map(|(a, o, v)| format!("{a} {o} {}", quoted(&v))),
        prop::sample::select(ATTRS).prop_map(|a| format!("{a} pr")),
        (prop::sample::select(OPS), text(2))
            .prop_map(|(o, v)| format!("emails[value {o} {}]", quoted(&v))),
        (prop::sample::select(OPS), text(1))
            .prop_map(|(o, v)| format!("emails[type eq \"work\" and value {o} {}]", quoted(&v))),
        (prop::sample::select(OPS), any::<bool>()).prop_map(|(o, b)| format!("active {o} {b}")),
        (
            prop::sample::select(&["meta.created", "meta.lastModified"][..]),
            prop::sample::select(OPS),
            times
        )
            .prop_map(|(a, o, t)| format!("{a} {o} {}", quoted(&t))),
        (prop::sample::select(&["eq", "ne"][..]), 0..4i64)
            .prop_map(|(o, v)| format!("meta.version {o} {}", quoted(&format!("W/\"{v}\"")))),
        (
            prop::sample::select(OPS),
            prop::sample::select(&["User", "user", "Us"][..])
        )
            .prop_map(|(o, v)| format!("meta.resourceType {o} {}", quoted(v))),
    ]
}

fn filter_text(times: Vec<String>) -> impl Strategy<Value = String> {
    atom(times).prop_recursive(3, 12, 3, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a}) and ({b})")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a}) or ({b})")),
            inner.prop_map(|a| format!("not ({a})")),
        ]
    })
}

/// On random users and random filters, what the store selects (counted
/// and paged in SQL where the plan is exact, streamed and re-checked where
/// it is not) is what the evaluator selects, in the same order.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_database_selects_what_the_evaluator_selects() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let team = team(dir.path(), clock.clone()).await;
    let mut runner = TestRunner::new(Config {
        rng_seed: proptest::test_runner::RngSeed::Fixed(11),
        ..Config::default()
    });
    let mut users = Vec::new();
    let mut times = Vec::new();
    for n in 0..60 {
        let body = user_body(n).new_tree(&mut runner).unwrap().current();
        times.push(to_rfc3339(clock.now()));
        let user = team.user_create(&actor(), &body).await.unwrap();
        // some users are written again (version 2, a later lastModified),
        // some lose `active` (the column stays true; filters see none)
        let user = if n % 5 == 1 {
            clock.advance(Duration::from_millis(3));
            let remove: scimctl_core::scim::patch::PatchOperation =
                serde_json::from_value(json!({"op": "remove", "path": "active"})).unwrap();
            team.user_patch(&actor(), &user.id, &[remove], None)
                .await
                .unwrap()
        } else if n % 3 == 0 {
            clock.advance(Duration::from_millis(7));
            team.user_set_active(&actor(), &user.id, n % 2 == 0)
                .await
                .unwrap()
        } else {
            user
        };
        users.push(user);
        clock.advance(Duration::from_millis(1500));
    }
    times.push("2023-11-14T22:13:21.5Z".into());
    times.push("not a time".into());
    let ids = |rows: &[scimctl_core::model::UserRow]| -> Vec<String> {
        rows.iter().map(|u| u.id.clone()).collect()
    };
    let strategy = filter_text(times);
    let (mut exact, mut checked) = (0, 0);
    for _ in 0..400 {
        let text = strategy.new_tree(&mut runner).unwrap().current();
        let Ok(parsed) = filter::parse(&text) else {
            continue;
        };
        let expected: Vec<String> = users
            .iter()
            .filter(|u| filter::matches(&parsed, &u.render("")))
            .map(|u| u.id.clone())
            .collect();
        if scimctl_core::query::plan(&parsed).exact.is_some() {
            exact += 1;
        }
        let all = team
            .user_list(&ListQuery {
                filter: Some(parsed.clone()),
                start_index: 1,
                count: 1000,
            })
            .await
            .unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(ids(&all.users), expected, "{text}");
        assert_eq!(all.total, expected.len() as u64, "{text}");
        // and one page out of the middle
        let page = team
            .user_list(&ListQuery {
                filter: Some(parsed),
                start_index: 3,
                count: 2,
            })
            .await
            .unwrap();
        let middle: Vec<String> = expected.iter().skip(2).take(2).cloned().collect();
        assert_eq!(ids(&page.users), middle, "{text}, startIndex 3");
        checked += 1;
    }
    assert!(
        checked > 300 && exact > 150,
        "{checked} filters, {exact} exact"
    );
}

/// A filter no column answers streams its candidates and stops once its
/// page is full and SCAN_COUNT_AHEAD more were read; totalResults is then
/// one more than the matches found (a lower bound that keeps a client
/// paging). One that matches nothing reads to the end and says 0.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_scan_stops_soon_after_its_page() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let team = team(dir.path(), clock).await;
    let n = SCAN_COUNT_AHEAD as usize + 2_000;
    let bodies: Vec<Value> = (0..n)
        .map(|i| json!({"userName": format!("u{i}@x.com"), "title": format!("t{i}")}))
        .collect();
    for created in team.user_create_many(&actor(), &bodies).await {
        created.unwrap();
    }
    let list = |f: &str, start_index, count| {
        let team = team.clone();
        let filter = Some(filter::parse(f).unwrap());
        async move {
            team.user_list(&ListQuery {
                filter,
                start_index,
                count,
            })
            .await
            .unwrap()
        }
    };
    let page = list("title pr", 11, 10).await;
    // every user matches: the page is the unfiltered one (creation order;
    // PostgreSQL inserts a batch concurrently, so not the bodies' order)
    let unfiltered = team
        .user_list(&ListQuery {
            filter: None,
            start_index: 11,
            count: 10,
        })
        .await
        .unwrap();
    let ids = |p: &scimctl_core::users::UserPage| -> Vec<String> {
        p.users.iter().map(|u| u.id.clone()).collect()
    };
    assert_eq!(ids(&page), ids(&unfiltered));
    assert_eq!(page.users.len(), 10);
    assert!(
        page.total > 20 && page.total < n as u64,
        "stopped early, at {} of {n}",
        page.total
    );
    // the last page reads to the end, and its count is exact
    let last = list("title pr", n as u64 - 4, 10).await;
    assert_eq!((last.users.len(), last.total), (5, n as u64));
    assert_eq!(list(r#"title co "zz""#, 1, 10).await.total, 0);
    // a filter the database answers is counted exactly, whatever its size
    assert_eq!(list(r#"userName co "@X.COM""#, 1, 10).await.total, n as u64);
}

/// A provisioned server with one scan slot, which the test can see.
async fn server_with_one_scan_slot() -> (Server, String, Arc<tokio::sync::Semaphore>) {
    let slots = Arc::new(tokio::sync::Semaphore::new(1));
    let shared = Arc::clone(&slots);
    let server = Server::start_listening(Default::default(), move |state| {
        state.scans = shared;
    })
    .await;
    let key = server.provision().await;
    (server, key, slots)
}

/// Listings that read every user hold one of the server's scan slots:
/// with none free the answer is 503 with Retry-After, while a filter an
/// index answers and unfiltered pages go on. (The test takes the only slot
/// itself, as a running scan would, so that the moment is certain.)
#[tokio::test]
async fn scans_beyond_the_slots_get_503_and_retry_after() {
    let (server, key, slots) = server_with_one_scan_slot().await;
    server
        .create_user(&key, "ann@example.com", "Ann", "Lee")
        .await;
    let get = |f: &str| {
        let path = format!("/Users?filter={}", enc(f));
        let (server, key) = (&server, key.clone());
        async move { server.scim(&key, Method::GET, &path, None).await }
    };
    let held = slots.try_acquire().unwrap();
    let busy = get(r#"name.familyName co "le""#).await;
    busy.assert_scim_error(503);
    assert_eq!(busy.header("retry-after"), Some("1"));
    get(r#"userName eq "ann@example.com""#)
        .await
        .expect_status(200);
    server
        .scim(&key, Method::GET, "/Users", None)
        .await
        .expect_status(200);
    drop(held);
    let found = get(r#"name.familyName co "le""#).await.expect_status(200);
    assert_eq!(found.body["totalResults"], 1);
}

/// A client that goes away stops its scan: the slot is free again long
/// before the scan would have ended.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_scan_stops_when_its_client_goes_away() {
    let (server, key, slots) = server_with_one_scan_slot().await;
    let bodies: Vec<Value> = (0..20_000)
        .map(|i| json!({"userName": format!("u{i}@x.com"), "title": format!("t{i}")}))
        .collect();
    for created in server.team.user_create_many(&actor(), &bodies).await {
        created.unwrap();
    }
    // An expensive filter the evaluator runs on every user: many `co`s on
    // an attribute without a column, none matching.
    let terms: Vec<String> = (0..120).map(|i| format!("title co \"zz{i}\"")).collect();
    let path = format!("/Users?filter={}", enc(&terms.join(" or ")));
    let started = Instant::now();
    let whole = server.scim(&key, Method::GET, &path, None).await;
    let whole_took = started.elapsed();
    assert_eq!(whole.expect_status(200).body["totalResults"], 0);

    let client = reqwest::Client::builder()
        .timeout(Duration::from_millis(100))
        .build()
        .unwrap();
    let gone = client
        .get(format!("{}/scim/v2{path}", server.url))
        .bearer_auth(&key)
        .send()
        .await;
    assert!(gone.is_err(), "the request was meant to time out");
    let dropped = Instant::now();
    while slots.available_permits() == 0 && dropped.elapsed() < whole_took {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let freed_after = dropped.elapsed();
    assert!(
        freed_after * 4 < whole_took,
        "the slot came back {freed_after:?} after the client left; the whole scan takes {whole_took:?}"
    );
}

/// Rows written before the derived filter columns existed (simulated by
/// clearing them, as migration 0003 leaves old rows) get them when the
/// database is next opened, so that filters on names and emails find them.
#[tokio::test]
async fn rows_from_before_the_fold_columns_get_them_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let url = crate::common::fresh_database(dir.path()).await;
    let store = scimctl::backend::open_store(&url).await.unwrap();
    let team = Team::new(store, Arc::new(scimctl_core::time::SystemClock));
    team.sso_add(&actor(), SsoType::Saml, "Okta").await.unwrap();
    team.scim_enable(&actor()).await.unwrap();
    let bodies: Vec<Value> = (0..700)
        .map(|i| {
            json!({"userName": format!("u{i}"), "name": {"familyName": "Lovelace"},
                   "emails": [{"value": format!("U{i}@Example.com")}]})
        })
        .collect();
    for created in team.user_create_many(&actor(), &bodies).await {
        created.unwrap();
    }
    drop(team);
    let clear = "UPDATE users SET f_display_name = NULL, f_given_name = NULL, \
                 f_family_name = NULL, f_formatted = NULL, f_middle_name = NULL, \
                 f_honorific_prefix = NULL, f_honorific_suffix = NULL, f_active = NULL, \
                 f_emails = NULL";
    if scimctl::backend::is_postgres(&url) {
        let pool = sqlx::PgPool::connect(&url).await.unwrap();
        sqlx::query(clear).execute(&pool).await.unwrap();
        pool.close().await;
    } else {
        let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
        sqlx::query(clear).execute(&pool).await.unwrap();
        pool.close().await;
    }
    let store = scimctl::backend::open_store(&url).await.unwrap();
    let team = Team::new(store, Arc::new(scimctl_core::time::SystemClock));
    for f in [
        r#"name.familyName eq "LOVELACE""#,
        r#"emails.value ew "@example.com""#,
        "active eq true",
    ] {
        let page = team
            .user_list(&ListQuery {
                filter: Some(filter::parse(f).unwrap()),
                start_index: 1,
                count: 0,
            })
            .await
            .unwrap();
        assert_eq!(page.total, 700, "{f}");
    }
}
