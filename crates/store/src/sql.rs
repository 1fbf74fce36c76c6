//! The SQL both stores run, written once: the two dialects and how a
//! statement is put into each ([`Dialect::sql`]), the values bound to a
//! statement ([`Arg`], [`bind`]), the user columns and how the user
//! document is stored and read back, the statements of an admin change's
//! steps and of the audit trail, and the back-fill of the derived filter
//! columns ([`fill_folds`]). Decoding rows is per store (rusqlite for
//! SQLite's reads, sqlx for PostgreSQL's).

use sqlx::query::Query;
use sqlx::{Database, Encode, Executor, FromRow, Type};

use crate::db_error;
use scimctl_core::error::{Error, Result};
use scimctl_core::model::{
    AccountRow, AuditAction, AuditEntry, DomainRow, MemberState, Membership, SsoType, TeamId,
    UserRow, name_key,
};
use scimctl_core::query::Folds;
use scimctl_core::store::{AuditSelect, Facts, Step};
use scimctl_core::time::Millis;

/// The two SQL dialects the stores speak. Statements are written once with
/// `?` placeholders and `{ids}` tables; [`Dialect::sql`] puts them into
/// either.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    /// `template` in this dialect: each `{ids}` as [`Dialect::ids`], and for
    /// PostgreSQL the placeholders numbered.
    pub fn text(self, template: &str) -> String {
        let text = template.replace("{ids}", self.ids());
        match self {
            Dialect::Sqlite => text,
            Dialect::Postgres => numbered(&text),
        }
    }

    /// [`Dialect::text`] as a statement sqlx runs. Every template is
    /// constant text with placeholders: no value is ever spliced into one.
    pub fn sql(self, template: &str) -> sqlx::AssertSqlSafe<String> {
        sqlx::AssertSqlSafe(self.text(template))
    }

    /// A JSON array of ids bound to one `?`, as a table `j` with one text
    /// column `value`: a statement keeps one shape and one cached plan
    /// whether it names one id or ten thousand, and never holds more
    /// placeholders than the database allows.
    pub fn ids(self) -> &'static str {
        match self {
            Dialect::Sqlite => "json_each(?) AS j",
            Dialect::Postgres => "jsonb_array_elements_text(CAST(? AS jsonb)) AS j(value)",
        }
    }
}

/// The ids, as the JSON array [`Dialect::ids`] reads.
pub fn ids_json(ids: &[String]) -> String {
    serde_json::to_string(ids).unwrap_or_else(|_| "[]".into())
}

