//! SCIM PATCH (RFC 7644 §3.5.2) on a canonical User document.
//!
//! Operations apply to a copy; the caller stores the result only when every
//! operation succeeded, so a PATCH is all-or-nothing. The quirks of real
//! identity providers are accepted: `op` in any case (Entra sends
//! `"Replace"`), booleans as `"True"`/`"False"`, dotted and URN-qualified
//! keys in path-less values, and value-filter paths such as
//! `emails[type eq "work"].value`.
//!
//! Decisions where the RFC leaves room (documented in docs/scim.md):
//! `add`/`replace` on a value-filter path that matches nothing creates the
//! element from the filter's equality terms (what Entra ID expects);
//! `remove` of something absent succeeds and changes nothing.

use scim_v2::filter::{AttrExp, CompValue, CompareOp, PatchPath, ValFilter};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use std::collections::HashSet;

use super::filter::val_matches;
use super::schema::{self, Attr, ENTERPRISE_ATTRS, ENTERPRISE_SCHEMA, Mutability, Type};
use super::stored::{Doc, Same, coerce, coerce_single, one_primary};
use crate::error::{Error, Result, ScimType};

/// The body of a PATCH request.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PatchRequest {
    #[serde(default)]
    pub schemas: Vec<String>,
    #[serde(rename = "Operations", alias = "operations")]
    pub operations: Vec<PatchOperation>,
}

/// One operation of a PATCH request.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PatchOperation {
    #[serde(alias = "Op", alias = "OP")]
    pub op: PatchOp,
    #[serde(default, alias = "Path", skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(default, alias = "Value", skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
}

impl PatchOperation {
    pub fn replace(path: Option<&str>, value: Value) -> Self {
        PatchOperation {
            op: PatchOp::Replace,
            path: path.map(str::to_string),
            value: Some(value),
        }
    }
}

/// The `op` of a PATCH operation. Sent lower-case, read in any case: Entra
/// ID sends `"Replace"` and `"Add"`. Anything else fails to decode, which the
/// server answers with 400 `invalidSyntax`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PatchOp {
    Add,
    Replace,
    Remove,
}

impl<'de> Deserialize<'de> for PatchOp {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(d)?;
        match text.to_ascii_lowercase().as_str() {
            "add" => Ok(PatchOp::Add),
            "replace" => Ok(PatchOp::Replace),
            "remove" => Ok(PatchOp::Remove),
            _ => Err(serde::de::Error::custom(format!(
                "unknown PATCH op {text:?}; expected add, replace or remove"
            ))),
        }
    }
}

fn no_target(message: impl Into<String>) -> Error {
    Error::invalid(message).with_scim_type(ScimType::NoTarget)
}

fn invalid_path(message: impl Into<String>) -> Error {
    Error::invalid(message).with_scim_type(ScimType::InvalidPath)
}

fn read_only(name: &str) -> Error {
    Error::invalid(format!("{name} is read-only")).with_scim_type(ScimType::Mutability)
}

/// Apply every operation to `doc`, or fail with nothing applied.
pub fn apply(doc: &Doc, operations: &[PatchOperation]) -> Result<Doc> {
    apply_checked(doc, operations, |_| Ok(()))
}

/// The request-wide caps of [`super::limits`] on these operations: how many,
/// and how many values each sends.
pub fn check_caps(operations: &[PatchOperation]) -> Result<()> {
    super::caps::check_patch(
        operations
            .iter()
            .map(|o| (o.path.as_deref(), o.value.as_ref())),
    )
}

/// [`apply`] within the server's caps ([`super::limits`]): the request is
/// checked before any operation runs, and no operation may grow a
/// multi-valued attribute beyond [`super::caps::MAX_VALUES`].
pub fn apply_capped(doc: &Doc, operations: &[PatchOperation]) -> Result<Doc> {
    check_caps(operations)?;
    apply_checked(doc, operations, |work| super::caps::check_growth(doc, work))
}

