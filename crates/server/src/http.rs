//! The HTTP edges of the server: SCIM error responses, the JSON body
//! extractor, credential extraction, and the base URL of `meta.location`.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header::{
    AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, HOST, RETRY_AFTER, WWW_AUTHENTICATE,
};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use super::metrics::AuthFailure;
use super::observe::CallerNote;
use super::state::AppState;
use scimctl_core::Team;
use scimctl_core::error::{Error, Kind, ScimType};
use scimctl_core::model::Actor;
use scimctl_core::scim::ErrorBody;

pub const SCIM_CONTENT_TYPE: &str = "application/scim+json";

/// Any failure, answered as a SCIM error body.
#[derive(Debug)]
pub struct ApiError(pub Error);

impl From<Error> for ApiError {
    fn from(e: Error) -> Self {
        ApiError(e)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let err = self.0;
        let status = StatusCode::from_u16(err.kind().http_status())
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        if err.kind() == Kind::Internal {
            tracing::error!(error = %err, "request failed");
        }
        let body = serde_json::to_vec(&ErrorBody::from(&err)).unwrap_or_default();
        let mut response = (status, body).into_response();
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static(SCIM_CONTENT_TYPE));
        if err.kind() == Kind::Unauthorized {
            headers.insert(
                WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"scimctl\""),
            );
        }
        if let Some(secs) = err.retry_after() {
            headers.insert(RETRY_AFTER, HeaderValue::from(secs));
        }
        response
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

/// A JSON response with the SCIM media type.
pub struct Scim(pub StatusCode, pub Value);

impl IntoResponse for Scim {
    fn into_response(self) -> Response {
        scim_json(self.0, &self.1)
    }
}

/// A SCIM JSON response from anything serialisable.
pub fn scim_json(status: StatusCode, body: &impl serde::Serialize) -> Response {
    let body = serde_json::to_vec(body).unwrap_or_default();
    let mut response = (status, body).into_response();
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(SCIM_CONTENT_TYPE));
    response
}

fn too_large(max: usize) -> Error {
    Error::new(
        Kind::TooLarge,
        format!("request body is larger than {max} bytes"),
    )
}

/// Bodies larger than this are parsed, checked and applied off the async
/// workers ([`off_workers`]). Every request an identity provider sends is
/// far smaller (a User is about a kilobyte); only a bulk-sized or hostile
/// body costs enough CPU to hold up other requests, `/healthz` among them.
pub const HEAVY_BODY: usize = 64 * 1024;

/// Run CPU-bound work on this thread after handing its async worker's other
/// tasks to another thread (`block_in_place`), when `heavy`; plainly
/// otherwise, or on a single-threaded runtime, where there is no other
/// worker to hand them to.
pub fn cpu<T>(heavy: bool, work: impl FnOnce() -> T) -> T {
    use tokio::runtime::{Handle, RuntimeFlavor};
    if heavy && Handle::current().runtime_flavor() == RuntimeFlavor::MultiThread {
        tokio::task::block_in_place(work)
    } else {
        work()
    }
}

/// Run a request's work, which may be mostly CPU (normalising a large User,
/// applying a long PATCH) with a little I/O, in the manner of [`cpu`]: its
/// future is driven to the end on this thread while the async workers go
/// on serving other requests.
pub async fn off_workers<F: Future>(heavy: bool, work: F) -> F::Output {
    use tokio::runtime::{Handle, RuntimeFlavor};
    if heavy && Handle::current().runtime_flavor() == RuntimeFlavor::MultiThread {
        tokio::task::block_in_place(|| Handle::current().block_on(work))
    } else {
        work.await
    }
}

/// A request body that must be JSON. Accepts `application/scim+json`,
/// `application/json` (and any `+json` type), or no content type at all;
/// every failure is a SCIM error (415, 413, 400 `invalidSyntax`).
pub struct JsonBody(pub Value);

impl FromRequest<AppState> for JsonBody {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let SizedJsonBody(value, _) = SizedJsonBody::from_request(req, state).await?;
        Ok(JsonBody(value))
    }
}

/// A [`JsonBody`] and its length in bytes, for handlers that do more work
/// the larger the body is.
pub struct SizedJsonBody(pub Value, pub usize);

impl SizedJsonBody {
    /// Is this body large enough to be worked on off the async workers?
    pub fn heavy(&self) -> bool {
        self.1 > HEAVY_BODY
    }
}

impl FromRequest<AppState> for SizedJsonBody {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        if let Some(ct) = req.headers().get(CONTENT_TYPE) {
            let ct = ct.to_str().unwrap_or("").to_ascii_lowercase();
            let essence = ct.split(';').next().unwrap_or("").trim();
            if !(essence == "application/json"
                || essence == SCIM_CONTENT_TYPE
                || essence.ends_with("+json"))
            {
                return Err(Error::new(
                    Kind::UnsupportedMediaType,
                    format!("unsupported content type {essence:?}; send application/scim+json"),
                )
                .into());
            }
        }
        // A declared length over the limit is refused before reading a byte.
        let declared = req
            .headers()
            .get(CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok());
        if declared.is_some_and(|n| n > state.max_body as u64) {
            return Err(too_large(state.max_body).into());
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|rejection| {
            if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                too_large(state.max_body)
            } else {
                Error::invalid(format!("cannot read request body: {rejection}"))
                    .with_scim_type(ScimType::InvalidSyntax)
            }
        })?;
        let value =
            cpu(bytes.len() > HEAVY_BODY, || serde_json::from_slice(&bytes)).map_err(|e| {
                Error::invalid(format!("request body is not valid JSON: {e}"))
                    .with_scim_type(ScimType::InvalidSyntax)
            })?;
        Ok(SizedJsonBody(value, bytes.len()))
    }
}

