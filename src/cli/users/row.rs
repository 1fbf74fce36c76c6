//! One user as `users import` reads it and `users export` writes it, and
//! the two file formats (CSV with a header, JSON Lines).

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::scim::schema::USER_SCHEMA;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FileFormat {
    Csv,
    Jsonl,
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
            v = crate::scim::doc::get_ci(v, p)?;
        }
        v.as_str().map(str::to_string)
    };
    let role = crate::scim::doc::get_ci(user, "roles")
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
        active: crate::scim::doc::get_ci(user, "active").and_then(Value::as_bool),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_rows_round_trip_through_import() {
        let row = Row {
            email: "a@x.io".into(),
            first_name: "A".into(),
            last_name: "B".into(),
            external_id: Some("e".into()),
            role: Some("admin".into()),
            active: Some(false),
        };
        let user = body_of(&row);
        assert_eq!(row_of(&user), row);
    }
}