/// One of the two databases, as the SQL written once for both needs it:
/// its dialect, and how it binds an [`Arg`] (which is where the database's
/// types are known, so that code generic over `Db` needs no bounds of its
/// own for them).
pub trait Db: Database<Arguments: sqlx::IntoArguments<Self>> {
    const DIALECT: Dialect;
    fn bind_arg<'a, Q: Binds<'a, Self>>(query: Q, arg: Arg<'a>) -> Q;
    /// The rows a statement changed.
    fn rows_affected(done: &Self::QueryResult) -> u64;
}

macro_rules! db {
    ($db:ty, $dialect:expr) => {
        impl Db for $db {
            const DIALECT: Dialect = $dialect;
            fn bind_arg<'a, Q: Binds<'a, Self>>(query: Q, arg: Arg<'a>) -> Q {
                match arg {
                    Arg::Int(v) => query.bind_one(v),
                    Arg::OptInt(v) => query.bind_one(v),
                    Arg::Text(v) => query.bind_one(v),
                    Arg::OptText(v) => query.bind_one(v),
                    Arg::Owned(v) => query.bind_one(v),
                    Arg::Bool(v) => query.bind_one(v),
                }
            }
            fn rows_affected(done: &Self::QueryResult) -> u64 {
                done.rows_affected()
            }
        }
    };
}

db!(sqlx::Sqlite, Dialect::Sqlite);
#[cfg(feature = "postgres")]
db!(sqlx::Postgres, Dialect::Postgres);

/// The user columns every user query selects, in this order.
pub const USER_COLUMNS: &str = "id, user_name, external_id, active, version, created_at, \
     last_modified, doc, state, invited_at, joined_at";

/// The membership state as stored; both schemas constrain it to the known
/// values.
pub fn member_state(text: &str) -> MemberState {
    MemberState::parse(text).unwrap_or_default()
}

/// The SSO kind as stored; both schemas constrain it to the known values.
pub fn sso_kind(text: &str) -> SsoType {
    SsoType::parse(text).unwrap_or(SsoType::Saml)
}

/// The stored user document.
pub fn parse_doc(text: &str) -> Result<scimctl_core::scim::stored::Doc> {
    serde_json::from_str(text).map_err(|e| Error::internal(format!("corrupt user document: {e}")))
}

/// The user document as stored: JSON text. Text rather than PostgreSQL's
/// `jsonb`, which would reorder the keys that clients see.
pub fn doc_text(user: &UserRow) -> String {
    // Serialising the map directly avoids cloning it into a Value first.
    serde_json::to_string(&user.doc).unwrap_or_else(|_| "{}".into())
}

/// The columns a user insert writes, in the order of
/// [`UserColumns::insert_args`] (a macro, for `concat!`).
macro_rules! user_insert_columns {
    () => {
        "team_id, id, user_name, user_name_lower, external_id, active, version, created_at, \
         last_modified, doc, f_display_name, f_given_name, f_family_name, f_formatted, \
         f_middle_name, f_honorific_prefix, f_honorific_suffix, f_active, f_emails, \
         account_id, state, invited_at, joined_at"
    };
}
pub(crate) use user_insert_columns;

/// Values per user insert.
pub const USER_INSERT_VALUES: usize = 23;

/// What a user write stores, owned so that the writer task can take it: the
/// document as its JSON text (serialised here, on the caller's thread, not
/// in the writer every other write waits for, and without copying the
/// parsed document).
pub struct UserColumns {
    id: String,
    user_name: String,
    external_id: Option<String>,
    active: bool,
    version: i64,
    created: Millis,
    last_modified: Millis,
    doc: String,
    folds: Folds,
    membership: Membership,
}

impl UserColumns {
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn user_name(&self) -> &str {
        &self.user_name
    }

    /// The membership state the write asks for (on an insert, before the
    /// store decides: invited is an admin's invite), or writes.
    pub fn state(&self) -> MemberState {
        self.membership.state
    }

    /// The membership the insert writes (what the store decided).
    pub fn set_membership(&mut self, membership: Membership) {
        self.membership = membership;
    }

    pub fn key(&self) -> String {
        name_key(&self.user_name)
    }

    pub fn created(&self) -> Millis {
        self.created
    }

    /// The values of an account insert (id, email, email_key, created_at)
    /// for a new account `id` whose email is this user's userName.
    pub fn account_args<'a>(&'a self, id: &'a str) -> Vec<Arg<'a>> {
        vec![
            Arg::Text(id),
            Arg::Text(&self.user_name),
            Arg::Owned(name_key(&self.user_name)),
            Arg::Int(self.created),
        ]
    }

    /// The values of an insert of [`user_insert_columns`], into `team`, as
    /// a membership of `account`.
    pub fn insert_args<'a>(&'a self, team: TeamId, account: &'a str) -> Vec<Arg<'a>> {
        let mut args = vec![
            Arg::Int(team),
            Arg::Text(&self.id),
            Arg::Text(&self.user_name),
            Arg::Owned(name_key(&self.user_name)),
            Arg::OptText(self.external_id.as_deref()),
            Arg::Bool(self.active),
            Arg::Int(self.version),
            Arg::Int(self.created),
            Arg::Int(self.last_modified),
            Arg::Text(&self.doc),
        ];
        args.extend(fold_args(&self.folds));
        args.extend([
            Arg::Text(account),
            Arg::Text(self.membership.state.as_str()),
            Arg::OptInt(self.membership.invited_at),
            Arg::OptInt(self.membership.joined_at),
        ]);
        args
    }

