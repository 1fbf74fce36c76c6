//! What both stores share about rows: the user columns, how the user
//! document is stored and read back, how an SSO kind is read, and the
//! errors both give for the same refusals. Decoding itself is per store
//! (rusqlite for SQLite reads, sqlx for PostgreSQL), each with its own SQL.

use crate::core::model::{SsoMethod, SsoType, UserRow};
use crate::error::{Error, Result};

/// The user columns every user query selects, in this order.
pub const USER_COLUMNS: &str =
    "id, user_name, external_id, active, version, created_at, last_modified, doc";

/// The SSO kind as stored; both schemas constrain it to the known values.
pub fn sso_kind(text: &str) -> SsoType {
    SsoType::parse(text).unwrap_or(SsoType::Saml)
}

/// The stored user document.
pub fn parse_doc(text: &str) -> Result<crate::scim::doc::Doc> {
    serde_json::from_str(text).map_err(|e| Error::internal(format!("corrupt user document: {e}")))
}

/// The user document as stored: JSON text. Text rather than PostgreSQL's
/// `jsonb`, which would reorder the keys that clients see.
pub fn doc_text(user: &UserRow) -> String {
    // Serialising the map directly avoids cloning it into a Value first.
    serde_json::to_string(&user.doc).unwrap_or_else(|_| "{}".into())
}

// --- the errors both stores give for the same refusals ---

pub fn user_name_taken(user_name: &str) -> Error {
    Error::conflict(format!("a user with userName {user_name:?} already exists"))
        .with_scim_type("uniqueness")
}

pub fn sso_name_taken(method: &SsoMethod) -> Error {
    Error::conflict(format!(
        "an SSO method named {:?} already exists",
        method.name
    ))
}

pub fn scim_needs_sso() -> Error {
    Error::conflict("SCIM provisioning needs single sign-on: no SSO method is configured")
}

pub fn last_sso_method() -> Error {
    Error::conflict("cannot remove the last SSO method while SCIM provisioning is enabled")
        .with_hint("run `scimctl scim disable` first")
}

pub fn no_sso_method(id: &str) -> Error {
    Error::not_found(format!("no SSO method {id:?}"))
}

pub fn key_changed_meanwhile() -> Error {
    Error::conflict("this key was rotated or revoked meanwhile; list the keys and try again")
}

pub fn key_already_revoked() -> Error {
    Error::conflict("this key is already revoked")
}

pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(db) if db.is_unique_violation())
}
