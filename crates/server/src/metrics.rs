//! Prometheus metrics for `serve --metrics-listen ADDR` (docs/scim.md,
//! "Operating serve").
//!
//! The counters and the request histogram live in a recorder of this
//! server's own (`metrics-exporter-prometheus`, not installed as the
//! process-wide recorder: a server value owns its numbers, and two servers
//! in one test process do not mix them). What is a state of the database —
//! users per team and state, the seconds left on keys in their grace
//! period — and the process metrics are read at scrape time into a recorder
//! made for that one scrape, so a team's key that left its grace period
//! simply stops being reported.
//!
//! Every label value comes from a closed set or from what an operator
//! named (a team, a key's name): the route is axum's matched template
//! (`/scim/v2/Users/{id}`, never the id), a request that matched no route
//! is `unmatched`, an unusual method is `other`. Whatever clients send, the
//! number of series stays bounded.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use metrics::{counter, describe_counter, describe_gauge, describe_histogram, gauge, histogram};
use metrics_exporter_prometheus::{
    Matcher, PrometheusBuilder, PrometheusHandle, PrometheusRecorder,
};

use scimctl_core::Team;
use scimctl_core::error::Result;

pub const REQUESTS: &str = "scimctl_http_requests_total";
pub const DURATION: &str = "scimctl_http_request_duration_seconds";
pub const SCIM_OPERATIONS: &str = "scimctl_scim_operations_total";
pub const AUTH_FAILURES: &str = "scimctl_auth_failures_total";
pub const USERS: &str = "scimctl_users";
pub const KEY_EXPIRY: &str = "scimctl_key_expiry_seconds";
pub const BUILD_INFO: &str = "scimctl_build_info";

/// The histogram's buckets, in seconds: an index look-up answers in well
/// under a millisecond, a page of users in a few, a filter that reads every
/// user in up to seconds; the request deadline is 30 s.
const BUCKETS: &[f64] = &[
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// How often samples recorded since the last scrape are folded into the
/// histogram, so that memory does not grow with the requests between two
/// scrapes.
const UPKEEP_EVERY: Duration = Duration::from_secs(5);

/// Why a request's credential was refused: a closed set of label values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthFailure {
    /// No `Authorization` header, or an empty one.
    Missing,
    /// Two `Authorization` headers.
    Malformed,
    /// A SCIM key that is unknown, revoked or past its grace period.
    InvalidKey,
    /// An admin token that is unknown or revoked.
    InvalidToken,
    /// A valid key of a team whose SCIM provisioning is off.
    ScimDisabled,
    /// A key over its rate limit.
    RateLimited,
}

impl AuthFailure {
    fn label(self) -> &'static str {
        match self {
            AuthFailure::Missing => "missing",
            AuthFailure::Malformed => "malformed",
            AuthFailure::InvalidKey => "invalid_key",
            AuthFailure::InvalidToken => "invalid_token",
            AuthFailure::ScimDisabled => "scim_disabled",
            AuthFailure::RateLimited => "rate_limited",
        }
    }
}

/// The SCIM operation a request was, from its route template and method.
/// `None` for what is not an operation on Users or Groups (discovery,
/// the admin API, health).
pub fn scim_operation(route: &str, method: &str) -> Option<(&'static str, &'static str)> {
    let rest = route.strip_prefix("/scim/v2/")?;
    let (resource, item) = match rest {
        "Users" => ("User", false),
        "Users/{id}" => ("User", true),
        "Users/.search" => return Some(("User", "search")),
        "Groups" => ("Group", false),
        "Groups/{id}" => ("Group", true),
        "Groups/.search" => return Some(("Group", "search")),
        ".search" => return Some(("any", "search")),
        _ => return None,
    };
    let op = match (method, item) {
        ("GET", false) => "list",
        ("POST", false) => "create",
        ("GET", true) => "get",
        ("PUT", true) => "replace",
        ("PATCH", true) => "patch",
        ("DELETE", true) => "delete",
        _ => return None,
    };
    Some((resource, op))
}

/// The outcome label of a SCIM operation, by its status.
fn outcome(status: u16) -> &'static str {
    match status {
        200..=299 => "ok",
        304 => "not_modified",
        401 | 403 => "denied",
        404 => "not_found",
        409 => "conflict",
        412 => "precondition_failed",
        429 => "throttled",
        400..=499 => "invalid",
        _ => "error",
    }
}

/// The method label: the methods a SCIM client uses, and `other`.
pub fn method_label(method: &axum::http::Method) -> &'static str {
    use axum::http::Method;
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::HEAD => "HEAD",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

/// A server's metrics.
pub struct Metrics {
    recorder: PrometheusRecorder,
    handle: PrometheusHandle,
    process: metrics_process::Collector,
    /// The series of each (route, method, status) seen, so that counting a
    /// request is a map look-up and three atomic adds, not building label
    /// sets and hashing them in the recorder on every request. Bounded as
    /// the labels are: routes are the router's templates.
    series: RwLock<HashMap<String, ByMethodStatus>>,
}

