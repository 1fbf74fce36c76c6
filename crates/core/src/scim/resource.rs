//! User resources on the way in (normalisation) and on the way out
//! (rendering and attribute projection).
//!
//! The stored document is a canonical User: attribute names spelled as in
//! the schema, values of the schema's types, unknown and read-only
//! attributes dropped, the enterprise extension under its URN. `id`, `meta`
//! and `schemas` are not stored in it; they are derived when rendering.

use std::collections::HashSet;

use serde_json::{Value, json};

use super::schema::{self, ENTERPRISE_ATTRS, ENTERPRISE_SCHEMA};
use super::stored::{Doc, coerce, get_ci, invalid_value, put};
use crate::error::Result;

/// Normalise a whole User as sent in a POST or PUT body.
pub fn normalize_user(input: &Value) -> Result<Doc> {
    let obj = super::stored::body_object(input, "User")?;
    let mut doc = Doc::new();
    for (key, value) in obj {
        if schema::is_enterprise_key(key) {
            let ext = value
                .as_object()
                .ok_or_else(|| invalid_value(format!("{ENTERPRISE_SCHEMA} must be an object")))?;
            let mut out = Doc::new();
            for (k, v) in ext {
                if let Some(attr) = ENTERPRISE_ATTRS
                    .iter()
                    .find(|a| a.name.eq_ignore_ascii_case(k))
                    && attr.writable()
                    && let Some(v) = coerce(attr, v)?
                {
                    out.insert(attr.name.to_string(), v);
                }
            }
            if !out.is_empty() {
                doc.insert(ENTERPRISE_SCHEMA.to_string(), Value::Object(out));
            }
            continue;
        }
        let (uri, name, sub) = schema::split_path(key);
        if sub.is_some() {
            // Dotted keys belong in PATCH values, not in whole resources.
            continue;
        }
        let Some(located) = schema::resolve(uri, name) else {
            // Unknown attributes (including `schemas`) are ignored, as RFC
            // 7644 §3.3 allows; the response shows what was kept.
            continue;
        };
        if !located.attr.writable() {
            continue;
        }
        if let Some(v) = coerce(located.attr, value)? {
            put(&mut doc, located.container, located.attr.name, v);
        }
    }
    super::stored::one_primary(&mut doc);
    Ok(doc)
}

/// Everything needed to render a stored user. The document is taken by
/// value: rendering moves its values into the resource instead of copying
/// them (a page of a thousand users is mostly these values).
pub struct Rendered<'a> {
    pub id: &'a str,
    pub doc: Doc,
    pub created: i64,
    pub last_modified: i64,
    pub version: i64,
    /// The role shown when the user has none stored (the team's default).
    pub default_role: Option<&'a str>,
    /// The user's groups (the read-only `groups`; left out when none).
    pub groups: &'a [GroupRef],
    /// The membership extension, when the service keeps one.
    pub membership: Option<MembershipExt>,
}

/// What the membership extension shows (docs/scim.md, "Accounts and
/// memberships"): the state's name and when it was invited and joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MembershipExt {
    pub state: &'static str,
    pub invited_at: Option<i64>,
    pub joined_at: Option<i64>,
}

/// A group as a member's `groups` attribute names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupRef {
    pub id: String,
    pub display_name: String,
}

/// A member of a group, as the group's `members` shows it: the user's id,
/// and its userName (what names a person on this team; the CLI shows it
/// without reading every user).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub id: String,
    pub user_name: String,
}

/// Everything needed to render a stored group.
pub struct RenderedGroup<'a> {
    pub id: &'a str,
    pub display_name: &'a str,
    pub external_id: Option<&'a str>,
    pub created: i64,
    pub last_modified: i64,
    pub version: i64,
    /// None when the members were not read.
    pub members: Option<&'a [Member]>,
}

/// The weak ETag for a version number.
pub fn etag(version: i64) -> String {
    format!("W/\"{version}\"")
}

