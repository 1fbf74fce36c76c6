//! Groups on SQLite: the primitives of [`GroupTx`] on the writer's
//! connection, and the group reads on a reader connection.

use async_trait::async_trait;
use futures::future::BoxFuture;
use rusqlite::Connection;
use sqlx::{Connection as _, SqliteConnection};

use super::read;
use super::read::read_error;
use super::writer::{Attempt, Broken};
use crate::db_error;
use crate::groups::{self, GroupTx, with_ids};
use crate::rows;
use crate::select::Dialect;
use scimctl_core::error::{Kind, Result};
use scimctl_core::model::{AuditAction, AuditEntry, GroupRow, Member, name_key};
use scimctl_core::store::{GroupEdit, GroupWrite, Stamp};

const D: Dialect = Dialect::Sqlite;

/// A group write the writer runs.
pub enum Write {
    Create {
        group: GroupRow,
        members: Vec<String>,
        audit: AuditEntry,
    },
    Edit(GroupEdit),
}

/// Run a group write on the writer's connection, in a savepoint of its
/// own: any answer but `Written` takes back whatever it wrote (there is
/// none today — every refusal is ruled out before the first write, under
/// the write lock — but the rule should not depend on that).
pub fn run(conn: &mut SqliteConnection, write: Write) -> BoxFuture<'_, Attempt<GroupWrite>> {
    Box::pin(async move {
        let mut sp = conn.begin().await?;
        let outcome = {
            let mut tx = Tx(&mut sp);
            match &write {
                Write::Create {
                    group,
                    members,
                    audit,
                } => groups::create(&mut tx, group, members, audit).await,
                Write::Edit(edit) => groups::edit(&mut tx, edit).await,
            }
        };
        match outcome {
            Ok(done @ GroupWrite::Written(_)) => {
                sp.commit().await?;
                Ok(Ok(done))
            }
            Ok(refused) => {
                sp.rollback().await?;
                Ok(Ok(refused))
            }
            Err(e) if matches!(e.kind(), Kind::Internal | Kind::Unavailable) => {
                let _ = sp.rollback().await;
                Err(Broken(e))
            }
            Err(e) => {
                sp.rollback().await?;
                Ok(Err(e))
            }
        }
    })
}

pub struct Tx<'a>(&'a mut SqliteConnection);

type Header = (String, String, Option<String>, i64, i64, i64);

fn header_row(
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

fn sql(text: String) -> sqlx::AssertSqlSafe<String> {
    // only constant text and `?` placeholders
    sqlx::AssertSqlSafe(text)
}

#[async_trait]
impl GroupTx for Tx<'_> {
    async fn header(&mut self, id: &str) -> Result<Option<GroupRow>> {
        let row: Option<Header> = sqlx::query_as(sql(groups::group_by_id()))
            .bind(id)
            .fetch_optional(&mut *self.0)
            .await
            .map_err(db_error)?;
        Ok(row.map(header_row))
    }

    async fn name_taken(&mut self, key: &str, id: &str) -> Result<bool> {
        let n: i64 = sqlx::query_scalar(groups::NAME_TAKEN)
            .bind(key)
            .bind(id)
            .fetch_one(&mut *self.0)
            .await
            .map_err(db_error)?;
        Ok(n > 0)
    }

    async fn unknown_users(&mut self, ids_json: &str) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(sql(with_ids(groups::UNKNOWN_USERS, D)))
            .bind(ids_json)
            .fetch_all(&mut *self.0)
            .await
            .map_err(db_error)?)
    }

    async fn member_ids(
        &mut self,
        template: &'static str,
        group_id: &str,
        ids_json: &str,
    ) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(sql(with_ids(template, D)))
            .bind(group_id)
            .bind(ids_json)
            .fetch_all(&mut *self.0)
            .await
            .map_err(db_error)?)
    }

    async fn insert_header(&mut self, g: &GroupRow) -> Result<bool> {
        let done = sqlx::query(groups::INSERT_GROUP)
            .bind(&g.id)
            .bind(&g.display_name)
            .bind(name_key(&g.display_name))
            .bind(&g.external_id)
            .bind(g.version)
            .bind(g.created)
            .bind(g.last_modified)
            .execute(&mut *self.0)
            .await;
        groups::written(done, crate::db_error)
    }

    async fn update_header(
        &mut self,
        id: &str,
        display_name: &str,
        external_id: Option<&str>,
        at: i64,
    ) -> Result<bool> {
        let done = sqlx::query(groups::UPDATE_GROUP)
            .bind(display_name)
            .bind(name_key(display_name))
            .bind(external_id)
            .bind(at)
            .bind(id)
            .execute(&mut *self.0)
            .await;
        groups::written(done, crate::db_error)
    }

    async fn audit_members(
        &mut self,
        stamp: &Stamp,
        action: AuditAction,
        group_id: &str,
        ids_json: &str,
    ) -> Result<()> {
        sqlx::query(sql(with_ids(groups::AUDIT_MEMBERS, D)))
            .bind(stamp.at)
            .bind(&stamp.actor)
            .bind(action.as_str())
            .bind(group_id)
            .bind(ids_json)
            .execute(&mut *self.0)
            .await
            .map_err(db_error)?;
        Ok(())
    }

    async fn audit(&mut self, entry: &AuditEntry) -> Result<()> {
        rows::bind_args!(sqlx::query(rows::AUDIT_SQL), rows::audit_args(entry))
            .execute(&mut *self.0)
            .await
            .map_err(db_error)?;
        Ok(())
    }
}

