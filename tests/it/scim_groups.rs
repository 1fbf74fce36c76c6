//! SCIM `/Groups` of `serve` as Okta (Push Groups) and Entra ID (group
//! provisioning) use it (docs/scim.md, "Groups"): their flows, unique and
//! clean display names, unknown members refused, memberships when a user
//! goes, paging, PUT and If-Match, discovery, and a bounded number of
//! members per listing. Over loopback HTTP against the real server — on
//! SQLite, and on PostgreSQL in the PostgreSQL pass.

use reqwest::Method;
use serde_json::{Value, json};

use crate::common::{Server, enc, patch_op};

const GROUP: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";

async fn user(s: &Server, key: &str, name: &str) -> String {
    let (given, family) = name.split_once('.').unwrap_or((name, "X"));
    s.create_user(key, &format!("{name}@example.com"), given, family)
        .await["id"]
        .as_str()
        .unwrap()
        .to_string()
}

fn member_ids(group: &Value) -> Vec<String> {
    let mut ids: Vec<String> = group["members"]
        .as_array()
        .map(|m| {
            m.iter()
                .map(|m| m["value"].as_str().unwrap().to_string())
                .collect()
        })
        .unwrap_or_default();
    ids.sort();
    ids
}

fn sorted(mut ids: Vec<String>) -> Vec<String> {
    ids.sort();
    ids
}

async fn get_group(s: &Server, key: &str, id: &str) -> Value {
    s.scim(key, Method::GET, &format!("/Groups/{id}"), None)
        .await
        .expect_status(200)
        .body
}

