//! Group and membership statements for both stores, written once with
//! `?` placeholders and `{ids}` tables ([`crate::sql::Dialect::sql`] puts
//! them into either database). A list of user ids travels as one JSON array
//! bound to one placeholder and is read back as a table.

use crate::sql::Dialect;

/// The group columns every group query selects, in this order.
pub const GROUP_COLUMNS: &str = "id, display_name, external_id, version, created_at, last_modified";

/// The ids (bound once, then the team) that no user of the team has.
pub const UNKNOWN_USERS: &str = "SELECT j.value FROM {ids} \
     WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = j.value AND u.team_id = ?)";

/// Add the users (group id, then the ids); returns the ids added.
/// (`WHERE true` keeps SQLite from reading `ON CONFLICT` as a join's `ON`.)
pub const ADD_MEMBERS: &str = "INSERT INTO group_members (group_id, user_id) \
     SELECT ?, j.value FROM {ids} WHERE true ON CONFLICT DO NOTHING RETURNING user_id";

/// Remove the users (group id, then the ids); returns the ids removed.
pub const REMOVE_MEMBERS: &str = "DELETE FROM group_members \
     WHERE group_id = ? AND user_id IN (SELECT j.value FROM {ids}) RETURNING user_id";

/// Remove every member but these (group id, then the ids); returns the ids
/// removed.
pub const KEEP_ONLY_MEMBERS: &str = "DELETE FROM group_members \
     WHERE group_id = ? AND user_id NOT IN (SELECT j.value FROM {ids}) RETURNING user_id";

/// One audit line per user named (team, at, actor, action, target, then
/// the ids), its detail the user's userName.
pub const AUDIT_MEMBERS: &str = "INSERT INTO audit (team_id, at, actor, action, target, detail) \
     SELECT ?, ?, ?, ?, ?, u.user_name FROM users u \
     WHERE u.id IN (SELECT j.value FROM {ids}) ORDER BY u.seq";

pub const INSERT_GROUP: &str = "INSERT INTO scim_groups \
     (team_id, id, display_name, f_display_name, external_id, version, created_at, \
     last_modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

/// The group's new name, folded name, externalId and lastModified, then
/// its id; the version goes up by one.
pub const UPDATE_GROUP: &str = "UPDATE scim_groups SET display_name = ?, f_display_name = ?, \
     external_id = ?, version = version + 1, last_modified = ? WHERE id = ?";

/// Whether another group of the team (the team, then the folded name and
/// the id that does not count) has the folded name.
pub const NAME_TAKEN: &str =
    "SELECT count(*) FROM scim_groups WHERE team_id = ? AND f_display_name = ? AND id <> ?";

/// A group of the team (its id, then the team).
pub fn group_by_id() -> String {
    format!("SELECT {GROUP_COLUMNS} FROM scim_groups WHERE id = ? AND team_id = ?")
}

/// The members of the groups named (their ids bound once), as
/// (group id, user id, userName), by group then user id.
pub const MEMBERS_OF: &str = "SELECT m.group_id, m.user_id, u.user_name \
     FROM group_members m JOIN users u ON u.id = m.user_id \
     WHERE m.group_id IN (SELECT j.value FROM {ids}) ORDER BY m.group_id, m.user_id";

/// The number of members of each group of the team named (ids bound
/// once, then the team), as (group id, count); groups without members, and
/// groups of other teams, are absent.
pub const MEMBER_COUNTS: &str = "SELECT group_id, count(*) FROM group_members \
     WHERE group_id IN (SELECT g.id FROM {ids} JOIN scim_groups g ON g.id = j.value \
     WHERE g.team_id = ?) GROUP BY group_id";

/// Counts in the order of `ids`.
pub fn counts_in_order(ids: &[String], found: Vec<(String, i64)>) -> Vec<u64> {
    let found: std::collections::HashMap<String, i64> = found.into_iter().collect();
    ids.iter()
        .map(|id| found.get(id).copied().unwrap_or(0).max(0) as u64)
        .collect()
}

/// The user's groups as one JSON text column, `[[id, displayName], …]`:
/// selected with every user, so that a user and its read-only `groups`
/// come in one statement (an index probe when the user has none).
pub fn groups_of_user(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Sqlite => {
            "(SELECT json_group_array(json_array(g.id, g.display_name)) \
             FROM group_members m JOIN scim_groups g ON g.id = m.group_id \
             WHERE m.user_id = users.id) AS groups_json"
        }
        Dialect::Postgres => {
            "(SELECT coalesce(json_agg(json_build_array(g.id, g.display_name)), '[]'::json)::text \
             FROM group_members m JOIN scim_groups g ON g.id = m.group_id \
             WHERE m.user_id = users.id) AS groups_json"
        }
    }
}

/// The groups column's text as the user's groups, by displayName.
pub fn parse_groups(text: Option<&str>) -> Vec<scimctl_core::model::GroupRef> {
    let pairs: Vec<(String, String)> = text
        .and_then(|t| serde_json::from_str(t).ok())
        .unwrap_or_default();
    let mut groups: Vec<_> = pairs
        .into_iter()
        .map(|(id, display_name)| scimctl_core::model::GroupRef { id, display_name })
        .collect();
    groups.sort_by(|a, b| {
        scimctl_core::model::name_key(&a.display_name)
            .cmp(&scimctl_core::model::name_key(&b.display_name))
            .then_with(|| a.id.cmp(&b.id))
    });
    groups
}
