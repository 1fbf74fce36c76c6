//! Property tests of everything that reads client input: the filter parser
//! and evaluator, PATCH application, user-body normalisation, and the HTTP
//! server end to end. Whatever arrives, the answer is a value or a client
//! error — never a panic, never a 500. The same code is fuzzed without
//! bounds by the targets under `fuzz/`.

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};
use reqwest::Method;
use scimctl_core::error::Kind;
use scimctl_core::scim::{filter, patch, resource};
use serde_json::{Map, Value, json};

use crate::common::{Server, enc};

/// Attribute paths a SCIM client might name, right or wrong.
const PATHS: &[&str] = &[
    "userName",
    "USERNAME",
    "id",
    "externalId",
    "active",
    "displayName",
    "name",
    "name.givenName",
    "name.familyName",
    "emails",
    "emails.value",
    "emails[type eq \"work\"].value",
    "emails[primary eq true]",
    "roles",
    "roles[value eq \"admin\"]",
    "meta.created",
    "meta.lastModified",
    "password",
    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department",
    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value",
    "urn:ietf:params:scim:schemas:core:2.0:User:name.formatted",
    "groups",
    "x",
    "emails[",
    "name..givenName",
    "",
];

const OPS: &[&str] = &[
    "eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le", "EQ", "pr", "zz",
];

fn path() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(PATHS).prop_map(str::to_string),
        "[a-zA-Z.:\\[\\]\" ]{0,24}",
    ]
}

fn literal() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z@.]{0,10}".prop_map(|s| format!("\"{s}\"")),
        Just("true".to_string()),
        Just("false".to_string()),
        Just("null".to_string()),
        any::<i32>().prop_map(|n| n.to_string()),
        Just("1.5e3".to_string()),
        Just("\"2024-01-01T00:00:00Z\"".to_string()),
        Just("\"unterminated".to_string()),
    ]
}

/// Filters built from the grammar's pieces, nested, with some wrong ones.
fn filter_text() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        (path(), prop::sample::select(OPS), literal()).prop_map(|(p, o, v)| format!("{p} {o} {v}")),
        path().prop_map(|p| format!("{p} pr")),
    ];
    leaf.prop_recursive(4, 32, 4, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a} and {b}")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a} or {b}")),
            inner.clone().prop_map(|a| format!("not ({a})")),
            inner.clone().prop_map(|a| format!("({a})")),
            (path(), inner.clone()).prop_map(|(p, a)| format!("{p}[{a}]")),
            inner.prop_map(|a| format!("({a}")),
        ]
    })
}

/// Any JSON, with keys that are often real attribute names.
fn json_value() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        prop::sample::select(PATHS).prop_map(str::to_string),
        "[a-zA-Z]{0,8}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| json!(f)),
        "[a-zA-Z0-9@. ]{0,12}".prop_map(Value::String),
        Just(json!("True")),
        Just(json!("2024-01-01T00:00:00Z")),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// A user body: a valid one with random changes, or anything at all.
fn user_body() -> impl Strategy<Value = Value> {
    prop_oneof![
        json_value(),
        (json_value(), prop::sample::select(PATHS)).prop_map(|(v, k)| {
            let mut body = crate::common::user_body("p@example.com", "P", "Q");
            body[k] = v;
            body
        }),
    ]
}

fn patch_ops() -> impl Strategy<Value = Value> {
    let op = prop::sample::select(&["add", "replace", "remove", "Replace", "ADD", "move", ""][..]);
    let one = (op, prop::option::of(path()), prop::option::of(json_value())).prop_map(
        |(op, path, value)| {
            let mut o = json!({"op": op});
            if let Some(p) = path {
                o["path"] = json!(p);
            }
            if let Some(v) = value {
                o["value"] = v;
            }
            o
        },
    );
    prop::collection::vec(one, 0..4).prop_map(Value::Array)
}

fn some_user() -> scimctl_core::scim::stored::Doc {
    resource::normalize_user(&crate::common::user_body("ann@example.com", "Ann", "Lee")).unwrap()
}

fn rendered(doc: scimctl_core::scim::stored::Doc) -> Value {
    resource::render(
        resource::Rendered {
            id: "u1",
            doc,
            created: 0,
            last_modified: 0,
            version: 1,
            default_role: Some("developer"),
            groups: &[],
            membership: None,
        },
        "http://h/scim/v2",
    )
}

