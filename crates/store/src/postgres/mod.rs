//! The PostgreSQL store, for several `scimctl serve` instances on one
//! database.
//!
//! The rules are the core's; what this store guarantees is the atomicity
//! they need across instances. Uniqueness comes from unique indexes (one
//! user per userName, one SSO method per name); a user write is a
//! conditional update that PostgreSQL re-checks after waiting for a
//! competing writer's row lock (no lost update). Every admin change first
//! locks the single `team` row, so admin changes run one at a time and the
//! facts the core checks after a change's steps cannot be changed under it
//! — without SERIALIZABLE isolation and its retries.
//!
//! Nothing is cached in process memory: each SCIM request reads its key row,
//! so a key revoked through one instance is refused by every other at the
//! next request (staleness bound: none).

use std::str::FromStr;
use std::time::Duration;

mod groups;
mod read;

use async_trait::async_trait;
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::{Postgres, Transaction};

use self::read::{AuditRow, AuthRow, KeyRow, ScanRow, SsoRow, TokenRow, UserDbRow, users};
use crate::db_error;
use crate::group_sql;
use crate::invites;
use crate::select;
use crate::sql::{self, Dialect, USER_COLUMNS};
use scimctl_core::error::{Error, Kind, Result};
use scimctl_core::model::{
    AccountMembership, AccountRow, AdminToken, ApiKey, AuditEntry, DEFAULT_TEAM, DomainRow,
    GroupRow, InviteOwner, InviteRow, MemberState, SsoMethod, TeamId, TeamRow, UserRow,
};
use scimctl_core::store::{
    AuditSelect, Change, DomainWrite, GroupEdit, GroupWrite, Outcome, Pred, Store, UserWrite,
};
use scimctl_core::time::Millis;

/// How long opening the store waits for PostgreSQL's first answer.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

const D: Dialect = Dialect::Postgres;

/// How often a user insert decides again after another team created the
/// same account between its read and its write.
const ACCOUNT_RACE_RETRIES: usize = 4;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");

/// Connections per process. Enough for a 2–4 core instance; several
/// instances share the server's `max_connections` (100 by default).
const POOL_SIZE: u32 = 10;

/// The database, acting for one of its teams ([`Store::for_team`]; the
/// pool is shared).
pub struct PgStore {
    pool: PgPool,
    team: TeamId,
}

/// The part of a connection URL that is safe to print: no password.
fn describe(options: &PgConnectOptions) -> String {
    format!(
        "postgres://{}@{}:{}/{}",
        options.get_username(),
        options.get_host(),
        options.get_port(),
        options.get_database().unwrap_or("")
    )
}

impl PgStore {
    pub async fn open(url: &str) -> Result<Self> {
        // sqlx's URL errors may quote the URL; ours never do.
        let options = PgConnectOptions::from_str(url).map_err(|_| {
            Error::invalid(
                "malformed PostgreSQL URL (expected postgres://USER:PASSWORD@HOST:PORT/DATABASE)",
            )
        })?;
        let name = describe(&options);
        // The first connection gets CONNECT_TIMEOUT: a server that does not
        // answer (a firewall that drops, a host that is down) is an error in
        // seconds, not after the pool's 30 s wait for a connection.
        let connect = PgPoolOptions::new()
            .max_connections(POOL_SIZE)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(options);
        let pool = match tokio::time::timeout(CONNECT_TIMEOUT, connect).await {
            Ok(connected) => connected.map_err(|e| {
                Error::new(
                    Kind::Unavailable,
                    format!("cannot connect to {name}: {}", pg_message(&e)),
                )
            })?,
            Err(_) => {
                return Err(Error::new(
                    Kind::Unavailable,
                    format!(
                        "{name} did not answer within {} s",
                        CONNECT_TIMEOUT.as_secs()
                    ),
                )
                .with_hint(
                    "check that the database server runs and that its host and port are reachable",
                ));
            }
        };
        MIGRATOR
            .run(&pool)
            .await
            .map_err(|e| Error::internal(format!("database migration failed: {e}")))?;
        let mut conn = pool.acquire().await.map_err(db_error)?;
        sql::fill_folds::<Postgres>(&mut conn).await?;
        drop(conn);
        Ok(PgStore {
            pool,
            team: DEFAULT_TEAM,
        })
    }

