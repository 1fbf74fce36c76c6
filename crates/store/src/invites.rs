//! Invites, written once for both stores: the statements, the row they
//! read, and the writes (on sqlx, for either database) that keep a
//! membership's invites in step with its state. The rules are the core's
//! ([`scimctl_core::invites`]); these are its atomic steps.

use sqlx::{Database, Executor, FromRow};

use crate::db_error;
use crate::sql::{self, Arg, Db};
use scimctl_core::error::Result;
use scimctl_core::model::{AuditEntry, InviteOwner, InviteRow, MemberState, TeamId};
use scimctl_core::time::Millis;

/// The columns of an invite as [`invite_of`] reads them: the invite, the
/// email and account of its membership, and its team (16 columns).
macro_rules! invite_select {
    () => {
        "SELECT i.id, i.user_id, u.account_id, u.user_name, i.owner, i.invited_by, \
         i.created_at, i.expires_at, i.attempts, i.next_attempt_at, i.sent_at, i.last_error, \
         i.accepted_at, i.revoked_at, i.replaced_by, i.team_id \
         FROM invites i JOIN users u ON u.id = i.user_id "
    };
}

/// An invite is open until it is accepted or revoked (an expired one is
/// still open: a resend replaces it).
macro_rules! open {
    () => {
        "i.accepted_at IS NULL AND i.revoked_at IS NULL"
    };
}

/// Team `?`'s invites, newest first; `? = 1`: the open ones only.
pub const LIST_SQL: &str = concat!(
    invite_select!(),
    "WHERE i.team_id = ? AND (? = 0 OR (",
    open!(),
    ")) ORDER BY i.created_at DESC, i.id DESC"
);
/// Invite `?` of team `?`.
pub const GET_SQL: &str = concat!(invite_select!(), "WHERE i.id = ? AND i.team_id = ?");
/// The open invite of user `?` of team `?`.
pub const OPEN_OF_USER_SQL: &str = concat!(
    invite_select!(),
    "WHERE i.user_id = ? AND i.team_id = ? AND ",
    open!()
);
/// The invite whose token digest is `?`.
pub const BY_TOKEN_SQL: &str = concat!(invite_select!(), "WHERE i.token_hash = ?");
/// Invites due for delivery at `?` and unexpired at `?`; of team `?` unless
/// `? = 1` (every team); at most `?`.
pub const DUE_SQL: &str = concat!(
    invite_select!(),
    "WHERE i.sent_at IS NULL AND ",
    open!(),
    " AND i.next_attempt_at <= ? AND i.expires_at > ? AND (i.team_id = ? OR ? = 1) \
     ORDER BY i.next_attempt_at, i.id LIMIT ?"
);

/// The values of [`DUE_SQL`].
pub fn due_args(now: Millis, limit: u64, team: TeamId, all_teams: bool) -> Vec<Arg<'static>> {
    vec![
        Arg::Int(now),
        Arg::Int(now),
        Arg::Int(team),
        Arg::Int(i64::from(all_teams)),
        Arg::Int(i64::try_from(limit).unwrap_or(i64::MAX)),
    ]
}

/// The invite (and, from the same statement, its team) a row of the
/// statements above holds.
pub type InviteTuple = (
    String,
    String,
    Option<String>,
    String,
    String,
    String,
    i64,
    i64,
    i64,
    i64,
    Option<i64>,
    Option<String>,
    Option<i64>,
    Option<i64>,
    Option<String>,
    i64,
);

pub fn invite_of(t: InviteTuple) -> (InviteRow, TeamId) {
    let (
        id,
        user_id,
        account_id,
        email,
        owner,
        invited_by,
        created_at,
        expires_at,
        attempts,
        next_attempt_at,
        sent_at,
        last_error,
        accepted_at,
        revoked_at,
        replaced_by,
        team,
    ) = t;
    let invite = InviteRow {
        id,
        user_id,
        account_id: account_id.unwrap_or_default(),
        email,
        owner: InviteOwner::parse(&owner).unwrap_or(InviteOwner::Manual),
        invited_by,
        created_at,
        expires_at,
        attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
        next_attempt_at,
        sent_at,
        last_error,
        accepted_at,
        revoked_at,
        replaced_by,
    };
    (invite, team)
}

/// Open an invite (unless the membership has an open one already: the
/// partial unique index says so and nothing is written).
const OPEN_SQL: &str = "INSERT INTO invites (id, team_id, user_id, owner, invited_by, \
     created_at, expires_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) \
     ON CONFLICT DO NOTHING";
