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

use async_trait::async_trait;
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::{FromRow, Postgres, Transaction};

use super::groups::{self as group_sql, GroupTx, with_ids};
use super::rows::{self, USER_COLUMNS};
use super::select::{self, Dialect};
use crate::db_error;
use scimctl_core::error::{Error, Kind, Result};
use scimctl_core::model::{
    AdminToken, ApiKey, AuditAction, AuditEntry, GroupRow, Member, SsoMethod, UserRow, name_key,
};
use scimctl_core::query::Folds;
use scimctl_core::store::{
    AuditSelect, Change, GroupEdit, GroupWrite, Outcome, Pred, Stamp, Store, UserWrite,
};
use scimctl_core::time::Millis;

/// How long opening the store waits for PostgreSQL's first answer.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");

// --- rows as PostgreSQL returns them, into the core's records ---

#[derive(FromRow)]
pub struct KeyRow {
    id: String,
    name: String,
    prefix: String,
    hash: String,
    created_at: Millis,
    last_used_at: Option<Millis>,
    expires_at: Option<Millis>,
    revoked_at: Option<Millis>,
    replaced_by: Option<String>,
}

impl From<KeyRow> for ApiKey {
    fn from(r: KeyRow) -> ApiKey {
        ApiKey {
            id: r.id,
            name: r.name,
            prefix: r.prefix,
            hash: r.hash,
            created_at: r.created_at,
            last_used_at: r.last_used_at,
            expires_at: r.expires_at,
            revoked_at: r.revoked_at,
            replaced_by: r.replaced_by,
        }
    }
}

/// A key row with the team's SCIM toggle beside it (authentication).
#[derive(FromRow)]
pub struct AuthRow {
    #[sqlx(flatten)]
    key: KeyRow,
    scim_enabled: bool,
}

impl From<AuthRow> for (ApiKey, bool) {
    fn from(r: AuthRow) -> (ApiKey, bool) {
        (r.key.into(), r.scim_enabled)
    }
}

#[derive(FromRow)]
pub struct SsoRow {
    id: String,
    kind: String,
    name: String,
    created_at: Millis,
}

impl From<SsoRow> for SsoMethod {
    fn from(r: SsoRow) -> SsoMethod {
        SsoMethod {
            id: r.id,
            kind: rows::sso_kind(&r.kind),
            name: r.name,
            created_at: r.created_at,
        }
    }
}

#[derive(FromRow)]
pub struct TokenRow {
    id: String,
    name: String,
    prefix: String,
    hash: String,
    created_at: Millis,
    revoked_at: Option<Millis>,
}

impl From<TokenRow> for AdminToken {
    fn from(r: TokenRow) -> AdminToken {
        AdminToken {
            id: r.id,
            name: r.name,
            prefix: r.prefix,
            hash: r.hash,
            created_at: r.created_at,
            revoked_at: r.revoked_at,
        }
    }
}

#[derive(FromRow)]
pub struct UserDbRow {
    id: String,
    user_name: String,
    external_id: Option<String>,
    active: bool,
    version: i64,
    created_at: Millis,
    last_modified: Millis,
    doc: String,
    groups_json: Option<String>,
}

impl TryFrom<UserDbRow> for UserRow {
    type Error = Error;

    fn try_from(r: UserDbRow) -> Result<UserRow> {
        let doc = rows::parse_doc(&r.doc)?;
        Ok(UserRow {
            id: r.id,
            user_name: r.user_name,
            external_id: r.external_id,
            active: r.active,
            doc,
            created: r.created_at,
            last_modified: r.last_modified,
            version: r.version,
            groups: super::groups::parse_groups(r.groups_json.as_deref()),
        })
    }
}

/// A user with its position, as a scan reads it.
#[derive(FromRow)]
pub struct ScanRow {
    seq: i64,
    #[sqlx(flatten)]
    user: UserDbRow,
}

pub fn users(rows: Vec<UserDbRow>) -> Result<Vec<UserRow>> {
    rows.into_iter().map(UserRow::try_from).collect()
}