/// A route's series, by method and status.
type ByMethodStatus = HashMap<(&'static str, u16), Series>;

/// The handles one kind of request moves.
#[derive(Clone)]
struct Series {
    requests: metrics::Counter,
    duration: metrics::Histogram,
    operation: Option<metrics::Counter>,
}

impl Metrics {
    pub fn new() -> Arc<Metrics> {
        let recorder = PrometheusBuilder::new()
            .set_buckets_for_metric(Matcher::Full(DURATION.to_string()), BUCKETS)
            .expect("the bucket list is not empty")
            .build_recorder();
        let handle = recorder.handle();
        metrics::with_local_recorder(&recorder, || {
            describe_counter!(
                REQUESTS,
                "HTTP requests answered, by route template, method and status."
            );
            describe_histogram!(
                DURATION,
                metrics::Unit::Seconds,
                "Time from a request's arrival to its answer, by route template and method."
            );
            describe_counter!(
                SCIM_OPERATIONS,
                "SCIM operations on Users and Groups, by resource, operation and outcome."
            );
            describe_counter!(
                AUTH_FAILURES,
                "Requests refused for their credential, by kind."
            );
        });
        Arc::new(Metrics {
            recorder,
            handle,
            process: metrics_process::Collector::default(),
            series: RwLock::default(),
        })
    }

    /// Fold recorded samples every few seconds, for as long as the runtime
    /// runs.
    pub fn spawn_upkeep(self: &Arc<Self>) {
        let metrics = Arc::downgrade(self);
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(UPKEEP_EVERY);
            tick.tick().await;
            loop {
                tick.tick().await;
                match metrics.upgrade() {
                    Some(m) => m.handle.run_upkeep(),
                    None => break,
                }
            }
        });
    }

    /// Count one answered request.
    pub fn request(&self, route: &str, method: &'static str, status: u16, seconds: f64) {
        let known = self
            .series
            .read()
            .ok()
            .and_then(|m| m.get(route).and_then(|r| r.get(&(method, status)).cloned()));
        let series = match known {
            Some(series) => series,
            None => {
                let series = self.register(route, method, status);
                if let Ok(mut m) = self.series.write() {
                    m.entry(route.to_string())
                        .or_default()
                        .insert((method, status), series.clone());
                }
                series
            }
        };
        series.requests.increment(1);
        series.duration.record(seconds);
        if let Some(op) = &series.operation {
            op.increment(1);
        }
    }

    fn register(&self, route: &str, method: &'static str, status: u16) -> Series {
        metrics::with_local_recorder(&self.recorder, || Series {
            requests: counter!(
                REQUESTS,
                "route" => route.to_string(),
                "method" => method,
                "status" => status.to_string()
            ),
            duration: histogram!(DURATION, "route" => route.to_string(), "method" => method),
            operation: scim_operation(route, method).map(|(resource, op)| {
                counter!(
                    SCIM_OPERATIONS,
                    "resource" => resource,
                    "op" => op,
                    "outcome" => outcome(status)
                )
            }),
        })
    }

    /// Count one refused credential.
    pub fn auth_failure(&self, kind: AuthFailure) {
        metrics::with_local_recorder(&self.recorder, || {
            counter!(AUTH_FAILURES, "kind" => kind.label()).increment(1);
        });
    }

    /// The page at `/metrics`: the counters and histogram, then what is
    /// read now — users and keys of every team, build info, the process.
    pub async fn render(&self, team: &Team) -> Result<String> {
        let gauges = team.gauges().await?;
        let now = PrometheusBuilder::new().build_recorder();
        metrics::with_local_recorder(&now, || {
            describe_gauge!(USERS, "Users of each team, by state.");
            describe_gauge!(
                KEY_EXPIRY,
                metrics::Unit::Seconds,
                "Seconds until the grace period of a rotated SCIM key ends, by team and key name."
            );
            describe_gauge!(BUILD_INFO, "Always 1; the version of the running scimctl.");
            gauge!(BUILD_INFO, "version" => env!("CARGO_PKG_VERSION")).set(1.0);
            for g in &gauges {
                gauge!(USERS, "team" => g.team.clone(), "state" => "active").set(g.active as f64);
                gauge!(USERS, "team" => g.team.clone(), "state" => "inactive")
                    .set(g.inactive as f64);
                for (key, left) in &g.grace_ends {
                    gauge!(KEY_EXPIRY, "team" => g.team.clone(), "key" => key.clone()).set(*left);
                }
            }
            self.process.describe();
            self.process.collect();
        });
        let mut page = self.handle.render();
        if !page.is_empty() && !page.ends_with('\n') {
            page.push('\n');
        }
        page.push_str(&now.handle().render());
        Ok(page)
    }
}

/// The router of the metrics listener: `/metrics` and nothing else.
pub fn router(metrics: Arc<Metrics>, team: Team) -> axum::Router {
    use axum::http::StatusCode;
    use axum::http::header::CONTENT_TYPE;
    use axum::response::IntoResponse;
    use axum::routing::get;
    axum::Router::new()
        .route(
            "/metrics",
            get(move || {
                let metrics = metrics.clone();
                let team = team.clone();
                async move {
                    match metrics.render(&team).await {
                        Ok(page) => (
                            StatusCode::OK,
                            [(CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")],
                            page,
                        )
                            .into_response(),
                        Err(e) => (
                            StatusCode::SERVICE_UNAVAILABLE,
                            format!("{}\n", e.message()),
                        )
                            .into_response(),
                    }
                }
            }),
        )
        .fallback(|| async { (StatusCode::NOT_FOUND, "only /metrics here\n") })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operations_come_from_templates() {
        assert_eq!(
            scim_operation("/scim/v2/Users", "POST"),
            Some(("User", "create"))
        );
        assert_eq!(
            scim_operation("/scim/v2/Users/{id}", "PATCH"),
            Some(("User", "patch"))
        );
        assert_eq!(
            scim_operation("/scim/v2/Groups", "GET"),
            Some(("Group", "list"))
        );
        assert_eq!(
            scim_operation("/scim/v2/Groups/.search", "POST"),
            Some(("Group", "search"))
        );
        assert_eq!(scim_operation("/scim/v2/Schemas", "GET"), None);
        assert_eq!(scim_operation("/admin/v1/keys", "POST"), None);
        assert_eq!(scim_operation("unmatched", "GET"), None);
    }
}