fn apply_checked(
    doc: &Doc,
    operations: &[PatchOperation],
    after_each: impl Fn(&Doc) -> Result<()>,
) -> Result<Doc> {
    if operations.is_empty() {
        return Err(Error::invalid("a PATCH needs at least one operation")
            .with_scim_type(ScimType::InvalidSyntax));
    }
    let mut work = doc.clone();
    for operation in operations {
        apply_one(&mut work, operation)?;
        after_each(&work)?;
    }
    prune(&mut work);
    one_primary(&mut work);
    Ok(work)
}

fn apply_one(doc: &mut Doc, operation: &PatchOperation) -> Result<()> {
    let op = operation.op;
    let path = operation
        .path
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty());
    match path {
        None => {
            if op == PatchOp::Remove {
                return Err(no_target("remove needs a path"));
            }
            let Some(Value::Object(values)) = &operation.value else {
                return Err(
                    Error::invalid("a PATCH without a path needs an object value")
                        .with_scim_type(ScimType::InvalidSyntax),
                );
            };
            apply_pathless(doc, op, values)
        }
        Some(path) => apply_path(doc, op, path, operation.value.as_ref()),
    }
}

/// `{"op": "replace", "value": {"active": false, "name.givenName": "Ann"}}`
fn apply_pathless(doc: &mut Doc, op: PatchOp, values: &Map<String, Value>) -> Result<()> {
    for (key, value) in values {
        if schema::is_enterprise_key(key) {
            let Value::Object(ext) = value else {
                return Err(
                    Error::invalid(format!("{ENTERPRISE_SCHEMA} must be an object"))
                        .with_scim_type(ScimType::InvalidValue),
                );
            };
            for (k, v) in ext {
                let (_, name, sub) = schema::split_path(k);
                if let Some(attr) = ENTERPRISE_ATTRS
                    .iter()
                    .find(|a| a.name.eq_ignore_ascii_case(name))
                {
                    set_attr(doc, Some(ENTERPRISE_SCHEMA), attr, sub, op, v)?;
                }
            }
            continue;
        }
        let (uri, name, sub) = schema::split_path(key);
        // Keys that are not User attributes (`schemas`, `id`, typos) are
        // ignored here, as in a POST body.
        let Some(located) = schema::resolve(uri, name) else {
            continue;
        };
        if !located.attr.writable() {
            continue;
        }
        set_attr(doc, located.container, located.attr, sub, op, value)?;
    }
    Ok(())
}

