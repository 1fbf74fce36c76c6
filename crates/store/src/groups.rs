//! Groups and memberships for both stores: the statements, written once
//! with `?` placeholders (PostgreSQL numbers them, see
//! [`super::rows::numbered`]), and the order in which a group write runs
//! them ([`create`], [`edit`]), written once over [`GroupTx`] — the few
//! primitives each store implements inside its own transaction.
//!
//! A list of user ids travels as one JSON array bound to one placeholder
//! and is read back as a table ([`ids`]): a statement keeps one shape and
//! one cached plan whether it names one member or ten thousand, and no
//! statement ever holds more placeholders than the database allows.

use async_trait::async_trait;

use super::select::Dialect;
use scimctl_core::error::Result;
use scimctl_core::model::{AuditAction, AuditEntry, GroupRow, name_key};
use scimctl_core::store::{GroupEdit, GroupWrite, MemberEdit, Stamp};

/// The group columns every group query selects, in this order.
pub const GROUP_COLUMNS: &str = "id, display_name, external_id, version, created_at, last_modified";

/// A JSON array of ids bound to `?`, as a table `j` with one text column
/// `value`.
pub fn ids(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Sqlite => "json_each(?) AS j",
        Dialect::Postgres => "jsonb_array_elements_text(CAST(? AS jsonb)) AS j(value)",
    }
}

/// `template` with each `{ids}` replaced by [`ids`].
pub fn with_ids(template: &str, dialect: Dialect) -> String {
    template.replace("{ids}", ids(dialect))
}

/// The ids, as the JSON array [`ids`] reads.
pub fn ids_json(ids: &[String]) -> String {
    serde_json::to_string(ids).unwrap_or_else(|_| "[]".into())
}

/// The ids (bound once) that no user has.
pub const UNKNOWN_USERS: &str = "SELECT j.value FROM {ids} \
     WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = j.value)";

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

/// One audit line per user named (at, actor, action, target, then the
/// ids), its detail the user's userName.
pub const AUDIT_MEMBERS: &str = "INSERT INTO audit (at, actor, action, target, detail) \
     SELECT ?, ?, ?, ?, u.user_name FROM users u \
     WHERE u.id IN (SELECT j.value FROM {ids}) ORDER BY u.seq";

pub const INSERT_GROUP: &str = "INSERT INTO scim_groups \
     (id, display_name, f_display_name, external_id, version, created_at, last_modified) \
     VALUES (?, ?, ?, ?, ?, ?, ?)";

/// The group's new name, folded name, externalId and lastModified, then
/// its id; the version goes up by one.
pub const UPDATE_GROUP: &str = "UPDATE scim_groups SET display_name = ?, f_display_name = ?, \
     external_id = ?, version = version + 1, last_modified = ? WHERE id = ?";

/// Whether another group (not this id) has the folded name.
pub const NAME_TAKEN: &str =
    "SELECT count(*) FROM scim_groups WHERE f_display_name = ? AND id <> ?";

pub fn group_by_id() -> String {
    format!("SELECT {GROUP_COLUMNS} FROM scim_groups WHERE id = ?")
}

/// The members of the groups named (their ids bound once), as
/// (group id, user id, userName), by group then user id.
pub const MEMBERS_OF: &str = "SELECT m.group_id, m.user_id, u.user_name \
     FROM group_members m JOIN users u ON u.id = m.user_id \
     WHERE m.group_id IN (SELECT j.value FROM {ids}) ORDER BY m.group_id, m.user_id";

/// The number of members of each group named (ids bound once), as
/// (group id, count); groups without members are absent.
pub const MEMBER_COUNTS: &str = "SELECT group_id, count(*) FROM group_members \
     WHERE group_id IN (SELECT j.value FROM {ids}) GROUP BY group_id";

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

/// Whether a write went through: false when a unique index refused it;
/// any other failure as the store maps its errors.
pub fn written<T>(
    done: std::result::Result<T, sqlx::Error>,
    map: fn(sqlx::Error) -> scimctl_core::error::Error,
) -> Result<bool> {
    match done {
        Ok(_) => Ok(true),
        Err(e) if super::rows::is_unique_violation(&e) => Ok(false),
        Err(e) => Err(map(e)),
    }
}

/// What a group write needs of a store, inside the transaction (SQLite:
/// the writer's savepoint; PostgreSQL: a transaction that has locked the
/// group's row, see [`GroupTx::header`]).
#[async_trait]
pub trait GroupTx: Send {
    /// The group's columns (no members); PostgreSQL locks the row.
    async fn header(&mut self, id: &str) -> Result<Option<GroupRow>>;
    /// Whether a group other than `id` has the folded name `key`.
    async fn name_taken(&mut self, key: &str, id: &str) -> Result<bool>;
    /// The ids of the JSON array that no user has.
    async fn unknown_users(&mut self, ids_json: &str) -> Result<Vec<String>>;
    /// Run a members statement ([`ADD_MEMBERS`], [`REMOVE_MEMBERS`],
    /// [`KEEP_ONLY_MEMBERS`]) for the group: the ids it returned.
    async fn member_ids(
        &mut self,
        template: &'static str,
        group_id: &str,
        ids_json: &str,
    ) -> Result<Vec<String>>;
    /// Insert the group's row: false when its name is taken.
    async fn insert_header(&mut self, group: &GroupRow) -> Result<bool>;
    /// Set name, folded name, externalId and lastModified, version + 1:
    /// false when the name is taken.
    async fn update_header(
        &mut self,
        id: &str,
        display_name: &str,
        external_id: Option<&str>,
        at: i64,
    ) -> Result<bool>;
    /// Run [`AUDIT_MEMBERS`].
    async fn audit_members(
        &mut self,
        stamp: &Stamp,
        action: AuditAction,
        group_id: &str,
        ids_json: &str,
    ) -> Result<()>;
    async fn audit(&mut self, entry: &AuditEntry) -> Result<()>;
}

