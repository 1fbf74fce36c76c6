//! The caps on what one SCIM request may ask of the server, in one place.
//! Beyond a cap the answer is 400 with `scimType` `tooMany` and a detail
//! that names the cap; docs/scim.md ("Bounded cost") lists them.
//!
//! The caps are enforced by the server's core ([`crate::Team`]), not
//! by the client, which must still read and rewrite whatever a third-party
//! service holds.

use serde_json::Value;

use super::schema;
use super::stored::Doc;
use crate::error::{Error, Result, ScimType};

/// Values one multi-valued attribute (emails, phoneNumbers, roles, …) may
/// hold, and that one request may send for it. Identity providers send a
/// handful (Okta and Entra ID map one to three emails and phone numbers, and
/// a few roles); a hundred leaves room for any real directory while keeping
/// every per-value step of a request small.
pub const MAX_VALUES: usize = 100;

/// Operations in one PATCH request. Providers send one operation per changed
/// attribute (Entra ID batches at most a few dozen); a thousand bounds the
/// work of a PATCH at a thousand operations on at most [`MAX_VALUES`] values.
pub const MAX_PATCH_OPERATIONS: usize = 1000;

/// Names in `attributes` or in `excludedAttributes`. A User has about forty
/// attributes and sub-attributes with their URN spellings; two hundred is
/// every one of them several times over.
pub const MAX_ATTRIBUTE_NAMES: usize = 200;

fn too_many(message: String) -> Error {
    Error::invalid(message).with_scim_type(ScimType::TooMany)
}

fn too_many_values(name: &str, count: usize) -> Error {
    too_many(format!(
        "{name} has {count} values; at most {MAX_VALUES} are accepted per multi-valued attribute"
    ))
}

/// No multi-valued attribute of a User body (POST, PUT, or a path-less
/// PATCH value) carries more than [`MAX_VALUES`] values. Counted as sent,
/// before any value is looked at.
pub fn check_user_body(body: &Value) -> Result<()> {
    let Some(obj) = body.as_object() else {
        return Ok(());
    };
    for (key, value) in obj {
        if schema::is_enterprise_key(key) {
            check_user_body(value)?;
            continue;
        }
        let (uri, name, _) = schema::split_path(key);
        if let (Some(located), Value::Array(items)) = (schema::resolve(uri, name), value)
            && located.attr.multi
            && items.len() > MAX_VALUES
        {
            return Err(too_many_values(located.attr.name, items.len()));
        }
    }
    Ok(())
}

/// A PATCH has at most [`MAX_PATCH_OPERATIONS`] operations, and none of
/// them sends more than [`MAX_VALUES`] values for an attribute. Each
/// operation is given as its path and value (the PATCH module calls this,
/// so this one does not name its types).
pub fn check_patch<'a>(
    operations: impl ExactSizeIterator<Item = (Option<&'a str>, Option<&'a Value>)>,
) -> Result<()> {
    check_patch_count(operations.len())?;
    for (path, value) in operations {
        match value {
            Some(Value::Array(items)) if items.len() > MAX_VALUES => {
                let name = path.unwrap_or("a value");
                return Err(too_many_values(name.trim(), items.len()));
            }
            Some(value @ Value::Object(_)) => check_user_body(value)?,
            _ => {}
        }
    }
    Ok(())
}

/// A PATCH has at most [`MAX_PATCH_OPERATIONS`] operations.
pub fn check_patch_count(count: usize) -> Result<()> {
    if count > MAX_PATCH_OPERATIONS {
        return Err(too_many(format!(
            "the PATCH has {count} operations; at most {MAX_PATCH_OPERATIONS} are accepted per request"
        )));
    }
    Ok(())
}

/// After each PATCH operation: no multi-valued attribute holds more than
/// [`MAX_VALUES`] values and more than it held before the PATCH. One stored
/// with more before the cap existed may keep them or lose some, so such a
/// user can still be changed and cleaned up. Checked after every operation,
/// not only at the end, so that no operation works on a list the ones
/// before it grew without bound.
pub fn check_growth(before: &Doc, after: &Doc) -> Result<()> {
    for (key, value) in after {
        match value {
            Value::Array(items) if items.len() > MAX_VALUES => {
                let had = match before.get(key) {
                    Some(Value::Array(old)) => old.len(),
                    _ => 0,
                };
                if items.len() > had {
                    return Err(too_many_values(key, items.len()));
                }
            }
            Value::Object(m) if schema::is_enterprise_key(key) => {
                let empty = Doc::new();
                let old = before.get(key).and_then(Value::as_object).unwrap_or(&empty);
                check_growth(old, m)?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// `attributes` or `excludedAttributes` names at most
/// [`MAX_ATTRIBUTE_NAMES`] attributes.
pub fn check_attribute_names(parameter: &str, count: usize) -> Result<()> {
    if count > MAX_ATTRIBUTE_NAMES {
        return Err(too_many(format!(
            "{parameter} names {count} attributes; at most {MAX_ATTRIBUTE_NAMES} are accepted"
        )));
    }
    Ok(())
}
