//! One user as `users import` reads it and `users export` writes it, and
//! the two file formats (CSV with a header, JSON Lines).

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use scimctl_core::scim::schema::USER_SCHEMA;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FileFormat {
    Csv,
    Jsonl,
}

impl FileFormat {
    /// Its value of `--format`.
    pub fn name(self) -> &'static str {
        match self {
            FileFormat::Csv => "csv",
            FileFormat::Jsonl => "jsonl",
        }
    }
}

/// One user as import reads it and export writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    pub email: String,
    #[serde(default)]
    pub first_name: String,
    #[serde(default)]
    pub last_name: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "blank_is_none"
    )]
    pub external_id: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "blank_is_none"
    )]
    pub role: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "boolish"
    )]
    pub active: Option<bool>,
    /// The groups the user belongs to, by displayName: in CSV one cell,
    /// names separated by `;`; in JSON Lines an array (or the same text).
    /// A blank cell (or no column) says nothing of memberships; `[]` in
    /// JSON Lines says "in no group".
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "group_list"
    )]
    pub groups: Option<Vec<String>>,
}

fn group_list<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<Vec<String>>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum G {
        List(Vec<String>),
        Text(String),
    }
    Ok(match Option::<G>::deserialize(d)? {
        None => None,
        Some(G::List(names)) => Some(
            names
                .iter()
                .map(|n| n.trim().to_string())
                .filter(|n| !n.is_empty())
                .collect(),
        ),
        Some(G::Text(t)) if t.trim().is_empty() => None,
        Some(G::Text(t)) => Some(
            t.split(';')
                .map(|n| n.trim().to_string())
                .filter(|n| !n.is_empty())
                .collect(),
        ),
    })
}

/// The groups cell of CSV: names joined by `;`.
pub fn groups_cell(groups: &Option<Vec<String>>) -> String {
    groups.as_deref().map(|g| g.join(";")).unwrap_or_default()
}

fn blank_is_none<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<String>, D::Error> {
    let v: Option<String> = Option::deserialize(d)?;
    Ok(v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()))
}

fn boolish<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Option<bool>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum B {
        Bool(bool),
        Text(String),
    }
    match Option::<B>::deserialize(d)? {
        None => Ok(None),
        Some(B::Bool(b)) => Ok(Some(b)),
        Some(B::Text(t)) => match t.trim().to_ascii_lowercase().as_str() {
            "" => Ok(None),
            "true" | "yes" | "1" => Ok(Some(true)),
            "false" | "no" | "0" => Ok(Some(false)),
            other => Err(serde::de::Error::custom(format!(
                "active must be true or false, not {other:?}"
            ))),
        },
    }
}

// --- one rule set for create, update and import (docs/cli.md, "Users") ---

/// The roles a team member can have; a user created without one gets
/// `developer` (the seed's default).
pub const ROLES: &[&str] = &["admin", "billing", "developer"];

/// An email-shaped userName, trimmed: one `@` with text on both sides and a
/// dot inside the domain, no white space or control characters.
pub fn check_email(text: &str) -> std::result::Result<String, String> {
    let email = text.trim();
    let shaped = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        }
        None => false,
    };
    if !shaped || email.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("{email:?} is not an email address"));
    }
    Ok(email.to_string())
}

/// A first or last name, trimmed: not empty, no control characters (they
/// would reach admins' terminals).
pub fn check_name(what: &str, text: &str) -> std::result::Result<String, String> {
    let name = text.trim();
    if name.is_empty() {
        return Err(format!("{what} is empty"));
    }
    if name.chars().any(char::is_control) {
        return Err(format!("{what} contains a control character"));
    }
    Ok(name.to_string())
}

/// A known role, in any case; returned lower-case.
pub fn check_role(text: &str) -> std::result::Result<String, String> {
    let role = text.trim().to_ascii_lowercase();
    if ROLES.contains(&role.as_str()) {
        Ok(role)
    } else {
        Err(format!(
            "unknown role {:?}; one of {}",
            text.trim(),
            ROLES.join(", ")
        ))
    }
}

