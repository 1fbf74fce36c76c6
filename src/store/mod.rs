//! Persistence: one implementation of [`crate::core::store::Store`] per
//! database, each with its own migrations. Which one a URL names is decided
//! where the application is assembled ([`crate::backend::open_store`]).
//!
//! The stores hold no rules. They offer atomic steps (a transaction, a
//! conditional write) that the core composes; every write carries its audit
//! entry into the same transaction.

#[cfg(feature = "postgres")]
pub mod postgres;
mod rows;
pub mod sqlite;

use crate::error::{Error, Kind};

impl From<sqlx::Error> for Error {
    fn from(err: sqlx::Error) -> Self {
        // Database errors never carry user secrets (only hashes reach SQL), so
        // their text is safe to show; a busy or closed pool is "unavailable"
        // rather than a bug.
        match &err {
            sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) => {
                Error::new(Kind::Unavailable, format!("database unavailable: {err}"))
            }
            _ => Error::internal(format!("database error: {err}")),
        }
    }
}