/// Revoke the open invites of user `?` at `?`.
const REVOKE_OF_USER_SQL: &str = "UPDATE invites SET revoked_at = ? \
     WHERE user_id = ? AND accepted_at IS NULL AND revoked_at IS NULL";
/// Revoke open invite `?` of team `?` at `?` (`replaced_by` `?`).
const CLOSE_SQL: &str = "UPDATE invites SET revoked_at = ?, replaced_by = ? \
     WHERE id = ? AND team_id = ? AND accepted_at IS NULL AND revoked_at IS NULL";
const CLAIM_SQL: &str = "UPDATE invites SET token_hash = ?, attempts = attempts + 1, \
     next_attempt_at = ? WHERE id = ? AND team_id = ? AND next_attempt_at = ? \
     AND sent_at IS NULL AND accepted_at IS NULL AND revoked_at IS NULL";
const SENT_SQL: &str =
    "UPDATE invites SET sent_at = ?, last_error = NULL WHERE id = ? AND team_id = ?";
const FAILED_SQL: &str = "UPDATE invites SET last_error = ?, next_attempt_at = ? \
     WHERE id = ? AND team_id = ? AND sent_at IS NULL";
const OWNER_SQL: &str = "UPDATE invites SET owner = ? \
     WHERE id = ? AND team_id = ? AND accepted_at IS NULL AND revoked_at IS NULL";
const ACCEPT_INVITE_SQL: &str = "UPDATE invites SET accepted_at = ? \
     WHERE id = ? AND team_id = ? AND accepted_at IS NULL AND revoked_at IS NULL \
     AND expires_at > ?";
const ACCEPT_MEMBER_SQL: &str = "UPDATE users SET state = 'active', joined_at = ?, \
     last_modified = ?, version = version + 1 \
     WHERE id = (SELECT user_id FROM invites WHERE id = ? AND accepted_at IS NULL \
     AND revoked_at IS NULL AND expires_at > ?) AND team_id = ? AND state = 'invited'";

fn open_args(team: TeamId, invite: &InviteRow) -> Vec<Arg<'_>> {
    vec![
        Arg::Text(&invite.id),
        Arg::Int(team),
        Arg::Text(&invite.user_id),
        Arg::Text(invite.owner.as_str()),
        Arg::Text(&invite.invited_by),
        Arg::Int(invite.created_at),
        Arg::Int(invite.expires_at),
        Arg::Int(invite.next_attempt_at),
    ]
}

/// The invite writes, on one connection inside the store's transaction,
/// for the invites of one team.
pub struct InviteTx<'a, DB: Database>(pub &'a mut DB::Connection, pub TeamId);

