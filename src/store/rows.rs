//! Rows as both databases return them, and their conversion into the core's
//! records. Shared so that the SQLite and PostgreSQL stores decode the same
//! columns the same way; each store only writes its own SQL.

use sqlx::FromRow;

use crate::core::clock::Millis;
use crate::core::error::{Error, Result};
use crate::core::model::{AdminToken, ApiKey, AuditEntry, SsoMethod, SsoType, UserRow};

/// The user columns every user query selects, in this order.
pub const USER_COLUMNS: &str =
    "id, user_name, external_id, active, version, created_at, last_modified, doc";

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
            // Both schemas constrain `kind` to the two known values.
            kind: SsoType::parse(&r.kind).unwrap_or(SsoType::Saml),
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
}

impl TryFrom<UserDbRow> for UserRow {
    type Error = Error;

    fn try_from(r: UserDbRow) -> Result<UserRow> {
        let doc = parse_doc(&r.doc)?;
        Ok(UserRow {
            id: r.id,
            user_name: r.user_name,
            external_id: r.external_id,
            active: r.active,
            doc,
            created: r.created_at,
            last_modified: r.last_modified,
            version: r.version,
        })
    }
}

/// The stored user document.
pub fn parse_doc(text: &str) -> Result<crate::scim::resource::Doc> {
    serde_json::from_str(text).map_err(|e| Error::internal(format!("corrupt user document: {e}")))
}

#[cfg_attr(not(feature = "postgres"), allow(dead_code))]
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

impl From<AuditRow> for AuditEntry {
    fn from(r: AuditRow) -> AuditEntry {
        AuditEntry {
            seq: r.seq,
            at: r.at,
            actor: r.actor,
            action: r.action,
            target: r.target,
            detail: r.detail,
        }
    }
}

/// The user document as stored: JSON text. Text rather than PostgreSQL's
/// `jsonb`, which would reorder the keys that clients see.
pub fn doc_text(user: &UserRow) -> String {
    // Serialising the map directly avoids cloning it into a Value first.
    serde_json::to_string(&user.doc).unwrap_or_else(|_| "{}".into())
}

// --- the errors both stores give for the same refusals ---

pub fn user_name_taken(user: &UserRow) -> Error {
    Error::conflict(format!(
        "a user with userName {:?} already exists",
        user.user_name
    ))
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
