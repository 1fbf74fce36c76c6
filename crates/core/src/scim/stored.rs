//! The stored user document and the helpers that build it: the document
//! type, coercion of a value to an attribute's type, case-insensitive member
//! lookup, and the one-primary rule of multi-valued attributes. Filters,
//! PATCH and resources all build on these, so they live below all three.

use std::collections::HashSet;
use std::hash::{Hash, Hasher};

use serde_json::{Map, Value};

use super::schema::{Attr, Mutability, Type};
use crate::error::{Error, Result, ScimType};
use crate::time::parse_rfc3339;

/// A canonical User document (see [`super::resource`]).
pub type Doc = Map<String, Value>;

pub(crate) fn invalid_value(message: String) -> Error {
    Error::invalid(message).with_scim_type(ScimType::InvalidValue)
}

/// Set a top-level or extension attribute in a document.
pub fn put(doc: &mut Doc, container: Option<&str>, name: &str, value: Value) {
    match container {
        None => {
            doc.insert(name.to_string(), value);
        }
        Some(c) => {
            let ext = doc
                .entry(c.to_string())
                .or_insert_with(|| Value::Object(Doc::new()));
            if let Value::Object(m) = ext {
                m.insert(name.to_string(), value);
            }
        }
    }
}

/// Coerce a value to an attribute's type. `Ok(None)` means "unassigned"
/// (null, an empty string for a complex value, an empty list).
pub fn coerce(attr: &Attr, value: &Value) -> Result<Option<Value>> {
    if value.is_null() {
        return Ok(None);
    }
    if attr.multi {
        let items: Vec<&Value> = match value {
            Value::Array(items) => items.iter().collect(),
            single => vec![single],
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            out.extend(coerce_single(attr, item)?);
        }
        let out = distinct(out);
        return Ok(if out.is_empty() {
            None
        } else {
            Some(Value::Array(out))
        });
    }
    coerce_single(attr, value)
}

/// A JSON value, hashed the way `==` compares it: object members in any
/// order (the map keeps insertion order, but equality ignores it). Used to
/// find equal values of a multi-valued attribute in one pass instead of
/// comparing every value with every other.
#[derive(Clone, Copy)]
pub(crate) struct Same<'a>(pub &'a Value);

impl Hash for Same<'_> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        match self.0 {
            Value::Null => 0u8.hash(h),
            Value::Bool(b) => (1u8, b).hash(h),
            // `Number`'s own hash agrees with its `==` (0.0 and -0.0 too).
            Value::Number(n) => (2u8, n).hash(h),
            Value::String(s) => (3u8, s).hash(h),
            Value::Array(items) => {
                (4u8, items.len()).hash(h);
                items.iter().for_each(|v| Same(v).hash(h));
            }
            Value::Object(m) => {
                (5u8, m.len()).hash(h);
                let mut members: Vec<_> = m.iter().collect();
                members.sort_unstable_by(|a, b| a.0.cmp(b.0));
                for (k, v) in members {
                    k.hash(h);
                    Same(v).hash(h);
                }
            }
        }
    }
}

impl PartialEq for Same<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl Eq for Same<'_> {}

/// The values without repeats, each kept where it first appears. Linear
/// time: a body with tens of thousands of equal-looking values must not cost
/// seconds of CPU (docs/scim.md, "Bounded cost"). The set's hasher is randomly
/// keyed, so values cannot be chosen to collide.
pub fn distinct(values: Vec<Value>) -> Vec<Value> {
    let keep: Vec<bool> = {
        let mut seen = HashSet::with_capacity(values.len());
        values.iter().map(|v| seen.insert(Same(v))).collect()
    };
    values
        .into_iter()
        .zip(keep)
        .filter_map(|(v, keep)| keep.then_some(v))
        .collect()
}

