//! Group resources on the wire (RFC 7643 §4.2): what a POST or PUT body
//! says, and what a PATCH asks for, as changes the core applies — never a
//! rewrite of the whole member list, so that adding one member to a group
//! of ten thousand costs one row.
//!
//! Accepted as identity providers send them: Okta's Push Groups (`add` /
//! `remove` with `members[value eq "id"]` paths, a path-less `replace`
//! whose value carries `id` and `displayName`) and Entra ID's (`Add` /
//! `Remove` with a `value` list, `Replace` of `displayName`), `op` in any
//! case. Members are users: a member of `type` Group is refused.

use scim_v2::filter::{AttrExp, CompValue, CompareOp, PatchPath, ValFilter};
use serde_json::Value;

use super::patch::{PatchOp, PatchOperation};
use super::stored::get_ci;
use crate::error::{Error, Result, ScimType};

/// Most member ids one request may name (a POST, a PUT, or all operations
/// of a PATCH together). A 1 MiB body holds about twenty thousand; larger
/// groups are built in several requests.
pub const MAX_MEMBERS_PER_REQUEST: usize = 10_000;

/// What a POST or PUT body says of a group.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GroupBody {
    pub display_name: Option<String>,
    pub external_id: Option<String>,
    pub members: Vec<String>,
}

/// One change a PATCH asks for, in request order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupChange {
    DisplayName(String),
    ExternalId(Option<String>),
    AddMembers(Vec<String>),
    RemoveMembers(Vec<String>),
    ReplaceMembers(Vec<String>),
}

fn invalid_value(message: impl Into<String>) -> Error {
    Error::invalid(message).with_scim_type(ScimType::InvalidValue)
}

fn invalid_path(message: impl Into<String>) -> Error {
    Error::invalid(message).with_scim_type(ScimType::InvalidPath)
}

fn too_many(count: usize) -> Error {
    Error::invalid(format!(
        "the request names {count} members; the limit is {MAX_MEMBERS_PER_REQUEST} per request"
    ))
    .with_scim_type(ScimType::TooMany)
    .with_hint("add large groups' members in several requests")
}

/// A group from a POST or PUT body. Read-only and unknown attributes
/// (`id`, `meta`, `schemas`, anything else) are ignored, as for users.
pub fn parse_body(body: &Value) -> Result<GroupBody> {
    let obj = super::stored::body_object(body, "Group")?;
    let mut out = GroupBody::default();
    for (key, value) in obj {
        // `urn:…:Group:displayName` is the same attribute
        let name = key
            .rsplit_once(':')
            .filter(|(uri, _)| uri.eq_ignore_ascii_case(super::schema::GROUP_SCHEMA))
            .map_or(key.as_str(), |(_, name)| name);
        if name.eq_ignore_ascii_case("displayName") {
            out.display_name = text("displayName", value)?;
        } else if name.eq_ignore_ascii_case("externalId") {
            out.external_id = text("externalId", value)?;
        } else if name.eq_ignore_ascii_case("members") {
            out.members = member_ids(value)?;
        }
    }
    if out.members.len() > MAX_MEMBERS_PER_REQUEST {
        return Err(too_many(out.members.len()));
    }
    Ok(out)
}