#[derive(FromRow)]
pub struct AuditRow {
    seq: i64,
    at: Millis,
    actor: String,
    action: String,
    target: String,
    detail: Option<String>,
}

impl TryFrom<AuditRow> for AuditEntry {
    type Error = Error;

    fn try_from(r: AuditRow) -> Result<AuditEntry> {
        Ok(AuditEntry {
            seq: r.seq,
            at: r.at,
            actor: r.actor,
            action: rows::audit_action(&r.action)?,
            target: r.target,
            detail: r.detail,
        })
    }
}

/// Connections per process. Enough for a 2–4 core instance; several
/// instances share the server's `max_connections` (100 by default).
const POOL_SIZE: u32 = 10;

pub struct PgStore {
    pool: PgPool,
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
        fill_folds(&pool).await?;
        Ok(PgStore { pool })
    }

    async fn begin(&self) -> Result<Transaction<'static, Postgres>> {
        self.pool.begin().await.map_err(map_err)
    }

    /// Lock the team row until the transaction ends (see the module note).
    async fn lock_team(tx: &mut Transaction<'static, Postgres>) -> Result<()> {
        sqlx::query("SELECT 1 FROM team WHERE id = 1 FOR UPDATE")
            .execute(&mut **tx)
            .await
            .map_err(map_err)?;
        Ok(())
    }
}

/// The user columns, then the user's groups.
fn user_select() -> String {
    format!(
        "{USER_COLUMNS}, {}",
        group_sql::groups_of_user(Dialect::Postgres)
    )
}

#[derive(FromRow)]
pub struct GroupDbRow {
    id: String,
    display_name: String,
    external_id: Option<String>,
    version: i64,
    created_at: Millis,
    last_modified: Millis,
}

impl From<GroupDbRow> for GroupRow {
    fn from(r: GroupDbRow) -> GroupRow {
        GroupRow {
            id: r.id,
            display_name: r.display_name,
            external_id: r.external_id,
            created: r.created_at,
            last_modified: r.last_modified,
            version: r.version,
            members: None,
        }
    }
}

impl PgStore {
    /// Fill in the members of `groups`, in one statement.
    async fn fill_members(&self, groups: &mut [GroupRow]) -> Result<()> {
        if groups.is_empty() {
            return Ok(());
        }
        let ids: Vec<String> = groups.iter().map(|g| g.id.clone()).collect();
        let sql = rows::numbered(&with_ids(group_sql::MEMBERS_OF, Dialect::Postgres));
        let found: Vec<(String, String, String)> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(group_sql::ids_json(&ids))
            .fetch_all(&self.pool)
            .await
            .map_err(map_err)?;
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
}

/// A group write's transaction. Its first read locks the group's row
/// (`FOR UPDATE`), so that writes to one group run one at a time across
/// instances; writes to different groups do not wait for each other.
struct PgTx(Transaction<'static, Postgres>);

fn pg_sql(template: &str) -> sqlx::AssertSqlSafe<String> {
    sqlx::AssertSqlSafe(rows::numbered(&with_ids(template, Dialect::Postgres)))
}

/// A membership of a user that another instance deleted meanwhile.
fn is_foreign_key_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(db) if db.is_foreign_key_violation())
}

#[async_trait]
impl GroupTx for PgTx {
    async fn header(&mut self, id: &str) -> Result<Option<GroupRow>> {
        let sql = format!("{} FOR UPDATE", group_sql::group_by_id());
        let row: Option<GroupDbRow> = sqlx::query_as(pg_sql(&sql))
            .bind(id)
            .fetch_optional(&mut *self.0)
            .await
            .map_err(map_err)?;
        Ok(row.map(GroupRow::from))
    }

    async fn name_taken(&mut self, key: &str, id: &str) -> Result<bool> {
        let n: i64 = sqlx::query_scalar(pg_sql(group_sql::NAME_TAKEN))
            .bind(key)
            .bind(id)
            .fetch_one(&mut *self.0)
            .await
            .map_err(map_err)?;
        Ok(n > 0)
    }

