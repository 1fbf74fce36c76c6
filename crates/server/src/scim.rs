//! SCIM 2.0 endpoints under `/scim/v2`. Handlers only translate between
//! HTTP and the core: every rule lives in [`scimctl_core::Team`].

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Path, Query};
use axum::http::header::{ETAG, LOCATION};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::http::{
    ApiResult, JsonBody, Scim, ScimAuth, ScimBase, ScimCall, SizedJsonBody, off_workers, scim_json,
};
use super::state::AppState;
use scimctl_core::error::{Error, Kind, ScimType};
use scimctl_core::model::UserRow;
use scimctl_core::query;
use scimctl_core::scim::patch::PatchRequest;
use scimctl_core::scim::resource::{project, project_group};
use scimctl_core::scim::schema::{
    ENTERPRISE_SCHEMA, GROUP_SCHEMA, MEMBERSHIP_SCHEMA, RESOURCE_TYPE, SERVICE_PROVIDER_CONFIG,
    USER_SCHEMA, schema_json,
};
use scimctl_core::scim::{ListResponse, caps, filter};
use scimctl_core::users::ListQuery;

/// Default page size when the client sends no `count`.
pub const DEFAULT_COUNT: u64 = 100;
/// Largest page the server returns; larger `count`s are clamped (RFC 7644 §3.4.2.4).
pub const MAX_COUNT: u64 = 1000;

/// `attributes` / `excludedAttributes`, comma-separated.
#[derive(Default)]
pub(super) struct Projection {
    attributes: Vec<String>,
    excluded: Vec<String>,
}

impl Projection {
    pub(super) fn from_strs(
        attributes: Option<&str>,
        excluded: Option<&str>,
    ) -> Result<Self, Error> {
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
            caps::check_attribute_names(parameter, names.len())?;
            Ok(names)
        };
        Ok(Projection {
            attributes: split("attributes", attributes)?,
            excluded: split("excludedAttributes", excluded)?,
        })
    }

    pub(super) fn apply(&self, mut resource: Value) -> Value {
        project(&mut resource, &self.attributes, &self.excluded);
        resource
    }

    /// The same for a Group.
    pub(super) fn apply_group(&self, mut resource: Value) -> Value {
        project_group(&mut resource, &self.attributes, &self.excluded);
        resource
    }

    /// Whether a Group's members are to be shown (and so read): not when
    /// excluded, nor when `attributes` names other attributes only.
    pub(super) fn wants_members(&self) -> bool {
        let is_members = |a: &String| {
            let a = a.trim();
            let a = a
                .get(..GROUP_SCHEMA.len() + 1)
                .filter(|head| head.eq_ignore_ascii_case(&format!("{GROUP_SCHEMA}:")))
                .map_or(a, |_| &a[GROUP_SCHEMA.len() + 1..]);
            a.get(..7)
                .is_some_and(|h| h.eq_ignore_ascii_case("members"))
                && matches!(a.as_bytes().get(7), None | Some(b'.'))
        };
        if self
            .excluded
            .iter()
            .any(|a| is_members(a) && !a.contains('.'))
        {
            return false;
        }
        self.attributes.is_empty() || self.attributes.iter().any(is_members)
    }

    /// Whether `members.display` was asked for by name.
    pub(super) fn wants_member_display(&self) -> bool {
        self.attributes
            .iter()
            .any(|a| a.trim().to_ascii_lowercase().ends_with("members.display"))
    }

    /// Whether the request named any attributes at all.
    pub(super) fn is_empty(&self) -> bool {
        self.attributes.is_empty() && self.excluded.is_empty()
    }
}

/// Query parameter names compared case-insensitively.
pub(super) fn param<'a>(params: &'a HashMap<String, String>, name: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

pub(super) fn parse_int(name: &str, value: Option<&str>) -> Result<Option<i64>, Error> {
    value
        .map(|v| {
            v.trim().parse::<i64>().map_err(|_| {
                Error::invalid(format!("{name} must be an integer, not {v:?}"))
                    .with_scim_type(ScimType::InvalidValue)
            })
        })
        .transpose()
}

/// A resource's answer: the resource, its ETag, and for a 201 its
/// `Location` (`{base}/{endpoint}/{id}`). Users and Groups answer alike.
pub(super) fn resource_response(
    status: StatusCode,
    resource: Value,
    etag: &str,
    location: (&str, &str, &str),
) -> Response {
    let mut response = with_etag(Scim(status, resource).into_response(), etag);
    let (base, endpoint, id) = location;
    if status == StatusCode::CREATED
        && let Ok(location) = HeaderValue::from_str(&format!("{base}/{endpoint}/{id}"))
    {
        response.headers_mut().insert(LOCATION, location);
    }
    response
}