fn apply_path(doc: &mut Doc, op: PatchOp, path: &str, value: Option<&Value>) -> Result<()> {
    // The whole enterprise extension as the target.
    if schema::is_enterprise_key(path) {
        if op == PatchOp::Remove {
            doc.remove(ENTERPRISE_SCHEMA);
            return Ok(());
        }
        let mut values = Map::new();
        values.insert(
            ENTERPRISE_SCHEMA.to_string(),
            value.cloned().unwrap_or(Value::Null),
        );
        return apply_pathless(doc, op, &values);
    }
    // The membership extension as the target: it is the service's, read
    // only as a whole (its members are refused one by one below).
    if schema::is_membership_uri(path) {
        return Err(read_only(schema::MEMBERSHIP_SCHEMA));
    }
    let parsed: PatchPath = path
        .parse()
        .map_err(|e| invalid_path(format!("cannot parse path {path:?}: {e}")))?;
    match parsed {
        PatchPath::Attr(ap) => {
            let located = schema::resolve(ap.uri.as_deref(), &ap.name)
                .ok_or_else(|| invalid_path(format!("unknown attribute in path {path:?}")))?;
            match located.attr.mutability {
                Mutability::ReadOnly => return Err(read_only(located.attr.name)),
                // Write-only attributes (password) are accepted and never
                // stored: this service signs nobody in.
                Mutability::WriteOnly => return Ok(()),
                _ => {}
            }
            let sub = ap.sub_attr.as_deref();
            match op {
                PatchOp::Remove => remove_attr(doc, located.container, located.attr, sub, value),
                _ => {
                    let value = value.ok_or_else(|| {
                        Error::invalid(format!("{path}: {op:?} needs a value"))
                            .with_scim_type(ScimType::InvalidSyntax)
                    })?;
                    set_attr(doc, located.container, located.attr, sub, op, value)
                }
            }
        }
        PatchPath::Value(pvp) => {
            let located = schema::resolve(pvp.attr.uri.as_deref(), &pvp.attr.name)
                .ok_or_else(|| invalid_path(format!("unknown attribute in path {path:?}")))?;
            let attr = located.attr;
            if !(attr.multi && attr.ty == Type::Complex) {
                return Err(invalid_path(format!(
                    "{} is not a multi-valued complex attribute",
                    attr.name
                )));
            }
            let sub = match pvp.sub_attr.as_deref() {
                Some(s) => Some(attr.sub_attr(s).ok_or_else(|| {
                    invalid_path(format!("{} has no sub-attribute {s}", attr.name))
                })?),
                None => None,
            };
            let scope = container_mut(doc, located.container);
            let items = match scope.get_mut(attr.name) {
                Some(Value::Array(items)) => items,
                _ => {
                    scope.insert(attr.name.to_string(), Value::Array(Vec::new()));
                    match scope.get_mut(attr.name) {
                        Some(Value::Array(items)) => items,
                        _ => unreachable!("just inserted an array"),
                    }
                }
            };
            let matched: Vec<usize> = (0..items.len())
                .filter(|&i| val_matches(&pvp.filter, &items[i], attr))
                .collect();
            match op {
                PatchOp::Remove => {
                    match sub {
                        None => {
                            // `matched` is in ascending order: walk it
                            // beside the items instead of searching it.
                            let mut next = matched.iter().peekable();
                            let mut i = 0;
                            items.retain(|_| {
                                let gone = next.next_if_eq(&&i).is_some();
                                i += 1;
                                !gone
                            });
                        }
                        Some(s) => {
                            for &i in &matched {
                                if let Value::Object(m) = &mut items[i] {
                                    m.remove(s.name);
                                }
                            }
                        }
                    }
                    Ok(())
                }
                PatchOp::Add | PatchOp::Replace => {
                    let value = value.ok_or_else(|| {
                        Error::invalid(format!("{path}: needs a value"))
                            .with_scim_type(ScimType::InvalidSyntax)
                    })?;
                    let new_part = match sub {
                        Some(s) => {
                            if s.mutability == Mutability::ReadOnly {
                                return Err(read_only(s.name));
                            }
                            let mut m = Doc::new();
                            if let Some(v) = coerce_single(s, value)? {
                                m.insert(s.name.to_string(), v);
                            }
                            m
                        }
                        None => match coerce_single(attr, value)? {
                            Some(Value::Object(m)) => m,
                            _ => Doc::new(),
                        },
                    };
                    if matched.is_empty() {
                        // Create the element the filter describes.
                        let mut element = equality_terms(&pvp.filter, attr).ok_or_else(|| {
                            no_target(format!("no value of {} matches {path:?}", attr.name))
                        })?;
                        element.extend(new_part);
                        let element = coerce_single(attr, &Value::Object(element))?;
                        items.extend(element);
                    } else {
                        for &i in &matched {
                            if let Value::Object(m) = &mut items[i] {
                                if op == PatchOp::Replace && sub.is_none() {
                                    m.clear();
                                }
                                // Setting a sub-attribute to null unassigns it.
                                if let Some(s) = sub
                                    && new_part.is_empty()
                                {
                                    m.remove(s.name);
                                }
                                m.extend(new_part.clone());
                            }
                        }
                    }
                    Ok(())
                }
            }
        }
    }
}