    async fn unknown_users(&mut self, ids_json: &str) -> Result<Vec<String>> {
        sqlx::query_scalar(pg_sql(group_sql::UNKNOWN_USERS))
            .bind(ids_json)
            .fetch_all(&mut *self.0)
            .await
            .map_err(map_err)
    }

    async fn member_ids(
        &mut self,
        template: &'static str,
        group_id: &str,
        ids_json: &str,
    ) -> Result<Vec<String>> {
        match sqlx::query_scalar(pg_sql(template))
            .bind(group_id)
            .bind(ids_json)
            .fetch_all(&mut *self.0)
            .await
        {
            Err(e) if is_foreign_key_violation(&e) => Err(Error::invalid(
                "a user named as a member was deleted at the same moment",
            )
            .with_scim_type("invalidValue")),
            other => other.map_err(map_err),
        }
    }

    async fn insert_header(&mut self, g: &GroupRow) -> Result<bool> {
        let done = sqlx::query(pg_sql(group_sql::INSERT_GROUP))
            .bind(&g.id)
            .bind(&g.display_name)
            .bind(name_key(&g.display_name))
            .bind(&g.external_id)
            .bind(g.version)
            .bind(g.created)
            .bind(g.last_modified)
            .execute(&mut *self.0)
            .await;
        group_sql::written(done, map_err)
    }

    async fn update_header(
        &mut self,
        id: &str,
        display_name: &str,
        external_id: Option<&str>,
        at: i64,
    ) -> Result<bool> {
        let done = sqlx::query(pg_sql(group_sql::UPDATE_GROUP))
            .bind(display_name)
            .bind(name_key(display_name))
            .bind(external_id)
            .bind(at)
            .bind(id)
            .execute(&mut *self.0)
            .await;
        group_sql::written(done, map_err)
    }

    async fn audit_members(
        &mut self,
        stamp: &Stamp,
        action: AuditAction,
        group_id: &str,
        ids_json: &str,
    ) -> Result<()> {
        sqlx::query(pg_sql(group_sql::AUDIT_MEMBERS))
            .bind(stamp.at)
            .bind(&stamp.actor)
            .bind(action.as_str())
            .bind(group_id)
            .bind(ids_json)
            .execute(&mut *self.0)
            .await
            .map_err(map_err)?;
        Ok(())
    }

    async fn audit(&mut self, entry: &AuditEntry) -> Result<()> {
        bind(
            sqlx::query(sqlx::AssertSqlSafe(rows::numbered(rows::AUDIT_SQL))),
            rows::audit_args(entry),
        )
        .execute(&mut *self.0)
        .await
        .map_err(map_err)?;
        Ok(())
    }
}

/// Give rows written before migration 0003 their derived filter columns
/// (one probe of an empty partial index once they all have them). Several
/// instances starting at once may fold the same rows: the values agree.
async fn fill_folds(pool: &PgPool) -> Result<()> {
    let set = rows::numbered(rows::FOLD_SET);
    loop {
        let unfolded: Vec<(i64, String)> = sqlx::query_as(rows::UNFOLDED_SQL)
            .fetch_all(pool)
            .await
            .map_err(map_err)?;
        if unfolded.is_empty() {
            return Ok(());
        }
        let mut tx = pool.begin().await.map_err(map_err)?;
        for (seq, doc) in &unfolded {
            let folds = Folds::of(&rows::parse_doc(doc)?);
            let query = sqlx::query(sqlx::AssertSqlSafe(set.as_str()));
            rows::bind_args!(query, rows::fold_args(&folds))
                .bind(seq)
                .execute(&mut *tx)
                .await
                .map_err(map_err)?;
        }
        tx.commit().await.map_err(map_err)?;
    }
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

/// Deadlocks and serialisation failures are the database asking us to try
/// again; they become "unavailable" (503, retried by clients) rather than
/// internal errors.
fn map_err(err: sqlx::Error) -> Error {
    if let sqlx::Error::Database(db) = &err
        && matches!(db.code().as_deref(), Some("40001" | "40P01"))
    {
        return Error::new(Kind::Unavailable, "database busy, try again").with_retry_after(1);
    }
    crate::db_error(err)
}

type PgQuery<'q> = sqlx::query::Query<'q, Postgres, sqlx::postgres::PgArguments>;

/// Bind a step's values in order.
fn bind<'q>(query: PgQuery<'q>, args: Vec<rows::Arg<'q>>) -> PgQuery<'q> {
    rows::bind_args!(query, args)
}

/// Bind an audit entry's five values after a query's own.
fn bind_audit<'q>(
    query: sqlx::query::Query<'q, Postgres, sqlx::postgres::PgArguments>,
    entry: &'q AuditEntry,
) -> sqlx::query::Query<'q, Postgres, sqlx::postgres::PgArguments> {
    rows::bind_args!(query, rows::audit_args(entry))
}

