//! Which users a filter selects, said in terms a store can answer itself.
//!
//! [`crate::scim::filter::matches`] defines what a filter means; running it
//! means reading and rendering every user. Here a filter becomes a [`Pred`]
//! over the users table's columns — some stored as they are (`id`,
//! `external_id`, `active`, the timestamps), some derived on every write in
//! Rust ([`Folds`]: the folded name fields and email values) because no
//! database folds text the way docs/scim.md, "Names", does (SQLite's `lower()` knows only
//! ASCII; PostgreSQL's depends on the server's locale). With the folds
//! computed by the same function the evaluator uses and compared byte for
//! byte, the SQL and the evaluator agree exactly; `tests/it` checks that
//! they do on random users and filters, on both databases.
//!
//! A [`Plan`] carries two answers: `exact`, when every part of the filter
//! translates (the database then counts and pages by itself), and `narrow`,
//! always there, a predicate that selects every user the filter could match
//! (a superset) for the rest, which the core re-checks in Rust while it
//! streams the candidates.

use scim_v2::filter::{AttrExp, AttrPath, CompValue, CompareOp, Filter, ValFilter};
use serde_json::Value;

use crate::scim::filter::{locate, string_compare};
use crate::scim::fold::fold;
use crate::scim::resource::etag;
use crate::scim::stored::{Doc, get_ci};
use crate::time::parse_rfc3339;

/// A text column a predicate can test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Col {
    /// `id`, as it is.
    Id,
    /// `userName`, folded (the unique key).
    UserName,
    /// `externalId`, as it is (it is case-exact).
    ExternalId,
    /// The folded name fields.
    DisplayName,
    GivenName,
    FamilyName,
    Formatted,
    MiddleName,
    HonorificPrefix,
    HonorificSuffix,
    /// One element of `emails`: its folded value, or null when it has none.
    /// Only inside [`Pred::AnyEmail`].
    Email,
    /// The membership's state (`invited`, `active`, `deactivated`), as it
    /// is (case-exact, never null).
    State,
}

impl Col {
    /// Can the column be null or empty? (`id` and the userName key never
    /// are.)
    pub fn nullable(self) -> bool {
        !matches!(self, Col::Id | Col::UserName | Col::State)
    }
}

/// A comparison of text, in byte order. `ne` is `Not(Eq)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextOp {
    Eq,
    /// Contains; never with an empty operand (that is [`Pred::Present`]).
    Co,
    Sw,
    Ew,
    Gt,
    Ge,
    Lt,
    Le,
}

/// An integer column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntCol {
    /// `meta.created`, in milliseconds.
    Created,
    /// `meta.lastModified`, in milliseconds.
    LastModified,
    /// The number of `meta.version`.
    Version,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntOp {
    Eq,
    Ne,
    Gt,
    Ge,
    Lt,
    Le,
}

/// A condition on a user row. Every atom is two-valued: a null or empty
/// column satisfies no comparison and is not present, as an absent value
/// matches nothing in the evaluator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pred {
    True,
    False,
    Not(Box<Pred>),
    And(Vec<Pred>),
    Or(Vec<Pred>),
    /// The column holds a non-empty value.
    Present(Col),
    /// The column holds a non-empty value that compares so.
    Text(Col, TextOp, String),
    Int(IntCol, IntOp, i64),
    /// The document holds `active` (a PATCH may remove it; the user stays
    /// active, but filters see no value, as GET shows none).
    ActivePresent,
    /// The document's `active` is this.
    Active(bool),
    /// Some element of `emails` satisfies the predicate (over [`Col::Email`]).
    AnyEmail(Box<Pred>),
}

impl Pred {
    /// Can an index answer it without reading every row? A conjunction
    /// with an equality on `id`, the userName key or `externalId`, or a
    /// disjunction of such.
    pub fn indexed(&self) -> bool {
        match self {
            Pred::False => true,
            Pred::Text(Col::Id | Col::UserName | Col::ExternalId, TextOp::Eq, _) => true,
            Pred::And(ps) => ps.iter().any(Pred::indexed),
            Pred::Or(ps) => !ps.is_empty() && ps.iter().all(Pred::indexed),
            _ => false,
        }
    }
}

fn not(p: Pred) -> Pred {
    match p {
        Pred::True => Pred::False,
        Pred::False => Pred::True,
        Pred::Not(inner) => *inner,
        p => Pred::Not(Box::new(p)),
    }
}