/// A string attribute, or null for none.
fn text(name: &str, value: &Value) -> Result<Option<String>> {
    match value {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(s.clone())),
        other => Err(invalid_value(format!(
            "{name} must be a string, not {}",
            kind(other)
        ))),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The user ids of a `members` value: an array of members (or one member),
/// each `{"value": id}` with optional `type` (User), `$ref` and `display`;
/// a bare id string is taken as its value.
fn member_ids(value: &Value) -> Result<Vec<String>> {
    let items: &[Value] = match value {
        Value::Null => &[],
        Value::Array(items) => items,
        one => std::slice::from_ref(one),
    };
    items.iter().map(member_id).collect()
}

fn member_id(item: &Value) -> Result<String> {
    let id = match item {
        Value::String(s) => s.as_str(),
        Value::Object(_) => {
            if let Some(t) = get_ci(item, "type").and_then(Value::as_str)
                && !t.eq_ignore_ascii_case("User")
            {
                return Err(invalid_value(format!(
                    "a member of type {t:?}: members of a group here are users (no nested groups)"
                )));
            }
            get_ci(item, "value")
                .and_then(Value::as_str)
                .ok_or_else(|| invalid_value("a member needs a value: the user's id"))?
        }
        other => {
            return Err(invalid_value(format!(
                "a member must be an object with a value, not {}",
                kind(other)
            )));
        }
    };
    let id = id.trim();
    if id.is_empty() {
        return Err(invalid_value("a member's value (the user's id) is empty"));
    }
    Ok(id.to_string())
}

/// The changes a PATCH asks for, or the reason it is refused (nothing is
/// applied then).
pub fn patch_changes(operations: &[PatchOperation]) -> Result<Vec<GroupChange>> {
    let mut out = Vec::with_capacity(operations.len());
    for operation in operations {
        changes_of(operation, &mut out)?;
    }
    let named: usize = out
        .iter()
        .map(|c| match c {
            GroupChange::AddMembers(m)
            | GroupChange::RemoveMembers(m)
            | GroupChange::ReplaceMembers(m) => m.len(),
            _ => 0,
        })
        .sum();
    if named > MAX_MEMBERS_PER_REQUEST {
        return Err(too_many(named));
    }
    Ok(out)
}

fn needs_value(op: PatchOp, what: &str) -> Error {
    Error::invalid(format!("{op:?} of {what} needs a value"))
        .with_scim_type(ScimType::InvalidSyntax)
}

fn changes_of(operation: &PatchOperation, out: &mut Vec<GroupChange>) -> Result<()> {
    let op = operation.op;
    let value = operation.value.as_ref();
    let Some(path) = operation
        .path
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
    else {
        // Path-less: the value's attributes, each as if it were the path.
        // (Okta's rename sends the group's `id` beside the new name.)
        let Some(Value::Object(attrs)) = value else {
            return Err(
                Error::invalid(format!("{op:?} without a path needs an object value"))
                    .with_scim_type(ScimType::InvalidSyntax),
            );
        };
        if op == PatchOp::Remove {
            return Err(invalid_path("remove needs a path"));
        }
        for (key, v) in attrs {
            attribute_change(op, key, Some(v), out)?;
        }
        return Ok(());
    };
    let parsed: PatchPath = path
        .parse()
        .map_err(|e| invalid_path(format!("cannot parse path {path:?}: {e}")))?;
    match parsed {
        PatchPath::Attr(ap) if ap.sub_attr.is_none() => {
            let name = match &ap.uri {
                Some(uri) if !uri.eq_ignore_ascii_case(super::schema::GROUP_SCHEMA) => {
                    return Err(invalid_path(format!("unknown attribute in path {path:?}")));
                }
                _ => ap.name.as_str(),
            };
            attribute_change(op, name, value, out)
        }
        PatchPath::Attr(_) => Err(invalid_path(format!(
            "{path:?}: only displayName, externalId and members can be changed"
        ))
        .with_scim_type(ScimType::Mutability)),
        PatchPath::Value(vp) => {
            if !vp.attr.name.eq_ignore_ascii_case("members") || vp.attr.uri.is_some() {
                return Err(invalid_path(format!("unknown attribute in path {path:?}")));
            }
            if vp.sub_attr.is_some() {
                // members' value, $ref and type are immutable; display is
                // the user's userName
                return Err(Error::invalid(format!(
                    "{path:?}: a member's attributes cannot be changed; remove and add the member"
                ))
                .with_scim_type(ScimType::Mutability));
            }
            if op != PatchOp::Remove {
                return Err(invalid_path(format!(
                    "{op:?} with a filtered members path: add members with path \"members\""
                )));
            }
            let mut ids = Vec::new();
            value_ids(&vp.filter, &mut ids).ok_or_else(|| {
                Error::invalid(format!(
                    "{path:?}: members can be selected by value eq \"id\" (joined by or) only"
                ))
                .with_scim_type(ScimType::InvalidFilter)
            })?;
            out.push(GroupChange::RemoveMembers(ids));
            Ok(())
        }
    }
}

/// The ids of `value eq "a" or value eq "b" …`.
fn value_ids(filter: &ValFilter, ids: &mut Vec<String>) -> Option<()> {
    match filter {
        ValFilter::Attr(AttrExp::Comparison(p, CompareOp::Eq, CompValue::Str(id)))
            if p.name.eq_ignore_ascii_case("value") && p.sub_attr.is_none() =>
        {
            ids.push(id.clone());
            Some(())
        }
        ValFilter::Or(ops) => ops.iter().try_for_each(|f| value_ids(f, ids)),
        _ => None,
    }
}

fn attribute_change(
    op: PatchOp,
    name: &str,
    value: Option<&Value>,
    out: &mut Vec<GroupChange>,
) -> Result<()> {
    if name.eq_ignore_ascii_case("displayName") {
        match (op, value) {
            (PatchOp::Remove, _) => Err(invalid_value(
                "displayName is required; it cannot be removed",
            )),
            (_, Some(v)) => match text("displayName", v)? {
                Some(name) => {
                    out.push(GroupChange::DisplayName(name));
                    Ok(())
                }
                None => Err(invalid_value("displayName is required; it cannot be null")),
            },
            (_, None) => Err(needs_value(op, "displayName")),
        }
    } else if name.eq_ignore_ascii_case("externalId") {
        match (op, value) {
            (PatchOp::Remove, _) => {
                out.push(GroupChange::ExternalId(None));
                Ok(())
            }
            (_, Some(v)) => {
                out.push(GroupChange::ExternalId(text("externalId", v)?));
                Ok(())
            }
            (_, None) => Err(needs_value(op, "externalId")),
        }
    } else if name.eq_ignore_ascii_case("members") {
        let change = match (op, value) {
            (PatchOp::Add, Some(v)) => GroupChange::AddMembers(member_ids(v)?),
            (PatchOp::Replace, Some(v)) => GroupChange::ReplaceMembers(member_ids(v)?),
            (PatchOp::Replace, None) => GroupChange::ReplaceMembers(Vec::new()),
            // Entra ID: remove these; no value: remove every member
            (PatchOp::Remove, Some(v)) if !v.is_null() => {
                GroupChange::RemoveMembers(member_ids(v)?)
            }
            (PatchOp::Remove, _) => GroupChange::ReplaceMembers(Vec::new()),
            (PatchOp::Add, None) => return Err(needs_value(op, "members")),
        };
        out.push(change);
        Ok(())
    } else if ["id", "schemas", "meta"]
        .iter()
        .any(|k| name.eq_ignore_ascii_case(k))
    {
        // Okta's path-less rename repeats the group's id; it cannot change
        Ok(())
    } else {
        Err(invalid_path(format!(
            "a group has no attribute {name:?} that can be changed (displayName, externalId, members)"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ops(v: Value) -> Vec<PatchOperation> {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn okta_push_groups_operations() {
        // Okta: add members, remove by value filter, rename with id
        let changes = patch_changes(&ops(json!([
            {"op": "add", "path": "members", "value": [{"value": "u1", "display": "a@x"}, {"value": "u2"}]},
            {"op": "remove", "path": "members[value eq \"u1\"]"},
            {"op": "replace", "value": {"id": "g1", "displayName": "Ops"}},
        ])))
        .unwrap();
        assert_eq!(
            changes,
            [
                GroupChange::AddMembers(vec!["u1".into(), "u2".into()]),
                GroupChange::RemoveMembers(vec!["u1".into()]),
                GroupChange::DisplayName("Ops".into()),
            ]
        );
    }

    #[test]
    fn entra_operations() {
        let changes = patch_changes(&ops(json!([
            {"op": "Add", "path": "members", "value": [{"value": "u1"}]},
            {"op": "Remove", "path": "members", "value": [{"value": "u1"}, {"value": "u2"}]},
            {"op": "Replace", "path": "displayName", "value": "New"},
            {"op": "Remove", "path": "members"},
            {"op": "remove", "path": "members[value eq \"a\" or value eq \"b\"]"},
        ])))
        .unwrap();
        assert_eq!(
            changes,
            [
                GroupChange::AddMembers(vec!["u1".into()]),
                GroupChange::RemoveMembers(vec!["u1".into(), "u2".into()]),
                GroupChange::DisplayName("New".into()),
                GroupChange::ReplaceMembers(vec![]),
                GroupChange::RemoveMembers(vec!["a".into(), "b".into()]),
            ]
        );
    }

    #[test]
    fn refusals_name_their_reason() {
        for (bad, scim_type) in [
            (
                json!([{"op": "remove", "path": "displayName"}]),
                ScimType::InvalidValue,
            ),
            (
                json!([{"op": "add", "path": "members[value eq \"a\"]", "value": {}}]),
                ScimType::InvalidPath,
            ),
            (
                json!([{"op": "remove", "path": "members[display eq \"a\"]"}]),
                ScimType::InvalidFilter,
            ),
            (
                json!([{"op": "replace", "path": "members[value eq \"a\"].display", "value": "x"}]),
                ScimType::Mutability,
            ),
            (
                json!([{"op": "add", "path": "members", "value": [{"value": "g", "type": "Group"}]}]),
                ScimType::InvalidValue,
            ),
            (
                json!([{"op": "add", "path": "members", "value": [{"display": "x"}]}]),
                ScimType::InvalidValue,
            ),
            (
                json!([{"op": "add", "path": "owner", "value": "x"}]),
                ScimType::InvalidPath,
            ),
            (
                json!([{"op": "remove", "value": {"displayName": "x"}}]),
                ScimType::InvalidPath,
            ),
        ] {
            let err = patch_changes(&ops(bad.clone())).unwrap_err();
            assert_eq!(err.scim_type(), Some(scim_type), "{bad}");
        }
        let many: Vec<Value> = (0..=MAX_MEMBERS_PER_REQUEST)
            .map(|i| json!({"value": i.to_string()}))
            .collect();
        let err = patch_changes(&ops(
            json!([{"op": "add", "path": "members", "value": many}]),
        ))
        .unwrap_err();
        assert_eq!(err.scim_type(), Some(ScimType::TooMany));
    }

    #[test]
    fn bodies_take_members_by_value() {
        let body = parse_body(&json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
            "id": "ignored",
            "DisplayName": "Eng",
            "externalId": "x-1",
            "members": [{"value": "u1", "$ref": "http://h/Users/u1", "type": "User"}, "u2"],
        }))
        .unwrap();
        assert_eq!(
            body,
            GroupBody {
                display_name: Some("Eng".into()),
                external_id: Some("x-1".into()),
                members: vec!["u1".into(), "u2".into()],
            }
        );
        assert!(parse_body(&json!({"displayName": 5})).is_err());
    }
}
