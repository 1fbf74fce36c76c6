//! How the records of the admin and provisioning planes are shown.
//! Field names of the JSON forms are part of the scripting contract
//! (README, "Output").

use serde_json::Value;

use crate::ui::output::Record;
use scimctl_core::model::{AuditEntry, KeyInfo};
use scimctl_core::sso::{ScimStatus, SsoInfo};

impl Record for SsoInfo {
    fn headers() -> &'static [&'static str] {
        &["ID", "TYPE", "NAME", "CREATED"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.kind.as_str().to_string(),
            self.name.clone(),
            self.created_at.clone(),
        ]
    }
    fn json(&self) -> Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

impl Record for KeyInfo {
    fn headers() -> &'static [&'static str] {
        &[
            "ID",
            "NAME",
            "PREFIX",
            "STATUS",
            "CREATED",
            "LAST USED",
            "EXPIRES",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.name.clone(),
            self.prefix.clone(),
            self.status.as_str().to_string(),
            self.created_at.clone(),
            self.last_used_at.as_deref().unwrap_or_default().to_string(),
            self.expires_at.as_deref().unwrap_or_default().to_string(),
        ]
    }
    fn json(&self) -> Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

impl Record for ScimStatus {
    fn headers() -> &'static [&'static str] {
        &[
            "SCIM",
            "SSO METHODS",
            "ACTIVE KEYS",
            "IN GRACE",
            "SUSPENDED",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            if self.enabled { "enabled" } else { "disabled" }.to_string(),
            self.sso_methods.to_string(),
            self.active_keys.to_string(),
            self.grace_keys.to_string(),
            self.suspended_keys.to_string(),
        ]
    }
    fn json(&self) -> Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

impl Record for AuditEntry {
    fn headers() -> &'static [&'static str] {
        &["SEQ", "TIME", "ACTOR", "ACTION", "TARGET", "DETAIL"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.seq.to_string(),
            scimctl_core::time::to_rfc3339(self.at),
            self.actor.clone(),
            self.action.as_str().to_string(),
            self.target.clone(),
            self.detail.as_deref().unwrap_or_default().to_string(),
        ]
    }
    fn json(&self) -> Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

/// A SCIM User resource as the backend returned it. JSON forms print it
/// untouched; table and CSV pick the columns an admin scans for.
pub struct UserResource(pub Value);

impl UserResource {
    fn text(&self, path: &[&str]) -> String {
        let mut v = &self.0;
        for p in path {
            match scimctl_core::scim::stored::get_ci(v, p) {
                Some(next) => v = next,
                None => return String::new(),
            }
        }
        match v {
            Value::String(s) => s.clone(),
            Value::Null => String::new(),
            other => other.to_string(),
        }
    }

    fn roles(&self) -> String {
        joined(&self.0, "roles", ";", |r| {
            r.get("value").and_then(Value::as_str)
        })
    }
}

/// The values of a multi-valued attribute, each as `pick` reads it, joined.
fn joined<'a>(
    resource: &'a Value,
    attribute: &str,
    separator: &str,
    pick: impl Fn(&'a Value) -> Option<&'a str>,
) -> String {
    scimctl_core::scim::stored::get_ci(resource, attribute)
        .and_then(Value::as_array)
        .map(|values| {
            values
                .iter()
                .filter_map(pick)
                .collect::<Vec<_>>()
                .join(separator)
        })
        .unwrap_or_default()
}

/// The columns of a user, and of a user with its groups. STATE comes
/// last, after the columns scripts reading CSV by position had before it.
const USER_COLUMNS: [&str; 8] = [
    "ID",
    "USERNAME",
    "FIRST",
    "LAST",
    "ACTIVE",
    "ROLES",
    "EXTERNAL ID",
    "STATE",
];
const USER_DETAIL_COLUMNS: [&str; 9] = {
    let mut columns = [""; 9];
    let mut i = 0;
    while i < USER_COLUMNS.len() {
        columns[i] = USER_COLUMNS[i];
        i += 1;
    }
    columns[8] = "GROUPS";
    columns
};

