//! The account API (docs/scim.md, "The account API"), on with `serve
//! --account-api`: a person's own view of their account, leaving a team,
//! changing the account's email or password. The rules — above all, that a
//! team with SCIM on owns its members — are the core's
//! ([`scimctl_core::account_api`]).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::Deserialize;
use serde_json::{Value, json};

use super::http::{AccountAuth, ApiResult, JsonBody};
use super::state::AppState;
use scimctl_core::account_api::AccountSide;
use scimctl_core::error::Error;
use scimctl_core::time::to_rfc3339;

fn view(side: &AccountSide) -> Value {
    let teams: Vec<Value> = side
        .memberships
        .iter()
        .map(|m| {
            json!({
                "team": m.team_name,
                "state": m.state.as_str(),
                "scimProvisioned": m.scim_enabled,
                "joinedAt": m.joined_at.map(to_rfc3339),
            })
        })
        .collect();
    json!({
        "id": side.account.id,
        "email": side.account.email,
        "createdAt": to_rfc3339(side.account.created_at),
        "teams": teams,
    })
}

fn decode<T: serde::de::DeserializeOwned>(body: Value) -> ApiResult<T> {
    serde_json::from_value(body)
        .map_err(|e| Error::invalid(format!("unexpected request body: {e}")).into())
}

/// `GET /account/v1`
pub async fn get(AccountAuth(side): AccountAuth) -> Json<Value> {
    Json(view(&side))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EmailChange {
    email: String,
}

/// `PATCH /account/v1` `{"email": …}`
pub async fn patch(
    State(state): State<AppState>,
    AccountAuth(side): AccountAuth,
    JsonBody(body): JsonBody,
) -> ApiResult<Json<Value>> {
    let change: EmailChange = decode(body)?;
    let account = state.team.account_set_email(&side, &change.email).await?;
    Ok(Json(view(&AccountSide { account, ..side })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PasswordChange {
    password: String,
}

/// `PUT /account/v1/password` `{"password": …}`: 204.
pub async fn put_password(
    State(state): State<AppState>,
    AccountAuth(side): AccountAuth,
    JsonBody(body): JsonBody,
) -> ApiResult<StatusCode> {
    let change: PasswordChange = decode(body)?;
    state
        .team
        .account_set_password(&side, &change.password)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `DELETE /account/v1/teams/{team}`: leave; 204.
pub async fn leave(
    State(state): State<AppState>,
    AccountAuth(side): AccountAuth,
    Path(team): Path<String>,
) -> ApiResult<StatusCode> {
    state.team.account_leave(&side, &team).await?;
    Ok(StatusCode::NO_CONTENT)
}
