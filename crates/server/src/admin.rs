//! The admin API under `/admin/v1` (docs/scim.md, "Admin plane"), authenticated with an admin
//! token. JSON in and out; errors use the SCIM error body so that one
//! decoder serves both APIs.

use std::collections::HashMap;
use std::time::Duration;

use axum::Json;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use serde::Deserialize;
use serde_json::{Value, json};

use super::http::{AdminAuth, ApiResult, JsonBody};
use scimctl_core::error::{Error, ScimType};
use scimctl_core::keys::{default_grace, parse_grace};
use scimctl_core::model::SsoType;
use scimctl_core::store::AuditQuery;
use scimctl_core::time::parse_rfc3339;

fn decode<T: for<'de> Deserialize<'de>>(body: Value) -> Result<T, Error> {
    serde_json::from_value(body).map_err(|e| {
        Error::invalid(format!("bad request body: {e}")).with_scim_type(ScimType::InvalidSyntax)
    })
}

fn to_json<T: serde::Serialize>(v: &T) -> Json<Value> {
    Json(serde_json::to_value(v).unwrap_or_default())
}

pub async fn get_scim(AdminAuth(_, team): AdminAuth) -> ApiResult<Json<Value>> {
    Ok(to_json(&team.scim_status().await?))
}

#[derive(Deserialize)]
struct PutScim {
    enabled: bool,
    #[serde(default)]
    revoke_keys: bool,
}

pub async fn put_scim(
    AdminAuth(actor, team): AdminAuth,
    JsonBody(body): JsonBody,
) -> ApiResult<Json<Value>> {
    let req: PutScim = decode(body)?;
    let status = if req.enabled {
        team.scim_enable(&actor).await?
    } else {
        team.scim_disable(&actor, req.revoke_keys).await?
    };
    Ok(to_json(&status))
}

pub async fn list_sso(AdminAuth(_, team): AdminAuth) -> ApiResult<Json<Value>> {
    Ok(to_json(&team.sso_list().await?))
}

#[derive(Deserialize)]
struct AddSso {
    #[serde(rename = "type")]
    kind: String,
    name: String,
}

pub async fn add_sso(
    AdminAuth(actor, team): AdminAuth,
    JsonBody(body): JsonBody,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let req: AddSso = decode(body)?;
    let method = team
        .sso_add(&actor, SsoType::from_text(&req.kind)?, &req.name)
        .await?;
    Ok((StatusCode::CREATED, to_json(&method)))
}

