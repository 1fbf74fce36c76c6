//! The embedded SQLite store.
//!
//! Reads go to a pool of read-only connections; every write goes through one
//! connection owned by the group-commit writer ([`writer`]), which runs the
//! writes that are waiting as one transaction. SQLite allows one writer at a
//! time anyway; queueing writers in our own process is cheaper and fairer
//! than letting them spin on `SQLITE_BUSY`, and sharing a commit between
//! many writes is what makes a bulk import fast. Batches start with
//! `BEGIN IMMEDIATE`, so that another process on the same file (the CLI's
//! embedded backend next to a running `serve`) takes the write lock up front
//! instead of failing to upgrade a read transaction halfway through.

pub mod backup;
mod groups;
mod read;
mod writer;

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use futures::FutureExt;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sqlx::{ConnectOptions, SqliteConnection};

use self::read::Readers;
use self::writer::{Broken, Writer, in_savepoint, in_savepoint_keeping};

use self::read::read_error;
use crate::db_error;
use crate::group_sql;
use crate::invites;
use crate::select;
use crate::sql::{self, Dialect, USER_COLUMNS, ids_json};
use scimctl_core::error::{Error, Kind, Result};
use scimctl_core::model::{
    AccountMembership, AccountRow, AdminToken, ApiKey, AuditEntry, DEFAULT_TEAM, DomainRow,
    GroupRow, InviteOwner, InviteRow, MemberState, SsoMethod, TeamId, TeamRow, UserRow,
};
use scimctl_core::store::{
    AuditSelect, Change, DomainWrite, GroupEdit, GroupWrite, Outcome, Pred, Store, UserWrite,
};
use scimctl_core::time::Millis;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");

/// The database, acting for one of its teams ([`Store::for_team`]).
pub struct SqliteStore {
    db: Arc<Database>,
    team: TeamId,
}

/// What the teams of one database file share: its writer and readers.
struct Database {
    writer: Writer,
    readers: Arc<Readers>,
    /// The database file, for the free-space check of [`Store::writable`].
    path: std::path::PathBuf,
}

/// Free space below which a store whose writes failed stays unhealthy: one
/// full batch (256 writes of a few pages each) appends about this much to
/// the WAL. Without it, a one-page probe that fits into reused WAL space
/// would call a full disk healthy while real writes still fail.
const MIN_FREE_BYTES: u64 = 1 << 20;

/// Bytes an unprivileged writer may still use on the file system that holds
/// `path` (None where that cannot be asked).
fn free_bytes(path: &std::path::Path) -> Option<u64> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty())?;
        let c_path = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
        let mut stat = std::mem::MaybeUninit::<libc::statvfs>::uninit();
        // SAFETY: a NUL-terminated path and a buffer of the right type;
        // statvfs fills the buffer when it returns 0.
        let stat = unsafe {
            if libc::statvfs(c_path.as_ptr(), stat.as_mut_ptr()) != 0 {
                return None;
            }
            stat.assume_init()
        };
        Some((stat.f_bavail as u64).saturating_mul(stat.f_frsize as u64))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// The file path a `sqlite:` URL names: `sqlite:///abs/path`,
/// `sqlite://relative/path` or `sqlite:path`.
pub fn path_of(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or(rest);
    (!path.is_empty()).then_some(path)
}

/// Create the database file, readable by its owner only, if it is not there
/// yet; SQLite gives its `-wal` and `-shm` files the same mode. The
/// directory must exist already: a mistyped `--url sqlite:///srv/scmi/x.db`
/// is an error, not a new empty team (docs/cli.md, "Backends and profiles"; only the default location's
/// directory is created, by the caller that knows it is the default).
fn create_private(path: &std::path::Path) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => std::path::Path::new("."),
    };
    if !dir.is_dir() {
        return Err(Error::invalid(format!(
            "cannot open database {}: the directory {} does not exist",
            path.display(),
            dir.display()
        ))
        .with_hint(
            "check the URL (--url, SCIMCTL_URL, the profile), or create the directory first",
        ));
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    // (elsewhere the file keeps what it inherits from its directory)
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(Error::invalid(format!(
            "cannot create database {}: {e}",
            path.display()
        ))),
    }
}

impl SqliteStore {
    /// Run `statement` (one row changed or none), then its audit line if
    /// it changed one, in one writer job: the rows changed, or `None` when
    /// a unique index refused it (nothing written).
    async fn audited(
        &self,
        statement: &'static str,
        args: Vec<sql::Arg<'static>>,
        entry: &AuditEntry,
    ) -> Result<Option<u64>> {
        let (entry, team) = (entry.clone(), self.team);
        self.db
            .writer
            .write(move |c| {
                async move {
                    let text = format!("{statement}; {AUDIT_IF_CHANGED}");
                    let query = sql::bind(sqlx::query(placeholders_only(text)), args);
                    let done = run_audited(c, then_audit(query, team, &entry)).await?;
                    Ok(Ok(done))
                }
                .boxed()
            })
            .await
    }

    /// One statement in the writer's next batch, not audited (the account
    /// side belongs to no team): its rows changed, or `None` when a unique
    /// index refused it.
    async fn plain_write(
        &self,
        statement: &'static str,
        args: Vec<sql::Arg<'static>>,
    ) -> Result<Option<u64>> {
        self.db
            .writer
            .write(move |c| {
                async move {
                    let query = sql::bind(sqlx::query(statement), args);
                    Ok(Ok(run_audited(c, query).await?))
                }
                .boxed()
            })
            .await
    }

