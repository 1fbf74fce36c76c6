//! SCIM `/Groups` (RFC 7643 §4.2, RFC 7644 §3) and the root `/.search`.
//! Handlers only translate between HTTP and the core
//! ([`scimctl_core::groups`]).
//!
//! What a group answer costs is kept apart from the group's size: members
//! are read only when the answer shows them (`excludedAttributes=members`
//! reads none), and a PATCH answers 204 No Content with the new ETag — RFC
//! 7644 §3.5.2 allows it, Okta and Entra ID expect it — unless the request
//! asks for attributes, so that adding one member to a group of ten
//! thousand does not send the ten thousand back.

use std::collections::HashMap;

use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use super::http::{ApiResult, JsonBody, ScimCall, SizedJsonBody, off_workers, scim_json};
use super::scim::{
    Projection, SearchRequest, patch_request, projection_of, resource_response, user_page,
    with_etag,
};
use super::state::AppState;
use scimctl_core::error::{Error, ScimType};
use scimctl_core::groups::{GroupPage, GroupQuery};
use scimctl_core::model::GroupRow;
use scimctl_core::scim::ListResponse;

fn group_response(
    status: StatusCode,
    group: &GroupRow,
    base: &str,
    projection: &Projection,
) -> Response {
    let resource = projection.apply_group(group.render(base, projection.wants_member_display()));
    resource_response(status, resource, &group.etag(), (base, "Groups", &group.id))
}

/// The groups a search selects. A filter that names user attributes
/// selects no group when `lenient` (a root search, over both types), and
/// is refused otherwise.
async fn group_page(
    state: &AppState,
    req: &SearchRequest,
    start_index: u64,
    count: u64,
    lenient: bool,
) -> Result<GroupPage, Error> {
    let listed = state
        .team
        .group_list(&GroupQuery {
            filter: req.parsed_filter()?,
            start_index,
            count,
            members: req.projection.wants_members(),
        })
        .await;
    match listed {
        Err(e) if lenient && e.scim_type() == Some(ScimType::InvalidFilter) => Ok(GroupPage {
            total: 0,
            start_index,
            groups: Vec::new(),
        }),
        other => other,
    }
}

async fn search(state: &AppState, base: &str, req: SearchRequest) -> ApiResult<Response> {
    let page = group_page(state, &req, req.first(), req.page_size(), false).await?;
    let display = req.projection.wants_member_display();
    let resources = page
        .groups
        .iter()
        .map(|g| req.projection.apply_group(g.render(base, display)))
        .collect();
    let list = ListResponse::new(page.total, page.start_index, resources);
    Ok(scim_json(StatusCode::OK, &list))
}

pub async fn list_groups(
    ScimCall { state, base, .. }: ScimCall,
    Query(params): Query<HashMap<String, String>>,
) -> ApiResult<Response> {
    search(&state, &base, SearchRequest::from_params(&params)?).await
}

/// `POST /Groups/.search`.
pub async fn search_groups(
    ScimCall { state, base, .. }: ScimCall,
    JsonBody(body): JsonBody,
) -> ApiResult<Response> {
    search(&state, &base, SearchRequest::from_body(&body)?).await
}

/// `POST /.search` (RFC 7644 §3.4.3): users, then groups, paged as one
/// list. A filter only users can match (userName, emails…) selects no
/// group, and the other way round.
pub async fn search_root(
    ScimCall { state, base, .. }: ScimCall,
    JsonBody(body): JsonBody,
) -> ApiResult<Response> {
    let req = SearchRequest::from_body(&body)?;
    let (first, count) = (req.first(), req.page_size());
    let users = user_page(&state, &req, first, count).await?;
    let shown = users.users.len() as u64;
    // Groups follow the last user: their first position in the list is
    // users.total + 1.
    let group_first = first.saturating_sub(users.total).max(1);
    let groups = group_page(&state, &req, group_first, count - shown, true).await?;
    let display = req.projection.wants_member_display();
    let mut resources: Vec<Value> = users
        .users
        .into_iter()
        .map(|u| req.projection.apply(u.into_resource(&base)))
        .collect();
    resources.extend(
        groups
            .groups
            .iter()
            .map(|g| req.projection.apply_group(g.render(&base, display))),
    );
    let list = ListResponse::new(users.total + groups.total, first, resources);
    Ok(scim_json(StatusCode::OK, &list))
}

pub async fn create_group(
    ScimCall {
        state, actor, base, ..
    }: ScimCall,
    body: SizedJsonBody,
) -> ApiResult<Response> {
    let heavy = body.heavy();
    let group = off_workers(heavy, state.team.group_create(&actor, &body.0)).await?;
    Ok(group_response(
        StatusCode::CREATED,
        &group,
        &base,
        &Projection::default(),
    ))
}

pub async fn get_group(
    ScimCall { state, base, .. }: ScimCall,
    Path(id): Path<String>,
    Query(params): Query<HashMap<String, String>>,
) -> ApiResult<Response> {
    let projection = projection_of(&params)?;
    let group = state
        .team
        .group_get(&id, projection.wants_members())
        .await?;
    Ok(group_response(StatusCode::OK, &group, &base, &projection))
}

pub async fn replace_group(
    ScimCall {
        state,
        actor,
        base,
        if_match,
    }: ScimCall,
    Path(id): Path<String>,
    Query(params): Query<HashMap<String, String>>,
    body: SizedJsonBody,
) -> ApiResult<Response> {
    let projection = projection_of(&params)?;
    let heavy = body.heavy();
    let group = off_workers(
        heavy,
        state
            .team
            .group_replace(&actor, &id, &body.0, if_match.as_deref()),
    )
    .await?;
    Ok(group_response(StatusCode::OK, &group, &base, &projection))
}

pub async fn patch_group(
    ScimCall {
        state,
        actor,
        base,
        if_match,
    }: ScimCall,
    Path(id): Path<String>,
    Query(params): Query<HashMap<String, String>>,
    body: SizedJsonBody,
) -> ApiResult<Response> {
    let projection = projection_of(&params)?;
    let heavy = body.heavy();
    let group = off_workers(heavy, async {
        let request = patch_request(body.0)?;
        state
            .team
            .group_patch(&actor, &id, &request.operations, if_match.as_deref())
            .await
    })
    .await?;
    if projection.is_empty() {
        return Ok(with_etag(
            StatusCode::NO_CONTENT.into_response(),
            &group.etag(),
        ));
    }
    let group = if projection.wants_members() {
        state.team.group_get(&id, true).await?
    } else {
        group
    };
    Ok(group_response(StatusCode::OK, &group, &base, &projection))
}

pub async fn delete_group(
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
        .group_delete(&actor, &id, if_match.as_deref())
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
