//! Groups on SQLite: a group write on the writer's connection (the order
//! of its statements is [`GroupTx`]'s, shared with PostgreSQL), and the
//! group reads on a reader connection.

use futures::future::BoxFuture;
use rusqlite::Connection;
use sqlx::{Sqlite, SqliteConnection};

use super::read;
use super::read::read_error;
use super::writer::{Attempt, in_savepoint_keeping};
use crate::group_sql;
use crate::group_write::{GroupTx, header_row};
use crate::sql::{Dialect, ids_json};
use scimctl_core::error::Result;
use scimctl_core::model::{AuditEntry, GroupRow, Member, TeamId};
use scimctl_core::store::{GroupEdit, GroupWrite};

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
pub fn run(
    conn: &mut SqliteConnection,
    team: TeamId,
    write: Write,
) -> BoxFuture<'_, Attempt<GroupWrite>> {
    Box::pin(in_savepoint_keeping(
        conn,
        |done| matches!(done, GroupWrite::Written(_)),
        async move |c| {
            let mut tx = GroupTx::<Sqlite>(c, team);
            match &write {
                Write::Create {
                    group,
                    members,
                    audit,
                } => tx.create(group, members, audit).await,
                Write::Edit(edit) => tx.edit(edit).await,
            }
        },
    ))
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
        .prepare_cached(&D.text(group_sql::MEMBERS_OF))
        .map_err(read_error)?;
    let mut rows = stmt.query([ids_json(&ids)]).map_err(read_error)?;
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

pub fn get(c: &Connection, team: TeamId, id: &str, members: bool) -> Result<Option<GroupRow>> {
    let params = rusqlite::params![id, team];
    let Some(group) = read::first(c, &group_sql::group_by_id(), params, header)? else {
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
            group_sql::GROUP_COLUMNS
        ),
        rusqlite::params_from_iter(values.iter()),
        header,
    )?;
    if members {
        with_members(c, &mut page)?;
    }
    Ok(page)
}