/// The sub-attribute values an equality filter pins down:
/// `type eq "work" and primary eq true` gives `{type: work, primary: true}`.
fn equality_terms(filter: &ValFilter, parent: &Attr) -> Option<Doc> {
    let mut out = Doc::new();
    fn walk(f: &ValFilter, parent: &Attr, out: &mut Doc) -> Option<()> {
        match f {
            ValFilter::Attr(AttrExp::Comparison(p, CompareOp::Eq, v)) if p.sub_attr.is_none() => {
                let sub = parent.sub_attr(&p.name)?;
                let value = match v {
                    CompValue::Str(s) => Value::String(s.clone()),
                    CompValue::True => Value::Bool(true),
                    CompValue::False => Value::Bool(false),
                    CompValue::Number(n) => Value::Number(n.clone()),
                    CompValue::Null => return None,
                };
                out.insert(sub.name.to_string(), value);
                Some(())
            }
            ValFilter::And(ops) => ops.iter().try_for_each(|f| walk(f, parent, out)),
            _ => None,
        }
    }
    walk(filter, parent, &mut out)?;
    Some(out)
}

fn container_mut<'a>(doc: &'a mut Doc, container: Option<&str>) -> &'a mut Doc {
    match container {
        None => doc,
        Some(c) => {
            let entry = doc
                .entry(c.to_string())
                .or_insert_with(|| Value::Object(Doc::new()));
            if !entry.is_object() {
                *entry = Value::Object(Doc::new());
            }
            entry.as_object_mut().expect("made an object above")
        }
    }
}

/// add / replace of an attribute, or of one sub-attribute of it.
fn set_attr(
    doc: &mut Doc,
    container: Option<&str>,
    attr: &'static Attr,
    sub: Option<&str>,
    op: PatchOp,
    value: &Value,
) -> Result<()> {
    let scope = container_mut(doc, container);
    if let Some(sub) = sub {
        let s = attr
            .sub_attr(sub)
            .ok_or_else(|| invalid_path(format!("{} has no sub-attribute {sub}", attr.name)))?;
        if s.mutability == Mutability::ReadOnly {
            return Err(read_only(s.name));
        }
        let coerced = coerce_single(s, value)?;
        let set = |m: &mut Doc| match &coerced {
            Some(v) => {
                m.insert(s.name.to_string(), v.clone());
            }
            None => {
                m.remove(s.name);
            }
        };
        match scope.get_mut(attr.name) {
            Some(Value::Array(items)) => items
                .iter_mut()
                .filter_map(Value::as_object_mut)
                .for_each(set),
            Some(Value::Object(m)) => set(m),
            _ if attr.multi => {
                return Err(no_target(format!(
                    "{} has no values to set {sub} on",
                    attr.name
                )));
            }
            _ => {
                let mut m = Doc::new();
                set(&mut m);
                scope.insert(attr.name.to_string(), Value::Object(m));
            }
        }
        return Ok(());
    }
    let Some(coerced) = coerce(attr, value)? else {
        // Setting null, [] or {} unassigns the attribute (RFC 7644 §3.5.2.3).
        scope.remove(attr.name);
        return Ok(());
    };
    match (attr.multi, attr.ty, op, scope.get_mut(attr.name)) {
        (true, _, PatchOp::Add, Some(Value::Array(existing))) => {
            // `coerced` has no repeats; append what is not there yet, with
            // one hash lookup per value rather than a scan of `existing`.
            if let Value::Array(new) = coerced {
                let fresh: Vec<bool> = {
                    let present: HashSet<Same<'_>> = existing.iter().map(Same).collect();
                    new.iter().map(|v| !present.contains(&Same(v))).collect()
                };
                existing.extend(
                    new.into_iter()
                        .zip(fresh)
                        .filter_map(|(v, fresh)| fresh.then_some(v)),
                );
            }
        }
        (false, Type::Complex, _, Some(Value::Object(existing))) => {
            if let Value::Object(new) = coerced {
                existing.extend(new);
            }
        }
        _ => {
            scope.insert(attr.name.to_string(), coerced);
        }
    }
    Ok(())
}