    /// The values of [`user_update_set`] and [`USER_UPDATE_WHERE`].
    pub fn update_args(&self, expected_version: i64, team: TeamId) -> Vec<Arg<'_>> {
        let mut args = vec![
            Arg::Text(&self.user_name),
            Arg::Owned(name_key(&self.user_name)),
            Arg::OptText(self.external_id.as_deref()),
            Arg::Bool(self.active),
            Arg::Int(self.version),
            Arg::Int(self.last_modified),
            Arg::Text(&self.doc),
        ];
        args.extend(fold_args(&self.folds));
        args.push(Arg::Text(self.membership.state.as_str()));
        args.push(Arg::Text(&self.id));
        args.push(Arg::Int(expected_version));
        args.push(Arg::Int(team));
        args
    }

    pub fn of(user: &UserRow) -> UserColumns {
        UserColumns {
            id: user.id.clone(),
            user_name: user.user_name.clone(),
            external_id: user.external_id.clone(),
            active: user.active,
            version: user.version,
            created: user.created,
            last_modified: user.last_modified,
            doc: doc_text(user),
            folds: Folds::of(&user.doc),
            membership: user.membership,
        }
    }
}

/// The `SET` list of a user update, in the order of
/// [`UserColumns::update_args`] (a macro, for `concat!`).
macro_rules! user_update_set {
    () => {
        "user_name = ?, user_name_lower = ?, external_id = ?, active = ?, version = ?, \
         last_modified = ?, doc = ?, f_display_name = ?, f_given_name = ?, \
         f_family_name = ?, f_formatted = ?, f_middle_name = ?, f_honorific_prefix = ?, \
         f_honorific_suffix = ?, f_active = ?, f_emails = ?, state = ?"
    };
}
pub(crate) use user_update_set;

/// The accounts among `{ids}` (folded emails), each with its id and how
/// many invited or active memberships it has in teams other than `?`.
pub const ACCOUNT_FACTS_SQL: &str = "SELECT a.email_key, a.id, \
     (SELECT count(*) FROM users u WHERE u.account_id = a.id AND u.team_id <> ? \
      AND u.state <> 'deactivated') \
     FROM accounts a WHERE a.email_key IN (SELECT value FROM {ids})";

/// A team's domains (team), in name order.
pub const DOMAINS_SQL: &str = "SELECT domain, token, created_at, verified_at FROM domains \
     WHERE team_id = ? ORDER BY domain";

/// The team that verified a domain (domain).
pub const DOMAIN_VERIFIED_BY_SQL: &str =
    "SELECT team_id FROM domains WHERE domain = ? AND verified_at IS NOT NULL";

/// The domains team `?` verified: what a create's account facts include.
pub const VERIFIED_DOMAINS_SQL: &str =
    "SELECT domain FROM domains WHERE team_id = ? AND verified_at IS NOT NULL";

/// The three domain writes, each a statement that changes one row or none
/// (then audited, in the store's way, only if it changed one).
pub const INSERT_DOMAIN_SQL: &str = "INSERT INTO domains (team_id, domain, token, created_at) \
     VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";
pub const VERIFY_DOMAIN_SQL: &str = "UPDATE domains SET verified_at = ? \
     WHERE team_id = ? AND domain = ? AND verified_at IS NULL";
pub const DELETE_DOMAIN_SQL: &str = "DELETE FROM domains WHERE team_id = ? AND domain = ?";

/// The values of [`VERIFY_DOMAIN_SQL`] (`Some(at)`) or
/// [`DELETE_DOMAIN_SQL`] (`None`) for `team`'s `domain`.
pub fn domain_write_args(at: Option<Millis>, team: TeamId, domain: &str) -> Vec<Arg<'static>> {
    let mut args: Vec<Arg<'static>> = at.map(Arg::Int).into_iter().collect();
    args.push(Arg::Int(team));
    args.push(Arg::Owned(domain.to_string()));
    args
}

