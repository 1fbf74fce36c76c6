//! SCIM 2.0 wire types and semantics, shared by the server and the client.

pub mod caps;
pub mod filter;
pub mod fold;
pub mod group;
pub mod patch;
pub mod resource;
pub mod schema;
pub mod stored;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{Error, Hint, Kind, SCIM_DISABLED, ScimType};

/// A SCIM ListResponse (RFC 7644 §3.4.2).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ListResponse {
    pub schemas: Vec<String>,
    #[serde(rename = "totalResults")]
    pub total_results: u64,
    #[serde(rename = "startIndex", default = "one")]
    pub start_index: u64,
    #[serde(rename = "itemsPerPage", default)]
    pub items_per_page: u64,
    #[serde(rename = "Resources", alias = "resources", default)]
    pub resources: Vec<Value>,
}

fn one() -> u64 {
    1
}

impl ListResponse {
    pub fn new(total: u64, start_index: u64, resources: Vec<Value>) -> Self {
        ListResponse {
            schemas: vec![schema::LIST_RESPONSE.to_string()],
            total_results: total,
            start_index,
            items_per_page: resources.len() as u64,
            resources,
        }
    }
}

/// A SCIM error body (RFC 7644 §3.12). `status` is a string on the wire,
/// as the RFC's examples and Okta's validator expect.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ErrorBody {
    pub schemas: Vec<String>,
    pub status: String,
    #[serde(rename = "scimType", skip_serializing_if = "Option::is_none", default)]
    pub scim_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub detail: Option<String>,
}

/// How a hint travels inside `detail`, so that a remote backend's errors
/// read the same as the embedded backend's.
const HINT_SEPARATOR: &str = " — hint: ";

impl From<&Error> for ErrorBody {
    fn from(err: &Error) -> Self {
        // (a local hint is for the CLI's own terminal, never the wire)
        let mut detail = err.message().to_string();
        for hint in err.hints() {
            if let Hint::Shared(text) = hint {
                detail.push_str(HINT_SEPARATOR);
                detail.push_str(text);
            }
        }
        ErrorBody {
            schemas: vec![schema::ERROR.to_string()],
            status: err.kind().http_status().to_string(),
            scim_type: err.scim_type().map(|t| t.as_str().to_string()),
            detail: Some(detail),
        }
    }
}

impl ErrorBody {
    /// The error a remote backend meant, as one of our kinds.
    pub fn into_error(self, http_status: u16) -> Error {
        let scim_type = self.scim_type.as_deref().and_then(ScimType::parse);
        let kind = match scim_type {
            Some(ScimType::Uniqueness) => Kind::Conflict,
            _ => Kind::from_http_status(http_status),
        };
        let detail = self
            .detail
            .unwrap_or_else(|| format!("the backend answered HTTP {http_status}"));
        if kind == Kind::Disabled && detail == SCIM_DISABLED {
            // The one refusal of a team whose SCIM is off: the same error
            // as the embedded backend's, hint and all.
            return Error::scim_disabled();
        }
        let mut parts = detail.split(HINT_SEPARATOR);
        let mut err = Error::new(kind, parts.next().unwrap_or_default());
        for hint in parts {
            err = err.with_hint(hint);
        }
        // The keywords of RFC 7644 §3.12 travel on (the client decides by
        // them, e.g. PUT where a service refuses a PATCH path).
        match scim_type {
            Some(t) => err.with_scim_type(t),
            None => err,
        }
    }
}

/// Whether a request id (`X-Request-Id`) is safe to keep, log and print: 1
/// to 128 letters, digits and `-_.:`. Anything else — an email, a space, a
/// control character — is text a client chose to smuggle into logs or a
/// terminal; `serve` replaces it, and the CLI does not print it.
pub fn is_safe_request_id(id: &[u8]) -> bool {
    (1..=128).contains(&id.len())
        && id
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
}
