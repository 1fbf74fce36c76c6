//! Groups on PostgreSQL: a group write in a transaction of its own (the
//! order of its statements is [`GroupTx`]'s, shared with SQLite; its first
//! read locks the group's row), and the group reads on the pool.

use sqlx::{PgPool, Postgres};

use super::read::GroupDbRow;
use crate::db_error;
use crate::group_sql;
use crate::group_write::GroupTx;
use crate::select;
use crate::sql::{self, Arg, Dialect, ids_json};
use scimctl_core::error::Result;
use scimctl_core::model::{AuditEntry, GroupRow, Member, TeamId};
use scimctl_core::store::{GroupEdit, GroupWrite, Pred};

const D: Dialect = Dialect::Postgres;

/// A group write the store runs.
pub enum Write<'a> {
    Create {
        group: &'a GroupRow,
        members: &'a [String],
        audit: &'a AuditEntry,
    },
    Edit(&'a GroupEdit),
}

/// Run a group write in its own transaction: committed only when it is
/// `Written` (any other answer drops the transaction, which rolls it back).
pub async fn run(pool: &PgPool, team: TeamId, write: Write<'_>) -> Result<GroupWrite> {
    let mut tx = pool.begin().await.map_err(db_error)?;
    let mut group_tx = GroupTx::<Postgres>(&mut tx, team);
    let outcome = match write {
        Write::Create {
            group,
            members,
            audit,
        } => group_tx.create(group, members, audit).await?,
        Write::Edit(edit) => group_tx.edit(edit).await?,
    };
    if matches!(outcome, GroupWrite::Written(_)) {
        tx.commit().await.map_err(db_error)?;
    }
    Ok(outcome)
}

/// Fill in the members of `groups`, in one statement.
async fn with_members(pool: &PgPool, groups: &mut [GroupRow]) -> Result<()> {
    if groups.is_empty() {
        return Ok(());
    }
    let ids: Vec<String> = groups.iter().map(|g| g.id.clone()).collect();
    let found: Vec<(String, String, String)> = sqlx::query_as(D.sql(group_sql::MEMBERS_OF))
        .bind(ids_json(&ids))
        .fetch_all(pool)
        .await
        .map_err(db_error)?;
    let mut by_group: std::collections::HashMap<String, Vec<Member>> = Default::default();
    for (group, id, user_name) in found {
        by_group
            .entry(group)
            .or_default()
            .push(Member { id, user_name });
    }
    for g in groups {
        g.members = Some(by_group.remove(&g.id).unwrap_or_default());
    }
    Ok(())
}

pub async fn get(pool: &PgPool, team: TeamId, id: &str, members: bool) -> Result<Option<GroupRow>> {
    let row: Option<GroupDbRow> = sqlx::query_as(D.sql(&group_sql::group_by_id()))
        .bind(id)
        .bind(team)
        .fetch_optional(pool)
        .await
        .map_err(db_error)?;
    let Some(group) = row.map(GroupRow::from) else {
        return Ok(None);
    };
    let mut one = [group];
    if members {
        with_members(pool, &mut one).await?;
    }
    let [group] = one;
    Ok(Some(group))
}

pub async fn count(pool: &PgPool, team: TeamId, pred: &Pred) -> Result<u64> {
    let mut args = Vec::new();
    let condition = select::condition(team, pred, D, &mut args);
    let sql = D.sql(&format!(
        "SELECT count(*) FROM scim_groups WHERE {condition}"
    ));
    let n: i64 = sql::bind(sqlx::query_scalar(sql), args)
        .fetch_one(pool)
        .await
        .map_err(db_error)?;
    Ok(n as u64)
}

pub async fn page(
    pool: &PgPool,
    team: TeamId,
    pred: &Pred,
    offset: u64,
    limit: u64,
    members: bool,
) -> Result<Vec<GroupRow>> {
    let mut args = Vec::new();
    let condition = select::condition(team, pred, D, &mut args);
    args.push(Arg::Int(limit.min(i64::MAX as u64) as i64));
    args.push(Arg::Int(offset.min(i64::MAX as u64) as i64));
    let sql = D.sql(&format!(
        "SELECT {} FROM scim_groups WHERE {condition} ORDER BY seq LIMIT ? OFFSET ?",
        group_sql::GROUP_COLUMNS
    ));
    let found: Vec<GroupDbRow> = sql::bind(sqlx::query_as(sql), args)
        .fetch_all(pool)
        .await
        .map_err(db_error)?;
    let mut page: Vec<GroupRow> = found.into_iter().map(GroupRow::from).collect();
    if members {
        with_members(pool, &mut page).await?;
    }
    Ok(page)
}

pub async fn member_counts(pool: &PgPool, team: TeamId, ids: &[String]) -> Result<Vec<u64>> {
    let found: Vec<(String, i64)> = sqlx::query_as(D.sql(group_sql::MEMBER_COUNTS))
        .bind(ids_json(ids))
        .bind(team)
        .fetch_all(pool)
        .await
        .map_err(db_error)?;
    Ok(group_sql::counts_in_order(ids, found))
}
