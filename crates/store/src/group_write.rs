//! The order of a group write, written once for both databases: every
//! refusal (unknown members, a taken name, a stale version) is ruled out
//! before the first write, member edits write only the rows they name, and
//! each change carries its audit lines. [`GroupTx`] runs it on a connection
//! inside the store's transaction — SQLite's writer savepoint, or a
//! PostgreSQL transaction whose first read locks the group's row, so that
//! writes to one group run one at a time across instances while writes to
//! different groups do not wait for each other.

use sqlx::{Database, Executor, FromRow};

use crate::group_sql::{
    ADD_MEMBERS, AUDIT_MEMBERS, INSERT_GROUP, KEEP_ONLY_MEMBERS, NAME_TAKEN, REMOVE_MEMBERS,
    UNKNOWN_USERS, UPDATE_GROUP, group_by_id,
};
use crate::sql::{self, Arg, Db, Dialect, ids_json};
use crate::{db_error, is_unique_violation};
use scimctl_core::error::{Error, Result, ScimType};
use scimctl_core::model::{AuditAction, AuditEntry, GroupRow, TeamId, name_key};
use scimctl_core::store::{GroupEdit, GroupWrite, MemberEdit, Stamp};

/// Each id once, in first-seen order.
fn distinct(ids: &[String]) -> Vec<String> {
    let mut seen = std::collections::HashSet::with_capacity(ids.len());
    ids.iter()
        .filter(|i| seen.insert(i.as_str()))
        .cloned()
        .collect()
}

/// A group's columns as a query returns them.
type Header = (String, String, Option<String>, i64, i64, i64);

pub fn header_row(
    (id, display_name, external_id, version, created, last_modified): Header,
) -> GroupRow {
    GroupRow {
        id,
        display_name,
        external_id,
        created,
        last_modified,
        version,
        members: None,
    }
}

/// A group write's connection, inside the store's transaction, and the
/// team whose group it writes.
pub struct GroupTx<'a, DB: Database>(pub &'a mut DB::Connection, pub TeamId);