/// Check and tidy a whole row: the same rules as `users create`.
pub fn check(row: Row) -> std::result::Result<Row, String> {
    let groups = match &row.groups {
        None => None,
        Some(names) => {
            let mut checked: Vec<String> = Vec::with_capacity(names.len());
            for n in names {
                let name = scimctl_core::groups::check_group_name(n)
                    .map_err(|e| format!("group {n:?}: {}", e.message()))?;
                let key = scimctl_core::model::name_key(&name);
                if !checked
                    .iter()
                    .any(|c| scimctl_core::model::name_key(c) == key)
                {
                    checked.push(name);
                }
            }
            Some(checked)
        }
    };
    Ok(Row {
        email: check_email(&row.email)?,
        first_name: check_name("first_name", &row.first_name)?,
        last_name: check_name("last_name", &row.last_name)?,
        role: row.role.as_deref().map(check_role).transpose()?,
        groups,
        ..row
    })
}

pub fn body_of(row: &Row) -> Value {
    let mut body = json!({
        "schemas": [USER_SCHEMA],
        "userName": row.email,
        "name": {"givenName": row.first_name, "familyName": row.last_name},
        "displayName": format!("{} {}", row.first_name, row.last_name),
        "emails": [{"value": row.email, "type": "work", "primary": true}],
        "active": row.active.unwrap_or(true),
    });
    if let Some(x) = &row.external_id {
        body["externalId"] = json!(x);
    }
    if let Some(r) = &row.role {
        body["roles"] = json!([{"value": r, "primary": true}]);
    }
    body
}

pub fn row_of(user: &Value) -> Row {
    let text = |path: &[&str]| -> Option<String> {
        let mut v = user;
        for p in path {
            v = scimctl_core::scim::stored::get_ci(v, p)?;
        }
        v.as_str().map(str::to_string)
    };
    let role = scimctl_core::scim::stored::get_ci(user, "roles")
        .and_then(Value::as_array)
        .and_then(|rs| rs.first())
        .and_then(|r| r.get("value"))
        .and_then(Value::as_str)
        .map(str::to_string);
    Row {
        email: text(&["userName"]).unwrap_or_default(),
        first_name: text(&["name", "givenName"]).unwrap_or_default(),
        last_name: text(&["name", "familyName"]).unwrap_or_default(),
        external_id: text(&["externalId"]),
        role,
        active: scimctl_core::scim::stored::get_ci(user, "active").and_then(Value::as_bool),
        // the groups the service lists in the user's read-only `groups`
        groups: crate::cli::views::item_texts(user, "groups", "display").filter(|g| !g.is_empty()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_rule_set_for_emails_names_and_roles() {
        assert_eq!(
            check_email("  ann@example.com ").unwrap(),
            "ann@example.com"
        );
        for bad in [
            "not-an-email",
            "@example.com",
            "ann@",
            "ann@localhost",
            "ann@@example.com",
            "a b@example.com",
            "ann@example.com\u{1b}]0;x",
            "ann@.com",
        ] {
            assert!(check_email(bad).is_err(), "{bad:?}");
        }
        assert_eq!(check_name("first_name", " Ann ").unwrap(), "Ann");
        assert!(check_name("first_name", "  ").is_err());
        assert!(check_name("first_name", "Ann\r\nFAKE").is_err());
        assert_eq!(check_role("Admin").unwrap(), "admin");
        assert!(
            check_role("god mode")
                .unwrap_err()
                .contains("admin, billing, developer")
        );
        assert!(check_role("").is_err());
    }

    #[test]
    fn export_rows_round_trip_through_import() {
        let row = Row {
            email: "a@x.io".into(),
            first_name: "A".into(),
            last_name: "B".into(),
            external_id: Some("e".into()),
            role: Some("admin".into()),
            active: Some(false),
            groups: None,
        };
        let user = body_of(&row);
        assert_eq!(row_of(&user), row);
    }
}