    pub async fn open(url: &str) -> Result<Self> {
        let path = path_of(url)
            .ok_or_else(|| Error::invalid(format!("no file path in database URL {url:?}")))?;
        create_private(std::path::Path::new(path))?;
        let options = SqliteConnectOptions::from_str("sqlite:")
            .map_err(|e| Error::internal(e.to_string()))?
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true)
            .pragma("temp_store", "memory")
            // 32 MiB of page cache for the one write connection (SQLite's
            // default is 2 MiB): the unique indexes of 100,000 users are
            // about 10 MB, and a bulk insert that does not find their pages
            // in the cache reads them back and spills dirty ones mid-way.
            // Pages are allocated as used, so a small team costs little.
            .pragma("cache_size", "-32768");
        let mut conn = options
            .connect()
            .await
            // Not a usage error (exit 2): the path was fine, the file is not
            // (damaged, not a database, unreadable) — exit 1.
            .map_err(|e| {
                Error::internal(format!("cannot open database {path}: {e}")).with_hint(
                    "is it a scimctl database, readable by you? restore it from a backup, or name another file",
                )
            })?;
        MIGRATOR
            .run(&mut conn)
            .await
            .map_err(|e| Error::internal(format!("database migration failed: {e}")))?;
        sql::fill_folds::<sqlx::Sqlite>(&mut conn).await?;
        Ok(SqliteStore {
            db: Arc::new(Database {
                writer: Writer::start(conn, options),
                readers: Readers::new(std::path::Path::new(path)),
                path: std::path::PathBuf::from(path),
            }),
            team: DEFAULT_TEAM,
        })
    }
}

/// The audit line a write appends, as the last statement of its query; the
/// entry's values are bound last ([`then_audit`]).
/// A statement built from constant text and `?` placeholders only: no
/// value is ever spliced into it.
fn placeholders_only(sql: String) -> sqlx::AssertSqlSafe<String> {
    sqlx::AssertSqlSafe(sql)
}

/// Users per multi-row INSERT: 18 values each, well under SQLite's limit
/// of 32,766 bound values per statement.
const INSERT_CHUNK: usize = 500;

macro_rules! audit_sql {
    () => {
        "INSERT INTO audit (team_id, at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)"
    };
    (if changed) => {
        "INSERT INTO audit (team_id, at, actor, action, target, detail) \
         SELECT ?, ?, ?, ?, ?, ? WHERE changes() > 0"
    };
}

/// An invite write ([`invites::InviteTx`]) in the writer's next batch, on
/// values the caller owns: `invite_write!(self, |tx| tx.sent(&id, at))`.
/// With `or_nothing`, a write that answers `false` is rolled back whole
/// (it runs in a savepoint): its first statement may have written.
macro_rules! invite_write {
    ($store:expr, |$tx:ident| $call:expr) => {{
        let team = $store.team;
        $store
            .db
            .writer
            .write(move |c| {
                async move {
                    let mut $tx = invites::InviteTx::<sqlx::Sqlite>(c, team);
                    Ok($call.await)
                }
                .boxed()
            })
            .await
    }};
    ($store:expr, or_nothing |$tx:ident| $call:expr) => {{
        let team = $store.team;
        $store
            .db
            .writer
            .write(move |c| {
                in_savepoint_keeping(
                    c,
                    |done| *done,
                    async move |c| {
                        let mut $tx = invites::InviteTx::<sqlx::Sqlite>(c, team);
                        $call.await
                    },
                )
                .boxed()
            })
            .await
    }};
}

/// [`audit_sql!`]`(if changed)` as a constant, for statements put
/// together at run time.
const AUDIT_IF_CHANGED: &str = audit_sql!(if changed);

type Query<'q> = sqlx::query::Query<'q, sqlx::Sqlite, sqlx::sqlite::SqliteArguments>;

fn then_audit<'q>(query: Query<'q>, team: TeamId, entry: &'q AuditEntry) -> Query<'q> {
    sql::bind(query, sql::audit_args(team, entry))
}