#[track_caller]
fn client_error(e: &scimctl_core::error::Error) {
    assert_eq!(e.kind(), Kind::Invalid, "{e:?}");
}

proptest! {
    #![proptest_config(Config { cases: 512, ..Config::default() })]

    #[test]
    fn filters_parse_evaluate_or_refuse(text in prop_oneof![filter_text(), ".{0,80}"]) {
        match filter::parse(&text) {
            Ok(f) => {
                let user = rendered(some_user());
                let _ = filter::matches(&f, &user);
                let _ = scimctl_core::query::plan(&f);
            }
            Err(e) => client_error(&e),
        }
    }

    #[test]
    fn user_bodies_normalise_or_refuse(body in user_body()) {
        match resource::normalize_user(&body) {
            Ok(doc) => { let _ = rendered(doc); }
            Err(e) => client_error(&e),
        }
    }

    #[test]
    fn patches_apply_or_refuse(ops in patch_ops()) {
        let request: Result<patch::PatchRequest, _> =
            serde_json::from_value(json!({"Operations": ops}));
        if let Ok(request) = request {
            match patch::apply(&some_user(), &request.operations) {
                Ok(doc) => { let _ = rendered(doc); }
                Err(e) => client_error(&e),
            }
        }
    }
}

/// The whole server: random filters, bodies and patches over HTTP get a
/// status below 500 and, when refused, a SCIM error body.
#[tokio::test(flavor = "multi_thread")]
async fn the_server_answers_hostile_requests_without_5xx() {
    let (s, key) = Server::provisioned().await;
    let id = s.create_user(&key, "ann@example.com", "Ann", "Lee").await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let mut runner = TestRunner::new(Config {
        cases: 96,
        ..Config::default()
    });
    let strategy = (filter_text(), user_body(), patch_ops(), any::<i64>());
    let cases = (0..96)
        .map(|_| strategy.new_tree(&mut runner).expect("a case").current())
        .collect::<Vec<(String, Value, Value, i64)>>();
    let mut refused = 0;
    for (filter, body, ops, count) in cases {
        let replies = [
            s.scim(
                &key,
                Method::GET,
                &format!(
                    "/Users?filter={}&count={count}&startIndex={count}",
                    enc(&filter)
                ),
                None,
            )
            .await,
            s.scim(&key, Method::POST, "/Users", Some(body.clone()))
                .await,
            s.scim(&key, Method::PUT, &format!("/Users/{id}"), Some(body))
                .await,
            s.scim(
                &key,
                Method::PATCH,
                &format!("/Users/{id}"),
                Some(crate::common::patch_op(ops)),
            )
            .await,
        ];
        for r in replies {
            assert!(r.status.as_u16() < 500, "{} {}", r.status, r.text);
            if r.status.is_client_error() {
                refused += 1;
                r.assert_scim_error(r.status.as_u16());
            }
        }
    }
    // The cases did reach the refusals they are meant to exercise.
    assert!(refused > 50, "only {refused} requests were refused");
    eprintln!("hostile requests: {} sent, {refused} refused", 96 * 4);
}

proptest! {
    #![proptest_config(Config { cases: 256, ..Config::default() })]

    /// Group PATCH decoding: any operations give member edits or a client
    /// error.
    #[test]
    fn group_patches_decode_or_refuse(ops in group_patch_ops()) {
        let ops: Vec<patch::PatchOperation> = ops
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|v| serde_json::from_value(v.clone()).ok())
            .collect();
        if let Err(e) = scimctl_core::scim::group::patch_changes(&ops) {
            client_error(&e);
        }
    }
}

