//! What an operator sees of each request: its `X-Request-Id`, one access
//! log line, and the request metrics — all in one middleware, so a request
//! pays for one pass (docs/scim.md, "Operating serve").
//!
//! The log line names the route template, never the path (a path holds a
//! user's id, a query string may hold an email), and the caller as the
//! audit trail names it (`key:okta`, `admin-token:ci`): the credential
//! extractors leave the caller in a [`CallerNote`] the middleware put in
//! the request, since an extractor cannot reach the response.

use std::sync::{Arc, OnceLock};
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use tracing::Instrument;

use super::metrics::method_label;
use super::state::AppState;
use scimctl_core::model::{Actor, TeamId};

pub const X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The log target of the access lines (`SCIMCTL_LOG=scimctl::access=off`
/// silences them).
pub const ACCESS_TARGET: &str = "scimctl::access";

/// Who made a request, once a credential extractor has checked it.
#[derive(Clone, Default)]
pub struct CallerNote(Arc<OnceLock<(TeamId, String)>>);

impl CallerNote {
    /// Record the caller (the first credential checked wins).
    pub fn set(parts: &axum::http::request::Parts, team: TeamId, actor: &Actor) {
        if let Some(note) = parts.extensions.get::<CallerNote>() {
            let _ = note.0.set((team, actor.to_string()));
        }
    }
}

/// A client's request id is kept when it is sane
/// ([`scimctl_core::scim::is_safe_request_id`]); otherwise it is replaced.
pub fn sane_request_id(value: &HeaderValue) -> bool {
    scimctl_core::scim::is_safe_request_id(value.as_bytes())
}

pub async fn observe(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let started = Instant::now();
    let id = match request.headers().get(&X_REQUEST_ID) {
        Some(v) if sane_request_id(v) => v.clone(),
        _ => HeaderValue::from_str(&uuid::Uuid::new_v4().to_string())
            .expect("a UUID is a valid header value"),
    };
    let method = method_label(request.method());
    // (a matched route is an `Arc<str>` in the request: kept by a clone)
    let route = request.extensions().get::<MatchedPath>().cloned();
    let route = route.as_ref().map_or("unmatched", MatchedPath::as_str);
    let logging = tracing::enabled!(target: ACCESS_TARGET, tracing::Level::INFO);
    let note = CallerNote::default();
    if logging {
        request.extensions_mut().insert(note.clone());
    }
    // (the id's text is the header's: sane ids are ASCII)
    let request_id = id.clone();
    let request_id = request_id.to_str().unwrap_or_default();
    // Lines logged while the request runs (an internal error, say) carry
    // its id too.
    let span = tracing::info_span!(target: ACCESS_TARGET, "request", request_id);
    let mut response = next.run(request).instrument(span).await;
    response.headers_mut().insert(X_REQUEST_ID, id);
    let status = response.status().as_u16();
    let elapsed = started.elapsed();
    if let Some(metrics) = &state.observe.metrics {
        metrics.request(route, method, status, elapsed.as_secs_f64());
    }
    if logging {
        let (team, actor) = match note.0.get() {
            Some((team, actor)) => (team_name(&state, *team).await, Some(actor.as_str())),
            None => (None, None),
        };
        tracing::info!(
            target: ACCESS_TARGET,
            request_id,
            method,
            route,
            status,
            duration_ms = (elapsed.as_secs_f64() * 1000.0 * 1000.0).round() / 1000.0,
            team = team.as_deref(),
            actor,
            "request"
        );
    }
    response
}

/// A team's name, from the cache or, for a team not seen yet, the
/// database (teams are added while the server runs, never renamed).
async fn team_name(state: &AppState, team: TeamId) -> Option<String> {
    let names = &state.observe.names;
    if let Some(name) = names.read().ok()?.get(&team) {
        return Some(name.clone());
    }
    let teams = state.team.teams_list().await.ok()?;
    let mut cache = names.write().ok()?;
    for t in teams {
        cache.insert(t.id, t.name);
    }
    cache.get(&team).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_sane_request_ids_are_kept() {
        let ok = |s: &str| sane_request_id(&HeaderValue::from_str(s).unwrap());
        assert!(ok("0b6c2a6e-4a53-4c1f-9d0e-2b1c7a3f9e11"));
        assert!(ok("okta:req.42_a"));
        assert!(!ok(""));
        assert!(!ok("alice@example.com"));
        assert!(!ok("two words"));
        assert!(!ok(&"a".repeat(129)));
    }
}