fn remove_attr(
    doc: &mut Doc,
    container: Option<&str>,
    attr: &'static Attr,
    sub: Option<&str>,
    value: Option<&Value>,
) -> Result<()> {
    let scope = container_mut(doc, container);
    match sub {
        Some(sub) => {
            let s = attr
                .sub_attr(sub)
                .ok_or_else(|| invalid_path(format!("{} has no sub-attribute {sub}", attr.name)))?;
            match scope.get_mut(attr.name) {
                Some(Value::Array(items)) => {
                    for m in items.iter_mut().filter_map(Value::as_object_mut) {
                        m.remove(s.name);
                    }
                }
                Some(Value::Object(m)) => {
                    m.remove(s.name);
                }
                _ => {}
            }
        }
        None => match (value, scope.get_mut(attr.name)) {
            // Remove only the listed values of a multi-valued attribute
            // (the form Entra ID uses).
            (Some(v), Some(Value::Array(items))) if attr.multi && !v.is_null() => {
                let Some(Value::Array(gone)) = coerce(attr, v)? else {
                    return Ok(());
                };
                let gone = Gone::new(&gone);
                items.retain(|item| !gone.has(item));
            }
            _ => {
                scope.remove(attr.name);
            }
        },
    }
    Ok(())
}

/// The values a `remove` lists. Two elements of a multi-valued attribute
/// are the same value when their `value` sub-attributes agree, or, when
/// either has none, when they are equal as a whole. An element with a
/// `value` can therefore only equal a listed one with a `value`, and one
/// without only a listed one without: two sets, one lookup per element.
struct Gone<'a> {
    values: HashSet<Same<'a>>,
    wholes: HashSet<Same<'a>>,
}

impl<'a> Gone<'a> {
    fn new(listed: &'a [Value]) -> Self {
        let mut gone = Gone {
            values: HashSet::new(),
            wholes: HashSet::new(),
        };
        for g in listed {
            match g.get("value") {
                Some(v) => gone.values.insert(Same(v)),
                None => gone.wholes.insert(Same(g)),
            };
        }
        gone
    }

    fn has(&self, item: &Value) -> bool {
        match item.get("value") {
            Some(v) => self.values.contains(&Same(v)),
            None => self.wholes.contains(&Same(item)),
        }
    }
}