    async fn begin(&self) -> Result<Transaction<'static, Postgres>> {
        self.pool.begin().await.map_err(db_error)
    }

    /// Lock the team's row until the transaction ends (see the module
    /// note): admin changes of one team run one at a time.
    async fn lock_team(&self, tx: &mut Transaction<'static, Postgres>) -> Result<()> {
        sqlx::query("SELECT 1 FROM teams WHERE id = $1 FOR UPDATE")
            .bind(self.team)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
        Ok(())
    }

    /// The rows of a SELECT over what `pred` selects in the team: `text`
    /// makes the statement around the condition; `before` are the values
    /// of the placeholders ahead of it, `after` those behind it (LIMIT,
    /// OFFSET; clamped to PostgreSQL's bigint).
    async fn select_where<R>(
        &self,
        mut before: Vec<sql::Arg<'static>>,
        pred: &Pred,
        text: impl FnOnce(&str) -> String,
        after: &[u64],
    ) -> Result<Vec<R>>
    where
        R: for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow> + Send + Unpin,
    {
        let condition = select::condition(self.team, pred, D, &mut before);
        before.extend(
            after
                .iter()
                .map(|n| sql::Arg::Int((*n).min(i64::MAX as u64) as i64)),
        );
        let query = sqlx::query_as(sqlx::AssertSqlSafe(D.text(&text(&condition))));
        sql::bind(query, before)
            .fetch_all(&self.pool)
            .await
            .map_err(db_error)
    }

    /// Run a delete whose query ends in its audit line (written only for
    /// a row deleted), the audit values bound last: whether it deleted.
    /// Run `statement` (one row changed or none) and its audit line if it
    /// changed one, in one transaction: the rows changed, or `None` when a
    /// unique index refused it (nothing written).
    async fn audited(
        &self,
        statement: &str,
        args: Vec<sql::Arg<'_>>,
        entry: &AuditEntry,
    ) -> Result<Option<u64>> {
        let mut tx = self.begin().await?;
        let done = match sql::bind(sqlx::query(D.sql(statement)), args)
            .execute(&mut *tx)
            .await
        {
            Err(e) if crate::is_unique_violation(&e) => return Ok(None),
            other => other.map_err(db_error)?.rows_affected(),
        };
        if done > 0 {
            bind_audit(sqlx::query(D.sql(sql::AUDIT_SQL)), self.team, entry)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
        }
        commit(tx).await?;
        Ok(Some(done))
    }

    async fn delete_audited(&self, query: PgQuery<'_>, entry: &AuditEntry) -> Result<bool> {
        let done = bind_audit(query, self.team, entry)
            .execute(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(done.rows_affected() > 0)
    }
}

/// The user columns, then the user's groups.
fn user_select() -> String {
    format!("{USER_COLUMNS}, {}", group_sql::groups_of_user(D))
}

/// The text of a connection error without anything from the URL.
fn pg_message(err: &sqlx::Error) -> String {
    match err {
        sqlx::Error::Database(db) => db.message().to_string(),
        sqlx::Error::Io(io) => io.to_string(),
        sqlx::Error::Tls(_) => "TLS handshake failed".into(),
        sqlx::Error::PoolTimedOut => "timed out".into(),
        other => other.to_string(),
    }
}

type PgQuery<'q> = sqlx::query::Query<'q, Postgres, sqlx::postgres::PgArguments>;

/// Bind an audit entry's six values (its team first) after a query's own.
fn bind_audit<'q>(query: PgQuery<'q>, team: TeamId, entry: &'q AuditEntry) -> PgQuery<'q> {
    sql::bind(query, sql::audit_args(team, entry))
}

async fn commit(tx: Transaction<'static, Postgres>) -> Result<()> {
    tx.commit().await.map_err(db_error)
}

#[async_trait]
impl Store for PgStore {
    fn team(&self) -> TeamId {
        self.team
    }

    fn for_team(&self, team: TeamId) -> std::sync::Arc<dyn Store> {
        std::sync::Arc::new(PgStore {
            pool: self.pool.clone(),
            team,
        })
    }

    async fn insert_domain(&self, domain: &DomainRow, entry: &AuditEntry) -> Result<bool> {
        let args = vec![
            sql::Arg::Int(self.team),
            sql::Arg::Text(&domain.domain),
            sql::Arg::Text(&domain.token),
            sql::Arg::Int(domain.created_at),
        ];
        Ok(self
            .audited(sql::INSERT_DOMAIN_SQL, args, entry)
            .await?
            .is_some_and(|n| n > 0))
    }

