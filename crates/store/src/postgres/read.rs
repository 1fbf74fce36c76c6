//! Rows as PostgreSQL returns them (sqlx's `FromRow`), into the core's
//! records. The columns are named as in `migrations/postgres`.

use sqlx::FromRow;

use crate::sql;
use scimctl_core::error::{Error, Result};
use scimctl_core::model::{
    AdminToken, ApiKey, AuditEntry, GroupRow, Membership, SsoMethod, UserRow,
};
use scimctl_core::time::Millis;

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
    team_id: i64,
}

impl From<AuthRow> for (ApiKey, bool, i64) {
    fn from(r: AuthRow) -> (ApiKey, bool, i64) {
        (r.key.into(), r.scim_enabled, r.team_id)
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
            kind: sql::sso_kind(&r.kind),
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

/// An admin token and its team.
#[derive(FromRow)]
pub struct TokenTeamRow {
    #[sqlx(flatten)]
    pub token: TokenRow,
    pub team_id: i64,
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
    state: String,
    invited_at: Option<Millis>,
    joined_at: Option<Millis>,
    groups_json: Option<String>,
}

impl TryFrom<UserDbRow> for UserRow {
    type Error = Error;

    fn try_from(r: UserDbRow) -> Result<UserRow> {
        let doc = sql::parse_doc(&r.doc)?;
        Ok(UserRow {
            id: r.id,
            user_name: r.user_name,
            external_id: r.external_id,
            active: r.active,
            doc,
            created: r.created_at,
            last_modified: r.last_modified,
            version: r.version,
            membership: Membership {
                state: sql::member_state(&r.state),
                invited_at: r.invited_at,
                joined_at: r.joined_at,
            },
            groups: crate::group_sql::parse_groups(r.groups_json.as_deref()),
        })
    }
}

/// A user with its position, as a scan reads it.
#[derive(FromRow)]
pub struct ScanRow {
    pub seq: i64,
    #[sqlx(flatten)]
    pub user: UserDbRow,
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
            action: sql::audit_action(&r.action)?,
            target: r.target,
            detail: r.detail,
        })
    }
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
