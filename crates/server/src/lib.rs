//! `scimctl serve`: the SCIM 2.0 service provider and the admin API over
//! HTTP (axum). A thin adapter: extract credentials, call the core, render.

pub mod account;
pub mod admin;

pub mod groups;
pub mod http;
pub mod invites;
pub mod metrics;
pub mod observe;
pub mod rate_limit;
pub mod transport;

pub mod scim;
pub mod state;

pub use self::state::{AppState, DEFAULT_MAX_BODY, REQUEST_TIMEOUT};

use std::future::Future;
use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::routing::{get, post};
use tokio::net::TcpListener;
use tower_http::trace::TraceLayer;

use self::http::ApiError;
use scimctl_core::error::{Error, Kind};

/// 200 while the server can do its work, 503 (a SCIM error body with the
/// reason) while writes to its database fail — a load balancer then stops
/// sending requests that would fail, and sends them again once a write
/// succeeds, without a restart.
async fn healthz(State(state): State<AppState>) -> Result<&'static str, ApiError> {
    state.team.writable().await.map_err(|e| {
        // (unhealthy is 503 whatever the cause, so that every checker
        // reads it the same way)
        Error::new(Kind::Unavailable, format!("unhealthy: {}", e.message())).with_retry_after(5)
    })?;
    Ok("ok\n")
}

/// Readiness (`/readyz`), for an orchestrator deciding whether to send
/// traffic: 200 `ready` when the database answers and takes writes, else
/// 503 with the reason (a full disk, an unreachable or read-only
/// PostgreSQL). The same probe as [`healthz`], under the name operators
/// look for; `/healthz` keeps its meaning for checks already set up on it.
async fn readyz(State(state): State<AppState>) -> Result<&'static str, ApiError> {
    state.team.writable().await.map_err(|e| {
        Error::new(Kind::Unavailable, format!("not ready: {}", e.message())).with_retry_after(5)
    })?;
    Ok("ready\n")
}

async fn not_found() -> ApiError {
    Error::not_found("no such endpoint").into()
}

async fn method_not_allowed() -> ApiError {
    Error::new(
        Kind::MethodNotAllowed,
        "method not allowed on this endpoint",
    )
    .into()
}

/// The whole HTTP surface.
pub fn router(state: AppState) -> Router {
    let scim_routes = Router::new()
        .route("/Users", get(scim::list_users).post(scim::create_user))
        .route("/Users/.search", post(scim::search_users))
        // Root-level search (RFC 7644 §3.4.3): users, then groups.
        .route("/.search", post(groups::search_root))
        .route(
            "/Groups",
            get(groups::list_groups).post(groups::create_group),
        )
        .route("/Groups/.search", post(groups::search_groups))
        .route(
            "/Groups/{id}",
            get(groups::get_group)
                .put(groups::replace_group)
                .patch(groups::patch_group)
                .delete(groups::delete_group),
        )
        .route(
            "/Users/{id}",
            get(scim::get_user)
                .put(scim::replace_user)
                .patch(scim::patch_user)
                .delete(scim::delete_user),
        )
        .route(
            "/ServiceProviderConfig",
            get(scim::get_service_provider_config),
        )
        .route("/ResourceTypes", get(scim::list_resource_types))
        .route("/ResourceTypes/{id}", get(scim::get_resource_type))
        .route("/Schemas", get(scim::list_schemas))
        .route("/Schemas/{id}", get(scim::get_schema));
    let admin_routes = Router::new()
        .route("/scim", get(admin::get_scim).put(admin::put_scim))
        .route("/sso", get(admin::list_sso).post(admin::add_sso))
        .route("/sso/{id}", axum::routing::delete(admin::remove_sso))
        .route("/keys", get(admin::list_keys).post(admin::generate_key))
        .route("/keys/{id}/rotate", post(admin::rotate_key))
        .route("/keys/{id}/revoke", post(admin::revoke_key))
        .route("/tokens", get(admin::list_tokens).post(admin::create_token))
        .route("/tokens/{id}/revoke", post(admin::revoke_token))
        .route("/audit", get(admin::list_audit))
        .route("/domains", get(admin::list_domains).post(admin::add_domain))
        .route(
            "/domains/{domain}",
            axum::routing::delete(admin::remove_domain),
        )
        .route("/domains/{domain}/verify", post(admin::verify_domain))
        .route(
            "/invites",
            get(admin::list_invites).post(admin::create_invite),
        )
        .route("/invites/{id}/resend", post(admin::resend_invite))
        .route("/invites/{id}/revoke", post(admin::revoke_invite));
    let max_body = state.max_body;
    let request_timeout = state.request_timeout;
    let observe_state = state.clone();
    let mut router = Router::new();
    if state.account_api {
        router = router
            .route("/account/v1", get(account::get).patch(account::patch))
            .route(
                "/account/v1/password",
                axum::routing::put(account::put_password),
            )
            .route(
                "/account/v1/teams/{team}",
                axum::routing::delete(account::leave),
            );
    }
    router
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/invites/{token}", get(invites::show).post(invites::accept))
        .nest("/scim/v2", scim_routes)
        .nest("/admin/v1", admin_routes)
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(state)
        .layer(DefaultBodyLimit::max(max_body))
        .layer(axum::middleware::from_fn_with_state(
            request_timeout,
            deadline,
        ))
        .layer(axum::middleware::from_fn_with_state(
            observe_state,
            observe::observe,
        ))
        // The span records the method alone: never a header (`Authorization`)
        // nor the path, which for an invite link holds its one-time token.
        .layer(
            TraceLayer::new_for_http().make_span_with(|request: &axum::extract::Request| {
                tracing::debug_span!("request", method = %request.method())
            }),
        )
}

/// Answer 408, as a SCIM error, when a request (reading its body included)
/// takes longer than the limit: a client trickling its body cannot hold a
/// connection and a task for ever.
async fn deadline(
    axum::extract::State(limit): axum::extract::State<Duration>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => ApiError::from(Error::new(
            Kind::TimedOut,
            format!("the request took longer than {} s", limit.as_secs_f32()),
        ))
        .into_response(),
    }
}

/// Serve until `shutdown` resolves, then finish the requests in flight.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_with(listener, state, transport::Listen::default(), shutdown).await
}

/// The same with connection settings: TLS, header timeout, connection cap.
pub async fn serve_with(
    listener: TcpListener,
    state: AppState,
    settings: transport::Listen,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    transport::run(listener, router(state), settings, shutdown).await
}

/// Resolves on SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