fn and(ps: Vec<Pred>) -> Pred {
    junction(ps, Pred::False, Pred::True, Pred::And)
}

fn or(ps: Vec<Pred>) -> Pred {
    junction(ps, Pred::True, Pred::False, Pred::Or)
}

/// An AND or OR of `ps`, simplified: `absorbing` when any part is it
/// (False for AND, True for OR), the parts but `neutral` otherwise, and
/// no junction at all for none or one part.
fn junction(ps: Vec<Pred>, absorbing: Pred, neutral: Pred, many: fn(Vec<Pred>) -> Pred) -> Pred {
    if ps.contains(&absorbing) {
        return absorbing;
    }
    let mut ps: Vec<Pred> = ps.into_iter().filter(|p| *p != neutral).collect();
    match ps.len() {
        0 => neutral,
        1 => ps.remove(0),
        _ => many(ps),
    }
}

fn any_email(p: Pred) -> Pred {
    match p {
        Pred::False => Pred::False,
        p => Pred::AnyEmail(Box::new(p)),
    }
}

/// What a store is asked for a filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// The filter itself, when every part of it translates.
    pub exact: Option<Pred>,
    /// Selects at least every user the filter matches.
    pub narrow: Pred,
}

/// Plan a filter from [`crate::scim::filter::parse`].
pub fn plan(filter: &Filter) -> Plan {
    let exact = translate(filter, Bound::Exact);
    let narrow = match &exact {
        Some(p) => p.clone(),
        None => translate(filter, Bound::Upper).unwrap_or(Pred::True),
    };
    Plan { exact, narrow }
}

/// How a part that does not translate is replaced: not at all, by
/// something that selects more (under an even number of `not`s), or by
/// something that selects less (under an odd number).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bound {
    Exact,
    Upper,
    Lower,
}

impl Bound {
    fn flip(self) -> Bound {
        match self {
            Bound::Exact => Bound::Exact,
            Bound::Upper => Bound::Lower,
            Bound::Lower => Bound::Upper,
        }
    }

    fn unknown(self) -> Option<Pred> {
        match self {
            Bound::Exact => None,
            Bound::Upper => Some(Pred::True),
            Bound::Lower => Some(Pred::False),
        }
    }
}

fn translate(filter: &Filter, bound: Bound) -> Option<Pred> {
    match filter {
        Filter::Attr(exp) => atom(exp).or_else(|| bound.unknown()),
        Filter::ValuePath(vp) => {
            let is_emails =
                locate(&vp.attr).is_ok_and(|l| l.container.is_none() && l.attr.name == "emails");
            if is_emails && vp.attr.sub_attr.is_none() {
                translate_email(&vp.filter, bound).map(any_email)
            } else {
                bound.unknown()
            }
        }
        Filter::Not(inner) => translate(inner, bound.flip()).map(not),
        Filter::And(ops) => each(ops, |f| translate(f, bound)).map(and),
        Filter::Or(ops) => each(ops, |f| translate(f, bound)).map(or),
    }
}

/// Every operand translated, or `None` if one is not.
fn each<T>(ops: &[T], translate: impl Fn(&T) -> Option<Pred>) -> Option<Vec<Pred>> {
    ops.iter().map(translate).collect()
}

/// Inside `emails[…]`: conditions on one element, of which only `value`
/// is stored.
fn translate_email(filter: &ValFilter, bound: Bound) -> Option<Pred> {
    match filter {
        ValFilter::Attr(exp) => {
            let (path, op) = split(exp);
            if path.uri.is_none()
                && path.sub_attr.is_none()
                && path.name.eq_ignore_ascii_case("value")
            {
                Some(text_atom(Col::Email, false, op))
            } else {
                bound.unknown()
            }
        }
        ValFilter::Not(inner) => translate_email(inner, bound.flip()).map(not),
        ValFilter::And(ops) => each(ops, |f| translate_email(f, bound)).map(and),
        ValFilter::Or(ops) => each(ops, |f| translate_email(f, bound)).map(or),
    }
}

/// An operator and its operand; `None` is `pr`.
type Op<'a> = Option<(&'a CompareOp, &'a CompValue)>;