/// Render a stored user as the SCIM resource clients see.
pub fn render(user: Rendered<'_>, base: &str) -> Value {
    let mut out = Doc::new();
    let mut schemas = vec![json!(schema::USER_SCHEMA)];
    if user.doc.contains_key(ENTERPRISE_SCHEMA) {
        schemas.push(json!(ENTERPRISE_SCHEMA));
    }
    if user.membership.is_some() {
        schemas.push(json!(schema::MEMBERSHIP_SCHEMA));
    }
    let has_roles = user.doc.contains_key("roles");
    out.insert("schemas".into(), Value::Array(schemas));
    out.insert("id".into(), json!(user.id));
    for (k, v) in user.doc {
        // Write-only attributes are never stored, and never returned even
        // if an older version of the database holds one.
        if schema::resolve(None, &k).is_some_and(|l| l.attr.returned == schema::Returned::Never) {
            continue;
        }
        out.insert(k, v);
    }
    if let Some(role) = user.default_role
        && !has_roles
    {
        out.insert("roles".into(), json!([{"value": role, "primary": true}]));
    }
    // (read-only: anything a client sent under `groups` was dropped on the
    // way in, so this is the only source)
    out.remove("groups");
    if !user.groups.is_empty() {
        let groups = user
            .groups
            .iter()
            .map(|g| {
                json!({
                    "value": g.id,
                    "$ref": format!("{base}/Groups/{}", g.id),
                    "display": g.display_name,
                    "type": "direct",
                })
            })
            .collect();
        out.insert("groups".into(), Value::Array(groups));
    }
    // (read-only like `groups`: never stored from a request)
    out.remove(schema::MEMBERSHIP_SCHEMA);
    if let Some(m) = user.membership {
        let mut ext = Doc::new();
        ext.insert("state".into(), json!(m.state));
        if let Some(at) = m.invited_at {
            ext.insert("invitedAt".into(), json!(crate::time::to_rfc3339(at)));
        }
        if let Some(at) = m.joined_at {
            ext.insert("joinedAt".into(), json!(crate::time::to_rfc3339(at)));
        }
        out.insert(schema::MEMBERSHIP_SCHEMA.into(), Value::Object(ext));
    }
    out.insert(
        "meta".into(),
        json!({
            "resourceType": "User",
            "created": crate::time::to_rfc3339(user.created),
            "lastModified": crate::time::to_rfc3339(user.last_modified),
            "location": format!("{base}/Users/{}", user.id),
            "version": etag(user.version),
        }),
    );
    Value::Object(out)
}

/// Render a stored group as the SCIM resource clients see (RFC 7643 §4.2).
/// `members` appear when they were read (and the group has any); each is
/// the user's id, its `$ref` and `type`, and — when `display`, because a
/// request named `members.display` — its userName as `display`. (That
/// sub-attribute is returned on request only: a client that wrote a
/// member and reads it back gets what it wrote, which is what conformance
/// suites compare.)
pub fn render_group(group: RenderedGroup<'_>, base: &str, display: bool) -> Value {
    let mut out = Doc::new();
    out.insert("schemas".into(), json!([schema::GROUP_SCHEMA]));
    out.insert("id".into(), json!(group.id));
    if let Some(x) = group.external_id {
        out.insert("externalId".into(), json!(x));
    }
    out.insert("displayName".into(), json!(group.display_name));
    if let Some(members) = group.members.filter(|m| !m.is_empty()) {
        let members = members
            .iter()
            .map(|m| {
                let mut member = json!({
                    "value": m.id,
                    "$ref": format!("{base}/Users/{}", m.id),
                    "type": "User",
                });
                if display {
                    member["display"] = json!(m.user_name);
                }
                member
            })
            .collect();
        out.insert("members".into(), Value::Array(members));
    }
    out.insert(
        "meta".into(),
        json!({
            "resourceType": "Group",
            "created": crate::time::to_rfc3339(group.created),
            "lastModified": crate::time::to_rfc3339(group.last_modified),
            "location": format!("{base}/Groups/{}", group.id),
            "version": etag(group.version),
        }),
    );
    Value::Object(out)
}

/// Apply `attributes` / `excludedAttributes` (RFC 7644 §3.9) to a rendered
/// resource. `id` and `schemas` are always returned.
pub fn project(resource: &mut Value, attributes: &[String], excluded: &[String]) {
    project_with(resource, attributes, excluded, schema::resolve)
}

/// The same for a Group resource.
pub fn project_group(resource: &mut Value, attributes: &[String], excluded: &[String]) {
    project_with(resource, attributes, excluded, schema::resolve_group)
}

type Resolve = fn(Option<&str>, &str) -> Option<schema::Located>;