/// PATCH operations as IdPs send them to groups, right or wrong.
fn group_patch_ops() -> impl Strategy<Value = Value> {
    let op = prop::sample::select(&["add", "replace", "remove", "Remove", "ADD", ""][..]);
    let path = prop_oneof![
        prop::sample::select(
            &[
                "members",
                "MEMBERS",
                "displayName",
                "externalId",
                "members[value eq \"u1\"]",
                "members[value eq \"u1\" or value eq \"u2\"]",
                "members[display eq \"x\"]",
                "members[value eq \"u1\"].display",
                "members.value",
                "urn:ietf:params:scim:schemas:core:2.0:Group:displayName",
                "members[",
            ][..]
        )
        .prop_map(str::to_string),
        path(),
    ];
    let member = prop_oneof![
        "[a-z0-9-]{0,8}".prop_map(|id| json!({"value": id})),
        json_value(),
    ];
    let value = prop_oneof![
        prop::collection::vec(member, 0..4).prop_map(Value::Array),
        json_value(),
    ];
    let one =
        (op, prop::option::of(path), prop::option::of(value)).prop_map(|(op, path, value)| {
            let mut o = json!({"op": op});
            if let Some(p) = path {
                o["path"] = json!(p);
            }
            if let Some(v) = value {
                o["value"] = v;
            }
            o
        });
    prop::collection::vec(one, 0..5).prop_map(Value::Array)
}

/// One random member edit over a pool of 6 users (by index), or a rename.
#[derive(Debug, Clone)]
enum Edit {
    Add(Vec<usize>),
    Remove(Vec<usize>),
    Replace(Vec<usize>),
    Rename(bool),
}

fn edit() -> impl Strategy<Value = Edit> {
    let some = || prop::collection::vec(0usize..6, 0..4);
    prop_oneof![
        some().prop_map(Edit::Add),
        some().prop_map(Edit::Remove),
        some().prop_map(Edit::Replace),
        any::<bool>().prop_map(Edit::Rename),
    ]
}

/// Member edits on a real store agree with a set: after each PATCH the
/// members are the model's, and the version moved exactly when a step
/// wrote something.
#[test]
fn group_member_edits_agree_with_a_set() {
    use scimctl_core::scim::group::GroupChange;
    let rt = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (team, actor, users, group) = rt.block_on(async {
        let url = crate::common::fresh_database(dir.path()).await;
        let team = scimctl::backend::open_team(&url).await.unwrap();
        let actor = scimctl_core::model::Actor::Local("prop".into());
        let mut users = Vec::new();
        for i in 0..6 {
            let body = crate::common::user_body(&format!("p{i}@example.com"), "P", "Q");
            users.push(team.user_create(&actor, &body).await.unwrap().id);
        }
        let group = team
            .group_insert(&actor, "G".into(), None, &[])
            .await
            .unwrap()
            .id;
        (team, actor, users, group)
    });
    let mut runner = TestRunner::new(Config {
        cases: 48,
        ..Config::default()
    });
    let mut model = std::collections::BTreeSet::new();
    let mut name = "G".to_string();
    let mut version = 1;
    for _ in 0..48 {
        let edits = prop::collection::vec(edit(), 1..4)
            .new_tree(&mut runner)
            .unwrap()
            .current();
        let ids = |ix: &[usize]| ix.iter().map(|i| users[*i].clone()).collect::<Vec<_>>();
        let mut changes = Vec::new();
        let mut next = model.clone();
        let mut next_name = name.clone();
        // (a step that changes the members is a write even if a later step
        // of the same request undoes it: the trail has both lines)
        let mut wrote = false;
        for e in &edits {
            let before = next.clone();
            match e {
                Edit::Add(ix) => {
                    next.extend(ids(ix));
                    changes.push(GroupChange::AddMembers(ids(ix)));
                }
                Edit::Remove(ix) => {
                    for id in ids(ix) {
                        next.remove(&id);
                    }
                    changes.push(GroupChange::RemoveMembers(ids(ix)));
                }
                Edit::Replace(ix) => {
                    next = ids(ix).into_iter().collect();
                    changes.push(GroupChange::ReplaceMembers(ids(ix)));
                }
                Edit::Rename(flip) => {
                    next_name = if *flip { "G".into() } else { "H".into() };
                    changes.push(GroupChange::DisplayName(next_name.clone()));
                }
            }
            wrote |= next != before;
        }
        let got = rt.block_on(async {
            team.group_change(&actor, &group, changes, None)
                .await
                .unwrap();
            team.group_get(&group, true).await.unwrap()
        });
        let members: std::collections::BTreeSet<String> =
            got.members.unwrap().into_iter().map(|m| m.id).collect();
        assert_eq!(members, next, "after {edits:?}");
        if wrote || next_name != name {
            version += 1;
        }
        assert_eq!(got.version, version, "after {edits:?}");
        assert_eq!(got.display_name, next_name);
        model = next;
        name = next_name;
    }
}