/// Coerce one value (one element of a multi-valued attribute).
pub fn coerce_single(attr: &Attr, value: &Value) -> Result<Option<Value>> {
    if value.is_null() {
        return Ok(None);
    }
    let wrong = || {
        invalid_value(format!(
            "{} must be {}, not {}",
            attr.name,
            expected(attr),
            kind_of(value)
        ))
    };
    Ok(Some(match attr.ty {
        // Entra ID sends the enterprise `manager` as the manager's bare id
        // (`"manager": "123"`, in POST and PATCH): a string for a
        // single-valued complex attribute that has a `value` is that value,
        // and an empty one clears it.
        Type::Complex if !attr.multi && value.is_string() && attr.sub_attr("value").is_some() => {
            match value.as_str() {
                Some("") | None => return Ok(None),
                Some(id) => serde_json::json!({ "value": id }),
            }
        }
        Type::Complex => {
            let obj = value.as_object().ok_or_else(wrong)?;
            let mut out = Doc::new();
            for (k, v) in obj {
                if let Some(sub) = attr.sub_attr(k)
                    && sub.mutability != Mutability::ReadOnly
                    && let Some(v) = coerce_single(sub, v)?
                {
                    out.insert(sub.name.to_string(), v);
                }
            }
            if out.is_empty() {
                return Ok(None);
            }
            Value::Object(out)
        }
        Type::Boolean => match value {
            Value::Bool(b) => Value::Bool(*b),
            // Entra ID sends booleans as "True" / "False".
            Value::String(s) if s.eq_ignore_ascii_case("true") => Value::Bool(true),
            Value::String(s) if s.eq_ignore_ascii_case("false") => Value::Bool(false),
            _ => return Err(wrong()),
        },
        Type::Integer => match value {
            Value::Number(n) if n.is_i64() || n.is_u64() => value.clone(),
            _ => return Err(wrong()),
        },
        Type::Decimal => match value {
            Value::Number(_) => value.clone(),
            _ => return Err(wrong()),
        },
        Type::DateTime => match value {
            Value::String(s) if parse_rfc3339(s).is_some() => value.clone(),
            _ => return Err(wrong()),
        },
        Type::String | Type::Reference | Type::Binary => match value {
            Value::String(_) => value.clone(),
            _ => return Err(wrong()),
        },
    }))
}

fn expected(attr: &Attr) -> &'static str {
    match attr.ty {
        Type::Complex => "an object",
        Type::Boolean => "a boolean",
        Type::Integer => "an integer",
        Type::Decimal => "a number",
        Type::DateTime => "an RFC 3339 date-time string",
        _ => "a string",
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// A POST or PUT body's object (`what`: "User", "Group"), or 400
/// invalidSyntax.
pub fn body_object<'a>(body: &'a Value, what: &str) -> Result<&'a Map<String, Value>> {
    body.as_object().ok_or_else(|| {
        Error::invalid(format!("a {what} must be a JSON object"))
            .with_scim_type(ScimType::InvalidSyntax)
    })
}

/// A member of a JSON object, by case-insensitive name.
pub fn get_ci<'a>(value: &'a Value, key: &str) -> Option<&'a Value> {
    let obj = value.as_object()?;
    obj.get(key).or_else(|| {
        obj.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v)
    })
}

/// At most one value of a multi-valued attribute may be primary (RFC 7643
/// §2.4). When an operation marks a value primary, the others stop being
/// primary; the value added or changed last is the one kept.
pub fn one_primary(doc: &mut Doc) {
    for v in doc.values_mut() {
        match v {
            Value::Array(items) => {
                let mut seen = false;
                for item in items.iter_mut().rev() {
                    if let Some(Value::Bool(p)) = item.get_mut("primary")
                        && *p
                    {
                        if seen {
                            *p = false;
                        }
                        seen = true;
                    }
                }
            }
            Value::Object(m) => one_primary(m),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scim::schema;
    use serde_json::json;

    fn emails() -> &'static Attr {
        schema::resolve(None, "emails").unwrap().attr
    }

    #[test]
    fn repeats_go_and_the_first_of_each_stays_in_place() {
        // The rule of the old every-with-every comparison: values equal as
        // JSON (members in any order) are one value; order is kept.
        let got = coerce(
            emails(),
            &json!([
                {"value": "a@x", "type": "work"},
                {"value": "b@x"},
                {"type": "work", "value": "a@x"},
                {"value": "a@x"},
                {"value": "b@x", "bogus": 1},
                {"value": "a@x", "type": "home"}
            ]),
        )
        .unwrap()
        .unwrap();
        assert_eq!(
            got,
            json!([
                {"value": "a@x", "type": "work"},
                {"value": "b@x"},
                {"value": "a@x"},
                {"value": "a@x", "type": "home"}
            ])
        );
        // Equality is serde_json's: 1 and 1.0 are different numbers.
        assert_eq!(
            distinct(vec![
                json!(1),
                json!(1.0),
                json!(1),
                json!({"a": [1, {"b": null}]}),
                json!({"a": [1, {"b": null}]}),
                json!(-0.0),
                json!(0.0)
            ]),
            vec![
                json!(1),
                json!(1.0),
                json!({"a": [1, {"b": null}]}),
                json!(-0.0)
            ]
        );
    }
}