/// `response` with an `ETag` header (none when the tag is not a valid
/// header value).
pub(super) fn with_etag(mut response: Response, etag: &str) -> Response {
    if let Ok(etag) = HeaderValue::from_str(etag) {
        response.headers_mut().insert(ETAG, etag);
    }
    response
}

fn user_response(
    status: StatusCode,
    user: &UserRow,
    base: &str,
    projection: &Projection,
) -> Response {
    let resource = projection.apply(user.render(base));
    resource_response(status, resource, &user.etag(), (base, "Users", &user.id))
}

/// The `attributes` and `excludedAttributes` query parameters.
pub(super) fn projection_of(params: &HashMap<String, String>) -> Result<Projection, Error> {
    Projection::from_strs(
        param(params, "attributes"),
        param(params, "excludedAttributes"),
    )
}

/// A PATCH body (RFC 7644 §3.5.2), or 400 invalidSyntax.
pub(super) fn patch_request(body: Value) -> Result<PatchRequest, Error> {
    serde_json::from_value(body).map_err(|e| {
        Error::invalid(format!("not a SCIM PatchOp: {e}")).with_scim_type(ScimType::InvalidSyntax)
    })
}

pub(super) struct SearchRequest {
    pub filter: Option<String>,
    pub start_index: Option<i64>,
    pub count: Option<i64>,
    pub projection: Projection,
}

impl SearchRequest {
    /// From a listing's query parameters.
    pub(super) fn from_params(params: &HashMap<String, String>) -> Result<Self, Error> {
        Ok(SearchRequest {
            filter: param(params, "filter").map(str::to_string),
            start_index: parse_int("startIndex", param(params, "startIndex"))?,
            count: parse_int("count", param(params, "count"))?,
            projection: projection_of(params)?,
        })
    }

    /// From a `.search` body (RFC 7644 §3.4.3).
    pub(super) fn from_body(body: &Value) -> Result<Self, Error> {
        let get = |name: &str| scimctl_core::scim::stored::get_ci(body, name);
        let as_int = |name: &str| -> Result<Option<i64>, Error> {
            match get(name) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::Number(n)) => Ok(n.as_i64()),
                Some(Value::String(s)) => parse_int(name, Some(s)),
                Some(_) => Err(Error::invalid(format!("{name} must be an integer"))
                    .with_scim_type(ScimType::InvalidValue)),
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
        Ok(SearchRequest {
            filter: get("filter").and_then(Value::as_str).map(str::to_string),
            start_index: as_int("startIndex")?,
            count: as_int("count")?,
            projection: Projection::from_strs(attributes.as_deref(), excluded.as_deref())?,
        })
    }

    pub(super) fn parsed_filter(&self) -> Result<Option<scim_v2::filter::Filter>, Error> {
        match self
            .filter
            .as_deref()
            .map(str::trim)
            .filter(|f| !f.is_empty())
        {
            Some(f) => Ok(Some(filter::parse(f)?)),
            None => Ok(None),
        }
    }

    /// The page size asked for, clamped.
    pub(super) fn page_size(&self) -> u64 {
        self.count
            .map(|c| c.clamp(0, MAX_COUNT as i64) as u64)
            .unwrap_or(DEFAULT_COUNT)
    }

    pub(super) fn first(&self) -> u64 {
        self.start_index.map(|s| s.max(1) as u64).unwrap_or(1)
    }
}