/// Run a write-and-audit query: `Some(rows changed)`, or `None` when a
/// unique index refused it. Such a refusal wrote nothing (SQLite undoes the
/// failing statement, and the statements after it in the query never run);
/// any other failure may have left something behind, and breaks the batch.
async fn run_audited(
    conn: &mut SqliteConnection,
    query: Query<'_>,
) -> std::result::Result<Option<u64>, Broken> {
    match query.execute(conn).await {
        Ok(done) => Ok(Some(done.rows_affected())),
        Err(e) if crate::is_unique_violation(&e) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// One chunk of [`Store::insert_users`]: what each row of it did, by user
/// id, into `answers`.
async fn insert_chunk(
    c: &mut SqliteConnection,
    team: TeamId,
    chunk: &mut [(sql::UserColumns, AuditEntry)],
    answers: &mut std::collections::HashMap<String, UserWrite>,
) -> std::result::Result<(), Broken> {
    use crate::accounts::Plan;
    use std::collections::HashSet;
    let keys: Vec<String> = chunk.iter().map(|(u, _)| u.key()).collect();
    let facts = crate::accounts::facts::<sqlx::Sqlite>(c, team, &keys)
        .await
        .map_err(Broken)?;
    let plans = crate::accounts::plan(chunk.iter_mut().map(|(u, _)| u), &facts);

    let new_accounts: Vec<(&str, &sql::UserColumns)> = chunk
        .iter()
        .zip(&plans)
        .filter_map(|((u, _), p)| match p {
            Plan::Write {
                account, new: true, ..
            } => Some((account.as_str(), u)),
            _ => None,
        })
        .collect();
    if !new_accounts.is_empty() {
        let mut sql =
            String::from("INSERT INTO accounts (id, email, email_key, created_at) VALUES ");
        sql.push_str(&vec!["(?, ?, ?, ?)"; new_accounts.len()].join(", "));
        let args = new_accounts.iter().flat_map(|(id, u)| u.account_args(id));
        sql::bind(sqlx::query(placeholders_only(sql)), args)
            .execute(&mut *c)
            .await?;
    }

    let writes: Vec<(&sql::UserColumns, &str, &AuditEntry)> = chunk
        .iter()
        .zip(&plans)
        .filter_map(|((u, a), p)| match p {
            Plan::Write { account, .. } => Some((u, account.as_str(), a)),
            Plan::Refuse(_) => None,
        })
        .collect();
    let mut written = HashSet::new();
    if !writes.is_empty() {
        let mut sql = format!(
            "INSERT INTO users ({}) VALUES ",
            sql::user_insert_columns!()
        );
        let one = format!("({})", vec!["?"; sql::USER_INSERT_VALUES].join(", "));
        sql.push_str(&vec![one; writes.len()].join(", "));
        sql.push_str(" ON CONFLICT DO NOTHING RETURNING id");
        let args = writes
            .iter()
            .flat_map(|(u, account, _)| u.insert_args(team, account));
        let done: Vec<(String,)> = sql::bind(sqlx::query_as(placeholders_only(sql)), args)
            .fetch_all(&mut *c)
            .await?;
        written = done.into_iter().map(|(id,)| id).collect();
        let audited: Vec<&AuditEntry> = writes
            .iter()
            .filter(|(u, _, _)| written.contains(u.id()))
            .map(|(_, _, a)| *a)
            .collect();
        if !audited.is_empty() {
            let mut sql = String::from(
                "INSERT INTO audit (team_id, at, actor, action, target, detail) VALUES ",
            );
            sql.push_str(&vec!["(?, ?, ?, ?, ?, ?)"; audited.len()].join(", "));
            let args = audited.iter().flat_map(|a| sql::audit_args(team, a));
            sql::bind(sqlx::query(placeholders_only(sql)), args)
                .execute(&mut *c)
                .await?;
        }
    }
    for ((u, a), plan) in chunk.iter().zip(&plans) {
        if let Plan::Write { membership, .. } = plan
            && membership.state == MemberState::Invited
            && written.contains(u.id())
        {
            invites::InviteTx::<sqlx::Sqlite>(c, team)
                .open(u.id(), u.user_name(), a)
                .await
                .map_err(Broken)?;
        }
    }
    for ((u, _), plan) in chunk.iter().zip(plans) {
        let answer = match plan {
            Plan::Write { membership, .. } if written.contains(u.id()) => {
                UserWrite::Created(membership)
            }
            Plan::Write { .. } => UserWrite::NameTaken,
            Plan::Refuse(answer) => answer,
        };
        answers.insert(u.id().to_string(), answer);
    }
    Ok(())
}

#[async_trait]
impl Store for SqliteStore {
    fn team(&self) -> TeamId {
        self.team
    }

    fn for_team(&self, team: TeamId) -> Arc<dyn Store> {
        Arc::new(SqliteStore {
            db: self.db.clone(),
            team,
        })
    }

    async fn insert_domain(&self, domain: &DomainRow, entry: &AuditEntry) -> Result<bool> {
        let args = vec![
            sql::Arg::Int(self.team),
            sql::Arg::Owned(domain.domain.clone()),
            sql::Arg::Owned(domain.token.clone()),
            sql::Arg::Int(domain.created_at),
        ];
        let done = self.audited(sql::INSERT_DOMAIN_SQL, args, entry).await?;
        Ok(done.is_some_and(|n| n > 0))
    }

    async fn list_domains(&self) -> Result<Vec<DomainRow>> {
        self.db.readers.now(|c| {
            read::all(c, sql::DOMAINS_SQL, [self.team], |row| {
                Ok(sql::domain_of((
                    row.get(0).map_err(read_error)?,
                    row.get(1).map_err(read_error)?,
                    row.get(2).map_err(read_error)?,
                    row.get(3).map_err(read_error)?,
                )))
            })
        })
    }

    async fn domain_verified_by(&self, domain: &str) -> Result<Option<TeamId>> {
        self.db.readers.now(|c| {
            read::first(c, sql::DOMAIN_VERIFIED_BY_SQL, [domain], |row| {
                row.get(0).map_err(read_error)
            })
        })
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
        let done = self.audited(sql::DELETE_DOMAIN_SQL, args, entry).await?;
        Ok(done.is_some_and(|n| n > 0))
    }

    async fn list_invites(&self, open_only: bool) -> Result<Vec<InviteRow>> {
        let params = rusqlite::params![self.team, i64::from(open_only)];
        let rows = self
            .db
            .readers
            .now(|c| read::all(c, invites::LIST_SQL, params, read::invite))?;
        Ok(rows.into_iter().map(|(i, _)| i).collect())
    }

    async fn get_invite(&self, id: &str) -> Result<Option<InviteRow>> {
        let params = rusqlite::params![id, self.team];
        let row = self
            .db
            .readers
            .now(|c| read::first(c, invites::GET_SQL, params, read::invite))?;
        Ok(row.map(|(i, _)| i))
    }

    async fn open_invite(&self, user_id: &str) -> Result<Option<InviteRow>> {
        let params = rusqlite::params![user_id, self.team];
        let row = self
            .db
            .readers
            .now(|c| read::first(c, invites::OPEN_OF_USER_SQL, params, read::invite))?;
        Ok(row.map(|(i, _)| i))
    }

    async fn invite_by_token(&self, token_hash: &str) -> Result<Option<(InviteRow, TeamId)>> {
        self.db
            .readers
            .now(|c| read::first(c, invites::BY_TOKEN_SQL, [token_hash], read::invite))
    }

    async fn due_invites(
        &self,
        now: Millis,
        limit: u64,
        all_teams: bool,
    ) -> Result<Vec<(InviteRow, TeamId)>> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let params = rusqlite::params![now, now, self.team, i64::from(all_teams), limit];
        self.db
            .readers
            .now(|c| read::all(c, invites::DUE_SQL, params, read::invite))
    }

    async fn claim_invite(
        &self,
        id: &str,
        due: Millis,
        token_hash: &str,
        lease_until: Millis,
    ) -> Result<bool> {
        let (id, hash) = (id.to_string(), token_hash.to_string());
        invite_write!(self, |tx| tx.claim(&id, due, &hash, lease_until))
    }

    async fn invite_sent(&self, id: &str, at: Millis) -> Result<()> {
        let id = id.to_string();
        invite_write!(self, |tx| tx.sent(&id, at))
    }

    async fn invite_failed(&self, id: &str, why: &str, retry_at: Millis) -> Result<()> {
        let (id, why) = (id.to_string(), why.to_string());
        invite_write!(self, |tx| tx.failed(&id, &why, retry_at))
    }

    async fn replace_invite(&self, old: &str, new: &InviteRow, audit: &AuditEntry) -> Result<bool> {
        let (old, new, audit) = (old.to_string(), new.clone(), audit.clone());
        invite_write!(self, or_nothing | tx | tx.replace(&old, &new, &audit))
    }

    async fn revoke_invite(&self, id: &str, at: Millis, audit: &AuditEntry) -> Result<bool> {
        let (id, audit) = (id.to_string(), audit.clone());
        invite_write!(self, or_nothing | tx | tx.revoke(&id, at, &audit))
    }

    async fn accept_invite(&self, id: &str, at: Millis, audit: &AuditEntry) -> Result<bool> {
        let (id, audit) = (id.to_string(), audit.clone());
        invite_write!(self, or_nothing | tx | tx.accept(&id, at, &audit))
    }

    async fn set_invite_owner(&self, id: &str, owner: InviteOwner) -> Result<()> {
        let id = id.to_string();
        invite_write!(self, |tx| tx.set_owner(&id, owner))
    }

    async fn insert_account_token(
        &self,
        account_id: &str,
        id: &str,
        token_hash: &str,
        at: Millis,
    ) -> Result<()> {
        let args: Vec<sql::Arg<'static>> = vec![
            sql::Arg::Owned(id.to_string()),
            sql::Arg::Owned(account_id.to_string()),
            sql::Arg::Owned(token_hash.to_string()),
            sql::Arg::Int(at),
        ];
        self.plain_write(sql::INSERT_ACCOUNT_TOKEN_SQL, args)
            .await?
            .map(|_| ())
            .ok_or_else(|| Error::internal("an account token collided"))
    }

    async fn account_by_token(&self, token_hash: &str) -> Result<Option<AccountRow>> {
        self.db.readers.now(|c| {
            read::first(c, sql::ACCOUNT_BY_TOKEN_SQL, [token_hash], |row| {
                Ok(sql::account_of((
                    row.get(0).map_err(read_error)?,
                    row.get(1).map_err(read_error)?,
                    row.get(2).map_err(read_error)?,
                    row.get(3).map_err(read_error)?,
                )))
            })
        })
    }

    async fn user_account(&self, user_id: &str) -> Result<Option<AccountRow>> {
        let params = rusqlite::params![user_id, self.team];
        self.db.readers.now(|c| {
            read::first(c, sql::USER_ACCOUNT_SQL, params, |row| {
                Ok(sql::account_of((
                    row.get(0).map_err(read_error)?,
                    row.get(1).map_err(read_error)?,
                    row.get(2).map_err(read_error)?,
                    row.get(3).map_err(read_error)?,
                )))
            })
        })
    }

    async fn account_memberships(&self, account_id: &str) -> Result<Vec<AccountMembership>> {
        self.db.readers.now(|c| {
            read::all(c, sql::ACCOUNT_MEMBERSHIPS_SQL, [account_id], |row| {
                Ok(sql::account_membership_of((
                    row.get(0).map_err(read_error)?,
                    row.get(1).map_err(read_error)?,
                    row.get(2).map_err(read_error)?,
                    row.get(3).map_err(read_error)?,
                    row.get(4).map_err(read_error)?,
                    row.get(5).map_err(read_error)?,
                )))
            })
        })
    }

    async fn set_account_email(&self, account_id: &str, email: &str) -> Result<bool> {
        let args: Vec<sql::Arg<'static>> = vec![
            sql::Arg::Owned(email.to_string()),
            sql::Arg::Owned(scimctl_core::model::name_key(email)),
            sql::Arg::Owned(account_id.to_string()),
        ];
        Ok(self
            .plain_write(sql::SET_ACCOUNT_EMAIL_SQL, args)
            .await?
            .is_some_and(|n| n > 0))
    }

    async fn set_account_password(&self, account_id: &str, hash: &str) -> Result<()> {
        let args: Vec<sql::Arg<'static>> = vec![
            sql::Arg::Owned(hash.to_string()),
            sql::Arg::Owned(account_id.to_string()),
        ];
        self.plain_write(sql::SET_ACCOUNT_PASSWORD_SQL, args)
            .await
            .map(|_| ())
    }

    async fn insert_account(&self, account: &AccountRow) -> Result<bool> {
        let account = account.clone();
        self.db
            .writer
            .write(move |c| {
                async move {
                    let done = sql::bind(
                        sqlx::query(sql::INSERT_ACCOUNT_SQL),
                        sql::account_row_args(&account),
                    )
                    .execute(&mut *c)
                    .await?;
                    Ok(Ok(done.rows_affected() > 0))
                }
                .boxed()
            })
            .await
    }

    async fn list_accounts(&self) -> Result<Vec<AccountRow>> {
        self.db.readers.now(|c| {
            read::all(c, sql::ACCOUNTS_SQL, [], |row| {
                Ok(sql::account_of((
                    row.get(0).map_err(read_error)?,
                    row.get(1).map_err(read_error)?,
                    row.get(2).map_err(read_error)?,
                    row.get(3).map_err(read_error)?,
                )))
            })
        })
    }

    async fn list_teams(&self) -> Result<Vec<TeamRow>> {
        self.db
            .readers
            .now(|c| read::all(c, sql::TEAMS_SQL, [], read::team))
    }

    async fn insert_team(
        &self,
        name: &str,
        created_at: Millis,
        entry: &AuditEntry,
    ) -> Result<Option<TeamRow>> {
        let (name, entry) = (name.to_string(), entry.clone());
        self.db
            .writer
            .write(move |c| {
                in_savepoint(c, async move |c| {
                    let id: Option<i64> = sql::bind(
                        sqlx::query_scalar(sql::INSERT_TEAM_SQL),
                        [
                            sql::Arg::Text(&name),
                            sql::Arg::Owned(scimctl_core::model::name_key(&name)),
                            sql::Arg::Int(created_at),
                        ],
                    )
                    .fetch_optional(&mut *c)
                    .await
                    .map_err(db_error)?;
                    let Some(id) = id else { return Ok(None) };
                    sql::bind(sqlx::query(sql::AUDIT_SQL), sql::audit_args(id, &entry))
                        .execute(&mut *c)
                        .await
                        .map_err(db_error)?;
                    Ok(Some(TeamRow {
                        id,
                        name,
                        scim_enabled: false,
                        created_at,
                    }))
                })
                .boxed()
            })
            .await
    }

    async fn writable(&self) -> Result<()> {
        if !self.db.writer.failing() {
            return Ok(());
        }
        if let Some(free) = free_bytes(&self.db.path)
            && free < MIN_FREE_BYTES
        {
            return Err(Error::new(
                Kind::Unavailable,
                format!("writes failed, and the disk holding the database has {free} bytes free"),
            ));
        }
        // The last batch failed: try a write that touches a page for real
        // (SQLite rewrites the row), so that "healthy" means the storage
        // took one again. Committing it clears the writer's flag.
        let team = self.team;
        self.db
            .writer
            .write(move |c| {
                async move {
                    sqlx::query("UPDATE teams SET scim_enabled = scim_enabled WHERE id = ?")
                        .bind(team)
                        .execute(c)
                        .await?;
                    Ok(Ok(()))
                }
                .boxed()
            })
            .await
    }

    async fn scim_enabled(&self) -> Result<bool> {
        self.db.readers.now(|c| {
            c.query_row(
                "SELECT scim_enabled FROM teams WHERE id = ?",
                [self.team],
                |r| r.get(0),
            )
            .map_err(read_error)
        })
    }

    async fn list_sso(&self) -> Result<Vec<SsoMethod>> {
        self.db.readers.now(|c| {
            read::all(
                c,
                "SELECT id, kind, name, created_at FROM sso_methods WHERE team_id = ? \
                 ORDER BY rowid",
                [self.team],
                read::sso,
            )
        })
    }

    async fn list_keys(&self) -> Result<Vec<ApiKey>> {
        self.db.readers.now(|c| {
            read::all(
                c,
                "SELECT * FROM api_keys WHERE team_id = ? ORDER BY rowid",
                [self.team],
                read::key,
            )
        })
    }

    async fn authenticate_key(&self, hash: &str) -> Result<Option<(ApiKey, bool, TeamId)>> {
        self.db.readers.now(|c| {
            read::first(
                c,
                "SELECT k.*, t.scim_enabled AS scim_enabled \
                 FROM api_keys k JOIN teams t ON t.id = k.team_id WHERE k.hash = ?",
                [hash],
                |r| {
                    Ok((
                        read::key(r)?,
                        r.get("scim_enabled").map_err(read_error)?,
                        r.get("team_id").map_err(read_error)?,
                    ))
                },
            )
        })
    }

    async fn touch_key(&self, id: &str, now: Millis) -> Result<()> {
        let id = id.to_string();
        self.db
            .writer
            .write(move |c| {
                async move {
                    sqlx::query(
                        "UPDATE api_keys SET last_used_at = ? \
                         WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)",
                    )
                    .bind(now)
                    .bind(&id)
                    .bind(now)
                    .execute(c)
                    .await?;
                    Ok(Ok(()))
                }
                .boxed()
            })
            .await
    }

    async fn change(&self, change: Change) -> Result<()> {
        let team = self.team;
        self.db
            .writer
            .write(move |c| {
                in_savepoint(c, async move |c| {
                    let mut changed = Vec::with_capacity(change.steps.len());
                    for step in &change.steps {
                        let (sql, args) = sql::step_sql(team, step);
                        let done = sql::bind(sqlx::query(sql), args)
                            .execute(&mut *c)
                            .await
                            .map_err(db_error)?;
                        changed.push(done.rows_affected());
                    }
                    let (enabled, sso): (bool, i64) =
                        sql::bind(sqlx::query_as(sql::FACTS_SQL), sql::facts_args(team))
                            .fetch_one(&mut *c)
                            .await
                            .map_err(db_error)?;
                    let facts = sql::facts(enabled, sso);
                    (change.check)(&Outcome { changed, facts })?;
                    sql::bind(
                        sqlx::query(sql::AUDIT_SQL),
                        sql::audit_args(team, &change.audit),
                    )
                    .execute(&mut *c)
                    .await
                    .map_err(db_error)?;
                    Ok(())
                })
                .boxed()
            })
            .await
    }

    async fn find_admin_token(&self, hash: &str) -> Result<Option<(AdminToken, TeamId)>> {
        self.db.readers.now(|c| {
            read::first(
                c,
                "SELECT * FROM admin_tokens WHERE hash = ?",
                [hash],
                |r| Ok((read::token(r)?, r.get("team_id").map_err(read_error)?)),
            )
        })
    }

    async fn list_admin_tokens(&self) -> Result<Vec<AdminToken>> {
        self.db.readers.now(|c| {
            read::all(
                c,
                "SELECT * FROM admin_tokens WHERE team_id = ? ORDER BY rowid",
                [self.team],
                read::token,
            )
        })
    }

    async fn insert_user(&self, user: &UserRow, entry: &AuditEntry) -> Result<UserWrite> {
        // One insert is a batch of one: the same account rule, the same
        // statements.
        let written = self.insert_users(&[(user.clone(), entry.clone())]).await?;
        Ok(written.into_iter().next().unwrap_or(UserWrite::NameTaken))
    }

    /// Many users in one writer job. Per chunk: two reads (the userNames
    /// the team has, the accounts the folded names name, with their other
    /// teams), the core's verdict on each row ([`crate::accounts::plan`]),
    /// then one multi-row insert of the new accounts, one of the
    /// memberships and one of their audit lines — a handful of statements
    /// for hundreds of users instead of a round trip to SQLite's thread
    /// each. The writer is SQLite's only one, so nothing changes between
    /// the reads and the writes; the users of one call share a transaction
    /// with whatever else the writer batches with them.
    async fn insert_users(&self, users: &[(UserRow, AuditEntry)]) -> Result<Vec<UserWrite>> {
        let rows: Vec<(sql::UserColumns, AuditEntry)> = users
            .iter()
            .map(|(u, a)| (sql::UserColumns::of(u), a.clone()))
            .collect();
        let ids: Vec<String> = users.iter().map(|(u, _)| u.id.clone()).collect();
        let team = self.team;
        let mut answers = self
            .db
            .writer
            .write(move |c| {
                async move {
                    let mut rows = rows;
                    let mut answers = std::collections::HashMap::new();
                    for chunk in rows.chunks_mut(INSERT_CHUNK) {
                        insert_chunk(c, team, chunk, &mut answers).await?;
                    }
                    Ok(Ok(answers))
                }
                .boxed()
            })
            .await?;
        Ok(ids
            .iter()
            .map(|id| answers.remove(id).unwrap_or(UserWrite::NameTaken))
            .collect())
    }

    async fn get_user(&self, id: &str) -> Result<Option<UserRow>> {
        let team = self.team.to_string();
        self.db.readers.now(|c| {
            read::first(
                c,
                &user_query("WHERE id = ? AND team_id = ?"),
                [id, team.as_str()],
                read::user,
            )
        })
    }

    async fn update_user(
        &self,
        user: &UserRow,
        expected_version: i64,
        entry: &AuditEntry,
    ) -> Result<UserWrite> {
        let (user, entry, team) = (sql::UserColumns::of(user), entry.clone(), self.team);
        self.db
            .writer
            .write(move |c| {
                async move {
                    // The audit line is written only if the version matched.
                    let query = sql::bind(
                        sqlx::query(concat!(
                            "UPDATE users SET ",
                            sql::user_update_set!(),
                            sql::user_update_where!(),
                            "; ",
                            audit_sql!(if changed)
                        )),
                        user.update_args(expected_version, team),
                    );
                    let done = run_audited(c, then_audit(query, team, &entry)).await?;
                    if done.is_some_and(|n| n > 0) {
                        invites::InviteTx::<sqlx::Sqlite>(c, team)
                            .follow(user.id(), user.user_name(), user.state(), &entry)
                            .await
                            .map_err(Broken)?;
                    }
                    Ok(Ok(match done {
                        None => UserWrite::NameTaken,
                        Some(0) => UserWrite::Stale,
                        Some(_) => UserWrite::Written,
                    }))
                }
                .boxed()
            })
            .await
    }

    async fn delete_user(
        &self,
        id: &str,
        expected_version: i64,
        entry: &AuditEntry,
    ) -> Result<bool> {
        let (id, entry, team) = (id.to_string(), entry.clone(), self.team);
        self.db
            .writer
            .write(move |c| {
                async move {
                    // The user's groups change with it (their memberships
                    // go by the foreign key's cascade): new versions first,
                    // under the same version condition as the delete.
                    let query = sqlx::query(concat!(
                        "UPDATE scim_groups SET version = version + 1, last_modified = ? \
                         WHERE id IN (SELECT m.group_id FROM group_members m \
                         JOIN users u ON u.id = m.user_id \
                         WHERE u.id = ? AND u.version = ? AND u.team_id = ?); ",
                        "DELETE FROM users WHERE id = ? AND version = ? AND team_id = ?; ",
                        audit_sql!(if changed)
                    ))
                    .bind(entry.at)
                    .bind(&id)
                    .bind(expected_version)
                    .bind(team)
                    .bind(&id)
                    .bind(expected_version)
                    .bind(team);
                    // (no unique index can refuse a delete)
                    let done = then_audit(query, team, &entry).execute(c).await?;
                    Ok(Ok(done.rows_affected() > 0))
                }
                .boxed()
            })
            .await
    }

    async fn count_users(&self) -> Result<u64> {
        // Counts the compact (team, seq) index; a few milliseconds at
        // 100,000 users.
        let team = self.team;
        self.db
            .readers
            .later(move |c| {
                let n: i64 = c
                    .query_row(
                        "SELECT count(*) FROM users WHERE team_id = ?",
                        [team],
                        |r| r.get(0),
                    )
                    .map_err(read_error)?;
                Ok(n as u64)
            })
            .await
    }

    async fn page_users(&self, offset: u64, limit: u64) -> Result<Vec<UserRow>> {
        let team = self.team;
        self.db
            .readers
            .later(move |c| {
                read::all(
                    c,
                    &user_query(
                        "WHERE team_id = ? AND seq >= (SELECT seq FROM users \
                         INDEXED BY users_team_seq WHERE team_id = ? \
                         ORDER BY seq LIMIT 1 OFFSET ?) ORDER BY seq LIMIT ?",
                    ),
                    [team, team, offset as i64, limit as i64],
                    read::user,
                )
            })
            .await
    }

    async fn count_where(&self, pred: &Pred) -> Result<u64> {
        let (sql, values) = where_sql(self.team, "SELECT count(*) FROM users WHERE ", pred, "");
        let read = move |c: &rusqlite::Connection| {
            let n: i64 = c
                .query_row(&sql, rusqlite::params_from_iter(values.iter()), |r| {
                    r.get(0)
                })
                .map_err(read_error)?;
            Ok(n as u64)
        };
        if pred.indexed() {
            self.db.readers.now(read)
        } else {
            self.db.readers.cancellable(read).await
        }
    }

    async fn page_where(&self, pred: &Pred, offset: u64, limit: u64) -> Result<Vec<UserRow>> {
        let head = format!("SELECT {} FROM users WHERE ", user_select());
        let (sql, mut values) = where_sql(self.team, &head, pred, " ORDER BY seq LIMIT ? OFFSET ?");
        values.push(rusqlite::types::Value::Integer(
            limit.min(i64::MAX as u64) as i64
        ));
        values.push(rusqlite::types::Value::Integer(
            offset.min(i64::MAX as u64) as i64
        ));
        let read = move |c: &rusqlite::Connection| {
            read::all(
                c,
                &sql,
                rusqlite::params_from_iter(values.iter()),
                read::user,
            )
        };
        if pred.indexed() {
            self.db.readers.now(read)
        } else {
            self.db.readers.cancellable(read).await
        }
    }

    async fn scan_where(&self, pred: &Pred, after: i64, limit: u64) -> Result<Vec<(i64, UserRow)>> {
        let head = format!(
            "SELECT {}, seq FROM users WHERE seq > ? AND ",
            user_select()
        );
        let (sql, mut values) = where_sql(self.team, &head, pred, " ORDER BY seq LIMIT ?");
        values.insert(0, rusqlite::types::Value::Integer(after));
        values.push(rusqlite::types::Value::Integer(
            limit.min(i64::MAX as u64) as i64
        ));
        self.db
            .readers
            .cancellable(move |c| {
                read::all(c, &sql, rusqlite::params_from_iter(values.iter()), |row| {
                    Ok((row.get(12).map_err(read_error)?, read::user(row)?))
                })
            })
            .await
    }

    async fn insert_group(
        &self,
        group: &GroupRow,
        members: &[String],
        audit: &AuditEntry,
    ) -> Result<GroupWrite> {
        let write = groups::Write::Create {
            group: group.clone(),
            members: members.to_vec(),
            audit: audit.clone(),
        };
        let team = self.team;
        self.db
            .writer
            .write(move |c| groups::run(c, team, write))
            .await
    }

    async fn get_group(&self, id: &str, members: bool) -> Result<Option<GroupRow>> {
        let team = self.team;
        if !members {
            return self.db.readers.now(|c| groups::get(c, team, id, false));
        }
        let id = id.to_string();
        self.db
            .readers
            .later(move |c| groups::get(c, team, &id, true))
            .await
    }

    async fn edit_group(&self, edit: &GroupEdit) -> Result<GroupWrite> {
        let write = groups::Write::Edit(edit.clone());
        let team = self.team;
        self.db
            .writer
            .write(move |c| groups::run(c, team, write))
            .await
    }

    async fn delete_group(
        &self,
        id: &str,
        expected_version: Option<i64>,
        entry: &AuditEntry,
    ) -> Result<bool> {
        let (id, entry, team) = (id.to_string(), entry.clone(), self.team);
        self.db
            .writer
            .write(move |c| {
                async move {
                    // (the memberships go by the foreign key's cascade)
                    let query = sqlx::query(concat!(
                        "DELETE FROM scim_groups WHERE id = ? AND team_id = ? \
                         AND (? IS NULL OR version = ?); ",
                        audit_sql!(if changed)
                    ))
                    .bind(&id)
                    .bind(team)
                    .bind(expected_version)
                    .bind(expected_version);
                    let done = then_audit(query, team, &entry).execute(c).await?;
                    Ok(Ok(done.rows_affected() > 0))
                }
                .boxed()
            })
            .await
    }

    async fn count_groups(&self, pred: &Pred) -> Result<u64> {
        let mut args = Vec::new();
        let condition = select::condition(self.team, pred, Dialect::Sqlite, &mut args);
        let values: Vec<rusqlite::types::Value> = args.iter().map(read::value_of).collect();
        self.db
            .readers
            .later(move |c| groups::count(c, &condition, &values))
            .await
    }

    async fn page_groups(
        &self,
        pred: &Pred,
        offset: u64,
        limit: u64,
        members: bool,
    ) -> Result<Vec<GroupRow>> {
        let mut args = Vec::new();
        let condition = select::condition(self.team, pred, Dialect::Sqlite, &mut args);
        let values: Vec<rusqlite::types::Value> = args.iter().map(read::value_of).collect();
        self.db
            .readers
            .later(move |c| groups::page(c, &condition, values, offset, limit, members))
            .await
    }

    async fn member_counts(&self, ids: &[String]) -> Result<Vec<u64>> {
        let (ids, team) = (ids.to_vec(), self.team.to_string());
        self.db
            .readers
            .later(move |c| {
                let sql = Dialect::Sqlite.text(group_sql::MEMBER_COUNTS);
                let found = read::all(c, &sql, [ids_json(&ids), team], |r| {
                    Ok((r.get(0).map_err(read_error)?, r.get(1).map_err(read_error)?))
                })?;
                Ok(group_sql::counts_in_order(&ids, found))
            })
            .await
    }

    async fn list_audit(&self, select: &AuditSelect) -> Result<Vec<AuditEntry>> {
        let (sql, args) = sql::audit_list_sql(self.team, select);
        let values: Vec<rusqlite::types::Value> = args.iter().map(read::value_of).collect();
        self.db
            .readers
            .later(move |c| {
                read::all(
                    c,
                    &sql,
                    rusqlite::params_from_iter(values.iter()),
                    read::audit,
                )
            })
            .await
    }
}