async fn commit(tx: Transaction<'static, Postgres>) -> Result<()> {
    tx.commit().await.map_err(map_err)
}

#[async_trait]
impl Store for PgStore {
    async fn writable(&self) -> Result<()> {
        // The server refuses writes it cannot make (a full disk answers
        // each statement with SQLSTATE 53100) and recovers by itself; what
        // a health check can tell is whether it answers at all.
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(())
    }

    async fn scim_enabled(&self) -> Result<bool> {
        Ok(
            sqlx::query_scalar("SELECT scim_enabled FROM team WHERE id = 1")
                .fetch_one(&self.pool)
                .await
                .map_err(map_err)?,
        )
    }

    async fn list_sso(&self) -> Result<Vec<SsoMethod>> {
        let rows: Vec<SsoRow> =
            sqlx::query_as("SELECT id, kind, name, created_at FROM sso_methods ORDER BY seq")
                .fetch_all(&self.pool)
                .await
                .map_err(map_err)?;
        Ok(rows.into_iter().map(SsoMethod::from).collect())
    }

    async fn list_keys(&self) -> Result<Vec<ApiKey>> {
        let rows: Vec<KeyRow> = sqlx::query_as(
            "SELECT id, name, prefix, hash, created_at, last_used_at, expires_at, revoked_at, \
             replaced_by FROM api_keys ORDER BY seq",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(map_err)?;
        Ok(rows.into_iter().map(ApiKey::from).collect())
    }

    async fn authenticate_key(&self, hash: &str) -> Result<Option<(ApiKey, bool)>> {
        let row: Option<AuthRow> = sqlx::query_as(
            "SELECT k.id, k.name, k.prefix, k.hash, k.created_at, k.last_used_at, k.expires_at, \
             k.revoked_at, k.replaced_by, t.scim_enabled \
             FROM api_keys k CROSS JOIN team t WHERE k.hash = $1 AND t.id = 1",
        )
        .bind(hash)
        .fetch_optional(&self.pool)
        .await
        .map_err(map_err)?;
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
        .map_err(map_err)?;
        Ok(())
    }

    async fn change(&self, change: Change) -> Result<()> {
        let mut tx = self.begin().await?;
        // Every admin change first takes the team row's lock, so changes run
        // one at a time across instances and each step and the facts below
        // see every change committed before this one.
        Self::lock_team(&mut tx).await?;
        let mut changed = Vec::with_capacity(change.steps.len());
        for step in &change.steps {
            let (sql, args) = rows::step_sql(step);
            let sql = rows::numbered(sql);
            let done = bind(sqlx::query(sqlx::AssertSqlSafe(sql)), args)
                .execute(&mut *tx)
                .await
                .map_err(map_err)?;
            changed.push(done.rows_affected());
        }
        let (enabled, sso): (bool, i64) =
            sqlx::query_as(sqlx::AssertSqlSafe(rows::numbered(rows::FACTS_SQL)))
                .fetch_one(&mut *tx)
                .await
                .map_err(map_err)?;
        // A refusal drops the transaction, which rolls it back.
        (change.check)(&Outcome {
            changed,
            facts: rows::facts(enabled, sso),
        })?;
        let audit = rows::numbered(rows::AUDIT_SQL);
        bind(
            sqlx::query(sqlx::AssertSqlSafe(audit)),
            rows::audit_args(&change.audit),
        )
        .execute(&mut *tx)
        .await
        .map_err(map_err)?;
        commit(tx).await
    }

    async fn list_admin_tokens(&self) -> Result<Vec<AdminToken>> {
        let rows: Vec<TokenRow> = sqlx::query_as(
            "SELECT id, name, prefix, hash, created_at, revoked_at FROM admin_tokens ORDER BY seq",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(map_err)?;
        Ok(rows.into_iter().map(AdminToken::from).collect())
    }

    async fn find_admin_token(&self, hash: &str) -> Result<Option<AdminToken>> {
        let row: Option<TokenRow> = sqlx::query_as(
            "SELECT id, name, prefix, hash, created_at, revoked_at FROM admin_tokens WHERE hash = $1",
        )
        .bind(hash)
        .fetch_optional(&self.pool)
        .await
        .map_err(map_err)?;
        Ok(row.map(AdminToken::from))
    }

    async fn insert_user(&self, user: &UserRow, entry: &AuditEntry) -> Result<UserWrite> {
        // One statement, so one round trip and no explicit transaction: the
        // audit row is written by the same statement, and a taken userName
        // fails all of it.
        let columns = rows::UserColumns::of(user);
        let inserted = rows::bind_args!(
            sqlx::query(sqlx::AssertSqlSafe(rows::numbered(concat!(
                "WITH written AS (INSERT INTO users (",
                rows::user_insert_columns!(),
                ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING 1) \
                 INSERT INTO audit (at, actor, action, target, detail) \
                 SELECT ?, ?, ?, ?, ? FROM written",
            )))),
            columns.insert_args()
        );
        match bind_audit(inserted, entry).execute(&self.pool).await {
            Err(e) if rows::is_unique_violation(&e) => Ok(UserWrite::NameTaken),
            other => other.map(|_| UserWrite::Written).map_err(map_err),
        }
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
            "SELECT {} FROM users WHERE id = $1",
            user_select()
        )))
        .bind(id)
        .fetch_optional(&self.pool)
        .await
        .map_err(map_err)?;
        row.map(UserRow::try_from).transpose()
    }

    async fn update_user(
        &self,
        user: &UserRow,
        expected_version: i64,
        entry: &AuditEntry,
    ) -> Result<UserWrite> {
        // The audit row exists only if the version matched and the row
        // changed; one statement either way.
        let columns = rows::UserColumns::of(user);
        let updated = rows::bind_args!(
            sqlx::query(sqlx::AssertSqlSafe(rows::numbered(concat!(
                "WITH written AS (UPDATE users SET ",
                rows::user_update_set!(),
                " WHERE id = ? AND version = ? RETURNING 1) \
                 INSERT INTO audit (at, actor, action, target, detail) \
                 SELECT ?, ?, ?, ?, ? FROM written",
            )))),
            columns.update_args(expected_version)
        );
        match bind_audit(updated, entry).execute(&self.pool).await {
            Err(e) if rows::is_unique_violation(&e) => Ok(UserWrite::NameTaken),
            Err(e) => Err(map_err(e)),
            Ok(done) if done.rows_affected() > 0 => Ok(UserWrite::Written),
            Ok(_) => Ok(UserWrite::Stale),
        }
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
            "WITH written AS (DELETE FROM users WHERE id = $1 AND version = $2 RETURNING id), \
             bumped AS (UPDATE scim_groups SET version = version + 1, last_modified = $3 \
             WHERE id IN (SELECT m.group_id FROM group_members m JOIN written w \
             ON w.id = m.user_id)) \
             INSERT INTO audit (at, actor, action, target, detail) \
             SELECT $3, $4, $5, $6, $7 FROM written",
        )
        .bind(id)
        .bind(expected_version);
        let done = bind_audit(deleted, entry)
            .execute(&self.pool)
            .await
            .map_err(map_err)?;
        Ok(done.rows_affected() > 0)
    }

    async fn count_users(&self) -> Result<u64> {
        let n: i64 = sqlx::query_scalar("SELECT count(*) FROM users")
            .fetch_one(&self.pool)
            .await
            .map_err(map_err)?;
        Ok(n as u64)
    }

    async fn page_users(&self, offset: u64, limit: u64) -> Result<Vec<UserRow>> {
        let rows: Vec<UserDbRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            // The first row of the page is found in the compact primary-key
            // index; skipping rows of the table itself would read them all.
            "SELECT {} FROM users WHERE seq >= \
             (SELECT seq FROM users ORDER BY seq OFFSET $1 LIMIT 1) ORDER BY seq LIMIT $2",
            user_select()
        )))
        .bind(offset as i64)
        .bind(limit as i64)
        .fetch_all(&self.pool)
        .await
        .map_err(map_err)?;
        users(rows)
    }

    async fn count_where(&self, pred: &Pred) -> Result<u64> {
        let mut args = Vec::new();
        let condition = select::condition(pred, Dialect::Postgres, &mut args);
        let sql = rows::numbered(&format!("SELECT count(*) FROM users WHERE {condition}"));
        let query = sqlx::query_scalar(sqlx::AssertSqlSafe(sql));
        let n: i64 = rows::bind_args!(query, args)
            .fetch_one(&self.pool)
            .await
            .map_err(map_err)?;
        Ok(n as u64)
    }

    async fn page_where(&self, pred: &Pred, offset: u64, limit: u64) -> Result<Vec<UserRow>> {
        let mut args = Vec::new();
        let condition = select::condition(pred, Dialect::Postgres, &mut args);
        args.push(rows::Arg::Int(limit.min(i64::MAX as u64) as i64));
        args.push(rows::Arg::Int(offset.min(i64::MAX as u64) as i64));
        let sql = rows::numbered(&format!(
            "SELECT {} FROM users WHERE {condition} ORDER BY seq LIMIT ? OFFSET ?",
            user_select()
        ));
        let query = sqlx::query_as(sqlx::AssertSqlSafe(sql));
        let rows: Vec<UserDbRow> = rows::bind_args!(query, args)
            .fetch_all(&self.pool)
            .await
            .map_err(map_err)?;
        users(rows)
    }

    async fn scan_where(&self, pred: &Pred, after: i64, limit: u64) -> Result<Vec<(i64, UserRow)>> {
        let mut args = vec![rows::Arg::Int(after)];
        let condition = select::condition(pred, Dialect::Postgres, &mut args);
        args.push(rows::Arg::Int(limit.min(i64::MAX as u64) as i64));
        let sql = rows::numbered(&format!(
            "SELECT seq, {} FROM users WHERE seq > ? AND {condition} \
             ORDER BY seq LIMIT ?",
            user_select()
        ));
        let query = sqlx::query_as(sqlx::AssertSqlSafe(sql));
        let rows: Vec<ScanRow> = rows::bind_args!(query, args)
            .fetch_all(&self.pool)
            .await
            .map_err(map_err)?;
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
        let mut tx = PgTx(self.begin().await?);
        let outcome = group_sql::create(&mut tx, group, members, audit).await?;
        if matches!(outcome, GroupWrite::Written(_)) {
            commit(tx.0).await?;
        }
        // (anything else: dropping the transaction rolls it back)
        Ok(outcome)
    }

    async fn get_group(&self, id: &str, members: bool) -> Result<Option<GroupRow>> {
        let row: Option<GroupDbRow> = sqlx::query_as(sqlx::AssertSqlSafe(rows::numbered(
            &group_sql::group_by_id(),
        )))
        .bind(id)
        .fetch_optional(&self.pool)
        .await
        .map_err(map_err)?;
        let Some(group) = row.map(GroupRow::from) else {
            return Ok(None);
        };
        let mut one = vec![group];
        if members {
            self.fill_members(&mut one).await?;
        }
        Ok(one.pop())
    }

    async fn edit_group(&self, edit: &GroupEdit) -> Result<GroupWrite> {
        let mut tx = PgTx(self.begin().await?);
        let outcome = group_sql::edit(&mut tx, edit).await?;
        if matches!(outcome, GroupWrite::Written(_)) {
            commit(tx.0).await?;
        }
        Ok(outcome)
    }

    async fn delete_group(
        &self,
        id: &str,
        expected_version: Option<i64>,
        entry: &AuditEntry,
    ) -> Result<bool> {
        let deleted = sqlx::query(
            "WITH written AS (DELETE FROM scim_groups WHERE id = $1 \
             AND ($2::bigint IS NULL OR version = $2) RETURNING 1) \
             INSERT INTO audit (at, actor, action, target, detail) \
             SELECT $3, $4, $5, $6, $7 FROM written",
        )
        .bind(id)
        .bind(expected_version);
        let done = bind_audit(deleted, entry)
            .execute(&self.pool)
            .await
            .map_err(map_err)?;
        Ok(done.rows_affected() > 0)
    }

    async fn count_groups(&self, pred: &Pred) -> Result<u64> {
        let mut args = Vec::new();
        let condition = select::condition(pred, Dialect::Postgres, &mut args);
        let sql = rows::numbered(&format!(
            "SELECT count(*) FROM scim_groups WHERE {condition}"
        ));
        let query = sqlx::query_scalar(sqlx::AssertSqlSafe(sql));
        let n: i64 = rows::bind_args!(query, args)
            .fetch_one(&self.pool)
            .await
            .map_err(map_err)?;
        Ok(n as u64)
    }

    async fn page_groups(
        &self,
        pred: &Pred,
        offset: u64,
        limit: u64,
        members: bool,
    ) -> Result<Vec<GroupRow>> {
        let mut args = Vec::new();
        let condition = select::condition(pred, Dialect::Postgres, &mut args);
        args.push(rows::Arg::Int(limit.min(i64::MAX as u64) as i64));
        args.push(rows::Arg::Int(offset.min(i64::MAX as u64) as i64));
        let sql = rows::numbered(&format!(
            "SELECT {} FROM scim_groups WHERE {condition} ORDER BY seq LIMIT ? OFFSET ?",
            group_sql::GROUP_COLUMNS
        ));
        let query = sqlx::query_as(sqlx::AssertSqlSafe(sql));
        let found: Vec<GroupDbRow> = rows::bind_args!(query, args)
            .fetch_all(&self.pool)
            .await
            .map_err(map_err)?;
        let mut page: Vec<GroupRow> = found.into_iter().map(GroupRow::from).collect();
        if members {
            self.fill_members(&mut page).await?;
        }
        Ok(page)
    }

    async fn member_counts(&self, ids: &[String]) -> Result<Vec<u64>> {
        let sql = rows::numbered(&with_ids(group_sql::MEMBER_COUNTS, Dialect::Postgres));
        let found: Vec<(String, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(group_sql::ids_json(ids))
            .fetch_all(&self.pool)
            .await
            .map_err(map_err)?;
        Ok(group_sql::counts_in_order(ids, found))
    }

    async fn list_audit(&self, select: &AuditSelect) -> Result<Vec<AuditEntry>> {
        let (sql, args) = rows::audit_list_sql(select);
        let sql = rows::numbered(&sql);
        let query = sqlx::query_as(sqlx::AssertSqlSafe(sql));
        let rows: Vec<AuditRow> = rows::bind_args!(query, args)
            .fetch_all(&self.pool)
            .await
            .map_err(map_err)?;
        rows.into_iter().map(AuditEntry::try_from).collect()
    }
}