fn split(exp: &AttrExp) -> (&AttrPath, Op<'_>) {
    match exp {
        AttrExp::Present(p) => (p, None),
        AttrExp::Comparison(p, op, v) => (p, Some((op, v))),
    }
}

/// One comparison, exactly, or `None` when no column holds its attribute.
fn atom(exp: &AttrExp) -> Option<Pred> {
    let (path, op) = split(exp);
    let located = locate(path).ok()?;
    if located.container == Some(crate::scim::schema::MEMBERSHIP_SCHEMA) {
        return match located.attr.name {
            "state" if path.sub_attr.is_none() => Some(text_atom(Col::State, true, op)),
            _ => None,
        };
    }
    if located.container.is_some() {
        return None; // the enterprise extension is not in columns
    }
    let sub = path.sub_attr.as_deref();
    let text = |col: Col, case_exact: bool| Some(text_atom(col, case_exact, op));
    match (located.attr.name, sub) {
        ("id", None) => text(Col::Id, true),
        ("userName", None) => text(Col::UserName, false),
        ("externalId", None) => text(Col::ExternalId, true),
        ("displayName", None) => text(Col::DisplayName, false),
        ("name", Some(sub)) => {
            let col = match sub.to_ascii_lowercase().as_str() {
                "givenname" => Col::GivenName,
                "familyname" => Col::FamilyName,
                "formatted" => Col::Formatted,
                "middlename" => Col::MiddleName,
                "honorificprefix" => Col::HonorificPrefix,
                "honorificsuffix" => Col::HonorificSuffix,
                _ => return None,
            };
            text(col, false)
        }
        ("emails", None) => Some(email_atom(op)),
        ("emails", Some(s)) if s.eq_ignore_ascii_case("value") => Some(email_atom(op)),
        ("active", None) => Some(active_atom(op)),
        ("meta", Some(s)) => match s.to_ascii_lowercase().as_str() {
            "created" => Some(time_atom(IntCol::Created, op)),
            "lastmodified" => Some(time_atom(IntCol::LastModified, op)),
            "version" => version_atom(op),
            "resourcetype" => Some(constant_atom("User", op)),
            _ => None,
        },
        _ => None,
    }
}

/// A comparison whose operand cannot compare with the attribute (another
/// type, no value): false, so that `ne` holds.
fn incomparable(op: &CompareOp) -> Pred {
    if *op == CompareOp::Ne {
        Pred::True
    } else {
        Pred::False
    }
}

/// A comparison on a single-valued text column. As in the evaluator: `ne`
/// holds when no value is equal, an operand of another type compares false
/// (so `ne` holds), and an empty substring is in every non-empty value.
fn text_atom(col: Col, case_exact: bool, op: Op<'_>) -> Pred {
    let Some((op, value)) = op else {
        return Pred::Present(col);
    };
    let CompValue::Str(value) = value else {
        return incomparable(op);
    };
    let value = if case_exact {
        value.clone()
    } else {
        fold(value)
    };
    let compare = |op| Pred::Text(col, op, value.clone());
    match op {
        CompareOp::Eq => compare(TextOp::Eq),
        CompareOp::Ne => not(compare(TextOp::Eq)),
        CompareOp::Co | CompareOp::Sw | CompareOp::Ew if value.is_empty() => Pred::Present(col),
        CompareOp::Co => compare(TextOp::Co),
        CompareOp::Sw => compare(TextOp::Sw),
        CompareOp::Ew => compare(TextOp::Ew),
        CompareOp::Gt => compare(TextOp::Gt),
        CompareOp::Ge => compare(TextOp::Ge),
        CompareOp::Lt => compare(TextOp::Lt),
        CompareOp::Le => compare(TextOp::Le),
    }
}

/// `emails op v` (or `emails.value op v`): some value compares so; `ne`:
/// none is equal.
fn email_atom(op: Op<'_>) -> Pred {
    match op {
        Some((CompareOp::Ne, v)) => not(any_email(text_atom(
            Col::Email,
            false,
            Some((&CompareOp::Eq, v)),
        ))),
        op => any_email(text_atom(Col::Email, false, op)),
    }
}

fn holds(op: &CompareOp, ord: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CompareOp::Eq => ord == Equal,
        CompareOp::Ne => ord != Equal,
        CompareOp::Gt => ord == Greater,
        CompareOp::Ge => ord != Less,
        CompareOp::Lt => ord == Less,
        CompareOp::Le => ord != Greater,
        CompareOp::Co | CompareOp::Sw | CompareOp::Ew => false,
    }
}

