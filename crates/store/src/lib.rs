//! Persistence: one implementation of [`scimctl_core::store::Store`] per
//! database, each with its own migrations. Which one a URL names is decided
//! where the application is assembled ([`crate::backend::open_store`]).
//!
//! The stores hold no rules. They offer atomic steps (a transaction, a
//! conditional write) that the core composes; every write carries its audit
//! entry into the same transaction.

mod groups;
#[cfg(feature = "postgres")]
pub mod postgres;
mod rows;
mod select;
pub mod sqlite;

use scimctl_core::error::{Error, Kind};

/// A database error as one of the core's errors. (A function, not a `From`
/// impl: the error type and sqlx's are both foreign to this crate.)
pub(crate) fn db_error(err: sqlx::Error) -> Error {
    {
        // Database errors never carry user secrets (only hashes reach SQL), so
        // their text is safe to show; a busy or closed pool is "unavailable"
        // rather than a bug.
        match &err {
            sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) => {
                Error::new(Kind::Unavailable, format!("database unavailable: {err}"))
            }
            sqlx::Error::Database(db) if cannot_write(db.as_ref()) => Error::new(
                Kind::Unavailable,
                format!("the database cannot write now: {err}"),
            )
            // Long enough for an operator to free space; a client that
            // honours it does not hammer a server that cannot write.
            .with_retry_after(5),
            _ => Error::internal(format!("database error: {err}")),
        }
    }
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
