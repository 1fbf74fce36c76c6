//! scimctl-store: one implementation of [`scimctl_core::store::Store`] per
//! database, each with its own migrations (`migrations/sqlite`,
//! `migrations/postgres`). Which one a URL names is decided where the
//! application is assembled, in the scimctl binary.
//!
//! The stores hold no rules. They offer atomic steps (a transaction, a
//! conditional write) that the core composes; every write carries its audit
//! entry into the same transaction.
//!
//! - [`sqlite`] and [`postgres`]: the two stores, each a folder of the same
//!   shape — `mod.rs` (the store), `read.rs` (rows into the core's records),
//!   `groups.rs` (group reads); SQLite adds `writer.rs`, its group-commit
//!   writer;
//! - written once for both: `sql.rs` (the dialects, bound values, user
//!   columns, the steps of an admin change, the audit trail), `select.rs`
//!   (a filter's predicate as a `WHERE` clause), `group_sql.rs` (group and
//!   membership statements) and `group_write.rs` (the order of a group
//!   write, on sqlx for either database), `accounts.rs` (what a batch of
//!   user inserts writes, by the core's rule for accounts), `invites.rs`
//!   (invite statements and writes).

mod accounts;
mod group_sql;
mod group_write;
mod invites;
#[cfg(feature = "postgres")]
pub mod postgres;
mod select;
mod sql;
pub mod sqlite;

use scimctl_core::error::{Error, Kind};

/// A database error as one of the core's errors. (A function, not a `From`
/// impl: the error type and sqlx's are both foreign to this crate.)
///
/// Database errors never carry user secrets (only hashes reach SQL), so
/// their text is safe to show. A busy or closed pool is "unavailable"
/// rather than a bug, and so are PostgreSQL's deadlocks and serialisation
/// failures: the database asking us to try again (503, retried by clients).
pub(crate) fn db_error(err: sqlx::Error) -> Error {
    let error = match &err {
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) => {
            Error::new(Kind::Unavailable, format!("database unavailable: {err}"))
        }
        sqlx::Error::Database(db) if matches!(db.code().as_deref(), Some("40001" | "40P01")) => {
            Error::new(Kind::Unavailable, "database busy, try again").with_retry_after(1)
        }
        sqlx::Error::Database(db) if cannot_write(db.as_ref()) => Error::new(
            Kind::Unavailable,
            format!("the database cannot write now: {err}"),
        )
        // Long enough for an operator to free space; a client that
        // honours it does not hammer a server that cannot write.
        .with_retry_after(5),
        _ => Error::internal(format!("database error: {err}")),
    };
    error.with_source(err)
}

/// Whether a unique index refused a write.
pub(crate) fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(db) if db.is_unique_violation())
}

/// Whether a database error says the storage refused the write (a full
/// disk, an I/O error) rather than the statement being wrong: the same
/// write can succeed once the cause is gone, so it is a 503, not a 500.
fn cannot_write(db: &dyn sqlx::error::DatabaseError) -> bool {
    let Some(code) = db.code() else {
        return false;
    };
    // SQLite: extended result codes, the primary code in the low byte —
    // SQLITE_IOERR (10), SQLITE_FULL (13), SQLITE_CANTOPEN (14).
    if let Ok(n) = code.parse::<i64>() {
        return matches!(n & 0xff, 10 | 13 | 14);
    }
    // PostgreSQL SQLSTATE: class 53 is "insufficient resources" (53100 is
    // disk_full), 58030 an I/O error.
    code.starts_with("53") || code == "58030"
}
