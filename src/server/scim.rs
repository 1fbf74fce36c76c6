//! SCIM 2.0 endpoints under `/scim/v2`. Handlers only translate between
//! HTTP and the core: every rule lives in [`crate::core::Team`].

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::header::{ETAG, IF_MATCH, LOCATION};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::http::{
    ApiResult, JsonBody, Scim, ScimAuth, ScimBase, SizedJsonBody, off_workers, scim_json,
};
use super::state::AppState;
use crate::core::model::UserRow;
use crate::core::query;
use crate::core::users::ListQuery;
use crate::error::{Error, Kind};
use crate::scim::patch::PatchRequest;
use crate::scim::resource::project;
use crate::scim::schema::{
    ENTERPRISE_SCHEMA, RESOURCE_TYPE, SERVICE_PROVIDER_CONFIG, USER_SCHEMA, schema_json,
};
use crate::scim::{ListResponse, filter, limits};

/// Default page size when the client sends no `count`.
pub const DEFAULT_COUNT: u64 = 100;
/// Largest page the server returns; larger `count`s are clamped (RFC 7644 §3.4.2.4).
pub const MAX_COUNT: u64 = 1000;

/// `attributes` / `excludedAttributes`, comma-separated.
#[derive(Default)]
struct Projection {
    attributes: Vec<String>,
    excluded: Vec<String>,
}

impl Projection {
    fn from_strs(attributes: Option<&str>, excluded: Option<&str>) -> Result<Self, Error> {
        let split = |parameter: &str, s: Option<&str>| -> Result<Vec<String>, Error> {
            let names: Vec<String> = s
                .map(|s| {
                    s.split(',')
                        .map(str::trim)
                        .filter(|a| !a.is_empty())
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default();
            limits::check_attribute_names(parameter, names.len())?;
            Ok(names)
        };
        Ok(Projection {
            attributes: split("attributes", attributes)?,
            excluded: split("excludedAttributes", excluded)?,
        })
    }

    fn apply(&self, mut resource: Value) -> Value {
        project(&mut resource, &self.attributes, &self.excluded);
        resource
    }
}

/// Query parameter names compared case-insensitively.
fn param<'a>(params: &'a HashMap<String, String>, name: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

fn parse_int(name: &str, value: Option<&str>) -> Result<Option<i64>, Error> {
    value
        .map(|v| {
            v.trim().parse::<i64>().map_err(|_| {
                Error::invalid(format!("{name} must be an integer, not {v:?}"))
                    .with_scim_type("invalidValue")
            })
        })
        .transpose()
}

fn user_response(
    status: StatusCode,
    user: &UserRow,
    base: &str,
    projection: &Projection,
) -> Response {
    let resource = projection.apply(user.render(base));
    let mut response = Scim(status, resource).into_response();
    if let Ok(etag) = HeaderValue::from_str(&user.etag()) {
        response.headers_mut().insert(ETAG, etag);
    }
    if status == StatusCode::CREATED
        && let Ok(location) = HeaderValue::from_str(&format!("{base}/Users/{}", user.id))
    {
        response.headers_mut().insert(LOCATION, location);
    }
    response
}

fn if_match(headers: &HeaderMap) -> Option<&str> {
    headers.get(IF_MATCH).and_then(|v| v.to_str().ok())
}

struct SearchRequest<'a> {
    filter: Option<&'a str>,
    start_index: Option<i64>,
    count: Option<i64>,
    projection: Projection,
}

async fn search(state: &AppState, base: &str, req: SearchRequest<'_>) -> ApiResult<Response> {
    let filter = match req.filter.map(str::trim).filter(|f| !f.is_empty()) {
        Some(f) => Some(filter::parse(f)?),
        None => None,
    };
    let count = req
        .count
        .map(|c| c.clamp(0, MAX_COUNT as i64) as u64)
        .unwrap_or(DEFAULT_COUNT);
    let start_index = req.start_index.map(|s| s.max(1) as u64).unwrap_or(1);
    // A filter no index answers reads every user: only so many at once.
    // (The slot is held until the listing ends or its client goes away,
    // which drops this future and stops the scan.)
    let _slot = match &filter {
        Some(f) if !query::plan(f).narrow.indexed() => Some(
            Arc::clone(&state.scans)
                .try_acquire_owned()
                .map_err(|_| scans_busy())?,
        ),
        _ => None,
    };
    let page = state
        .team
        .user_list(&ListQuery {
            filter,
            start_index,
            count,
        })
        .await?;
    let resources = page
        .users
        .into_iter()
        .map(|u| req.projection.apply(u.into_resource(base)))
        .collect();
    let list = ListResponse::new(page.total, page.start_index, resources);
    // Serialised straight to bytes: going through a `Value` first would
    // copy every resource once more.
    Ok(scim_json(StatusCode::OK, &list))
}

fn scans_busy() -> Error {
    Error::new(
        Kind::Unavailable,
        "the server is running as many filtered listings that read every user as it allows",
    )
    .with_hint("try again shortly, or filter by userName, id or externalId with eq")
    .with_retry_after(1)
}

pub async fn list_users(
    State(state): State<AppState>,
    ScimAuth(_): ScimAuth,
    ScimBase(base): ScimBase,
    Query(params): Query<HashMap<String, String>>,
) -> ApiResult<Response> {
    let req = SearchRequest {
        filter: param(&params, "filter"),
        start_index: parse_int("startIndex", param(&params, "startIndex"))?,
        count: parse_int("count", param(&params, "count"))?,
        projection: Projection::from_strs(
            param(&params, "attributes"),
            param(&params, "excludedAttributes"),
        )?,
    };
    search(&state, &base, req).await
}

/// `POST /Users/.search` (RFC 7644 §3.4.3).
pub async fn search_users(
    State(state): State<AppState>,
    ScimAuth(_): ScimAuth,
    ScimBase(base): ScimBase,
    JsonBody(body): JsonBody,
) -> ApiResult<Response> {
    let get = |name: &str| crate::scim::doc::get_ci(&body, name);
    let as_int =
        |name: &str| -> Result<Option<i64>, Error> {
            match get(name) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::Number(n)) => Ok(n.as_i64()),
                Some(Value::String(s)) => parse_int(name, Some(s)),
                Some(_) => Err(Error::invalid(format!("{name} must be an integer"))
                    .with_scim_type("invalidValue")),
            }
        };
    let list = |name: &str| -> Option<String> {
        match get(name)? {
            Value::Array(items) => Some(
                items
                    .iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            Value::String(s) => Some(s.clone()),
            _ => None,
        }
    };
    let attributes = list("attributes");
    let excluded = list("excludedAttributes");
    let req = SearchRequest {
        filter: get("filter").and_then(Value::as_str),
        start_index: as_int("startIndex")?,
        count: as_int("count")?,
        projection: Projection::from_strs(attributes.as_deref(), excluded.as_deref())?,
    };
    search(&state, &base, req).await
}