impl<DB> InviteTx<'_, DB>
where
    DB: Db,
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
{
    async fn run(&mut self, statement: &str, args: Vec<Arg<'_>>) -> Result<u64> {
        let done = sql::bind::<DB, _>(sqlx::query(DB::DIALECT.sql(statement)), args)
            .execute(&mut *self.0)
            .await
            .map_err(db_error)?;
        Ok(DB::rows_affected(&done))
    }

    async fn audit(&mut self, entry: &AuditEntry) -> Result<()> {
        let team = self.1;
        self.run(sql::AUDIT_SQL, sql::audit_args(team, entry))
            .await
            .map(|_| ())
    }

    /// Open an invite for a membership just written as invited, by the
    /// write whose audit line is `by`, with its own `invite.create` line:
    /// nothing when the membership has an open invite already.
    pub async fn open(&mut self, user_id: &str, user_name: &str, by: &AuditEntry) -> Result<()> {
        let (invite, line) = scimctl_core::invites::opened(user_id, user_name, by);
        if self.run(OPEN_SQL, open_args(self.1, &invite)).await? > 0 {
            self.audit(&line).await?;
        }
        Ok(())
    }

    /// After an update wrote user `user_id` in `state` (by the write whose
    /// audit line is `by`): its invites follow, as
    /// [`scimctl_core::store::Store::update_user`] says.
    pub async fn follow(
        &mut self,
        user_id: &str,
        user_name: &str,
        state: MemberState,
        by: &AuditEntry,
    ) -> Result<()> {
        match state {
            MemberState::Deactivated => {
                let args = vec![Arg::Int(by.at), Arg::Text(user_id)];
                self.run(REVOKE_OF_USER_SQL, args).await?;
            }
            MemberState::Invited => self.open(user_id, user_name, by).await?,
            MemberState::Active => {}
        }
        Ok(())
    }

    /// [`scimctl_core::store::Store::replace_invite`]: false when `old` was
    /// not open (then nothing was written, and the caller must not commit
    /// anything else of it).
    pub async fn replace(
        &mut self,
        old: &str,
        new: &InviteRow,
        entry: &AuditEntry,
    ) -> Result<bool> {
        let close = vec![
            Arg::Int(entry.at),
            Arg::Text(&new.id),
            Arg::Text(old),
            Arg::Int(self.1),
        ];
        if self.run(CLOSE_SQL, close).await? == 0 {
            return Ok(false);
        }
        self.run(OPEN_SQL, open_args(self.1, new)).await?;
        self.audit(entry).await?;
        Ok(true)
    }

    /// [`scimctl_core::store::Store::revoke_invite`].
    pub async fn revoke(&mut self, id: &str, at: Millis, entry: &AuditEntry) -> Result<bool> {
        let close = vec![
            Arg::Int(at),
            Arg::OptText(None),
            Arg::Text(id),
            Arg::Int(self.1),
        ];
        if self.run(CLOSE_SQL, close).await? == 0 {
            return Ok(false);
        }
        self.audit(entry).await?;
        Ok(true)
    }

    /// [`scimctl_core::store::Store::accept_invite`]: false when either
    /// write found its condition false (the caller then rolls back
    /// whatever the other wrote).
    pub async fn accept(&mut self, id: &str, at: Millis, entry: &AuditEntry) -> Result<bool> {
        // The membership first, then the invite: the order a user write
        // takes them in (its invites follow it), so that PostgreSQL's row
        // locks of an accept and a concurrent deactivation never wait on
        // each other in a circle.
        let team = self.1;
        let joined = vec![
            Arg::Int(at),
            Arg::Int(at),
            Arg::Text(id),
            Arg::Int(at),
            Arg::Int(team),
        ];
        if self.run(ACCEPT_MEMBER_SQL, joined).await? == 0 {
            return Ok(false);
        }
        let used = vec![Arg::Int(at), Arg::Text(id), Arg::Int(team), Arg::Int(at)];
        if self.run(ACCEPT_INVITE_SQL, used).await? == 0 {
            return Ok(false);
        }
        self.audit(entry).await?;
        Ok(true)
    }

    /// [`scimctl_core::store::Store::claim_invite`].
    pub async fn claim(
        &mut self,
        id: &str,
        due: Millis,
        token_hash: &str,
        lease_until: Millis,
    ) -> Result<bool> {
        let args = vec![
            Arg::Text(token_hash),
            Arg::Int(lease_until),
            Arg::Text(id),
            Arg::Int(self.1),
            Arg::Int(due),
        ];
        Ok(self.run(CLAIM_SQL, args).await? > 0)
    }

    /// [`scimctl_core::store::Store::invite_sent`].
    pub async fn sent(&mut self, id: &str, at: Millis) -> Result<()> {
        let args = vec![Arg::Int(at), Arg::Text(id), Arg::Int(self.1)];
        self.run(SENT_SQL, args).await.map(|_| ())
    }

    /// [`scimctl_core::store::Store::invite_failed`].
    pub async fn failed(&mut self, id: &str, why: &str, retry_at: Millis) -> Result<()> {
        let args = vec![
            Arg::Text(why),
            Arg::Int(retry_at),
            Arg::Text(id),
            Arg::Int(self.1),
        ];
        self.run(FAILED_SQL, args).await.map(|_| ())
    }

    /// [`scimctl_core::store::Store::set_invite_owner`].
    pub async fn set_owner(&mut self, id: &str, owner: InviteOwner) -> Result<()> {
        let args = vec![Arg::Text(owner.as_str()), Arg::Text(id), Arg::Int(self.1)];
        self.run(OWNER_SQL, args).await.map(|_| ())
    }
}

/// Read invites on `conn` (PostgreSQL's pool, or any sqlx connection).
pub async fn read<'e, DB, E>(
    conn: E,
    statement: &str,
    args: Vec<Arg<'_>>,
) -> Result<Vec<(InviteRow, TeamId)>>
where
    DB: Db,
    E: Executor<'e, Database = DB>,
    InviteTuple: for<'r> FromRow<'r, DB::Row>,
{
    let rows: Vec<InviteTuple> =
        sql::bind::<DB, _>(sqlx::query_as(DB::DIALECT.sql(statement)), args)
            .fetch_all(conn)
            .await
            .map_err(db_error)?;
    Ok(rows.into_iter().map(invite_of).collect())
}