/// What [`VERIFY_DOMAIN_SQL`] did, from its rows changed (`None`: the
/// unique index of verified domains refused it).
pub fn verified(done: Option<u64>) -> scimctl_core::store::DomainWrite {
    use scimctl_core::store::DomainWrite;
    match done {
        None => DomainWrite::TakenElsewhere,
        Some(0) => DomainWrite::Gone,
        Some(_) => DomainWrite::Written,
    }
}

/// A domain from a row of [`DOMAINS_SQL`].
pub fn domain_of(
    (domain, token, created_at, verified_at): (String, String, Millis, Option<Millis>),
) -> DomainRow {
    DomainRow {
        domain,
        token,
        created_at,
        verified_at,
    }
}

/// Every account, oldest first, with its invited or active memberships.
pub const ACCOUNTS_SQL: &str = "SELECT a.id, a.email, a.created_at, \
     (SELECT count(*) FROM users u WHERE u.account_id = a.id AND u.state <> 'deactivated') \
     FROM accounts a ORDER BY a.created_at, a.id";

/// The account side: a token's account (as [`ACCOUNTS_SQL`] reads one),
/// an account's memberships, and its writes.
pub const ACCOUNT_BY_TOKEN_SQL: &str = "SELECT a.id, a.email, a.created_at, \
     (SELECT count(*) FROM users u WHERE u.account_id = a.id AND u.state <> 'deactivated') \
     FROM account_tokens k JOIN accounts a ON a.id = k.account_id WHERE k.token_hash = ?";
/// The account of user `?` of team `?`.
pub const USER_ACCOUNT_SQL: &str = "SELECT a.id, a.email, a.created_at, \
     (SELECT count(*) FROM users o WHERE o.account_id = a.id AND o.state <> 'deactivated') \
     FROM users u JOIN accounts a ON a.id = u.account_id WHERE u.id = ? AND u.team_id = ?";
pub const ACCOUNT_MEMBERSHIPS_SQL: &str = "SELECT t.id, t.name, t.scim_enabled, u.id, u.state, \
     u.joined_at FROM users u JOIN teams t ON t.id = u.team_id WHERE u.account_id = ? \
     ORDER BY t.id";
pub const INSERT_ACCOUNT_TOKEN_SQL: &str =
    "INSERT INTO account_tokens (id, account_id, token_hash, created_at) VALUES (?, ?, ?, ?)";
pub const SET_ACCOUNT_EMAIL_SQL: &str = "UPDATE accounts SET email = ?, email_key = ? WHERE id = ?";
pub const SET_ACCOUNT_PASSWORD_SQL: &str = "UPDATE accounts SET password_hash = ? WHERE id = ?";

/// A membership from a row of [`ACCOUNT_MEMBERSHIPS_SQL`].
pub fn account_membership_of(
    (team, team_name, scim_enabled, user_id, state, joined_at): (
        TeamId,
        String,
        bool,
        String,
        String,
        Option<Millis>,
    ),
) -> scimctl_core::model::AccountMembership {
    scimctl_core::model::AccountMembership {
        team,
        team_name,
        scim_enabled,
        user_id,
        state: MemberState::parse(&state).unwrap_or(MemberState::Active),
        joined_at,
    }
}

/// Add an account (id, email, folded email, created_at), unless its folded
/// email is taken.
pub const INSERT_ACCOUNT_SQL: &str = "INSERT INTO accounts (id, email, email_key, created_at) \
     VALUES (?, ?, ?, ?) ON CONFLICT (email_key) DO NOTHING";

/// The values of [`INSERT_ACCOUNT_SQL`].
pub fn account_row_args(a: &AccountRow) -> Vec<Arg<'_>> {
    vec![
        Arg::Text(&a.id),
        Arg::Text(&a.email),
        Arg::Owned(name_key(&a.email)),
        Arg::Int(a.created_at),
    ]
}

/// An account from a row of [`ACCOUNTS_SQL`].
pub fn account_of((id, email, created_at, teams): (String, String, Millis, i64)) -> AccountRow {
    AccountRow {
        id,
        email,
        created_at,
        teams: u64::try_from(teams).unwrap_or(0),
    }
}