    async fn list_domains(&self) -> Result<Vec<DomainRow>> {
        let rows: Vec<(String, String, i64, Option<i64>)> = sqlx::query_as(D.sql(sql::DOMAINS_SQL))
            .bind(self.team)
            .fetch_all(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(rows.into_iter().map(sql::domain_of).collect())
    }

    async fn domain_verified_by(&self, domain: &str) -> Result<Option<TeamId>> {
        let row: Option<(i64,)> = sqlx::query_as(D.sql(sql::DOMAIN_VERIFIED_BY_SQL))
            .bind(domain)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(row.map(|(t,)| t))
    }

    async fn verify_domain(
        &self,
        domain: &str,
        at: Millis,
        entry: &AuditEntry,
    ) -> Result<DomainWrite> {
        let args = sql::domain_write_args(Some(at), self.team, domain);
        Ok(sql::verified(
            self.audited(sql::VERIFY_DOMAIN_SQL, args, entry).await?,
        ))
    }

    async fn delete_domain(&self, domain: &str, entry: &AuditEntry) -> Result<bool> {
        let args = sql::domain_write_args(None, self.team, domain);
        Ok(self
            .audited(sql::DELETE_DOMAIN_SQL, args, entry)
            .await?
            .is_some_and(|n| n > 0))
    }

    async fn list_invites(&self, open_only: bool) -> Result<Vec<InviteRow>> {
        let args = vec![
            sql::Arg::Int(self.team),
            sql::Arg::Int(i64::from(open_only)),
        ];
        let rows = invites::read::<Postgres, _>(&self.pool, invites::LIST_SQL, args).await?;
        Ok(rows.into_iter().map(|(i, _)| i).collect())
    }

    async fn get_invite(&self, id: &str) -> Result<Option<InviteRow>> {
        let args = vec![sql::Arg::Text(id), sql::Arg::Int(self.team)];
        let rows = invites::read::<Postgres, _>(&self.pool, invites::GET_SQL, args).await?;
        Ok(rows.into_iter().next().map(|(i, _)| i))
    }

    async fn open_invite(&self, user_id: &str) -> Result<Option<InviteRow>> {
        let args = vec![sql::Arg::Text(user_id), sql::Arg::Int(self.team)];
        let rows =
            invites::read::<Postgres, _>(&self.pool, invites::OPEN_OF_USER_SQL, args).await?;
        Ok(rows.into_iter().next().map(|(i, _)| i))
    }

    async fn invite_by_token(&self, token_hash: &str) -> Result<Option<(InviteRow, TeamId)>> {
        let args = vec![sql::Arg::Text(token_hash)];
        let rows = invites::read::<Postgres, _>(&self.pool, invites::BY_TOKEN_SQL, args).await?;
        Ok(rows.into_iter().next())
    }

    async fn due_invites(
        &self,
        now: Millis,
        limit: u64,
        all_teams: bool,
    ) -> Result<Vec<(InviteRow, TeamId)>> {
        let args = invites::due_args(now, limit, self.team, all_teams);
        invites::read::<Postgres, _>(&self.pool, invites::DUE_SQL, args).await
    }

    async fn claim_invite(
        &self,
        id: &str,
        due: Millis,
        token_hash: &str,
        lease_until: Millis,
    ) -> Result<bool> {
        let mut c = self.pool.acquire().await.map_err(db_error)?;
        invites::InviteTx::<Postgres>(&mut c, self.team)
            .claim(id, due, token_hash, lease_until)
            .await
    }

    async fn invite_sent(&self, id: &str, at: Millis) -> Result<()> {
        let mut c = self.pool.acquire().await.map_err(db_error)?;
        invites::InviteTx::<Postgres>(&mut c, self.team)
            .sent(id, at)
            .await
    }

    async fn invite_failed(&self, id: &str, why: &str, retry_at: Millis) -> Result<()> {
        let mut c = self.pool.acquire().await.map_err(db_error)?;
        invites::InviteTx::<Postgres>(&mut c, self.team)
            .failed(id, why, retry_at)
            .await
    }

    async fn replace_invite(&self, old: &str, new: &InviteRow, audit: &AuditEntry) -> Result<bool> {
        let mut tx = self.begin().await?;
        let done = invites::InviteTx::<Postgres>(&mut tx, self.team)
            .replace(old, new, audit)
            .await?;
        if done {
            commit(tx).await?;
        }
        Ok(done)
    }

    async fn revoke_invite(&self, id: &str, at: Millis, audit: &AuditEntry) -> Result<bool> {
        let mut tx = self.begin().await?;
        let done = invites::InviteTx::<Postgres>(&mut tx, self.team)
            .revoke(id, at, audit)
            .await?;
        if done {
            commit(tx).await?;
        }
        Ok(done)
    }

    async fn accept_invite(&self, id: &str, at: Millis, audit: &AuditEntry) -> Result<bool> {
        let mut tx = self.begin().await?;
        let done = invites::InviteTx::<Postgres>(&mut tx, self.team)
            .accept(id, at, audit)
            .await?;
        if done {
            commit(tx).await?;
        }
        Ok(done)
    }

    async fn set_invite_owner(&self, id: &str, owner: InviteOwner) -> Result<()> {
        let mut c = self.pool.acquire().await.map_err(db_error)?;
        invites::InviteTx::<Postgres>(&mut c, self.team)
            .set_owner(id, owner)
            .await
    }

    async fn insert_account_token(
        &self,
        account_id: &str,
        id: &str,
        token_hash: &str,
        at: Millis,
    ) -> Result<()> {
        sqlx::query(D.sql(sql::INSERT_ACCOUNT_TOKEN_SQL))
            .bind(id)
            .bind(account_id)
            .bind(token_hash)
            .bind(at)
            .execute(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(())
    }

    async fn account_by_token(&self, token_hash: &str) -> Result<Option<AccountRow>> {
        let row: Option<(String, String, i64, i64)> =
            sqlx::query_as(D.sql(sql::ACCOUNT_BY_TOKEN_SQL))
                .bind(token_hash)
                .fetch_optional(&self.pool)
                .await
                .map_err(db_error)?;
        Ok(row.map(sql::account_of))
    }

    async fn user_account(&self, user_id: &str) -> Result<Option<AccountRow>> {
        let row: Option<(String, String, i64, i64)> = sqlx::query_as(D.sql(sql::USER_ACCOUNT_SQL))
            .bind(user_id)
            .bind(self.team)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(row.map(sql::account_of))
    }

    async fn account_memberships(&self, account_id: &str) -> Result<Vec<AccountMembership>> {
        let rows: Vec<(i64, String, bool, String, String, Option<i64>)> =
            sqlx::query_as(D.sql(sql::ACCOUNT_MEMBERSHIPS_SQL))
                .bind(account_id)
                .fetch_all(&self.pool)
                .await
                .map_err(db_error)?;
        Ok(rows.into_iter().map(sql::account_membership_of).collect())
    }

    async fn set_account_email(&self, account_id: &str, email: &str) -> Result<bool> {
        let done = sqlx::query(D.sql(sql::SET_ACCOUNT_EMAIL_SQL))
            .bind(email)
            .bind(scimctl_core::model::name_key(email))
            .bind(account_id)
            .execute(&self.pool)
            .await;
        match done {
            Err(e) if crate::is_unique_violation(&e) => Ok(false),
            Err(e) => Err(db_error(e)),
            Ok(done) => Ok(done.rows_affected() > 0),
        }
    }

    async fn set_account_password(&self, account_id: &str, hash: &str) -> Result<()> {
        sqlx::query(D.sql(sql::SET_ACCOUNT_PASSWORD_SQL))
            .bind(hash)
            .bind(account_id)
            .execute(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(())
    }

    async fn insert_account(&self, account: &AccountRow) -> Result<bool> {
        let done = sql::bind(
            sqlx::query(D.sql(sql::INSERT_ACCOUNT_SQL)),
            sql::account_row_args(account),
        )
        .execute(&self.pool)
        .await
        .map_err(db_error)?;
        Ok(done.rows_affected() > 0)
    }

    async fn list_accounts(&self) -> Result<Vec<AccountRow>> {
        let rows: Vec<(String, String, i64, i64)> = sqlx::query_as(sql::ACCOUNTS_SQL)
            .fetch_all(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(rows.into_iter().map(sql::account_of).collect())
    }

    async fn list_teams(&self) -> Result<Vec<TeamRow>> {
        let rows: Vec<(i64, String, bool, i64)> = sqlx::query_as(sql::TEAMS_SQL)
            .fetch_all(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(rows
            .into_iter()
            .map(|(id, name, scim_enabled, created_at)| TeamRow {
                id,
                name,
                scim_enabled,
                created_at,
            })
            .collect())
    }

    async fn insert_team(
        &self,
        name: &str,
        created_at: Millis,
        entry: &AuditEntry,
    ) -> Result<Option<TeamRow>> {
        let mut tx = self.begin().await?;
        let id: Option<i64> = sql::bind(
            sqlx::query_scalar(D.sql(sql::INSERT_TEAM_SQL)),
            [
                sql::Arg::Text(name),
                sql::Arg::Owned(scimctl_core::model::name_key(name)),
                sql::Arg::Int(created_at),
            ],
        )
        .fetch_optional(&mut *tx)
        .await
        .map_err(db_error)?;
        let Some(id) = id else { return Ok(None) };
        sql::bind(
            sqlx::query(D.sql(sql::AUDIT_SQL)),
            sql::audit_args(id, entry),
        )
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        commit(tx).await?;
        Ok(Some(TeamRow {
            id,
            name: name.to_string(),
            scim_enabled: false,
            created_at,
        }))
    }

    async fn writable(&self) -> Result<()> {
        // The server refuses writes it cannot make (a full disk answers
        // each statement with SQLSTATE 53100) and recovers by itself; what
        // a health check can tell is whether it answers, and whether it
        // would take a write at all: a standby (in recovery) or a database
        // set read-only answers every write with an error.
        let writable: bool = sqlx::query_scalar(
            "SELECT NOT pg_is_in_recovery() \
             AND current_setting('transaction_read_only') = 'off'",
        )
        .fetch_one(&self.pool)
        .await
        .map_err(db_error)?;
        if !writable {
            return Err(Error::new(
                Kind::Unavailable,
                "the PostgreSQL server takes no writes (a standby, or the database is read-only)",
            ));
        }
        Ok(())
    }

    async fn scim_enabled(&self) -> Result<bool> {
        Ok(
            sqlx::query_scalar("SELECT scim_enabled FROM teams WHERE id = $1")
                .bind(self.team)
                .fetch_one(&self.pool)
                .await
                .map_err(db_error)?,
        )
    }

    async fn list_sso(&self) -> Result<Vec<SsoMethod>> {
        let rows: Vec<SsoRow> = sqlx::query_as(
            "SELECT id, kind, name, created_at FROM sso_methods WHERE team_id = $1 \
                 ORDER BY seq",
        )
        .bind(self.team)
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        Ok(rows.into_iter().map(SsoMethod::from).collect())
    }

    async fn list_keys(&self) -> Result<Vec<ApiKey>> {
        let rows: Vec<KeyRow> = sqlx::query_as(
            "SELECT id, name, prefix, hash, created_at, last_used_at, expires_at, revoked_at, \
             replaced_by FROM api_keys WHERE team_id = $1 ORDER BY seq",
        )
        .bind(self.team)
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        Ok(rows.into_iter().map(ApiKey::from).collect())
    }

    async fn authenticate_key(&self, hash: &str) -> Result<Option<(ApiKey, bool, TeamId)>> {
        let row: Option<AuthRow> = sqlx::query_as(
            "SELECT k.id, k.name, k.prefix, k.hash, k.created_at, k.last_used_at, k.expires_at, \
             k.revoked_at, k.replaced_by, t.scim_enabled, k.team_id \
             FROM api_keys k JOIN teams t ON t.id = k.team_id WHERE k.hash = $1",
        )
        .bind(hash)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_error)?;
        Ok(row.map(Into::into))
    }

    async fn touch_key(&self, id: &str, now: Millis) -> Result<()> {
        // Only ever moves forward, whichever instance writes last.
        sqlx::query(
            "UPDATE api_keys SET last_used_at = $1 \
             WHERE id = $2 AND (last_used_at IS NULL OR last_used_at < $1)",
        )
        .bind(now)
        .bind(id)
        .execute(&self.pool)
        .await
        .map_err(db_error)?;
        Ok(())
    }

    async fn change(&self, change: Change) -> Result<()> {
        let mut tx = self.begin().await?;
        // Every admin change first takes the team row's lock, so changes run
        // one at a time across instances and each step and the facts below
        // see every change committed before this one.
        self.lock_team(&mut tx).await?;
        let mut changed = Vec::with_capacity(change.steps.len());
        for step in &change.steps {
            let (sql, args) = sql::step_sql(self.team, step);
            let sql = D.text(sql);
            let done = sql::bind(sqlx::query(sqlx::AssertSqlSafe(sql)), args)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            changed.push(done.rows_affected());
        }
        let (enabled, sso): (bool, i64) = sql::bind(
            sqlx::query_as(D.sql(sql::FACTS_SQL)),
            sql::facts_args(self.team),
        )
        .fetch_one(&mut *tx)
        .await
        .map_err(db_error)?;
        // A refusal drops the transaction, which rolls it back.
        (change.check)(&Outcome {
            changed,
            facts: sql::facts(enabled, sso),
        })?;
        let audit = D.text(sql::AUDIT_SQL);
        sql::bind(
            sqlx::query(sqlx::AssertSqlSafe(audit)),
            sql::audit_args(self.team, &change.audit),
        )
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        commit(tx).await
    }

    async fn list_admin_tokens(&self) -> Result<Vec<AdminToken>> {
        let rows: Vec<TokenRow> = sqlx::query_as(
            "SELECT id, name, prefix, hash, created_at, revoked_at FROM admin_tokens \
             WHERE team_id = $1 ORDER BY seq",
        )
        .bind(self.team)
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        Ok(rows.into_iter().map(AdminToken::from).collect())
    }

    async fn find_admin_token(&self, hash: &str) -> Result<Option<(AdminToken, TeamId)>> {
        let row: Option<read::TokenTeamRow> = sqlx::query_as(
            "SELECT id, name, prefix, hash, created_at, revoked_at, team_id FROM admin_tokens \
             WHERE hash = $1",
        )
        .bind(hash)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_error)?;
        Ok(row.map(|r| (AdminToken::from(r.token), r.team_id)))
    }

    /// One transaction: the team's userNames and the account's facts are
    /// read under a lock of the account's row (`FOR UPDATE`), so that two
    /// teams creating the same person at once are decided one after the
    /// other, as on SQLite; two creating a new account at once meet at its
    /// unique email key, and the one that waited decides again.
    async fn insert_user(&self, user: &UserRow, entry: &AuditEntry) -> Result<UserWrite> {
        use crate::accounts::Plan;
        let mut columns = sql::UserColumns::of(user);
        let key = columns.key();
        for _ in 0..ACCOUNT_RACE_RETRIES {
            let mut tx = self.begin().await?;
            // (the lock first: the facts are read after it is held)
            sqlx::query("SELECT id FROM accounts WHERE email_key = $1 FOR UPDATE")
                .bind(&key)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            let facts =
                crate::accounts::facts::<Postgres>(&mut tx, self.team, std::slice::from_ref(&key))
                    .await?;
            let plan = crate::accounts::plan(std::iter::once(&mut columns), &facts);
            let (account, new, membership) = match plan.into_iter().next() {
                Some(Plan::Write {
                    account,
                    new,
                    membership,
                }) => (account, new, membership),
                Some(Plan::Refuse(answer)) => return Ok(answer),
                None => return Ok(UserWrite::NameTaken),
            };
            if new {
                let added = sql::bind(
                    sqlx::query(D.sql(sql::INSERT_ACCOUNT_SQL)),
                    columns.account_args(&account),
                )
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
                if added.rows_affected() == 0 {
                    // Another team made this account a moment ago: decide
                    // again, now that it exists.
                    continue;
                }
            }
            let inserted = sql::bind(
                sqlx::query(D.sql(concat!(
                    "WITH written AS (INSERT INTO users (",
                    sql::user_insert_columns!(),
                    ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \
                     RETURNING 1) \
                     INSERT INTO audit (team_id, at, actor, action, target, detail) \
                     SELECT ?, ?, ?, ?, ?, ? FROM written",
                ))),
                columns.insert_args(self.team, &account),
            );
            return match bind_audit(inserted, self.team, entry)
                .execute(&mut *tx)
                .await
            {
                Err(e) if crate::is_unique_violation(&e) => Ok(UserWrite::NameTaken),
                Err(e) => Err(db_error(e)),
                Ok(_) => {
                    if membership.state == MemberState::Invited {
                        crate::invites::InviteTx::<Postgres>(&mut tx, self.team)
                            .open(columns.id(), columns.user_name(), entry)
                            .await?;
                    }
                    commit(tx).await?;
                    Ok(UserWrite::Created(membership))
                }
            };
        }
        Err(Error::new(
            Kind::Unavailable,
            "the account kept being created concurrently; try again",
        )
        .with_retry_after(1))
    }

    /// Many users as many one-statement inserts, 16 at a time over the
    /// pool: each is its own transaction, as a row of an import sent to
    /// `serve` would be, and PostgreSQL commits concurrent ones together.
    async fn insert_users(&self, users: &[(UserRow, AuditEntry)]) -> Result<Vec<UserWrite>> {
        use futures::StreamExt;
        // (the futures are made first: nothing runs until they are polled)
        let inserts: Vec<_> = users
            .iter()
            .map(|(user, entry)| self.insert_user(user, entry))
            .collect();
        futures::stream::iter(inserts)
            .buffered(16)
            .collect::<Vec<_>>()
            .await
            .into_iter()
            .collect()
    }

    async fn get_user(&self, id: &str) -> Result<Option<UserRow>> {
        let row: Option<UserDbRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {} FROM users WHERE id = $1 AND team_id = $2",
            user_select()
        )))
        .bind(id)
        .bind(self.team)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_error)?;
        row.map(UserRow::try_from).transpose()
    }

    async fn update_user(
        &self,
        user: &UserRow,
        expected_version: i64,
        entry: &AuditEntry,
    ) -> Result<UserWrite> {
        // The audit row exists only if the version matched and the row
        // changed; one statement either way. A membership that is now
        // invited or deactivated has its invites follow in the same
        // transaction.
        let columns = sql::UserColumns::of(user);
        let updated = || {
            bind_audit(
                sql::bind(
                    sqlx::query(D.sql(concat!(
                        "WITH written AS (UPDATE users SET ",
                        sql::user_update_set!(),
                        sql::user_update_where!(),
                        " RETURNING 1) \
                         INSERT INTO audit (team_id, at, actor, action, target, detail) \
                         SELECT ?, ?, ?, ?, ?, ? FROM written",
                    ))),
                    columns.update_args(expected_version, self.team),
                ),
                self.team,
                entry,
            )
        };
        let answer =
            |done: std::result::Result<sqlx::postgres::PgQueryResult, sqlx::Error>| match done {
                Err(e) if crate::is_unique_violation(&e) => Ok(UserWrite::NameTaken),
                Err(e) => Err(db_error(e)),
                Ok(done) if done.rows_affected() > 0 => Ok(UserWrite::Written),
                Ok(_) => Ok(UserWrite::Stale),
            };
        if columns.state() == MemberState::Active {
            return answer(updated().execute(&self.pool).await);
        }
        let mut tx = self.begin().await?;
        let written = answer(updated().execute(&mut *tx).await)?;
        if written == UserWrite::Written {
            crate::invites::InviteTx::<Postgres>(&mut tx, self.team)
                .follow(columns.id(), columns.user_name(), columns.state(), entry)
                .await?;
            commit(tx).await?;
        }
        Ok(written)
    }

    async fn delete_user(
        &self,
        id: &str,
        expected_version: i64,
        entry: &AuditEntry,
    ) -> Result<bool> {
        // The user's groups get new versions in the same statement (every
        // part of it sees the memberships as they were; the foreign key's
        // cascade removes them after).
        let deleted = sqlx::query(
            "WITH written AS (DELETE FROM users WHERE id = $1 AND version = $2 \
             AND team_id = $3 RETURNING id), \
             bumped AS (UPDATE scim_groups SET version = version + 1, last_modified = $4 \
             WHERE id IN (SELECT m.group_id FROM group_members m JOIN written w \
             ON w.id = m.user_id)) \
             INSERT INTO audit (team_id, at, actor, action, target, detail) \
             SELECT $3, $4, $5, $6, $7, $8 FROM written",
        )
        .bind(id)
        .bind(expected_version);
        self.delete_audited(deleted, entry).await
    }

    async fn count_users(&self) -> Result<u64> {
        let n: i64 = sqlx::query_scalar("SELECT count(*) FROM users WHERE team_id = $1")
            .bind(self.team)
            .fetch_one(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(n as u64)
    }

    async fn page_users(&self, offset: u64, limit: u64) -> Result<Vec<UserRow>> {
        let rows: Vec<UserDbRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            // The first row of the page is found in the compact primary-key
            // index; skipping rows of the table itself would read them all.
            "SELECT {} FROM users WHERE team_id = $1 AND seq >= \
             (SELECT seq FROM users WHERE team_id = $1 ORDER BY seq OFFSET $2 LIMIT 1) \
             ORDER BY seq LIMIT $3",
            user_select()
        )))
        .bind(self.team)
        .bind(offset as i64)
        .bind(limit as i64)
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        users(rows)
    }

    async fn count_where(&self, pred: &Pred) -> Result<u64> {
        let mut args = Vec::new();
        let condition = select::condition(self.team, pred, D, &mut args);
        let sql = D.text(&format!("SELECT count(*) FROM users WHERE {condition}"));
        let query = sqlx::query_scalar(sqlx::AssertSqlSafe(sql));
        let n: i64 = sql::bind(query, args)
            .fetch_one(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(n as u64)
    }

    async fn page_where(&self, pred: &Pred, offset: u64, limit: u64) -> Result<Vec<UserRow>> {
        let text = |condition: &str| {
            format!(
                "SELECT {} FROM users WHERE {condition} ORDER BY seq LIMIT ? OFFSET ?",
                user_select()
            )
        };
        let rows: Vec<UserDbRow> = self
            .select_where(Vec::new(), pred, text, &[limit, offset])
            .await?;
        users(rows)
    }

    async fn scan_where(&self, pred: &Pred, after: i64, limit: u64) -> Result<Vec<(i64, UserRow)>> {
        let text = |condition: &str| {
            format!(
                "SELECT seq, {} FROM users WHERE seq > ? AND {condition} \
                 ORDER BY seq LIMIT ?",
                user_select()
            )
        };
        let rows: Vec<ScanRow> = self
            .select_where(vec![sql::Arg::Int(after)], pred, text, &[limit])
            .await?;
        rows.into_iter()
            .map(|r| Ok((r.seq, UserRow::try_from(r.user)?)))
            .collect()
    }

    async fn insert_group(
        &self,
        group: &GroupRow,
        members: &[String],
        audit: &AuditEntry,
    ) -> Result<GroupWrite> {
        let write = groups::Write::Create {
            group,
            members,
            audit,
        };
        groups::run(&self.pool, self.team, write).await
    }

    async fn get_group(&self, id: &str, members: bool) -> Result<Option<GroupRow>> {
        groups::get(&self.pool, self.team, id, members).await
    }

    async fn edit_group(&self, edit: &GroupEdit) -> Result<GroupWrite> {
        groups::run(&self.pool, self.team, groups::Write::Edit(edit)).await
    }

    async fn delete_group(
        &self,
        id: &str,
        expected_version: Option<i64>,
        entry: &AuditEntry,
    ) -> Result<bool> {
        let deleted = sqlx::query(
            "WITH written AS (DELETE FROM scim_groups WHERE id = $1 \
             AND ($2::bigint IS NULL OR version = $2) AND team_id = $3 RETURNING 1) \
             INSERT INTO audit (team_id, at, actor, action, target, detail) \
             SELECT $3, $4, $5, $6, $7, $8 FROM written",
        )
        .bind(id)
        .bind(expected_version);
        self.delete_audited(deleted, entry).await
    }

    async fn count_groups(&self, pred: &Pred) -> Result<u64> {
        groups::count(&self.pool, self.team, pred).await
    }

    async fn page_groups(
        &self,
        pred: &Pred,
        offset: u64,
        limit: u64,
        members: bool,
    ) -> Result<Vec<GroupRow>> {
        groups::page(&self.pool, self.team, pred, offset, limit, members).await
    }

    async fn member_counts(&self, ids: &[String]) -> Result<Vec<u64>> {
        groups::member_counts(&self.pool, self.team, ids).await
    }

    async fn list_audit(&self, select: &AuditSelect) -> Result<Vec<AuditEntry>> {
        let (sql, args) = sql::audit_list_sql(self.team, select);
        let sql = D.text(&sql);
        let query = sqlx::query_as(sqlx::AssertSqlSafe(sql));
        let rows: Vec<AuditRow> = sql::bind(query, args)
            .fetch_all(&self.pool)
            .await
            .map_err(db_error)?;
        rows.into_iter().map(AuditEntry::try_from).collect()
    }
}