/// `active`, as the document holds it (or not).
fn active_atom(op: Op<'_>) -> Pred {
    let Some((op, value)) = op else {
        return Pred::ActivePresent;
    };
    let expected = match value {
        CompValue::True => true,
        CompValue::False => false,
        _ if *op == CompareOp::Ne => return Pred::True,
        _ => return Pred::False,
    };
    if *op == CompareOp::Ne {
        // (holds where there is no value, too)
        return not(Pred::Active(expected));
    }
    match (
        holds(op, true.cmp(&expected)),
        holds(op, false.cmp(&expected)),
    ) {
        (true, true) => Pred::ActivePresent,
        (false, false) => Pred::False,
        (when_true, _) => Pred::Active(when_true),
    }
}

/// The timestamps compare as instants, to the millisecond they are kept
/// in; an operand that is not a date-time compares false.
fn time_atom(col: IntCol, op: Op<'_>) -> Pred {
    let Some((op, value)) = op else {
        return Pred::True;
    };
    let at = match value {
        CompValue::Str(s) => parse_rfc3339(s),
        _ => None,
    };
    let Some(at) = at else {
        return incomparable(op);
    };
    let op = match op {
        CompareOp::Eq => IntOp::Eq,
        CompareOp::Ne => IntOp::Ne,
        CompareOp::Gt => IntOp::Gt,
        CompareOp::Ge => IntOp::Ge,
        CompareOp::Lt => IntOp::Lt,
        CompareOp::Le => IntOp::Le,
        CompareOp::Co | CompareOp::Sw | CompareOp::Ew => return Pred::False,
    };
    Pred::Int(col, op, at)
}

/// `meta.version eq "W/\"3\""` (and `ne`); other operators on the ETag's
/// text are left to the evaluator.
fn version_atom(op: Op<'_>) -> Option<Pred> {
    let Some((op, value)) = op else {
        return Some(Pred::True);
    };
    let equal = |text: &str| {
        let number = text
            .strip_prefix("W/\"")
            .and_then(|t| t.strip_suffix('"'))
            .and_then(|n| n.parse::<i64>().ok());
        match number {
            // (the exact text, so that `W/"03"` is no version)
            Some(n) if etag(n) == text => Pred::Int(IntCol::Version, IntOp::Eq, n),
            _ => Pred::False,
        }
    };
    match (op, value) {
        (CompareOp::Eq, CompValue::Str(s)) => Some(equal(s)),
        (CompareOp::Ne, CompValue::Str(s)) => Some(not(equal(s))),
        (CompareOp::Ne, _) => Some(Pred::True),
        (CompareOp::Eq, _) => Some(Pred::False),
        _ => None,
    }
}

/// An attribute every user has with the same value (`meta.resourceType`).
fn constant_atom(constant: &str, op: Op<'_>) -> Pred {
    let Some((op, value)) = op else {
        return Pred::True;
    };
    let CompValue::Str(value) = value else {
        return incomparable(op);
    };
    let result = match op {
        // (meta.resourceType is case-exact)
        CompareOp::Ne => !string_compare(true, constant, &CompareOp::Eq, value),
        op => string_compare(true, constant, op, value),
    };
    if result { Pred::True } else { Pred::False }
}

/// The derived columns of a user, computed on every write from its
/// document by the rules the evaluator reads it with: present values only
/// (a missing or empty one is null), folded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folds {
    pub display_name: Option<String>,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub formatted: Option<String>,
    pub middle_name: Option<String>,
    pub honorific_prefix: Option<String>,
    pub honorific_suffix: Option<String>,
    /// `active`, when the document holds it.
    pub active: Option<bool>,
    /// One entry per element of `emails`: its folded value or null, as a
    /// JSON array (both databases can take it apart).
    pub emails: String,
}