/// The userName keys among `{ids}` that team `?` has already.
pub const TAKEN_NAMES_SQL: &str = "SELECT user_name_lower FROM users \
     WHERE team_id = ? AND user_name_lower IN (SELECT value FROM {ids})";

/// The condition of a user update (a macro, for `concat!`): this user, at
/// the version the caller read, in the store's team.
macro_rules! user_update_where {
    () => {
        " WHERE id = ? AND version = ? AND team_id = ?"
    };
}
pub(crate) use user_update_where;

/// The derived columns' values, in the order of [`FOLD_SET`].
pub fn fold_args(folds: &Folds) -> Vec<Arg<'_>> {
    vec![
        Arg::OptText(folds.display_name.as_deref()),
        Arg::OptText(folds.given_name.as_deref()),
        Arg::OptText(folds.family_name.as_deref()),
        Arg::OptText(folds.formatted.as_deref()),
        Arg::OptText(folds.middle_name.as_deref()),
        Arg::OptText(folds.honorific_prefix.as_deref()),
        Arg::OptText(folds.honorific_suffix.as_deref()),
        Arg::OptInt(folds.active.map(i64::from)),
        Arg::Text(&folds.emails),
    ]
}

/// How rows written before the derived columns existed get them: the
/// store reads [`UNFOLDED_SQL`] chunk by chunk and writes each row's folds
/// with [`FOLD_SET`] (`?` placeholders; then the row's seq).
pub const UNFOLDED_SQL: &str =
    "SELECT seq, doc FROM users WHERE f_emails IS NULL ORDER BY seq LIMIT 500";
pub const FOLD_SET: &str = "UPDATE users SET f_display_name = ?, f_given_name = ?, \
     f_family_name = ?, f_formatted = ?, f_middle_name = ?, f_honorific_prefix = ?, \
     f_honorific_suffix = ?, f_active = ?, f_emails = ? WHERE seq = ?";

/// Give rows written before the derived filter columns existed their
/// values: a no-op (one probe of an empty partial index) once every row has
/// them. Several PostgreSQL instances starting at once may fold the same
/// rows; the values agree.
pub async fn fill_folds<DB>(conn: &mut DB::Connection) -> Result<()>
where
    DB: Db,
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
    (i64, String): for<'r> FromRow<'r, DB::Row>,
{
    use sqlx::Connection as _;
    let set = DB::DIALECT.text(FOLD_SET);
    loop {
        let unfolded: Vec<(i64, String)> = sqlx::query_as(UNFOLDED_SQL)
            .fetch_all(&mut *conn)
            .await
            .map_err(db_error)?;
        if unfolded.is_empty() {
            return Ok(());
        }
        let mut tx = conn.begin().await.map_err(db_error)?;
        for (seq, doc) in &unfolded {
            let folds = Folds::of(&parse_doc(doc)?);
            let mut args = fold_args(&folds);
            args.push(Arg::Int(*seq));
            bind(sqlx::query(sqlx::AssertSqlSafe(set.as_str())), args)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
        }
        tx.commit().await.map_err(db_error)?;
    }
}

// --- the steps of an admin change, written once for both databases ---

/// A value bound to a step's statement.
pub enum Arg<'a> {
    Int(i64),
    OptInt(Option<i64>),
    Text(&'a str),
    OptText(Option<&'a str>),
    Owned(String),
    Bool(bool),
}

/// A statement of either database that takes bound values: sqlx's
/// `Query`, `QueryAs` and `QueryScalar` (each has its own `bind`), for values that live
/// for `'a`.
pub trait Binds<'a, DB: Database>: Sized {
    fn bind_one<T: 'a + Encode<'a, DB> + Type<DB>>(self, value: T) -> Self;
}

impl<'a, DB: Database> Binds<'a, DB> for Query<'_, DB, DB::Arguments> {
    fn bind_one<T: 'a + Encode<'a, DB> + Type<DB>>(self, value: T) -> Self {
        self.bind(value)
    }
}