/// Where a user's team membership stands: the membership extension's
/// `state` where the service keeps one (docs/scim.md, "Accounts and
/// memberships"), else what `active` says (a service without accounts
/// has no invited members).
pub fn member_state(user: &Value) -> &str {
    use scimctl_core::scim::schema::{MEMBERSHIP_SCHEMA, MEMBERSHIP_SCHEMA_SHORT};
    let get = scimctl_core::scim::stored::get_ci;
    let kept = [MEMBERSHIP_SCHEMA, MEMBERSHIP_SCHEMA_SHORT]
        .iter()
        .find_map(|urn| get(user, urn))
        .and_then(|ext| get(ext, "state"))
        .and_then(Value::as_str);
    if let Some(state) = kept {
        return state;
    }
    match get(user, "active").and_then(Value::as_bool) {
        Some(false) => "deactivated",
        _ => "active",
    }
}

impl Record for UserResource {
    fn headers() -> &'static [&'static str] {
        &USER_COLUMNS
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.text(&["id"]),
            self.text(&["userName"]),
            self.text(&["name", "givenName"]),
            self.text(&["name", "familyName"]),
            self.text(&["active"]),
            self.roles(),
            self.text(&["externalId"]),
            member_state(&self.0).to_string(),
        ]
    }
    fn json(&self) -> Value {
        self.0.clone()
    }
}

/// A user with the groups it belongs to: what `users get` (and the
/// commands that show one user) print as a table.
pub struct UserDetail(pub Value);

impl UserDetail {
    fn groups(&self) -> String {
        joined(&self.0, "groups", "; ", |g| {
            scimctl_core::scim::stored::get_ci(g, "display")
                .or_else(|| scimctl_core::scim::stored::get_ci(g, "value"))
                .and_then(Value::as_str)
        })
    }
}

impl Record for UserDetail {
    fn headers() -> &'static [&'static str] {
        &USER_DETAIL_COLUMNS
    }
    fn cells(&self) -> Vec<String> {
        let mut cells = UserResource(self.0.clone()).cells();
        cells.push(self.groups());
        cells
    }
    fn json(&self) -> Value {
        self.0.clone()
    }
}

/// The user ids in a group's `members`.
pub fn member_ids(group: &Value) -> Vec<String> {
    item_texts(group, "members", "value").unwrap_or_default()
}

/// The text under `key` of each item of the multi-valued attribute
/// `attr` (a group's members' `value`, a user's groups' `display`),
/// names compared case-insensitively as SCIM does; items without it are
/// left out. None when the resource has no such array.
pub fn item_texts(resource: &Value, attr: &str, key: &str) -> Option<Vec<String>> {
    use scimctl_core::scim::stored::get_ci;
    get_ci(resource, attr)
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(|item| get_ci(item, key).and_then(Value::as_str))
                .map(str::to_string)
                .collect()
        })
}

/// `N things (a, b, …)` for a confirmation: the count, the noun with an
/// `s` unless there is one, and every name.
pub fn counted_names(noun: &str, names: &[&str]) -> String {
    format!(
        "{} {noun}{} ({})",
        names.len(),
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    )
}

/// A SCIM Group resource as the backend returned it.
pub struct GroupResource(pub Value);

impl Record for GroupResource {
    fn headers() -> &'static [&'static str] {
        &["ID", "NAME", "EXTERNAL ID", "MEMBERS"]
    }
    fn cells(&self) -> Vec<String> {
        let text = |k: &str| {
            scimctl_core::scim::stored::get_ci(&self.0, k)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        // (a listing leaves members out: no count to show)
        let members = scimctl_core::scim::stored::get_ci(&self.0, "members")
            .and_then(Value::as_array)
            .map(|m| m.len().to_string())
            .unwrap_or_default();
        vec![text("id"), text("displayName"), text("externalId"), members]
    }
    fn json(&self) -> Value {
        self.0.clone()
    }
}

/// A member of a group, with its userName.
pub struct MemberRecord {
    pub id: String,
    pub user_name: String,
}

impl Record for MemberRecord {
    fn headers() -> &'static [&'static str] {
        &["ID", "USERNAME"]
    }
    fn cells(&self) -> Vec<String> {
        vec![self.id.clone(), self.user_name.clone()]
    }
    fn json(&self) -> Value {
        serde_json::json!({"id": self.id, "userName": self.user_name})
    }
}