/// The credential in `Authorization`: `Bearer <secret>` or, as Okta's
/// "HTTP Header" auth sends it, the bare secret.
/// Two `Authorization` headers are refused (400) rather than the first
/// one believed: a proxy that adds its own must not decide who is asking.
fn single_authorization(parts: &Parts) -> Result<(), Error> {
    if parts.headers.get_all(AUTHORIZATION).iter().nth(1).is_some() {
        return Err(
            Error::invalid("more than one Authorization header; send exactly one")
                .with_scim_type(ScimType::InvalidSyntax),
        );
    }
    Ok(())
}

fn credential(parts: &Parts) -> Option<&str> {
    let value = parts.headers.get(AUTHORIZATION)?.to_str().ok()?.trim();
    let secret = match value.split_once(' ') {
        Some((scheme, rest)) if scheme.eq_ignore_ascii_case("bearer") => rest.trim(),
        Some(_) => return None,
        None => value,
    };
    (!secret.is_empty()).then_some(secret)
}

/// The one bearer credential of a request (two Authorization headers are
/// refused), or "missing credential" naming the `kind` expected.
fn bearer<'a>(parts: &'a Parts, kind: &str, state: &AppState) -> Result<&'a str, ApiError> {
    if let Err(e) = single_authorization(parts) {
        state.auth_failed(AuthFailure::Malformed);
        return Err(e.into());
    }
    credential(parts).ok_or_else(|| {
        state.auth_failed(AuthFailure::Missing);
        Error::unauthorized(format!(
            "missing credential: send Authorization: Bearer <{kind}>"
        ))
        .into()
    })
}

impl AppState {
    /// Count a refused credential, when metrics are on.
    fn auth_failed(&self, kind: AuthFailure) {
        if let Some(metrics) = &self.observe.metrics {
            metrics.auth_failure(kind);
        }
    }

    /// Count a refusal of the core's by what it was: SCIM off for the
    /// key's team, or a credential it does not accept.
    fn refused(&self, e: &Error, invalid: AuthFailure) {
        match e.kind() {
            Kind::Disabled => self.auth_failed(AuthFailure::ScimDisabled),
            Kind::Unauthorized => self.auth_failed(invalid),
            _ => {}
        }
    }
}

/// A request authenticated with a SCIM API key: the caller, and the team
/// the key belongs to (every team shares one `/scim/v2`; the key picks).
pub struct ScimAuth(pub Actor, pub Team);

impl FromRequestParts<AppState> for ScimAuth {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let secret = bearer(parts, "SCIM API key", state)?;
        let (actor, team) = state
            .team
            .scim_caller(secret)
            .await
            .inspect_err(|e| state.refused(e, AuthFailure::InvalidKey))?;
        if let (Some(limiter), Actor::Key { id, .. }) = (&state.limiter, &actor) {
            limiter
                .check(id)
                .inspect_err(|_| state.auth_failed(AuthFailure::RateLimited))?;
        }
        CallerNote::set(parts, team.id(), &actor);
        Ok(ScimAuth(actor, team))
    }
}

/// A request authenticated with an admin token: the caller, and the team
/// it administers.
pub struct AdminAuth(pub Actor, pub Team);

impl FromRequestParts<AppState> for AdminAuth {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let secret = bearer(parts, "admin token", state)?;
        let (actor, team) = state
            .team
            .admin_caller(secret)
            .await
            .inspect_err(|e| state.refused(e, AuthFailure::InvalidToken))?;
        CallerNote::set(parts, team.id(), &actor);
        Ok(AdminAuth(actor, team))
    }
}

/// A request authenticated with an account token (the account API): the
/// account and its memberships.
pub struct AccountAuth(pub scimctl_core::account_api::AccountSide);

impl FromRequestParts<AppState> for AccountAuth {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let secret = bearer(parts, "account token", state)?;
        let side = state
            .team
            .account_authenticate(secret)
            .await
            .inspect_err(|e| state.refused(e, AuthFailure::InvalidToken))?;
        Ok(AccountAuth(side))
    }
}

/// What an authenticated SCIM handler starts from, in one extractor: the
/// server's state with the caller's team as its `team`, the caller (authenticated first, so that a request with
/// no key or to a team whose SCIM is off is refused before anything else),
/// the SCIM root for `meta.location`, and the `If-Match` version, if sent.
pub struct ScimCall {
    pub state: AppState,
    pub actor: Actor,
    pub base: String,
    pub if_match: Option<String>,
}

impl FromRequestParts<AppState> for ScimCall {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let ScimAuth(actor, team) = ScimAuth::from_request_parts(parts, state).await?;
        let ScimBase(base) = ScimBase::from_request_parts(parts, state).await?;
        let if_match = parts
            .headers
            .get(axum::http::header::IF_MATCH)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        Ok(ScimCall {
            state: AppState {
                team,
                ..state.clone()
            },
            actor,
            base,
            if_match,
        })
    }
}

/// The SCIM root URL as the client reached it, for `meta.location`:
/// `--public-url` when set, else `http://<Host>`.
pub struct ScimBase(pub String);

impl FromRequestParts<AppState> for ScimBase {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let root = match &state.public_url {
            Some(url) => url.trim_end_matches('/').to_string(),
            None => {
                let host = parts
                    .headers
                    .get(HOST)
                    .and_then(|h| h.to_str().ok())
                    .filter(|h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_graphic()))
                    .unwrap_or("localhost");
                format!("http://{host}")
            }
        };
        Ok(ScimBase(format!("{root}/scim/v2")))
    }
}
