//! SCIM filters (RFC 7644 §3.4.2.2): parsing, validation and evaluation.
//!
//! The grammar is the `scim_v2` crate's; this module gives the parsed tree
//! meaning against the User schema. [`matches`] is the definition of what a
//! filter selects: it runs on the rendered resource, the same on every
//! database. `crate::query` translates a filter into what a store can
//! answer itself, and is tested against this evaluator. Case-insensitive
//! attributes compare in their [`fold`]ed form, the form the stores keep.

use scim_v2::filter::{AttrExp, AttrPath, CompValue, CompareOp, Filter, ValFilter};
use serde_json::Value;

use super::fold::fold;
use super::schema::{self, Attr, Located, Type};
use super::stored::get_ci;
use crate::error::{Error, Result, ScimType};
use crate::time::parse_rfc3339;

/// Longest filter string accepted; longer ones are refused before parsing.
pub const MAX_FILTER_LEN: usize = 4096;

/// Parse and validate a filter against the User schema.
pub fn parse(input: &str) -> Result<Filter> {
    if input.len() > MAX_FILTER_LEN {
        return Err(invalid_filter(format!(
            "filter is {} bytes long; the limit is {MAX_FILTER_LEN}",
            input.len()
        )));
    }
    let rewritten = sub_attribute_comparisons(input);
    let filter: Filter = rewritten
        .parse()
        .map_err(|e| invalid_filter(format!("cannot parse filter {input:?}: {e}")))?;
    validate(&filter)?;
    Ok(filter)
}

/// Entra ID filters on a sub-attribute of a value path —
/// `emails[type eq "work"].value eq "x@contoso.com"` — which RFC 7644's
/// grammar has no production for (a value path ends at its `]`). Each
/// such comparison is the same as moving it inside the brackets:
/// `emails[(type eq "work") and value eq "x@contoso.com"]`, which the
/// grammar has. Anything else is left as it is.
fn sub_attribute_comparisons(input: &str) -> std::borrow::Cow<'_, str> {
    let mut text = input.to_string();
    // (each pass rewrites the first such comparison; a filter of 4 KiB
    // holds few of them, and a rewrite never makes another)
    for _ in 0..64 {
        match rewrite_one(&text) {
            Some(next) => text = next,
            None => break,
        }
    }
    if text == input {
        std::borrow::Cow::Borrowed(input)
    } else {
        std::borrow::Cow::Owned(text)
    }
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'$' | b':' | b'.')
}

/// The end of a JSON string that starts at `start` (its opening quote).
fn string_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