impl<DB> GroupTx<'_, DB>
where
    DB: Db,
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
    Header: for<'r> FromRow<'r, DB::Row>,
    (i64,): for<'r> FromRow<'r, DB::Row>,
    (String,): for<'r> FromRow<'r, DB::Row>,
{
    fn sql(template: &str) -> sqlx::AssertSqlSafe<String> {
        DB::DIALECT.sql(template)
    }

    /// The group's columns (no members); PostgreSQL locks the row.
    async fn header(&mut self, id: &str) -> Result<Option<GroupRow>> {
        let lock = match DB::DIALECT {
            Dialect::Sqlite => "",
            Dialect::Postgres => " FOR UPDATE",
        };
        let query = sqlx::query_as(Self::sql(&format!("{}{lock}", group_by_id())));
        let row: Option<Header> = sql::bind(query, [Arg::Text(id), Arg::Int(self.1)])
            .fetch_optional(&mut *self.0)
            .await
            .map_err(db_error)?;
        Ok(row.map(header_row))
    }

    /// Whether a group other than `id` has the folded name `key`.
    async fn name_taken(&mut self, key: &str, id: &str) -> Result<bool> {
        let query = sqlx::query_scalar(Self::sql(NAME_TAKEN));
        let n: i64 = sql::bind(query, [Arg::Int(self.1), Arg::Text(key), Arg::Text(id)])
            .fetch_one(&mut *self.0)
            .await
            .map_err(db_error)?;
        Ok(n > 0)
    }

    /// The ids of the JSON array that no user has.
    async fn unknown_users(&mut self, ids_json: &str) -> Result<Vec<String>> {
        sql::bind(
            sqlx::query_scalar(Self::sql(UNKNOWN_USERS)),
            [Arg::Text(ids_json), Arg::Int(self.1)],
        )
        .fetch_all(&mut *self.0)
        .await
        .map_err(db_error)
    }

    /// Run a members statement ([`ADD_MEMBERS`], [`REMOVE_MEMBERS`],
    /// [`KEEP_ONLY_MEMBERS`]) for the group: the ids it returned. A user
    /// deleted meanwhile by another instance is a refusal, not a bug.
    async fn member_ids(
        &mut self,
        template: &'static str,
        group_id: &str,
        ids_json: &str,
    ) -> Result<Vec<String>> {
        let query = sqlx::query_scalar(Self::sql(template));
        match sql::bind(query, [Arg::Text(group_id), Arg::Text(ids_json)])
            .fetch_all(&mut *self.0)
            .await
        {
            Err(sqlx::Error::Database(db)) if db.is_foreign_key_violation() => Err(Error::invalid(
                "a user named as a member was deleted at the same moment",
            )
            .with_scim_type(ScimType::InvalidValue)),
            other => other.map_err(db_error),
        }
    }

    /// Run a write of the group's row: false when a unique index (the
    /// folded name) refused it.
    async fn write_unless_taken(
        &mut self,
        template: &str,
        args: impl IntoIterator<Item = Arg<'_>>,
    ) -> Result<bool> {
        let done = sql::bind(sqlx::query(Self::sql(template)), args)
            .execute(&mut *self.0)
            .await;
        match done {
            Ok(_) => Ok(true),
            Err(e) if is_unique_violation(&e) => Ok(false),
            Err(e) => Err(db_error(e)),
        }
    }

    /// Insert the group's row: false when its name is taken.
    async fn insert_header(&mut self, g: &GroupRow) -> Result<bool> {
        let args = [
            Arg::Int(self.1),
            Arg::Text(&g.id),
            Arg::Text(&g.display_name),
            Arg::Owned(name_key(&g.display_name)),
            Arg::OptText(g.external_id.as_deref()),
            Arg::Int(g.version),
            Arg::Int(g.created),
            Arg::Int(g.last_modified),
        ];
        self.write_unless_taken(INSERT_GROUP, args).await
    }

    /// Set name, folded name, externalId and lastModified, version + 1:
    /// false when the name is taken.
    async fn update_header(
        &mut self,
        id: &str,
        display_name: &str,
        external_id: Option<&str>,
        at: i64,
    ) -> Result<bool> {
        let args = [
            Arg::Text(display_name),
            Arg::Owned(name_key(display_name)),
            Arg::OptText(external_id),
            Arg::Int(at),
            Arg::Text(id),
        ];
        self.write_unless_taken(UPDATE_GROUP, args).await
    }

    /// One audit line per user named, its detail the user's userName.
    async fn audit_members(
        &mut self,
        stamp: &Stamp,
        action: AuditAction,
        group_id: &str,
        ids_json: &str,
    ) -> Result<()> {
        let args = [
            Arg::Int(self.1),
            Arg::Int(stamp.at),
            Arg::Text(&stamp.actor),
            Arg::Text(action.as_str()),
            Arg::Text(group_id),
            Arg::Text(ids_json),
        ];
        sql::bind(sqlx::query(Self::sql(AUDIT_MEMBERS)), args)
            .execute(&mut *self.0)
            .await
            .map_err(db_error)?;
        Ok(())
    }

    /// Run one members statement of an edit, with the audit lines of the
    /// users it changed: whether it changed any.
    async fn edit_members(
        &mut self,
        edit: &GroupEdit,
        statement: &'static str,
        action: AuditAction,
        ids: &[String],
    ) -> Result<bool> {
        let changed = self
            .member_ids(statement, &edit.id, &ids_json(&distinct(ids)))
            .await?;
        if changed.is_empty() {
            return Ok(false);
        }
        self.audit_members(&edit.stamp, action, &edit.id, &ids_json(&changed))
            .await?;
        Ok(true)
    }

    async fn audit(&mut self, entry: &AuditEntry) -> Result<()> {
        sql::bind(
            sqlx::query(Self::sql(sql::AUDIT_SQL)),
            sql::audit_args(self.1, entry),
        )
        .execute(&mut *self.0)
        .await
        .map_err(db_error)?;
        Ok(())
    }

    /// Insert a group with its first members (see
    /// [`scimctl_core::store::Store::insert_group`]). Nothing is written
    /// before every refusal has been ruled out, so that a refused create
    /// needs no rollback.
    pub async fn create(
        &mut self,
        group: &GroupRow,
        members: &[String],
        audit: &AuditEntry,
    ) -> Result<GroupWrite> {
        let members = distinct(members);
        let json = ids_json(&members);
        if !members.is_empty() {
            let unknown = self.unknown_users(&json).await?;
            if !unknown.is_empty() {
                return Ok(GroupWrite::UnknownMembers(unknown));
            }
        }
        if self
            .name_taken(&name_key(&group.display_name), &group.id)
            .await?
            || !self.insert_header(group).await?
        {
            return Ok(GroupWrite::NameTaken);
        }
        self.audit(audit).await?;
        if !members.is_empty() {
            self.member_ids(ADD_MEMBERS, &group.id, &json).await?;
            let stamp = Stamp {
                at: audit.at,
                actor: audit.actor.clone(),
            };
            self.audit_members(&stamp, AuditAction::GroupMemberAdd, &group.id, &json)
                .await?;
        }
        let mut written = group.clone();
        written.members = None;
        Ok(GroupWrite::Written(written))
    }

    /// Apply a [`GroupEdit`]: checks first (gone, version, unknown
    /// members, name), then the member edits in order, then the name. The
    /// group gets a new version only if a row changed.
    pub async fn edit(&mut self, edit: &GroupEdit) -> Result<GroupWrite> {
        let Some(current) = self.header(&edit.id).await? else {
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
            let unknown = self.unknown_users(&ids_json(&distinct(&named))).await?;
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
            && self.name_taken(&name_key(&display_name), &edit.id).await?
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
                let action = AuditAction::GroupMemberRemove;
                members_changed |= self.edit_members(edit, statement, action, ids).await?;
            }
            if let Some(ids) = adding.filter(|ids| !ids.is_empty()) {
                let action = AuditAction::GroupMemberAdd;
                members_changed |= self.edit_members(edit, ADD_MEMBERS, action, ids).await?;
            }
        }
        let header_changed = renamed || external_id != current.external_id;
        if !header_changed && !members_changed {
            return Ok(GroupWrite::Written(current));
        }
        if !self
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
            self.audit(&AuditEntry {
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
}