fn project_with(
    resource: &mut Value,
    attributes: &[String],
    excluded: &[String],
    resolve: Resolve,
) {
    let Value::Object(obj) = resource else {
        return;
    };
    if !attributes.is_empty() {
        let mut kept = Doc::new();
        for key in ["schemas", "id"] {
            if let Some(v) = obj.remove(key) {
                kept.insert(key.into(), v);
            }
        }
        for path in once_each(attributes) {
            copy_path(obj, &mut kept, path, resolve);
        }
        *obj = kept;
        return;
    }
    for path in once_each(excluded) {
        let (uri, name, sub) = schema::split_path(path);
        let Some(located) = resolve(uri, name) else {
            continue;
        };
        if located.attr.returned == schema::Returned::Always {
            continue;
        }
        let scope = match located.container {
            Some(c) => obj.get_mut(c).and_then(Value::as_object_mut),
            None => Some(&mut *obj),
        };
        let Some(scope) = scope else { continue };
        match sub {
            None => {
                scope.remove(located.attr.name);
            }
            Some(sub) => match scope.get_mut(located.attr.name) {
                Some(Value::Object(m)) => remove_ci(m, sub),
                Some(Value::Array(items)) => items
                    .iter_mut()
                    .filter_map(Value::as_object_mut)
                    .for_each(|m| remove_ci(m, sub)),
                _ => {}
            },
        }
    }
}

/// The names of a projection, trimmed, each once (names are
/// case-insensitive): a repeated name changes nothing but would copy or scan
/// the resource again.
fn once_each(paths: &[String]) -> impl Iterator<Item = &str> {
    let mut seen = HashSet::with_capacity(paths.len());
    paths
        .iter()
        .map(|p| p.trim())
        .filter(move |p| seen.insert(p.to_ascii_lowercase()))
}

fn remove_ci(m: &mut Doc, key: &str) {
    m.retain(|k, _| !k.eq_ignore_ascii_case(key));
}

fn copy_path(from: &Doc, to: &mut Doc, path: &str, resolve: Resolve) {
    let (uri, name, sub) = schema::split_path(path);
    let Some(located) = resolve(uri, name) else {
        return;
    };
    let value = match located.container {
        Some(c) => from.get(c).and_then(|ext| get_ci(ext, located.attr.name)),
        None => from.get(located.attr.name),
    };
    let Some(value) = value else { return };
    let picked = match sub {
        None => value.clone(),
        Some(sub) => match value {
            Value::Object(m) => {
                let mut one = Doc::new();
                if let Some((k, v)) = m.iter().find(|(k, _)| k.eq_ignore_ascii_case(sub)) {
                    one.insert(k.clone(), v.clone());
                }
                merge_into(to.get(located.attr.name), Value::Object(one))
            }
            Value::Array(items) => {
                // Several sub-attributes of one multi-valued attribute
                // (`emails.value,emails.type`) add up, value by value: the
                // copy made for the first is the same length as the source.
                let earlier = match located.container {
                    Some(c) => to.get(c).and_then(|ext| ext.get(located.attr.name)),
                    None => to.get(located.attr.name),
                }
                .and_then(Value::as_array)
                .filter(|a| a.len() == items.len());
                Value::Array(
                    items
                        .iter()
                        .enumerate()
                        .map(|(i, item)| {
                            let mut one = Doc::new();
                            if let Some((k, v)) = item
                                .as_object()
                                .and_then(|m| m.iter().find(|(k, _)| k.eq_ignore_ascii_case(sub)))
                            {
                                one.insert(k.clone(), v.clone());
                            }
                            merge_into(earlier.map(|a| &a[i]), Value::Object(one))
                        })
                        .collect(),
                )
            }
            other => other.clone(),
        },
    };
    match located.container {
        Some(c) => {
            let ext = to
                .entry(c.to_string())
                .or_insert_with(|| Value::Object(Doc::new()));
            if let Value::Object(m) = ext {
                m.insert(located.attr.name.to_string(), picked);
            }
        }
        None => {
            to.insert(located.attr.name.to_string(), picked);
        }
    }
}

