//! The account side of a user insert, written once for both stores: given
//! what the database holds for a batch of new users (the userNames the team
//! has, the accounts their folded emails name), what each insert writes.
//! The verdict itself is the core's ([`scimctl_core::accounts::admit`]);
//! this applies it to a batch in order, as one-by-one inserts would.

use std::collections::{HashMap, HashSet};

use scimctl_core::accounts::{AccountFacts, Admission, admit_as};
use scimctl_core::model::{MemberState, Membership};
use scimctl_core::store::UserWrite;
use scimctl_core::team::new_id;

use sqlx::{Executor, FromRow};

use crate::db_error;
use crate::sql::{self, Db, UserColumns};

/// What one insert of a batch writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    /// The membership of `account` (created first when `new`).
    Write {
        account: String,
        new: bool,
        membership: Membership,
    },
    /// Nothing: this answer.
    Refuse(UserWrite),
}

/// An account as the database holds it: its id and its invited or active
/// memberships in other teams.
pub struct Known {
    pub id: String,
    pub other_teams: u64,
}

/// What the database holds for a batch of new users of a team, read in
/// the insert's transaction.
pub struct Facts {
    /// The userName keys the team has already.
    pub taken: HashSet<String>,
    /// The accounts the keys name, by key.
    pub accounts: HashMap<String, Known>,
    /// The domains the team verified.
    pub verified: HashSet<String>,
}

/// The [`Facts`] for new users of `team` whose userName keys are `keys`,
/// read on `conn`.
pub async fn facts<DB>(
    conn: &mut DB::Connection,
    team: i64,
    keys: &[String],
) -> scimctl_core::error::Result<Facts>
where
    DB: Db,
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
    (String,): for<'r> FromRow<'r, DB::Row>,
    (String, String, i64): for<'r> FromRow<'r, DB::Row>,
    i64: sqlx::Encode<'static, DB> + sqlx::Type<DB>,
    String: sqlx::Encode<'static, DB> + sqlx::Type<DB>,
{
    let keys = sql::ids_json(keys);
    let taken: Vec<(String,)> = sqlx::query_as(DB::DIALECT.sql(sql::TAKEN_NAMES_SQL))
        .bind(team)
        .bind(keys.clone())
        .fetch_all(&mut *conn)
        .await
        .map_err(db_error)?;
    let accounts: Vec<(String, String, i64)> =
        sqlx::query_as(DB::DIALECT.sql(sql::ACCOUNT_FACTS_SQL))
            .bind(team)
            .bind(keys)
            .fetch_all(&mut *conn)
            .await
            .map_err(db_error)?;
    let verified: Vec<(String,)> = sqlx::query_as(DB::DIALECT.sql(sql::VERIFIED_DOMAINS_SQL))
        .bind(team)
        .fetch_all(&mut *conn)
        .await
        .map_err(db_error)?;
    let taken = taken.into_iter().map(|(k,)| k).collect();
    let verified = verified.into_iter().map(|(d,)| d).collect();
    let accounts = accounts
        .into_iter()
        .map(|(key, id, others)| {
            let other_teams = u64::try_from(others).unwrap_or(0);
            (key, Known { id, other_teams })
        })
        .collect();
    Ok(Facts {
        taken,
        accounts,
        verified,
    })
}

/// Plan each insert of `rows`, in order, by the [`Facts`] read for them. A
/// key that appears twice in the batch is planned once: the later rows get
/// what a second insert would (the name is taken, or the same refusal).
/// Each planned row's membership is set on it.
pub fn plan<'a>(rows: impl Iterator<Item = &'a mut UserColumns>, facts: &Facts) -> Vec<Plan> {
    let Facts {
        taken,
        accounts,
        verified,
    } = facts;
    let mut seen: HashMap<String, UserWrite> = HashMap::new();
    let mut plans = Vec::new();
    for row in rows {
        let key = row.key();
        let at = row.created();
        if taken.contains(&key) {
            plans.push(Plan::Refuse(UserWrite::NameTaken));
            continue;
        }
        if let Some(earlier) = seen.get(&key) {
            plans.push(Plan::Refuse(*earlier));
            continue;
        }
        let known = accounts.get(&key);
        let facts = AccountFacts {
            exists: known.is_some(),
            other_teams: known.map_or(0, |k| k.other_teams),
            domain_verified: scimctl_core::domains::domain_of_key(&key)
                .is_some_and(|d| verified.contains(d)),
        };
        let plan = match admit_as(row.state(), &facts) {
            Admission::Join(state) => {
                let membership = match state {
                    MemberState::Invited => Membership {
                        state,
                        invited_at: Some(at),
                        joined_at: None,
                    },
                    _ => Membership {
                        state,
                        invited_at: None,
                        joined_at: Some(at),
                    },
                };
                row.set_membership(membership);
                seen.insert(key, UserWrite::NameTaken);
                Plan::Write {
                    account: known.map_or_else(new_id, |k| k.id.clone()),
                    new: known.is_none(),
                    membership,
                }
            }
            Admission::InOtherTeam => {
                seen.insert(key, UserWrite::InOtherTeam);
                Plan::Refuse(UserWrite::InOtherTeam)
            }
            Admission::TooManyTeams => {
                seen.insert(key, UserWrite::TooManyTeams);
                Plan::Refuse(UserWrite::TooManyTeams)
            }
        };
        plans.push(plan);
    }
    plans
}