impl Folds {
    pub fn of(doc: &Doc) -> Folds {
        let member = |key: &str| -> Option<&Value> {
            doc.get(key).or_else(|| {
                doc.iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case(key))
                    .map(|(_, v)| v)
            })
        };
        let text = |v: Option<&Value>| {
            v.and_then(Value::as_str)
                .filter(|s| !s.is_empty())
                .map(fold)
        };
        let name = member("name");
        let part = |key: &str| text(name.and_then(|n| get_ci(n, key)));
        let elements: Vec<&Value> = match member("emails") {
            Some(Value::Array(items)) => items.iter().collect(),
            Some(Value::Null) | None => Vec::new(),
            Some(v) => vec![v],
        };
        let emails: Vec<Option<String>> = elements
            .into_iter()
            .map(|e| text(get_ci(e, "value")))
            .collect();
        Folds {
            display_name: text(member("displayName")),
            given_name: part("givenName"),
            family_name: part("familyName"),
            formatted: part("formatted"),
            middle_name: part("middleName"),
            honorific_prefix: part("honorificPrefix"),
            honorific_suffix: part("honorificSuffix"),
            active: member("active").and_then(Value::as_bool),
            emails: serde_json::to_string(&emails).unwrap_or_else(|_| "[]".into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scim::filter::parse;

    fn p(f: &str) -> Plan {
        plan(&parse(f).unwrap())
    }

    #[test]
    fn listed_attributes_translate_exactly() {
        for f in [
            r#"userName eq "A@b.c""#,
            r#"externalId sw "x""#,
            r#"displayName co "x""#,
            r#"name.familyName ew "x""#,
            r#"name.givenName gt "x""#,
            r#"emails.value eq "x""#,
            r#"emails co "x""#,
            r#"emails[value sw "x"]"#,
            r#"active eq false"#,
            r#"meta.created ge "2024-01-01T00:00:00Z""#,
            r#"meta.lastModified lt "2024-01-01T00:00:00Z""#,
            r#"meta.version eq "W/\"3\"""#,
            r#"meta.resourceType eq "User""#,
            r#"not (userName pr) or id ne "x""#,
        ] {
            assert!(p(f).exact.is_some(), "{f}");
        }
        assert_eq!(
            p(r#"userName eq "ＡDA""#).exact,
            Some(Pred::Text(Col::UserName, TextOp::Eq, "ada".into()))
        );
        assert_eq!(p(r#"meta.resourceType eq "User""#).exact, Some(Pred::True));
        assert_eq!(p(r#"meta.resourceType eq "user""#).exact, Some(Pred::False));
        assert_eq!(p(r#"active gt true"#).exact, Some(Pred::False));
    }

    #[test]
    fn the_rest_narrows_to_a_superset() {
        let plan = p(r#"title co "x" and name.familyName co "y""#);
        assert_eq!(plan.exact, None);
        assert_eq!(
            plan.narrow,
            Pred::Text(Col::FamilyName, TextOp::Co, "y".into())
        );
        // under `not`, an unknown part may not shrink the superset
        assert_eq!(p(r#"not (title co "x")"#).narrow, Pred::True);
        assert_eq!(
            p(r#"not (title co "x" or userName eq "a")"#).narrow,
            Pred::Not(Box::new(Pred::Text(Col::UserName, TextOp::Eq, "a".into())))
        );
        // a bracket keeps the parts it can store
        assert_eq!(
            p(r#"emails[type eq "work" and value co "X"]"#).narrow,
            Pred::AnyEmail(Box::new(Pred::Text(Col::Email, TextOp::Co, "x".into())))
        );
    }

    #[test]
    fn index_answers_equalities_only() {
        assert!(p(r#"userName eq "a" and title co "x""#).narrow.indexed());
        assert!(p(r#"id eq "a" or externalId eq "b""#).narrow.indexed());
        assert!(!p(r#"userName co "a""#).narrow.indexed());
        assert!(!p(r#"userName eq "a" or title co "x""#).narrow.indexed());
    }

    #[test]
    fn folds_follow_the_evaluator() {
        let doc: Doc = serde_json::from_value(serde_json::json!({
            "userName": "x",
            "displayName": "ＡDA",
            "name": {"familyName": "Lovelace", "givenName": ""},
            "emails": [{"value": "A@X.com"}, {"type": "work"}]
        }))
        .unwrap();
        let f = Folds::of(&doc);
        assert_eq!(f.display_name.as_deref(), Some("ada"));
        assert_eq!(f.family_name.as_deref(), Some("lovelace"));
        assert_eq!(f.given_name, None);
        assert_eq!(f.emails, r#"["a@x.com",null]"#);
    }
}