pub async fn remove_sso(
    AdminAuth(actor, team): AdminAuth,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    team.sso_remove(&actor, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn list_keys(AdminAuth(_, team): AdminAuth) -> ApiResult<Json<Value>> {
    Ok(to_json(&team.keys_list().await?))
}

#[derive(Deserialize)]
struct GenerateKey {
    name: String,
}

pub async fn generate_key(
    AdminAuth(actor, team): AdminAuth,
    JsonBody(body): JsonBody,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let req: GenerateKey = decode(body)?;
    let issued = team.key_generate(&actor, &req.name).await?;
    Ok((StatusCode::CREATED, Json(issued.to_json())))
}

#[derive(Deserialize, Default)]
struct RotateKey {
    /// `"1h"`, `"30m"`, `"0"`; or a number of seconds.
    #[serde(default)]
    grace: Option<Value>,
    #[serde(default)]
    force: bool,
}

/// A grace window in the admin API: text as the CLI takes it (`1h`, `7d`,
/// `0`), or a JSON number of seconds.
fn grace_of(v: &Value) -> Result<Duration, Error> {
    match v {
        Value::Number(n) => n.as_u64().map(Duration::from_secs).ok_or_else(|| {
            Error::invalid(format!("grace must be a whole number of seconds, not {n}"))
        }),
        Value::String(s) => parse_grace(s),
        _ => Err(Error::invalid("grace must be a duration such as \"1h\"")),
    }
}

pub async fn rotate_key(
    AdminAuth(actor, team): AdminAuth,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> ApiResult<(StatusCode, Json<Value>)> {
    // The body is optional: an empty POST rotates with the default grace.
    let req: RotateKey = if body.iter().all(u8::is_ascii_whitespace) {
        RotateKey::default()
    } else {
        let v: Value = serde_json::from_slice(&body).map_err(|e| {
            Error::invalid(format!("request body is not valid JSON: {e}"))
                .with_scim_type(ScimType::InvalidSyntax)
        })?;
        decode(v)?
    };
    let grace = match &req.grace {
        Some(v) => grace_of(v)?,
        None => default_grace(),
    };
    let issued = team.key_rotate(&actor, &id, grace, req.force).await?;
    Ok((StatusCode::CREATED, Json(issued.to_json())))
}

pub async fn revoke_key(
    AdminAuth(actor, team): AdminAuth,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    Ok(to_json(&team.key_revoke(&actor, &id).await?))
}

pub async fn list_tokens(AdminAuth(_, team): AdminAuth) -> ApiResult<Json<Value>> {
    Ok(to_json(&team.admin_tokens_list().await?))
}

pub async fn create_token(
    AdminAuth(actor, team): AdminAuth,
    JsonBody(body): JsonBody,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let req: GenerateKey = decode(body)?;
    let issued = team.admin_token_create(&actor, &req.name).await?;
    Ok((StatusCode::CREATED, Json(issued.to_json())))
}

pub async fn revoke_token(
    AdminAuth(actor, team): AdminAuth,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    Ok(to_json(&team.admin_token_revoke(&actor, &id).await?))
}

/// Longest page of audit entries one request returns.
const MAX_AUDIT: u64 = 10_000;

pub async fn list_audit(
    AdminAuth(_, team): AdminAuth,
    Query(params): Query<HashMap<String, String>>,
) -> ApiResult<Json<Value>> {
    let since =
        match params.get("since") {
            Some(s) => Some(parse_rfc3339(s).ok_or_else(|| {
                Error::invalid(format!("since must be an RFC 3339 time, not {s:?}"))
            })?),
            None => None,
        };
    let limit = match params.get("limit") {
        Some(l) => l
            .parse::<u64>()
            .map_err(|_| Error::invalid(format!("limit must be a number, not {l:?}")))?,
        None => 1000,
    }
    .min(MAX_AUDIT);
    let query = AuditQuery {
        since,
        actor: params.get("actor").cloned(),
        action: params.get("action").cloned(),
        limit,
    };
    let entries = team.audit(&query).await?;
    Ok(Json(json!(entries)))
}

// --- verified domains (docs/scim.md, "Verified domains") ---

fn domain_json(row: &scimctl_core::model::DomainRow) -> Value {
    use scimctl_core::time::to_rfc3339;
    serde_json::json!({
        "domain": row.domain,
        "verified": row.verified_at.is_some(),
        "txt_record": row.record(),
        "created_at": to_rfc3339(row.created_at),
        "verified_at": row.verified_at.map(to_rfc3339),
    })
}

pub async fn list_domains(AdminAuth(_, team): AdminAuth) -> ApiResult<Json<Value>> {
    let rows = team.domains_list().await?;
    Ok(Json(Value::Array(rows.iter().map(domain_json).collect())))
}

#[derive(Deserialize)]
struct AddDomain {
    domain: String,
}

pub async fn add_domain(
    AdminAuth(actor, team): AdminAuth,
    JsonBody(body): JsonBody,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let req: AddDomain = decode(body)?;
    let row = team.domain_add(&actor, &req.domain).await?;
    Ok((StatusCode::CREATED, Json(domain_json(&row))))
}

pub async fn verify_domain(
    axum::extract::State(state): axum::extract::State<crate::AppState>,
    AdminAuth(actor, team): AdminAuth,
    Path(domain): Path<String>,
) -> ApiResult<Json<Value>> {
    let dns = state.dns.clone().ok_or_else(|| {
        scimctl_core::error::Error::new(
            scimctl_core::error::Kind::Unsupported,
            "this server has no DNS resolver to verify domains with",
        )
    })?;
    let row = team.domain_verify_by(&actor, &domain, dns.as_ref()).await?;
    Ok(Json(domain_json(&row)))
}

pub async fn remove_domain(
    AdminAuth(actor, team): AdminAuth,
    Path(domain): Path<String>,
) -> ApiResult<StatusCode> {
    team.domain_remove(&actor, &domain).await?;
    Ok(StatusCode::NO_CONTENT)
}

// --- invites (docs/scim.md, "Invites") ---

#[derive(Deserialize, Default)]
pub struct InvitesQuery {
    #[serde(default)]
    all: bool,
}

pub async fn list_invites(
    AdminAuth(_, team): AdminAuth,
    axum::extract::Query(q): axum::extract::Query<InvitesQuery>,
) -> ApiResult<Json<Value>> {
    let now = team.now();
    let rows = team.invites_list(q.all).await?;
    Ok(Json(Value::Array(
        rows.iter()
            .map(|r| scimctl_core::invites::invite_json(r, now))
            .collect(),
    )))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CreateInvite {
    email: String,
    #[serde(default, rename = "givenName")]
    given_name: Option<String>,
    #[serde(default, rename = "familyName")]
    family_name: Option<String>,
}

/// Send the invite now, when the server sends mail, and answer it as it
/// stands after that attempt.
async fn delivered(
    state: &crate::AppState,
    team: &scimctl_core::Team,
    invite: scimctl_core::model::InviteRow,
) -> ApiResult<Json<Value>> {
    if let Some(mail) = &state.mail {
        team.invites_deliver_for(
            mail.mailer.as_ref(),
            &mail.public_url,
            std::slice::from_ref(&invite.user_id),
        )
        .await?;
    }
    let current = team.invite_find(&invite.id).await?;
    Ok(Json(scimctl_core::invites::invite_json(
        &current,
        team.now(),
    )))
}

pub async fn create_invite(
    axum::extract::State(state): axum::extract::State<crate::AppState>,
    AdminAuth(actor, team): AdminAuth,
    JsonBody(body): JsonBody,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let req: CreateInvite = decode(body)?;
    let (_, invite) = team
        .invite_create(
            &actor,
            &req.email,
            req.given_name.as_deref(),
            req.family_name.as_deref(),
        )
        .await?;
    Ok((StatusCode::CREATED, delivered(&state, &team, invite).await?))
}

pub async fn resend_invite(
    axum::extract::State(state): axum::extract::State<crate::AppState>,
    AdminAuth(actor, team): AdminAuth,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    let invite = team.invite_resend(&actor, &id).await?;
    delivered(&state, &team, invite).await
}

pub async fn revoke_invite(
    AdminAuth(actor, team): AdminAuth,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    let invite = team.invite_revoke(&actor, &id).await?;
    Ok(Json(scimctl_core::invites::invite_json(
        &invite,
        team.now(),
    )))
}