/// Okta Push Groups: create with members, PATCH add, rename (path-less
/// replace carrying the id), remove by value filter, delete.
#[tokio::test(flavor = "multi_thread")]
async fn okta_push_groups_flow() {
    let (s, key) = Server::provisioned().await;
    let ann = user(&s, &key, "ann.lee").await;
    let bob = user(&s, &key, "bob.ray").await;
    let cy = user(&s, &key, "cy.dow").await;

    // Okta looks the group up by name first: no match
    let r = s
        .scim(
            &key,
            Method::GET,
            &format!("/Groups?filter={}", enc(r#"displayName eq "Engineering""#)),
            None,
        )
        .await
        .expect_status(200);
    assert_eq!(r.body["totalResults"], 0);

    let r = s
        .scim(
            &key,
            Method::POST,
            "/Groups",
            Some(json!({
                "schemas": [GROUP],
                "displayName": "Engineering",
                "members": [{"value": ann, "display": "ann.lee@example.com"}]
            })),
        )
        .await
        .expect_status(201);
    let id = r.body["id"].as_str().unwrap().to_string();
    assert_eq!(
        r.header("location"),
        Some(format!("{}/scim/v2/Groups/{id}", s.url).as_str())
    );
    assert_eq!(r.body["schemas"], json!([GROUP]));
    assert_eq!(r.body["displayName"], "Engineering");
    assert_eq!(r.body["meta"]["resourceType"], "Group");
    assert_eq!(r.body["meta"]["version"], r.header("etag").unwrap());
    assert_eq!(member_ids(&r.body), vec![ann.clone()]);
    assert_eq!(r.body["members"][0]["type"], "User");
    assert_eq!(
        r.body["members"][0]["$ref"],
        format!("{}/scim/v2/Users/{ann}", s.url)
    );

    // found by name now, in any case
    let r = s
        .scim(
            &key,
            Method::GET,
            &format!("/Groups?filter={}", enc(r#"displayName eq "ENGINEERING""#)),
            None,
        )
        .await
        .expect_status(200);
    assert_eq!(r.body["totalResults"], 1);
    assert_eq!(r.body["Resources"][0]["id"], id.as_str());

    // PATCH add members: 204 with the new ETag
    let r = s
        .scim(
            &key,
            Method::PATCH,
            &format!("/Groups/{id}"),
            Some(patch_op(json!([{
                "op": "add", "path": "members",
                "value": [{"value": bob, "display": "bob"}, {"value": cy}]
            }]))),
        )
        .await
        .expect_status(204);
    assert_eq!(r.header("etag"), Some("W/\"2\""));
    assert_eq!(
        member_ids(&get_group(&s, &key, &id).await),
        sorted(vec![ann.clone(), bob.clone(), cy.clone()])
    );

    // rename: Okta sends the id beside the new name
    s.scim(
        &key,
        Method::PATCH,
        &format!("/Groups/{id}"),
        Some(patch_op(json!([{
            "op": "replace", "value": {"id": id, "displayName": "Platform"}
        }]))),
    )
    .await
    .expect_status(204);

    // remove a member by value filter
    s.scim(
        &key,
        Method::PATCH,
        &format!("/Groups/{id}"),
        Some(patch_op(json!([{
            "op": "remove", "path": format!("members[value eq \"{bob}\"]")
        }]))),
    )
    .await
    .expect_status(204);
    let g = get_group(&s, &key, &id).await;
    assert_eq!(g["displayName"], "Platform");
    assert_eq!(member_ids(&g), sorted(vec![ann.clone(), cy.clone()]));
    assert_eq!(g["meta"]["version"], "W/\"4\"");

    // the users' read-only groups follow
    let u = s
        .scim(&key, Method::GET, &format!("/Users/{ann}"), None)
        .await
        .expect_status(200)
        .body;
    assert_eq!(
        u["groups"],
        json!([{
            "value": id, "display": "Platform", "type": "direct",
            "$ref": format!("{}/scim/v2/Groups/{id}", s.url)
        }])
    );
    let u = s
        .scim(&key, Method::GET, &format!("/Users/{bob}"), None)
        .await
        .expect_status(200)
        .body;
    assert!(u.get("groups").is_none(), "{u}");

    s.scim(&key, Method::DELETE, &format!("/Groups/{id}"), None)
        .await
        .expect_status(204);
    s.scim(&key, Method::GET, &format!("/Groups/{id}"), None)
        .await
        .assert_scim_error(404);
    let u = s
        .scim(&key, Method::GET, &format!("/Users/{ann}"), None)
        .await
        .expect_status(200)
        .body;
    assert!(u.get("groups").is_none(), "{u}");

    // every write audited, each membership on its own line
    let audit = s
        .admin_call(Method::GET, "/audit?action=group&limit=100", None)
        .await
        .expect_status(200)
        .body;
    let mut actions: Vec<String> = audit
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect();
    actions.reverse();
    assert_eq!(
        actions,
        [
            "group.create",
            "group.member.add",
            "group.member.add",
            "group.member.add",
            "group.update",
            "group.member.remove",
            "group.delete"
        ]
    );
}

/// Entra ID's group provisioning: filter by displayName (members
/// excluded), POST, PATCH `Add` members, PATCH `Remove` with a value
/// list, `Replace` displayName, DELETE.
#[tokio::test(flavor = "multi_thread")]
async fn entra_group_provisioning_flow() {
    let (s, key) = Server::provisioned().await;
    let ann = user(&s, &key, "ann.lee").await;
    let bob = user(&s, &key, "bob.ray").await;
    // Entra's user lookup by a value path's sub-attribute (400 before)
    for (filter, found) in [
        (
            r#"emails[type eq "work"].value eq "ANN.LEE@example.com""#,
            1,
        ),
        (
            r#"emails[type eq "home"].value eq "ann.lee@example.com""#,
            0,
        ),
    ] {
        let r = s
            .scim(
                &key,
                Method::GET,
                &format!("/Users?filter={}", enc(filter)),
                None,
            )
            .await
            .expect_status(200);
        assert_eq!(r.body["totalResults"], found, "{filter}");
    }
    let lookup = format!(
        "/Groups?excludedAttributes=members&filter={}",
        enc(r#"displayName eq "Sales""#)
    );
    let r = s
        .scim(&key, Method::GET, &lookup, None)
        .await
        .expect_status(200);
    assert_eq!(r.body["totalResults"], 0);

    let r = s
        .scim(
            &key,
            Method::POST,
            "/Groups",
            Some(json!({
                "schemas": [GROUP],
                "externalId": "8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159",
                "displayName": "Sales",
                "members": []
            })),
        )
        .await
        .expect_status(201);
    let id = r.body["id"].as_str().unwrap().to_string();
    assert!(r.body.get("members").is_none(), "{}", r.body);

    for op in [
        json!({"op": "Add", "path": "members", "value": [{"value": ann}, {"value": bob}]}),
        // again: already members, nothing changes
        json!({"op": "Add", "path": "members", "value": [{"value": ann}]}),
    ] {
        s.scim(
            &key,
            Method::PATCH,
            &format!("/Groups/{id}"),
            Some(patch_op(json!([op]))),
        )
        .await
        .expect_status(204);
    }
    let g = get_group(&s, &key, &id).await;
    assert_eq!(member_ids(&g), sorted(vec![ann.clone(), bob.clone()]));
    assert_eq!(g["meta"]["version"], "W/\"2\"", "the no-op add is no write");

    // the lookup Entra repeats: found, without members
    let r = s
        .scim(&key, Method::GET, &lookup, None)
        .await
        .expect_status(200);
    assert_eq!(r.body["totalResults"], 1);
    assert!(r.body["Resources"][0].get("members").is_none());
    assert_eq!(r.body["Resources"][0]["externalId"], g["externalId"]);

    s.scim(
        &key,
        Method::PATCH,
        &format!("/Groups/{id}"),
        Some(patch_op(json!([
            {"op": "Remove", "path": "members", "value": [{"value": ann}, {"value": bob}]},
            {"op": "Replace", "path": "displayName", "value": "Sales EMEA"}
        ]))),
    )
    .await
    .expect_status(204);
    let g = get_group(&s, &key, &id).await;
    assert!(g.get("members").is_none(), "{g}");
    assert_eq!(g["displayName"], "Sales EMEA");

    // filter by externalId (case-exact)
    let r = s
        .scim(
            &key,
            Method::GET,
            &format!(
                "/Groups?filter={}",
                enc(r#"externalId eq "8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159""#)
            ),
            None,
        )
        .await
        .expect_status(200);
    assert_eq!(r.body["totalResults"], 1);

    s.scim(&key, Method::DELETE, &format!("/Groups/{id}"), None)
        .await
        .expect_status(204);
    s.scim(&key, Method::DELETE, &format!("/Groups/{id}"), None)
        .await
        .assert_scim_error(404);
}

#[tokio::test(flavor = "multi_thread")]
async fn display_names_are_unique_case_insensitively_and_clean() {
    let (s, key) = Server::provisioned().await;
    let post = |name: Value| {
        let s = &s;
        let key = &key;
        async move {
            s.scim(
                key,
                Method::POST,
                "/Groups",
                Some(json!({"displayName": name})),
            )
            .await
        }
    };
    let first = post(json!("  Straße Team ")).await.expect_status(201);
    assert_eq!(first.body["displayName"], "Straße Team", "stored trimmed");
    for same in ["STRAßE TEAM", "straße team", "Ｓtraße Team"] {
        let r = post(json!(same)).await;
        r.assert_scim_error(409);
        assert_eq!(r.body["scimType"], "uniqueness", "{same}");
    }
    for bad in [
        json!(""),
        json!("a\u{200b}b"),
        json!("x\u{1b}[2J"),
        json!(5),
        Value::Null,
    ] {
        post(bad.clone()).await.assert_scim_error(400);
    }
    // a rename onto another group's name is refused too, and changes nothing
    let other = post(json!("Other")).await.expect_status(201);
    let other_id = other.body["id"].as_str().unwrap();
    let r = s
        .scim(
            &key,
            Method::PATCH,
            &format!("/Groups/{other_id}"),
            Some(patch_op(
                json!([{"op": "replace", "path": "displayName", "value": "strAßE TEAM"}]),
            )),
        )
        .await;
    r.assert_scim_error(409);
    assert_eq!(get_group(&s, &key, other_id).await["displayName"], "Other");
    // its own name in another case is fine
    s.scim(
        &key,
        Method::PATCH,
        &format!("/Groups/{other_id}"),
        Some(patch_op(
            json!([{"op": "replace", "path": "displayName", "value": "OTHER"}]),
        )),
    )
    .await
    .expect_status(204);
}

/// Unknown member ids refuse the whole request, and nothing changes.
#[tokio::test(flavor = "multi_thread")]
async fn unknown_members_are_refused_with_nothing_written() {
    let (s, key) = Server::provisioned().await;
    let ann = user(&s, &key, "ann.lee").await;
    let r = s
        .scim(
            &key,
            Method::POST,
            "/Groups",
            Some(json!({"displayName": "G", "members": [{"value": ann}, {"value": "nobody"}]})),
        )
        .await;
    r.assert_scim_error(400);
    assert!(
        r.body["detail"].as_str().unwrap().contains("nobody"),
        "{}",
        r.text
    );
    let r = s
        .scim(&key, Method::GET, "/Groups", None)
        .await
        .expect_status(200);
    assert_eq!(r.body["totalResults"], 0, "no group was created");

    let g = s
        .scim(
            &key,
            Method::POST,
            "/Groups",
            Some(json!({"displayName": "G"})),
        )
        .await
        .expect_status(201)
        .body;
    let id = g["id"].as_str().unwrap();
    let r = s
        .scim(
            &key,
            Method::PATCH,
            &format!("/Groups/{id}"),
            Some(patch_op(json!([
                {"op": "add", "path": "members", "value": [{"value": ann}]},
                {"op": "replace", "path": "displayName", "value": "H"},
                {"op": "add", "path": "members", "value": [{"value": "ghost"}]}
            ]))),
        )
        .await;
    r.assert_scim_error(400);
    let g = get_group(&s, &key, id).await;
    assert_eq!(g["displayName"], "G");
    assert!(g.get("members").is_none(), "{g}");
    assert_eq!(g["meta"]["version"], "W/\"1\"");
    // a nested group is refused as such
    s.scim(
        &key,
        Method::PATCH,
        &format!("/Groups/{id}"),
        Some(patch_op(json!([
            {"op": "add", "path": "members", "value": [{"value": id, "type": "Group"}]}
        ]))),
    )
    .await
    .assert_scim_error(400);
}

/// Deleting a user removes its memberships (and its groups get new
/// versions); deactivating keeps them.
#[tokio::test(flavor = "multi_thread")]
async fn deleting_a_user_removes_its_memberships_deactivating_keeps_them() {
    let (s, key) = Server::provisioned().await;
    let ann = user(&s, &key, "ann.lee").await;
    let bob = user(&s, &key, "bob.ray").await;
    let mut groups = Vec::new();
    for name in ["A", "B"] {
        let g = s
            .scim(
                &key,
                Method::POST,
                "/Groups",
                Some(json!({"displayName": name, "members": [{"value": ann}, {"value": bob}]})),
            )
            .await
            .expect_status(201)
            .body;
        groups.push(g["id"].as_str().unwrap().to_string());
    }
    s.scim(
        &key,
        Method::PATCH,
        &format!("/Users/{bob}"),
        Some(patch_op(
            json!([{"op": "replace", "path": "active", "value": false}]),
        )),
    )
    .await
    .expect_status(200);
    for g in &groups {
        assert_eq!(
            member_ids(&get_group(&s, &key, g).await),
            sorted(vec![ann.clone(), bob.clone()])
        );
    }
    let u = s
        .scim(&key, Method::GET, &format!("/Users/{bob}"), None)
        .await
        .body;
    assert_eq!(u["groups"].as_array().map(Vec::len), Some(2), "{u}");
    assert_eq!(u["groups"][0]["display"], "A");

    s.scim(&key, Method::DELETE, &format!("/Users/{ann}"), None)
        .await
        .expect_status(204);
    for g in &groups {
        let g = get_group(&s, &key, g).await;
        assert_eq!(member_ids(&g), vec![bob.clone()]);
        assert_eq!(g["meta"]["version"], "W/\"2\"", "{g}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn listings_page_and_leave_members_out_when_asked() {
    let (s, key) = Server::provisioned().await;
    let ann = user(&s, &key, "ann.lee").await;
    for i in 0..5 {
        s.scim(
            &key,
            Method::POST,
            "/Groups",
            Some(json!({"displayName": format!("team-{i}"), "members": [{"value": ann}]})),
        )
        .await
        .expect_status(201);
    }
    let r = s
        .scim(&key, Method::GET, "/Groups?startIndex=2&count=2", None)
        .await
        .expect_status(200);
    assert_eq!(r.body["totalResults"], 5);
    assert_eq!(r.body["startIndex"], 2);
    let names: Vec<&str> = r.body["Resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["displayName"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["team-1", "team-2"]);
    assert_eq!(member_ids(&r.body["Resources"][0]), vec![ann.clone()]);
    assert!(
        r.body["Resources"][0]["members"][0]
            .get("display")
            .is_none()
    );

    let r = s
        .scim(
            &key,
            Method::GET,
            "/Groups?excludedAttributes=members",
            None,
        )
        .await
        .expect_status(200);
    assert!(
        r.body["Resources"]
            .as_array()
            .unwrap()
            .iter()
            .all(|g| g.get("members").is_none() && g.get("displayName").is_some())
    );
    let r = s
        .scim(&key, Method::GET, "/Groups?attributes=displayName", None)
        .await
        .expect_status(200);
    assert_eq!(
        r.body["Resources"][0],
        json!({"schemas": [GROUP], "id": r.body["Resources"][0]["id"], "displayName": "team-0"})
    );
    // members' userNames on request
    let r = s
        .scim(
            &key,
            Method::GET,
            &format!(
                "/Groups?filter={}&attributes=members.value,members.display",
                enc(r#"displayName sw "TEAM-4""#)
            ),
            None,
        )
        .await
        .expect_status(200);
    assert_eq!(r.body["totalResults"], 1);
    assert_eq!(
        r.body["Resources"][0]["members"],
        json!([{"value": ann, "display": "ann.lee@example.com"}])
    );
    // filters on anything but the group's columns are refused
    s.scim(
        &key,
        Method::GET,
        &format!("/Groups?filter={}", enc(r#"userName eq "x""#)),
        None,
    )
    .await
    .assert_scim_error(400);
    // the root search lists users, then groups
    let r = s
        .scim(&key, Method::POST, "/.search", Some(json!({"count": 3})))
        .await
        .expect_status(200);
    assert_eq!(r.body["totalResults"], 6);
    let types: Vec<&str> = r.body["Resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["meta"]["resourceType"].as_str().unwrap())
        .collect();
    assert_eq!(types, ["User", "Group", "Group"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn put_replaces_and_if_match_guards() {
    let (s, key) = Server::provisioned().await;
    let ann = user(&s, &key, "ann.lee").await;
    let bob = user(&s, &key, "bob.ray").await;
    let g = s
        .scim(
            &key,
            Method::POST,
            "/Groups",
            Some(json!({"displayName": "G", "externalId": "x", "members": [{"value": ann}]})),
        )
        .await
        .expect_status(201)
        .body;
    let id = g["id"].as_str().unwrap();
    let r = s
        .scim_with(
            &key,
            Method::PUT,
            &format!("/Groups/{id}"),
            Some(json!({"displayName": "G2", "members": [{"value": bob}]})),
            &[("If-Match", "W/\"1\"")],
        )
        .await
        .expect_status(200);
    assert_eq!(r.body["displayName"], "G2");
    assert!(
        r.body.get("externalId").is_none(),
        "PUT replaces: {}",
        r.body
    );
    assert_eq!(member_ids(&r.body), vec![bob.clone()]);
    // a stale version is refused
    s.scim_with(
        &key,
        Method::PATCH,
        &format!("/Groups/{id}"),
        Some(patch_op(
            json!([{"op": "add", "path": "members", "value": [{"value": ann}]}]),
        )),
        &[("If-Match", "W/\"1\"")],
    )
    .await
    .assert_scim_error(412);
    s.scim_with(
        &key,
        Method::DELETE,
        &format!("/Groups/{id}"),
        None,
        &[("If-Match", "W/\"1\"")],
    )
    .await
    .assert_scim_error(412);
    // with attributes, a PATCH answers 200 and the resource
    let r = s
        .scim(
            &key,
            Method::PATCH,
            &format!("/Groups/{id}?attributes=members"),
            Some(patch_op(
                json!([{"op": "add", "path": "members", "value": [{"value": ann}]}]),
            )),
        )
        .await
        .expect_status(200);
    assert_eq!(member_ids(&r.body), sorted(vec![ann.clone(), bob.clone()]));
}

#[tokio::test(flavor = "multi_thread")]
async fn discovery_lists_the_group_type_and_schema() {
    let (s, key) = Server::provisioned().await;
    let r = s
        .scim(&key, Method::GET, "/ResourceTypes", None)
        .await
        .expect_status(200);
    assert_eq!(r.body["totalResults"], 2);
    assert_eq!(r.body["Resources"][1]["endpoint"], "/Groups");
    s.scim(&key, Method::GET, "/ResourceTypes/Group", None)
        .await
        .expect_status(200);
    let r = s
        .scim(&key, Method::GET, &format!("/Schemas/{GROUP}"), None)
        .await
        .expect_status(200);
    let names: Vec<&str> = r.body["attributes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["displayName", "members"]);
    let r = s
        .scim(
            &key,
            Method::GET,
            "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User",
            None,
        )
        .await
        .expect_status(200);
    let groups = r.body["attributes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == "groups")
        .expect("User lists groups");
    assert_eq!(groups["mutability"], "readOnly");
}

/// A listing with members reads at most MAX_LISTED_MEMBERS of them: a
/// page holds fewer groups rather than more members (one request could
/// otherwise read every membership of the team).
#[tokio::test(flavor = "multi_thread")]
async fn a_listing_with_members_reads_a_bounded_number_of_them() {
    use scimctl_core::groups::MAX_LISTED_MEMBERS;
    let (s, key) = Server::provisioned().await;
    let actor = scimctl_core::model::Actor::Local("test".into());
    let per_group = (MAX_LISTED_MEMBERS / 2) as usize;
    let bodies: Vec<Value> = (0..per_group)
        .map(|i| crate::common::user_body(&format!("m{i}@example.com"), "M", "N"))
        .collect();
    let ids: Vec<String> = s
        .team
        .user_create_many(&actor, &bodies)
        .await
        .into_iter()
        .map(|r| r.unwrap().id)
        .collect();
    for name in ["a", "b", "c"] {
        s.team
            .group_insert(&actor, name.into(), None, &ids)
            .await
            .unwrap();
    }
    let r = s
        .scim(&key, Method::GET, "/Groups?count=3", None)
        .await
        .expect_status(200);
    assert_eq!(r.body["totalResults"], 3);
    assert_eq!(r.body["itemsPerPage"], 2, "two groups fill the budget");
    let shown: usize = r.body["Resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["members"].as_array().unwrap().len())
        .sum();
    assert_eq!(shown as u64, MAX_LISTED_MEMBERS);
    // the next page starts at the group left out
    let r = s
        .scim(&key, Method::GET, "/Groups?startIndex=3&count=3", None)
        .await
        .expect_status(200);
    assert_eq!(r.body["Resources"][0]["displayName"], "c");
    // without members, the whole page
    let r = s
        .scim(
            &key,
            Method::GET,
            "/Groups?count=3&excludedAttributes=members",
            None,
        )
        .await
        .expect_status(200);
    assert_eq!(r.body["itemsPerPage"], 3);
}