fn rewrite_one(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut opens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i = string_end(bytes, i)?;
                continue;
            }
            b'[' => opens.push(i),
            b']' => {
                let open = opens.pop()?;
                let close = i;
                if bytes.get(close + 1) == Some(&b'.')
                    && bytes
                        .get(close + 2)
                        .is_some_and(|b| b.is_ascii_alphabetic())
                {
                    return rewrite_at(text, open, close);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// `attr[inner].sub op value` around the brackets at `open` and `close`.
fn rewrite_at(text: &str, open: usize, close: usize) -> Option<String> {
    let bytes = text.as_bytes();
    let mut j = close + 2;
    while j < bytes.len() && is_name_byte(bytes[j]) && bytes[j] != b'.' {
        j += 1;
    }
    let skip = |mut k: usize| {
        while k < bytes.len() && bytes[k] == b' ' {
            k += 1;
        }
        k
    };
    let op_start = skip(j);
    let mut op_end = op_start;
    while op_end < bytes.len() && bytes[op_end].is_ascii_alphabetic() {
        op_end += 1;
    }
    let op = &text[op_start..op_end];
    if op.is_empty() {
        return None;
    }
    let end = if op.eq_ignore_ascii_case("pr") {
        op_end
    } else {
        let v = skip(op_end);
        if bytes.get(v) == Some(&b'"') {
            string_end(bytes, v)?
        } else {
            let mut e = v;
            while e < bytes.len() && !matches!(bytes[e], b' ' | b')' | b']') {
                e += 1;
            }
            if e == v {
                return None;
            }
            e
        }
    };
    let comparison = &text[close + 2..end];
    Some(format!(
        "{}[({}) and {}]{}",
        &text[..open],
        &text[open + 1..close],
        comparison,
        &text[end..]
    ))
}

fn invalid_filter(message: String) -> Error {
    Error::invalid(message).with_scim_type(ScimType::InvalidFilter)
}

pub fn locate(path: &AttrPath) -> Result<Located> {
    schema::resolve(path.uri.as_deref(), &path.name).ok_or_else(|| {
        invalid_filter(format!(
            "unknown attribute {path:?}",
            path = path.to_string()
        ))
    })
}

fn validate(filter: &Filter) -> Result<()> {
    match filter {
        Filter::Attr(exp) => validate_exp(exp, None),
        Filter::ValuePath(vp) => {
            let located = locate(&vp.attr)?;
            if located.attr.ty != Type::Complex {
                return Err(invalid_filter(format!(
                    "{} has no sub-attributes to filter on",
                    located.attr.name
                )));
            }
            validate_val(&vp.filter, located.attr)
        }
        Filter::Not(inner) => validate(inner),
        Filter::And(ops) | Filter::Or(ops) => ops.iter().try_for_each(validate),
    }
}

fn validate_val(filter: &ValFilter, parent: &'static Attr) -> Result<()> {
    match filter {
        ValFilter::Attr(exp) => validate_exp(exp, Some(parent)),
        ValFilter::Not(inner) => validate_val(inner, parent),
        ValFilter::And(ops) | ValFilter::Or(ops) => {
            ops.iter().try_for_each(|f| validate_val(f, parent))
        }
    }
}

fn validate_exp(exp: &AttrExp, parent: Option<&'static Attr>) -> Result<()> {
    let path = match exp {
        AttrExp::Present(p) | AttrExp::Comparison(p, _, _) => p,
    };
    target_attr(path, parent).map(|_| ())
}

/// The definition a path compares against: the attribute itself, its
/// sub-attribute, or for a multi-valued complex attribute its `value`.
fn target_attr(path: &AttrPath, parent: Option<&'static Attr>) -> Result<&'static Attr> {
    let attr = match parent {
        Some(p) => p.sub_attr(&path.name).ok_or_else(|| {
            invalid_filter(format!("{} has no sub-attribute {}", p.name, path.name))
        })?,
        None => locate(path)?.attr,
    };
    match &path.sub_attr {
        Some(sub) => attr
            .sub_attr(sub)
            .ok_or_else(|| invalid_filter(format!("{} has no sub-attribute {sub}", attr.name))),
        None if attr.ty == Type::Complex && attr.multi => {
            Ok(attr.sub_attr("value").unwrap_or(attr))
        }
        None => Ok(attr),
    }
}

/// Does the rendered resource match the filter? The filter must come from
/// [`parse`], which guarantees every path resolves.
pub fn matches(filter: &Filter, resource: &Value) -> bool {
    match filter {
        Filter::Attr(exp) => exp_matches(exp, resource, None),
        Filter::ValuePath(vp) => {
            let Ok(located) = locate(&vp.attr) else {
                return false;
            };
            elements(resource, &located)
                .iter()
                .any(|el| val_matches(&vp.filter, el, located.attr))
        }
        Filter::Not(inner) => !matches(inner, resource),
        Filter::And(ops) => ops.iter().all(|f| matches(f, resource)),
        Filter::Or(ops) => ops.iter().any(|f| matches(f, resource)),
    }
}

/// Does one element of a multi-valued attribute match a bracketed filter?
pub fn val_matches(filter: &ValFilter, element: &Value, parent: &'static Attr) -> bool {
    match filter {
        ValFilter::Attr(exp) => exp_matches(exp, element, Some(parent)),
        ValFilter::Not(inner) => !val_matches(inner, element, parent),
        ValFilter::And(ops) => ops.iter().all(|f| val_matches(f, element, parent)),
        ValFilter::Or(ops) => ops.iter().any(|f| val_matches(f, element, parent)),
    }
}

/// The values of an attribute in a resource, flattened: a multi-valued
/// attribute yields each element, a single one yields itself.
fn elements<'a>(resource: &'a Value, located: &Located) -> Vec<&'a Value> {
    let container = match located.container {
        Some(key) => get_ci(resource, key),
        None => Some(resource),
    };
    match container.and_then(|c| get_ci(c, located.attr.name)) {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(Value::Null) | None => Vec::new(),
        Some(v) => vec![v],
    }
}

fn exp_matches(exp: &AttrExp, scope: &Value, parent: Option<&'static Attr>) -> bool {
    let path = match exp {
        AttrExp::Present(p) | AttrExp::Comparison(p, _, _) => p,
    };
    let Some((target, leaves)) = leaves(path, scope, parent) else {
        return false;
    };
    let mut leaves = leaves.into_iter().filter(|v| !is_empty(v));
    match exp {
        AttrExp::Present(_) => leaves.next().is_some(),
        // `ne` holds when no value is equal, including when there is none.
        AttrExp::Comparison(_, CompareOp::Ne, expected) => {
            !leaves.any(|v| compare(target, v, &CompareOp::Eq, expected))
        }
        AttrExp::Comparison(_, op, expected) => leaves.any(|v| compare(target, v, op, expected)),
    }
}

/// The leaf values a path designates in `scope` (a resource, or one element
/// of a multi-valued attribute when `parent` is set), with the definition
/// they compare by. A multi-valued complex attribute named without a
/// sub-attribute stands for its `value`s (RFC 7644 §3.4.2.2).
fn leaves<'a>(
    path: &AttrPath,
    scope: &'a Value,
    parent: Option<&'static Attr>,
) -> Option<(&'static Attr, Vec<&'a Value>)> {
    let (base, values): (&'static Attr, Vec<&'a Value>) = match parent {
        Some(p) => {
            let a = p.sub_attr(&path.name)?;
            (a, get_ci(scope, a.name).into_iter().collect())
        }
        None => {
            let located = locate(path).ok()?;
            (located.attr, elements(scope, &located))
        }
    };
    let sub = match &path.sub_attr {
        Some(sub) => Some(base.sub_attr(sub)?),
        None if base.ty == Type::Complex && base.multi => base.sub_attr("value"),
        None => None,
    };
    Some(match sub {
        Some(s) => (
            s,
            values
                .into_iter()
                .filter_map(|v| get_ci(v, s.name))
                .collect(),
        ),
        None => (base, values),
    })
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

fn compare(attr: &Attr, actual: &Value, op: &CompareOp, expected: &CompValue) -> bool {
    use std::cmp::Ordering;
    let ordering: Option<Ordering> = match (actual, expected) {
        (Value::Bool(a), CompValue::True) => Some(a.cmp(&true)),
        (Value::Bool(a), CompValue::False) => Some(a.cmp(&false)),
        (Value::Number(a), CompValue::Number(b)) => a
            .as_f64()
            .zip(b.as_f64())
            .and_then(|(a, b)| a.partial_cmp(&b)),
        (Value::String(a), CompValue::Str(b)) => {
            if attr.ty == Type::DateTime {
                match (parse_rfc3339(a), parse_rfc3339(b)) {
                    (Some(a), Some(b)) => Some(a.cmp(&b)),
                    _ => None,
                }
            } else {
                return string_compare(attr.case_exact, a, op, b);
            }
        }
        _ => None,
    };
    let Some(ord) = ordering else {
        return false;
    };
    match op {
        CompareOp::Eq => ord == Ordering::Equal,
        CompareOp::Ne => ord != Ordering::Equal,
        CompareOp::Gt => ord == Ordering::Greater,
        CompareOp::Ge => ord != Ordering::Less,
        CompareOp::Lt => ord == Ordering::Less,
        CompareOp::Le => ord != Ordering::Greater,
        // Substring operators only make sense on strings.
        CompareOp::Co | CompareOp::Sw | CompareOp::Ew => false,
    }
}

/// Compare two strings by an operator, as a filter does: byte order (the
/// order of code points) on the text as it is (`case_exact`) or folded.
pub fn string_compare(case_exact: bool, actual: &str, op: &CompareOp, expected: &str) -> bool {
    let (a, b) = if case_exact {
        (actual.to_string(), expected.to_string())
    } else {
        (fold(actual), fold(expected))
    };
    match op {
        CompareOp::Eq => a == b,
        CompareOp::Ne => a != b,
        CompareOp::Co => a.contains(&b),
        CompareOp::Sw => a.starts_with(&b),
        CompareOp::Ew => a.ends_with(&b),
        CompareOp::Gt => a > b,
        CompareOp::Ge => a >= b,
        CompareOp::Lt => a < b,
        CompareOp::Le => a <= b,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn entra_filters_on_a_value_paths_sub_attribute() {
        let rewritten = |f: &str| super::sub_attribute_comparisons(f).into_owned();
        assert_eq!(
            rewritten(r#"emails[type eq "work"].value eq "x@contoso.com""#),
            r#"emails[(type eq "work") and value eq "x@contoso.com"]"#
        );
        assert_eq!(
            rewritten(r#"userName eq "a" and emails[type eq "work"].value pr"#),
            r#"userName eq "a" and emails[(type eq "work") and value pr]"#
        );
        // brackets and dots inside a string are not structure
        let quoted = r#"title eq "a[b].c eq" and emails[value eq "]."]"#;
        assert_eq!(rewritten(quoted), quoted);
        let f = super::parse(r#"emails[type eq "work"].value eq "X@contoso.com""#).unwrap();
        let work = serde_json::json!({"emails": [{"type": "work", "value": "x@contoso.com"}]});
        let home = serde_json::json!({"emails": [{"type": "home", "value": "x@contoso.com"}]});
        assert!(super::matches(&f, &work));
        assert!(!super::matches(&f, &home));
        assert!(super::parse(r#"emails[type eq "work"].nope eq "x""#).is_err());
    }

    use super::*;
    use serde_json::json;

    fn user() -> Value {
        json!({
            "schemas": [schema::USER_SCHEMA, schema::ENTERPRISE_SCHEMA],
            "id": "2819c223",
            "userName": "Barbara.Jensen@Example.com",
            "externalId": "ext-1",
            "name": {"givenName": "Barbara", "familyName": "Jensen"},
            "title": "Tour Guide",
            "active": true,
            "emails": [
                {"value": "bjensen@example.com", "type": "work", "primary": true},
                {"value": "babs@jensen.org", "type": "home"}
            ],
            "roles": [{"value": "developer"}],
            schema::ENTERPRISE_SCHEMA: {"employeeNumber": "701984", "manager": {"value": "26118915"}},
            "meta": {"resourceType": "User", "created": "2024-01-02T03:04:05.000Z",
                     "lastModified": "2024-06-01T00:00:00.000Z", "version": "W/\"1\""}
        })
    }

    fn m(f: &str) -> bool {
        matches(&parse(f).unwrap_or_else(|e| panic!("{f}: {e}")), &user())
    }

    #[test]
    fn every_operator() {
        assert!(m(r#"userName eq "barbara.jensen@example.com""#));
        assert!(!m(r#"userName ne "barbara.jensen@example.com""#));
        assert!(m(r#"userName co "JENSEN""#));
        assert!(m(r#"userName sw "barbara""#));
        assert!(m(r#"userName ew "example.com""#));
        assert!(m(r#"title pr"#));
        assert!(!m(r#"nickName pr"#));
        assert!(m(r#"meta.created gt "2024-01-01T00:00:00Z""#));
        assert!(m(r#"meta.created ge "2024-01-02T04:04:05+01:00""#));
        assert!(!m(r#"meta.created lt "2024-01-02T03:04:05Z""#));
        assert!(m(r#"meta.lastModified le "2024-06-01T00:00:00Z""#));
        assert!(m(r#"active eq true"#));
        assert!(!m(r#"active eq false"#));
    }

    #[test]
    fn case_rules_follow_the_schema() {
        // attribute names and operators are case-insensitive
        assert!(m(r#"USERNAME EQ "Barbara.Jensen@Example.com""#));
        // externalId and id are case-exact
        assert!(m(r#"externalId eq "ext-1""#));
        assert!(!m(r#"externalId eq "EXT-1""#));
        assert!(!m(r#"id eq "2819C223""#));
    }

    #[test]
    fn logic_grouping_and_value_paths() {
        assert!(m(r#"userName sw "b" and (title eq "x" or active eq true)"#));
        assert!(!m(r#"not (active eq true)"#));
        assert!(m(r#"emails[type eq "work" and value co "@example.com"]"#));
        assert!(!m(r#"emails[type eq "other"]"#));
        assert!(m(r#"emails.value eq "BABS@jensen.org""#));
        assert!(m(r#"emails co "babs""#));
        assert!(m(
            r#"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq "701984""#
        ));
        assert!(m(
            r#"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq "26118915""#
        ));
        assert!(m(
            r#"urn:ietf:params:scim:schemas:core:2.0:User:userName pr"#
        ));
    }

    #[test]
    fn bad_filters_are_invalid_filter_errors() {
        for bad in [
            "userName eq",
            "bogus eq \"x\"",
            "name.nope eq \"x\"",
            "userName xx \"x\"",
            "(userName eq \"x\"",
            "",
        ] {
            let err = parse(bad).unwrap_err();
            assert_eq!(err.scim_type(), Some(ScimType::InvalidFilter), "{bad}");
        }
        let long = format!("userName eq \"{}\"", "a".repeat(MAX_FILTER_LEN));
        assert_eq!(
            parse(&long).unwrap_err().scim_type(),
            Some(ScimType::InvalidFilter)
        );
    }
}