/// Merge two objects (used when several sub-attributes of one complex
/// attribute are requested).
fn merge_into(existing: Option<&Value>, new: Value) -> Value {
    match (existing, new) {
        (Some(Value::Object(a)), Value::Object(b)) => {
            let mut m = a.clone();
            m.extend(b);
            Value::Object(m)
        }
        (_, new) => new,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ScimType;

    #[test]
    fn normalises_names_types_and_drops_the_unknown() {
        let doc = normalize_user(&json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
            "id": "client-chosen",
            "USERNAME": "a@b.c",
            "Active": "False",
            "name": {"GIVENNAME": "Ann", "bogus": 1},
            "emails": {"value": "a@b.c", "type": "work"},
            "password": "hunter2",
            "favouriteColour": "blue",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
                "EmployeeNumber": "7", "manager": {"value": "m1", "displayName": "ro"}
            }
        }))
        .unwrap();
        assert_eq!(
            Value::Object(doc),
            json!({
                "userName": "a@b.c",
                "active": false,
                "name": {"givenName": "Ann"},
                "emails": [{"value": "a@b.c", "type": "work"}],
                ENTERPRISE_SCHEMA: {"employeeNumber": "7", "manager": {"value": "m1"}}
            })
        );
    }

    #[test]
    fn a_bare_manager_id_is_its_value() {
        // Entra ID's documented POST body
        let doc = normalize_user(&json!({
            "userName": "a@b.c",
            ENTERPRISE_SCHEMA: {"manager": "123456"}
        }))
        .unwrap();
        assert_eq!(
            doc[ENTERPRISE_SCHEMA]["manager"],
            json!({"value": "123456"})
        );
        // a string for a complex attribute without a `value` stays an error
        assert!(normalize_user(&json!({"userName": "a@b.c", "name": "Ann"})).is_err());
    }

    #[test]
    fn wrong_types_are_invalid_value() {
        for bad in [
            json!({"userName": 5}),
            json!({"active": "yes"}),
            json!({"name": "Ann"}),
            json!({"emails": ["a@b.c"]}),
        ] {
            let err = normalize_user(&bad).unwrap_err();
            assert_eq!(err.scim_type(), Some(ScimType::InvalidValue), "{bad}");
        }
        assert_eq!(
            normalize_user(&json!([1])).unwrap_err().scim_type(),
            Some(ScimType::InvalidSyntax)
        );
    }

    fn rendered() -> Value {
        let doc = normalize_user(&json!({
            "userName": "a@b.c", "name": {"givenName": "Ann", "familyName": "Lee"},
            "emails": [{"value": "a@b.c", "type": "work"}],
            ENTERPRISE_SCHEMA: {"department": "R&D"}
        }))
        .unwrap();
        render(
            Rendered {
                id: "u1",
                doc,
                created: 0,
                last_modified: 1000,
                version: 3,
                default_role: Some("developer"),
                groups: &[],
                membership: None,
            },
            "http://h/scim/v2",
        )
    }

    #[test]
    fn renders_meta_and_schemas() {
        let r = rendered();
        assert_eq!(r["meta"]["location"], "http://h/scim/v2/Users/u1");
        assert_eq!(r["meta"]["version"], "W/\"3\"");
        assert_eq!(r["meta"]["lastModified"], "1970-01-01T00:00:01.000Z");
        assert_eq!(r["schemas"][1], ENTERPRISE_SCHEMA);
        assert_eq!(r["roles"], json!([{"value": "developer", "primary": true}]));
    }

    #[test]
    fn projection_keeps_and_drops_what_was_asked() {
        let mut r = rendered();
        project(
            &mut r,
            &[
                "name.givenName".into(),
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department".into(),
            ],
            &[],
        );
        assert_eq!(
            r,
            json!({"schemas": [schema::USER_SCHEMA, ENTERPRISE_SCHEMA], "id": "u1",
                   "name": {"givenName": "Ann"}, ENTERPRISE_SCHEMA: {"department": "R&D"}})
        );
        let mut r = rendered();
        project(
            &mut r,
            &[],
            &["emails".into(), "id".into(), "name.familyName".into()],
        );
        assert!(r.get("emails").is_none());
        assert_eq!(r["id"], "u1");
        assert_eq!(r["name"], json!({"givenName": "Ann"}));
        // two sub-attributes of a multi-valued attribute: both, value by
        // value (the second used to replace the first)
        let mut r = rendered();
        project(&mut r, &["emails.value".into(), "emails.type".into()], &[]);
        assert_eq!(r["emails"], json!([{"value": "a@b.c", "type": "work"}]));
    }
}