// --- reads (rusqlite, on a reader connection) ---

fn header(row: &rusqlite::Row<'_>) -> Result<GroupRow> {
    Ok(header_row((
        row.get(0).map_err(read_error)?,
        row.get(1).map_err(read_error)?,
        row.get(2).map_err(read_error)?,
        row.get(3).map_err(read_error)?,
        row.get(4).map_err(read_error)?,
        row.get(5).map_err(read_error)?,
    )))
}

/// Fill in the members of `groups`, in one statement.
fn with_members(c: &Connection, groups: &mut [GroupRow]) -> Result<()> {
    if groups.is_empty() {
        return Ok(());
    }
    let ids: Vec<String> = groups.iter().map(|g| g.id.clone()).collect();
    let mut by_group: std::collections::HashMap<String, Vec<Member>> = Default::default();
    let mut stmt = c
        .prepare_cached(&with_ids(groups::MEMBERS_OF, D))
        .map_err(read_error)?;
    let mut rows = stmt.query([groups::ids_json(&ids)]).map_err(read_error)?;
    while let Some(row) = rows.next().map_err(read_error)? {
        by_group
            .entry(row.get(0).map_err(read_error)?)
            .or_default()
            .push(Member {
                id: row.get(1).map_err(read_error)?,
                user_name: row.get(2).map_err(read_error)?,
            });
    }
    for g in groups {
        g.members = Some(by_group.remove(&g.id).unwrap_or_default());
    }
    Ok(())
}

pub fn get(c: &Connection, id: &str, members: bool) -> Result<Option<GroupRow>> {
    let Some(group) = read::first(c, &groups::group_by_id(), [id], header)? else {
        return Ok(None);
    };
    let mut one = [group];
    if members {
        with_members(c, &mut one)?;
    }
    let [group] = one;
    Ok(Some(group))
}

pub fn count(c: &Connection, condition: &str, values: &[rusqlite::types::Value]) -> Result<u64> {
    let n: i64 = c
        .query_row(
            &format!("SELECT count(*) FROM scim_groups WHERE {condition}"),
            rusqlite::params_from_iter(values.iter()),
            |r| r.get(0),
        )
        .map_err(read_error)?;
    Ok(n as u64)
}

pub fn page(
    c: &Connection,
    condition: &str,
    mut values: Vec<rusqlite::types::Value>,
    offset: u64,
    limit: u64,
    members: bool,
) -> Result<Vec<GroupRow>> {
    values.push(rusqlite::types::Value::Integer(
        limit.min(i64::MAX as u64) as i64
    ));
    values.push(rusqlite::types::Value::Integer(
        offset.min(i64::MAX as u64) as i64
    ));
    let mut page = read::all(
        c,
        &format!(
            "SELECT {} FROM scim_groups WHERE {condition} ORDER BY seq LIMIT ? OFFSET ?",
            groups::GROUP_COLUMNS
        ),
        rusqlite::params_from_iter(values.iter()),
        header,
    )?;
    if members {
        with_members(c, &mut page)?;
    }
    Ok(page)
}