pub async fn create_user(
    State(state): State<AppState>,
    ScimAuth(actor): ScimAuth,
    ScimBase(base): ScimBase,
    body: SizedJsonBody,
) -> ApiResult<Response> {
    let heavy = body.heavy();
    let user = off_workers(heavy, state.team.user_create(&actor, &body.0)).await?;
    Ok(user_response(
        StatusCode::CREATED,
        &user,
        &base,
        &Projection::default(),
    ))
}

pub async fn get_user(
    State(state): State<AppState>,
    ScimAuth(_): ScimAuth,
    ScimBase(base): ScimBase,
    Path(id): Path<String>,
    Query(params): Query<HashMap<String, String>>,
) -> ApiResult<Response> {
    let projection = Projection::from_strs(
        param(&params, "attributes"),
        param(&params, "excludedAttributes"),
    )?;
    let user = state.team.user_get(&id).await?;
    Ok(user_response(StatusCode::OK, &user, &base, &projection))
}

pub async fn replace_user(
    State(state): State<AppState>,
    ScimAuth(actor): ScimAuth,
    ScimBase(base): ScimBase,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: SizedJsonBody,
) -> ApiResult<Response> {
    let heavy = body.heavy();
    let user = off_workers(
        heavy,
        state
            .team
            .user_replace(&actor, &id, &body.0, if_match(&headers)),
    )
    .await?;
    Ok(user_response(
        StatusCode::OK,
        &user,
        &base,
        &Projection::default(),
    ))
}