/// Drop empty objects and lists left behind by removals.
fn prune(doc: &mut Doc) {
    for v in doc.values_mut() {
        match v {
            Value::Object(m) => prune(m),
            Value::Array(items) => {
                for item in items.iter_mut() {
                    if let Value::Object(m) = item {
                        prune(m);
                    }
                }
                items.retain(|i| !matches!(i, Value::Object(m) if m.is_empty()));
            }
            _ => {}
        }
    }
    doc.retain(|_, v| match v {
        Value::Null => false,
        Value::Object(m) => !m.is_empty(),
        Value::Array(a) => !a.is_empty(),
        _ => true,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scim::resource::normalize_user;
    use serde_json::json;

    fn base() -> Doc {
        normalize_user(&json!({
            "userName": "ann@example.com",
            "active": true,
            "name": {"givenName": "Ann", "familyName": "Lee"},
            "emails": [{"value": "ann@example.com", "type": "work", "primary": true}],
            "roles": [{"value": "developer"}]
        }))
        .unwrap()
    }

    fn patch(ops: Value) -> Result<Value> {
        let ops: Vec<PatchOperation> = serde_json::from_value(ops).unwrap();
        apply(&base(), &ops).map(Value::Object)
    }

    #[test]
    fn op_is_read_in_any_case_and_written_lower_case() {
        for (text, op) in [
            ("add", PatchOp::Add),
            ("Replace", PatchOp::Replace),
            ("REMOVE", PatchOp::Remove),
        ] {
            let decoded: PatchOperation =
                serde_json::from_value(json!({"op": text, "path": "title"})).unwrap();
            assert_eq!(decoded.op, op);
        }
        let err = serde_json::from_value::<PatchOperation>(json!({"op": "move"})).unwrap_err();
        assert!(
            err.to_string().contains("unknown PATCH op \"move\""),
            "{err}"
        );
        assert_eq!(
            serde_json::to_value(PatchOperation::replace(Some("active"), json!(false))).unwrap(),
            json!({"op": "replace", "path": "active", "value": false})
        );
    }

    #[test]
    fn okta_deactivate_and_entra_boolean_strings() {
        let d = patch(json!([{"op": "replace", "value": {"active": false}}])).unwrap();
        assert_eq!(d["active"], false);
        let d = patch(json!([{"op": "Replace", "path": "active", "value": "False"}])).unwrap();
        assert_eq!(d["active"], false);
        let d = patch(json!([{"op": "REPLACE", "path": "ACTIVE", "value": "True"}])).unwrap();
        assert_eq!(d["active"], true);
    }

    #[test]
    fn dotted_keys_without_path_and_sub_attribute_paths() {
        let d = patch(
            json!([{"op": "replace", "value": {"name.givenName": "Anna", "displayName": "A"}}]),
        )
        .unwrap();
        assert_eq!(d["name"], json!({"givenName": "Anna", "familyName": "Lee"}));
        assert_eq!(d["displayName"], "A");
        let d = patch(json!([{"op": "add", "path": "name.familyName", "value": "Li"}])).unwrap();
        assert_eq!(d["name"]["familyName"], "Li");
        let d = patch(json!([{"op": "replace", "value": {
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department": "Ops"}}]))
        .unwrap();
        assert_eq!(d[ENTERPRISE_SCHEMA]["department"], "Ops");
        let d = patch(json!([{"op": "add", "path":
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager", "value": {"value": "m1"}}])).unwrap();
        assert_eq!(d[ENTERPRISE_SCHEMA]["manager"]["value"], "m1");
        // Entra ID's form: the manager's id as a bare string
        let d = patch(json!([{"op": "Replace", "path":
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager", "value": "123456"}])).unwrap();
        assert_eq!(d[ENTERPRISE_SCHEMA]["manager"], json!({"value": "123456"}));
    }

    #[test]
    fn value_filter_paths() {
        let d = patch(json!([{"op": "replace", "path": "emails[type eq \"work\"].value", "value": "new@example.com"}])).unwrap();
        assert_eq!(
            d["emails"],
            json!([{"value": "new@example.com", "type": "work", "primary": true}])
        );
        // Entra adds a typed value that does not exist yet
        let d = patch(json!([{"op": "add", "path": "phoneNumbers[type eq \"mobile\"].value", "value": "+1 555"}])).unwrap();
        assert_eq!(
            d["phoneNumbers"],
            json!([{"type": "mobile", "value": "+1 555"}])
        );
        let d = patch(json!([{"op": "remove", "path": "emails[type eq \"work\"]"}])).unwrap();
        assert!(d.get("emails").is_none());
        let err = patch(
            json!([{"op": "replace", "path": "emails[type co \"zzz\"].value", "value": "x"}]),
        )
        .unwrap_err();
        assert_eq!(err.scim_type(), Some(ScimType::NoTarget));
    }

    #[test]
    fn add_appends_replace_replaces_remove_removes() {
        let d =
            patch(json!([{"op": "add", "path": "roles", "value": [{"value": "admin"}]}])).unwrap();
        assert_eq!(
            d["roles"],
            json!([{"value": "developer"}, {"value": "admin"}])
        );
        let d = patch(json!([{"op": "replace", "path": "roles", "value": [{"value": "admin"}]}]))
            .unwrap();
        assert_eq!(d["roles"], json!([{"value": "admin"}]));
        let d =
            patch(json!([{"op": "remove", "path": "roles", "value": [{"value": "developer"}]}]))
                .unwrap();
        assert!(d.get("roles").is_none());
        let d = patch(json!([{"op": "remove", "path": "name.givenName"}])).unwrap();
        assert_eq!(d["name"], json!({"familyName": "Lee"}));
    }

    #[test]
    fn passwords_are_never_stored() {
        let d = patch(
            json!([{"op": "add", "path": "password", "value": "hunter2"},
                             {"op": "replace", "value": {"password": "hunter3"}}]),
        )
        .unwrap();
        assert!(!d.to_string().contains("hunter"), "{d}");
    }

    #[test]
    fn a_new_primary_value_demotes_the_old_one() {
        let d = patch(json!([{"op": "add", "path": "emails",
                              "value": [{"value": "b@example.com", "type": "home", "primary": true}]}])).unwrap();
        assert_eq!(d["emails"][0]["primary"], false);
        assert_eq!(d["emails"][1]["primary"], true);
    }

    #[test]
    fn the_whole_extension_as_a_path() {
        let ext = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
        let d = patch(
            json!([{"op": "add", "path": ext, "value": {"department": "Ops", "costCenter": "7"}}]),
        )
        .unwrap();
        assert_eq!(
            d[ENTERPRISE_SCHEMA],
            json!({"department": "Ops", "costCenter": "7"})
        );
        let ops: Vec<PatchOperation> =
            serde_json::from_value(json!([{"op": "remove", "path": ext}])).unwrap();
        let d = apply(&d.as_object().unwrap().clone(), &ops).unwrap();
        assert!(d.get(ENTERPRISE_SCHEMA).is_none());
    }

    #[test]
    fn failures_apply_nothing() {
        let before = base();
        let ops: Vec<PatchOperation> = serde_json::from_value(json!([
            {"op": "replace", "path": "displayName", "value": "X"},
            {"op": "replace", "path": "bogus", "value": "Y"}
        ]))
        .unwrap();
        let err = apply(&before, &ops).unwrap_err();
        assert_eq!(err.scim_type(), Some(ScimType::InvalidPath));
        assert!(before.get("displayName").is_none());
        for (ops, scim_type) in [
            (json!([{"op": "remove"}]), ScimType::NoTarget),
            (
                json!([{"op": "replace", "path": "id", "value": "x"}]),
                ScimType::Mutability,
            ),
            (
                json!([{"op": "replace", "path": "active", "value": "maybe"}]),
                ScimType::InvalidValue,
            ),
            (
                json!([{"op": "replace", "path": "emails[", "value": "x"}]),
                ScimType::InvalidPath,
            ),
            (
                json!([{"op": "replace", "value": "not an object"}]),
                ScimType::InvalidSyntax,
            ),
        ] {
            assert_eq!(
                patch(ops.clone()).unwrap_err().scim_type(),
                Some(scim_type),
                "{ops}"
            );
        }
    }

    #[test]
    fn add_and_remove_of_listed_values_keep_their_rules() {
        let mut doc = base();
        // Stored before de-duplication was linear: a repeat already there
        // stays, only new values are appended, each once.
        doc.insert(
            "roles".into(),
            json!([{"value": "developer"}, {"value": "developer"}, {"display": "no value"}]),
        );
        let ops: Vec<PatchOperation> =
            serde_json::from_value(json!([{"op": "add", "path": "roles",
            "value": [{"value": "admin"}, {"value": "developer"}, {"value": "admin"},
                      {"display": "no value"}, {"value": "ops"}]}]))
            .unwrap();
        let d = apply(&doc, &ops).unwrap();
        assert_eq!(
            d["roles"],
            json!([{"value": "developer"}, {"value": "developer"}, {"display": "no value"},
                   {"value": "admin"}, {"value": "ops"}])
        );
        // remove by `value` when both have one, as a whole otherwise
        let ops: Vec<PatchOperation> =
            serde_json::from_value(json!([{"op": "remove", "path": "roles",
            "value": [{"value": "developer", "display": "ignored"}, {"display": "no value"},
                      {"display": "ops"}]}]))
            .unwrap();
        let d = apply(&d, &ops).unwrap();
        assert_eq!(d["roles"], json!([{"value": "admin"}, {"value": "ops"}]));
        // a value filter removes every match and nothing else
        let mut doc = base();
        doc.insert(
            "emails".into(),
            json!([{"value": "a", "type": "work"}, {"value": "b"}, {"value": "c", "type": "work"},
                   {"value": "d"}]),
        );
        let ops: Vec<PatchOperation> =
            serde_json::from_value(json!([{"op": "remove", "path": "emails[type eq \"work\"]"}]))
                .unwrap();
        let d = apply(&doc, &ops).unwrap();
        assert_eq!(d["emails"], json!([{"value": "b"}, {"value": "d"}]));
    }

    #[test]
    fn caps_bound_a_patch_and_spare_what_was_stored_before_them() {
        use crate::scim::caps::{MAX_PATCH_OPERATIONS, MAX_VALUES};
        let many =
            |n: usize| -> Value { (0..n).map(|i| json!({"value": format!("{i}@x")})).collect() };
        let add = |value: Value| -> Vec<PatchOperation> {
            serde_json::from_value(json!([{"op": "add", "path": "emails", "value": value}]))
                .unwrap()
        };
        // at the cap: accepted
        let mut doc = base();
        doc.remove("emails");
        let d = apply_capped(&doc, &add(many(MAX_VALUES))).unwrap();
        assert_eq!(d["emails"].as_array().unwrap().len(), MAX_VALUES);
        // one value too many in the request, or in the result
        let err = apply_capped(&doc, &add(many(MAX_VALUES + 1))).unwrap_err();
        assert_eq!(err.scim_type(), Some(ScimType::TooMany));
        let err = apply_capped(&d, &add(json!([{"value": "one-more@x"}]))).unwrap_err();
        assert_eq!(err.scim_type(), Some(ScimType::TooMany));
        assert!(err.to_string().contains("at most 100"), "{err}");
        // growth one element at a time through value filters is caught too
        let ops: Vec<PatchOperation> = (0..=MAX_VALUES)
            .map(|i| {
                serde_json::from_value(json!({"op": "add",
                    "path": format!("phoneNumbers[value eq \"{i}\"].type"), "value": "work"}))
                .unwrap()
            })
            .collect();
        let err = apply_capped(&base(), &ops).unwrap_err();
        assert_eq!(err.scim_type(), Some(ScimType::TooMany));
        assert!(
            apply(&base(), &ops).is_ok(),
            "the client's apply has no caps"
        );
        // a user stored with more values before the cap can still change
        let mut legacy = base();
        legacy.insert("emails".into(), many(MAX_VALUES + 20));
        let ops: Vec<PatchOperation> = serde_json::from_value(json!([
            {"op": "replace", "path": "displayName", "value": "Ann"},
            {"op": "remove", "path": "emails[value eq \"0@x\"]"}
        ]))
        .unwrap();
        let d = apply_capped(&legacy, &ops).unwrap();
        assert_eq!(d["emails"].as_array().unwrap().len(), MAX_VALUES + 19);
        let err = apply_capped(&legacy, &add(json!([{"value": "new@x"}]))).unwrap_err();
        assert_eq!(err.scim_type(), Some(ScimType::TooMany));
        // operations: at the cap fine, beyond refused before any is applied
        let op = json!({"op": "replace", "path": "displayName", "value": "A"});
        let ops: Vec<PatchOperation> =
            serde_json::from_value(Value::Array(vec![op.clone(); MAX_PATCH_OPERATIONS])).unwrap();
        assert!(apply_capped(&base(), &ops).is_ok());
        let ops: Vec<PatchOperation> =
            serde_json::from_value(Value::Array(vec![op; MAX_PATCH_OPERATIONS + 1])).unwrap();
        let err = apply_capped(&base(), &ops).unwrap_err();
        assert_eq!(err.scim_type(), Some(ScimType::TooMany));
        assert!(err.to_string().contains("at most 1000"), "{err}");
    }
}