/// Each id once, in first-seen order.
fn distinct(ids: &[String]) -> Vec<String> {
    let mut seen = std::collections::HashSet::with_capacity(ids.len());
    ids.iter()
        .filter(|i| seen.insert(i.as_str()))
        .cloned()
        .collect()
}

/// Insert a group with its first members (see [`scimctl_core::store::Store::insert_group`]).
/// Nothing is written before every refusal has been ruled out, so that a
/// refused create needs no rollback.
pub async fn create(
    tx: &mut impl GroupTx,
    group: &GroupRow,
    members: &[String],
    audit: &AuditEntry,
) -> Result<GroupWrite> {
    let members = distinct(members);
    let json = ids_json(&members);
    if !members.is_empty() {
        let unknown = tx.unknown_users(&json).await?;
        if !unknown.is_empty() {
            return Ok(GroupWrite::UnknownMembers(unknown));
        }
    }
    if tx
        .name_taken(&name_key(&group.display_name), &group.id)
        .await?
        || !tx.insert_header(group).await?
    {
        return Ok(GroupWrite::NameTaken);
    }
    tx.audit(audit).await?;
    if !members.is_empty() {
        tx.member_ids(ADD_MEMBERS, &group.id, &json).await?;
        let stamp = Stamp {
            at: audit.at,
            actor: audit.actor.clone(),
        };
        tx.audit_members(&stamp, AuditAction::GroupMemberAdd, &group.id, &json)
            .await?;
    }
    let mut written = group.clone();
    written.members = None;
    Ok(GroupWrite::Written(written))
}

/// Apply a [`GroupEdit`]: checks first (gone, version, unknown members,
/// name), then the member edits in order, then the name. The group gets a
/// new version only if a row changed.
pub async fn edit(tx: &mut impl GroupTx, edit: &GroupEdit) -> Result<GroupWrite> {
    let Some(current) = tx.header(&edit.id).await? else {
        return Ok(GroupWrite::Gone);
    };
    if edit.expected_version.is_some_and(|v| v != current.version) {
        return Ok(GroupWrite::Stale);
    }
    let named: Vec<String> = edit
        .members
        .iter()
        .flat_map(|e| match e {
            MemberEdit::Add(ids) | MemberEdit::Replace(ids) => ids.as_slice(),
            MemberEdit::Remove(_) => &[],
        })
        .cloned()
        .collect();
    if !named.is_empty() {
        let unknown = tx.unknown_users(&ids_json(&distinct(&named))).await?;
        if !unknown.is_empty() {
            return Ok(GroupWrite::UnknownMembers(unknown));
        }
    }
    let display_name = edit
        .display_name
        .clone()
        .unwrap_or_else(|| current.display_name.clone());
    let external_id = edit
        .external_id
        .clone()
        .unwrap_or_else(|| current.external_id.clone());
    let renamed = display_name != current.display_name;
    if renamed
        && name_key(&display_name) != name_key(&current.display_name)
        && tx.name_taken(&name_key(&display_name), &edit.id).await?
    {
        return Ok(GroupWrite::NameTaken);
    }
    let mut members_changed = false;
    for member_edit in &edit.members {
        let (removing, adding) = match member_edit {
            MemberEdit::Add(ids) => (None, Some(ids)),
            MemberEdit::Remove(ids) => (Some((REMOVE_MEMBERS, ids)), None),
            MemberEdit::Replace(ids) => (Some((KEEP_ONLY_MEMBERS, ids)), Some(ids)),
        };
        if let Some((statement, ids)) = removing {
            let removed = tx
                .member_ids(statement, &edit.id, &ids_json(&distinct(ids)))
                .await?;
            if !removed.is_empty() {
                members_changed = true;
                let json = ids_json(&removed);
                tx.audit_members(&edit.stamp, AuditAction::GroupMemberRemove, &edit.id, &json)
                    .await?;
            }
        }
        if let Some(ids) = adding.filter(|ids| !ids.is_empty()) {
            let added = tx
                .member_ids(ADD_MEMBERS, &edit.id, &ids_json(&distinct(ids)))
                .await?;
            if !added.is_empty() {
                members_changed = true;
                let json = ids_json(&added);
                tx.audit_members(&edit.stamp, AuditAction::GroupMemberAdd, &edit.id, &json)
                    .await?;
            }
        }
    }
    let header_changed = renamed || external_id != current.external_id;
    if !header_changed && !members_changed {
        return Ok(GroupWrite::Written(current));
    }
    if !tx
        .update_header(
            &edit.id,
            &display_name,
            external_id.as_deref(),
            edit.stamp.at,
        )
        .await?
    {
        return Ok(GroupWrite::NameTaken);
    }
    if header_changed {
        tx.audit(&AuditEntry {
            seq: 0,
            at: edit.stamp.at,
            actor: edit.stamp.actor.clone(),
            action: AuditAction::GroupUpdate,
            target: edit.id.clone(),
            detail: Some(display_name.clone()),
        })
        .await?;
    }
    Ok(GroupWrite::Written(GroupRow {
        display_name,
        external_id,
        last_modified: edit.stamp.at,
        version: current.version + 1,
        ..current
    }))
}