/// `head`, the condition `pred` over `team`'s rows, then `tail`, and the
/// condition's values.
fn where_sql(
    team: TeamId,
    head: &str,
    pred: &Pred,
    tail: &str,
) -> (String, Vec<rusqlite::types::Value>) {
    let mut args = Vec::new();
    let condition = select::condition(team, pred, Dialect::Sqlite, &mut args);
    let values = args.iter().map(read::value_of).collect();
    (format!("{head}{condition}{tail}"), values)
}

/// `SELECT <the user columns> FROM users <rest>`.
fn user_query(rest: &str) -> String {
    format!("SELECT {} FROM users {rest}", user_select())
}

/// The user columns, then the user's groups ([`read::user`] reads them).
fn user_select() -> String {
    format!(
        "{USER_COLUMNS}, {}",
        group_sql::groups_of_user(Dialect::Sqlite)
    )
}

#[cfg(test)]
mod tests {
    use super::path_of;

    #[test]
    fn sqlite_urls_name_files() {
        assert_eq!(path_of("sqlite:///tmp/a.db"), Some("/tmp/a.db"));
        assert_eq!(path_of("sqlite://rel/a.db"), Some("rel/a.db"));
        assert_eq!(path_of("sqlite:a.db?mode=rwc"), Some("a.db"));
        assert_eq!(path_of("sqlite://"), None);
        assert_eq!(path_of("postgres://x"), None);
    }
}