async fn search(state: &AppState, base: &str, req: SearchRequest) -> ApiResult<Response> {
    let page = user_page(state, &req, req.first(), req.page_size()).await?;
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

/// A page of the users a search selects.
pub(super) async fn user_page(
    state: &AppState,
    req: &SearchRequest,
    start_index: u64,
    count: u64,
) -> Result<scimctl_core::users::UserPage, Error> {
    let filter = req.parsed_filter()?;
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
    state
        .team
        .user_list(&ListQuery {
            filter,
            start_index,
            count,
        })
        .await
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
    ScimCall { state, base, .. }: ScimCall,
    Query(params): Query<HashMap<String, String>>,
) -> ApiResult<Response> {
    search(&state, &base, SearchRequest::from_params(&params)?).await
}

/// `POST /Users/.search` (RFC 7644 §3.4.3).
pub async fn search_users(
    ScimCall { state, base, .. }: ScimCall,
    JsonBody(body): JsonBody,
) -> ApiResult<Response> {
    search(&state, &base, SearchRequest::from_body(&body)?).await
}

pub async fn create_user(
    ScimCall {
        state, actor, base, ..
    }: ScimCall,
    body: SizedJsonBody,
) -> ApiResult<Response> {
    let heavy = body.heavy();
    let user = off_workers(heavy, state.team.user_create(&actor, &body.0)).await?;
    super::invites::soon(&state, &user);
    Ok(user_response(
        StatusCode::CREATED,
        &user,
        &base,
        &Projection::default(),
    ))
}

pub async fn get_user(
    ScimCall { state, base, .. }: ScimCall,
    Path(id): Path<String>,
    Query(params): Query<HashMap<String, String>>,
) -> ApiResult<Response> {
    let projection = projection_of(&params)?;
    let user = state.team.user_get(&id).await?;
    Ok(user_response(StatusCode::OK, &user, &base, &projection))
}

pub async fn replace_user(
    ScimCall {
        state,
        actor,
        base,
        if_match,
    }: ScimCall,
    Path(id): Path<String>,
    body: SizedJsonBody,
) -> ApiResult<Response> {
    let heavy = body.heavy();
    let user = off_workers(
        heavy,
        state
            .team
            .user_replace(&actor, &id, &body.0, if_match.as_deref()),
    )
    .await?;
    super::invites::soon(&state, &user);
    Ok(user_response(
        StatusCode::OK,
        &user,
        &base,
        &Projection::default(),
    ))
}

pub async fn patch_user(
    ScimCall {
        state,
        actor,
        base,
        if_match,
    }: ScimCall,
    Path(id): Path<String>,
    body: SizedJsonBody,
) -> ApiResult<Response> {
    let heavy = body.heavy();
    let user = off_workers(heavy, async {
        let request = patch_request(body.0)?;
        state
            .team
            .user_patch(&actor, &id, &request.operations, if_match.as_deref())
            .await
    })
    .await?;
    super::invites::soon(&state, &user);
    Ok(user_response(
        StatusCode::OK,
        &user,
        &base,
        &Projection::default(),
    ))
}

pub async fn delete_user(
    ScimCall {
        state,
        actor,
        if_match,
        ..
    }: ScimCall,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    state
        .team
        .user_delete(&actor, &id, if_match.as_deref())
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

pub async fn get_service_provider_config(ScimAuth(..): ScimAuth, ScimBase(base): ScimBase) -> Scim {
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
        "schemaExtensions": [
            {"schema": ENTERPRISE_SCHEMA, "required": false},
            {"schema": MEMBERSHIP_SCHEMA, "required": false},
        ],
        "meta": {"resourceType": "ResourceType", "location": format!("{base}/ResourceTypes/User")}
    })
}

fn group_resource_type(base: &str) -> Value {
    json!({
        "schemas": [RESOURCE_TYPE],
        "id": "Group",
        "name": "Group",
        "endpoint": "/Groups",
        "description": "Group of users",
        "schema": GROUP_SCHEMA,
        "meta": {"resourceType": "ResourceType", "location": format!("{base}/ResourceTypes/Group")}
    })
}

pub async fn list_resource_types(ScimAuth(..): ScimAuth, ScimBase(base): ScimBase) -> Scim {
    listed(vec![user_resource_type(&base), group_resource_type(&base)])
}

/// All of a small fixed set (resource types, schemas) as one ListResponse.
fn listed(resources: Vec<Value>) -> Scim {
    let list = ListResponse::new(resources.len() as u64, 1, resources);
    Scim(
        StatusCode::OK,
        serde_json::to_value(list).unwrap_or_default(),
    )
}

pub async fn get_resource_type(
    ScimAuth(..): ScimAuth,
    ScimBase(base): ScimBase,
    Path(id): Path<String>,
) -> ApiResult<Scim> {
    if id.eq_ignore_ascii_case("User") {
        Ok(Scim(StatusCode::OK, user_resource_type(&base)))
    } else if id.eq_ignore_ascii_case("Group") {
        Ok(Scim(StatusCode::OK, group_resource_type(&base)))
    } else {
        Err(Error::not_found(format!("no resource type {id:?}")).into())
    }
}

pub async fn list_schemas(ScimAuth(..): ScimAuth, ScimBase(base): ScimBase) -> Scim {
    let schemas: Vec<Value> = [
        USER_SCHEMA,
        ENTERPRISE_SCHEMA,
        MEMBERSHIP_SCHEMA,
        GROUP_SCHEMA,
    ]
    .iter()
    .filter_map(|id| schema_json(id, &base))
    .collect();
    listed(schemas)
}

pub async fn get_schema(
    ScimAuth(..): ScimAuth,
    ScimBase(base): ScimBase,
    Path(id): Path<String>,
) -> ApiResult<Scim> {
    schema_json(&id, &base)
        .map(|s| Scim(StatusCode::OK, s))
        .ok_or_else(|| Error::not_found(format!("no schema {id:?}")).into())
}