pub async fn patch_user(
    State(state): State<AppState>,
    ScimAuth(actor): ScimAuth,
    ScimBase(base): ScimBase,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: SizedJsonBody,
) -> ApiResult<Response> {
    let heavy = body.heavy();
    let user = off_workers(heavy, async {
        let request: PatchRequest = serde_json::from_value(body.0).map_err(|e| {
            Error::invalid(format!("not a SCIM PatchOp: {e}")).with_scim_type("invalidSyntax")
        })?;
        state
            .team
            .user_patch(&actor, &id, &request.operations, if_match(&headers))
            .await
    })
    .await?;
    Ok(user_response(
        StatusCode::OK,
        &user,
        &base,
        &Projection::default(),
    ))
}

pub async fn delete_user(
    State(state): State<AppState>,
    ScimAuth(actor): ScimAuth,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult<StatusCode> {
    state
        .team
        .user_delete(&actor, &id, if_match(&headers))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

fn service_provider_config(base: &str) -> Value {
    json!({
        "schemas": [SERVICE_PROVIDER_CONFIG],
        "documentationUri": "https://github.com/scimctl/scimctl#readme",
        "patch": {"supported": true},
        "bulk": {"supported": false, "maxOperations": 0, "maxPayloadSize": 0},
        "filter": {"supported": true, "maxResults": MAX_COUNT},
        "changePassword": {"supported": false},
        "sort": {"supported": false},
        "etag": {"supported": true},
        "authenticationSchemes": [{
            "type": "oauthbearertoken",
            "name": "SCIM API key",
            "description": "Authorization: Bearer <SCIM API key> (a bare key is accepted too)",
            "primary": true
        }],
        "meta": {
            "resourceType": "ServiceProviderConfig",
            "location": format!("{base}/ServiceProviderConfig")
        }
    })
}

pub async fn get_service_provider_config(ScimAuth(_): ScimAuth, ScimBase(base): ScimBase) -> Scim {
    Scim(StatusCode::OK, service_provider_config(&base))
}

fn user_resource_type(base: &str) -> Value {
    json!({
        "schemas": [RESOURCE_TYPE],
        "id": "User",
        "name": "User",
        "endpoint": "/Users",
        "description": "User Account",
        "schema": USER_SCHEMA,
        "schemaExtensions": [{"schema": ENTERPRISE_SCHEMA, "required": false}],
        "meta": {"resourceType": "ResourceType", "location": format!("{base}/ResourceTypes/User")}
    })
}

pub async fn list_resource_types(ScimAuth(_): ScimAuth, ScimBase(base): ScimBase) -> Scim {
    let list = ListResponse::new(1, 1, vec![user_resource_type(&base)]);
    Scim(
        StatusCode::OK,
        serde_json::to_value(list).unwrap_or_default(),
    )
}

pub async fn get_resource_type(
    ScimAuth(_): ScimAuth,
    ScimBase(base): ScimBase,
    Path(id): Path<String>,
) -> ApiResult<Scim> {
    if id.eq_ignore_ascii_case("User") {
        Ok(Scim(StatusCode::OK, user_resource_type(&base)))
    } else {
        Err(Error::not_found(format!("no resource type {id:?}")).into())
    }
}

pub async fn list_schemas(ScimAuth(_): ScimAuth, ScimBase(base): ScimBase) -> Scim {
    let schemas: Vec<Value> = [USER_SCHEMA, ENTERPRISE_SCHEMA]
        .iter()
        .filter_map(|id| schema_json(id, &base))
        .collect();
    let list = ListResponse::new(schemas.len() as u64, 1, schemas);
    Scim(
        StatusCode::OK,
        serde_json::to_value(list).unwrap_or_default(),
    )
}

pub async fn get_schema(
    ScimAuth(_): ScimAuth,
    ScimBase(base): ScimBase,
    Path(id): Path<String>,
) -> ApiResult<Scim> {
    schema_json(&id, &base)
        .map(|s| Scim(StatusCode::OK, s))
        .ok_or_else(|| Error::not_found(format!("no schema {id:?}")).into())
}