impl<'q, DB: Database, O> Binds<'q, DB> for sqlx::query::QueryAs<'q, DB, O, DB::Arguments> {
    fn bind_one<T: 'q + Encode<'q, DB> + Type<DB>>(self, value: T) -> Self {
        self.bind(value)
    }
}

impl<'q, DB: Database, O> Binds<'q, DB> for sqlx::query::QueryScalar<'q, DB, O, DB::Arguments> {
    fn bind_one<T: 'q + Encode<'q, DB> + Type<DB>>(self, value: T) -> Self {
        self.bind(value)
    }
}

/// Bind [`Arg`]s to a statement of either database, in order.
pub fn bind<'a, DB: Db, Q: Binds<'a, DB>>(query: Q, args: impl IntoIterator<Item = Arg<'a>>) -> Q {
    args.into_iter().fold(query, DB::bind_arg)
}

/// The statement of one [`Step`] with `?` placeholders, and its values in
/// order, for the rows of `team`. Each statement is a plain write whose row
/// count tells the core whether its condition held; PostgreSQL numbers the
/// placeholders ([`numbered`]).
pub fn step_sql(team: TeamId, step: &Step) -> (&'static str, Vec<Arg<'_>>) {
    use Arg::*;
    match step {
        Step::SetScimEnabled(on) => (
            "UPDATE teams SET scim_enabled = ? WHERE id = ?",
            vec![Bool(*on), Int(team)],
        ),
        Step::RevokeAllKeys { at } => (
            "UPDATE api_keys SET revoked_at = ? WHERE team_id = ? AND revoked_at IS NULL",
            vec![Int(*at), Int(team)],
        ),
        Step::InsertSso(m) => (
            "INSERT INTO sso_methods (team_id, id, kind, name, name_lower, created_at) \
             VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            vec![
                Int(team),
                Text(&m.id),
                Text(m.kind.as_str()),
                Text(&m.name),
                Owned(name_key(&m.name)),
                Int(m.created_at),
            ],
        ),
        Step::DeleteSso { id } => (
            "DELETE FROM sso_methods WHERE id = ? AND team_id = ?",
            vec![Text(id), Int(team)],
        ),
        Step::InsertKey(k) => (
            "INSERT INTO api_keys (team_id, id, name, prefix, hash, created_at, last_used_at, \
             expires_at, revoked_at, replaced_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            vec![
                Int(team),
                Text(&k.id),
                Text(&k.name),
                Text(&k.prefix),
                Text(&k.hash),
                Int(k.created_at),
                OptInt(k.last_used_at),
                OptInt(k.expires_at),
                OptInt(k.revoked_at),
                OptText(k.replaced_by.as_deref()),
            ],
        ),
        Step::ReplaceKey { id, by, expires_at } => (
            "UPDATE api_keys SET replaced_by = ?, expires_at = ? \
             WHERE id = ? AND team_id = ? AND replaced_by IS NULL AND revoked_at IS NULL",
            vec![Text(by), Int(*expires_at), Text(id), Int(team)],
        ),
        Step::ExpireReplaced { successor, at } => (
            "UPDATE api_keys SET expires_at = ? \
             WHERE replaced_by = ? AND team_id = ? AND expires_at > ? AND revoked_at IS NULL",
            vec![Int(*at), Text(successor), Int(team), Int(*at)],
        ),
        Step::RevokeKey { id, at } => (
            "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND team_id = ? \
             AND revoked_at IS NULL",
            vec![Int(*at), Text(id), Int(team)],
        ),
        Step::RevokeReplaced { successor, at } => (
            "UPDATE api_keys SET revoked_at = ? WHERE replaced_by = ? AND team_id = ? \
             AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?)",
            vec![Int(*at), Text(successor), Int(team), Int(*at)],
        ),
        Step::InsertAdminToken(t) => (
            "INSERT INTO admin_tokens (team_id, id, name, prefix, hash, created_at, revoked_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?)",
            vec![
                Int(team),
                Text(&t.id),
                Text(&t.name),
                Text(&t.prefix),
                Text(&t.hash),
                Int(t.created_at),
                OptInt(t.revoked_at),
            ],
        ),
        Step::RevokeAdminToken { id, at } => (
            "UPDATE admin_tokens SET revoked_at = ? WHERE id = ? AND team_id = ? \
             AND revoked_at IS NULL",
            vec![Int(*at), Text(id), Int(team)],
        ),
    }
}

/// The facts a change's check reads, after its steps: the team's toggle
/// and its number of SSO methods, in one row (the team bound twice,
/// [`facts_args`]).
pub const FACTS_SQL: &str = "SELECT scim_enabled, \
     (SELECT count(*) FROM sso_methods WHERE team_id = ?) FROM teams WHERE id = ?";

pub fn facts_args(team: TeamId) -> [Arg<'static>; 2] {
    [Arg::Int(team), Arg::Int(team)]
}

/// The audit line of a change, its values bound from [`audit_args`].
pub const AUDIT_SQL: &str =
    "INSERT INTO audit (team_id, at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)";

/// The values of one audit line (`(?, ?, ?, ?, ?, ?)`) of `team`'s trail.
pub fn audit_args(team: TeamId, entry: &AuditEntry) -> Vec<Arg<'_>> {
    vec![
        Arg::Int(team),
        Arg::Int(entry.at),
        Arg::Text(&entry.actor),
        Arg::Text(entry.action.as_str()),
        Arg::Text(&entry.target),
        Arg::OptText(entry.detail.as_deref()),
    ]
}

/// The facts row as both databases return it.
pub fn facts(scim_enabled: bool, sso_methods: i64) -> Facts {
    Facts {
        scim_enabled,
        sso_methods: sso_methods.max(0) as u64,
    }
}

// --- teams ---

/// Every team, oldest first, as (id, name, scim_enabled, created_at).
pub const TEAMS_SQL: &str = "SELECT id, name, scim_enabled, created_at FROM teams ORDER BY id";

/// Add a team (name, folded name, created_at): its id, or no row when the
/// folded name is taken.
pub const INSERT_TEAM_SQL: &str = "INSERT INTO teams (name, name_lower, scim_enabled, created_at) \
     VALUES (?, ?, FALSE, ?) ON CONFLICT DO NOTHING RETURNING id";

/// `?` placeholders as PostgreSQL's `$1`, `$2`, … (our statements have no
/// `?` anywhere else).
fn numbered(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut n = 0;
    for ch in sql.chars() {
        if ch == '?' {
            n += 1;
            out.push_str(&format!("${n}"));
        } else {
            out.push(ch);
        }
    }
    out
}

/// An audit action as stored; both schemas only ever hold known names.
/// The statement of an audit listing, newest first, with `?` placeholders,
/// and its values in order.
pub fn audit_list_sql(team: TeamId, select: &AuditSelect) -> (String, Vec<Arg<'_>>) {
    let mut sql = String::from(
        "SELECT seq, at, actor, action, target, detail FROM audit WHERE team_id = ? AND at >= ?",
    );
    let mut args = vec![Arg::Int(team), Arg::Int(select.since)];
    if let Some(actor) = &select.actor {
        sql.push_str(" AND actor = ?");
        args.push(Arg::Text(actor));
    }
    if !select.actions.is_empty() {
        sql.push_str(" AND action IN (");
        for (i, name) in select.actions.iter().enumerate() {
            sql.push_str(if i == 0 { "?" } else { ", ?" });
            args.push(Arg::Text(name));
        }
        sql.push(')');
    }
    sql.push_str(" ORDER BY seq DESC LIMIT ?");
    args.push(Arg::Int(select.limit.min(i64::MAX as u64) as i64));
    (sql, args)
}

pub fn audit_action(text: &str) -> Result<AuditAction> {
    AuditAction::parse(text)
        .ok_or_else(|| Error::internal(format!("unknown audit action {text:?} in the trail")))
}
