//! The one error type of scimctl.
//!
//! Every failure carries a [`Kind`]. The kind is what the rest of the program
//! reasons about: the HTTP server turns it into a status code and a SCIM
//! `scimType`, the remote client turns a status code back into a kind, and the
//! CLI turns it into an exit code (SPEC §7). Keeping one table for each
//! direction is what stops the embedded and the remote backend from drifting.

use std::fmt;

/// What went wrong, in the terms a caller acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// The request or the input is malformed or breaks a rule (HTTP 400).
    Invalid,
    /// No credential, or a credential that was rejected (HTTP 401).
    Unauthorized,
    /// SCIM provisioning is turned off for the team (HTTP 403).
    Disabled,
    /// The resource does not exist (HTTP 404).
    NotFound,
    /// The HTTP method is not allowed on this route (HTTP 405).
    MethodNotAllowed,
    /// Already exists, or a state that forbids the change (HTTP 409).
    Conflict,
    /// `If-Match` named a version that is no longer current (HTTP 412).
    PreconditionFailed,
    /// The request body is larger than the server accepts (HTTP 413).
    TooLarge,
    /// The request body is not JSON (HTTP 415).
    UnsupportedMediaType,
    /// Too many requests (HTTP 429).
    RateLimited,
    /// The backend could not be reached or is overloaded (HTTP 503).
    Unavailable,
    /// The backend cannot do this at all, e.g. a plain SCIM server asked
    /// for an admin operation (HTTP 501).
    Unsupported,
    /// The client took too long to send its request (HTTP 408).
    TimedOut,
    /// The backend's TLS certificate is not trusted: the server failed to
    /// authenticate itself (exit 4, like a rejected credential; never
    /// retried).
    Untrusted,
    /// A confirmation was declined, or was needed without a terminal.
    Declined,
    /// The user interrupted (Ctrl-C).
    Interrupted,
    /// Whoever read stdout stopped reading (`scimctl users list | head`):
    /// not a failure. The command stops and exits 0 without a word.
    OutputClosed,
    /// A bug or an unexpected failure of a dependency (HTTP 500).
    Internal,
}

impl Kind {
    /// The process exit code for this kind (SPEC §7).
    pub fn exit_code(self) -> u8 {
        match self {
            Kind::Invalid | Kind::UnsupportedMediaType | Kind::TooLarge => 2,
            Kind::Unauthorized | Kind::Disabled | Kind::Untrusted => 4,
            Kind::NotFound | Kind::MethodNotAllowed => 5,
            Kind::Conflict | Kind::PreconditionFailed => 6,
            Kind::RateLimited | Kind::Unavailable | Kind::TimedOut => 7,
            Kind::Declined => 3,
            Kind::Interrupted => 130,
            Kind::OutputClosed => 0,
            Kind::Unsupported | Kind::Internal => 1,
        }
    }

    /// The HTTP status code for this kind.
    pub fn http_status(self) -> u16 {
        match self {
            Kind::Invalid => 400,
            Kind::Unauthorized => 401,
            Kind::Disabled => 403,
            Kind::NotFound => 404,
            Kind::MethodNotAllowed => 405,
            Kind::Conflict => 409,
            Kind::PreconditionFailed => 412,
            Kind::TooLarge => 413,
            Kind::UnsupportedMediaType => 415,
            Kind::RateLimited => 429,
            Kind::Unavailable => 503,
            Kind::TimedOut => 408,
            // Only ever a client-side verdict; 502 if it were relayed.
            Kind::Untrusted => 502,
            Kind::Unsupported => 501,
            Kind::Declined => 400,
            Kind::Interrupted | Kind::OutputClosed => 499,
            Kind::Internal => 500,
        }
    }

    /// The kind a remote backend meant by an HTTP status code.
    pub fn from_http_status(status: u16) -> Kind {
        match status {
            400 | 422 => Kind::Invalid,
            401 => Kind::Unauthorized,
            403 => Kind::Disabled,
            404 => Kind::NotFound,
            405 => Kind::MethodNotAllowed,
            409 => Kind::Conflict,
            412 => Kind::PreconditionFailed,
            413 => Kind::TooLarge,
            408 => Kind::TimedOut,
            415 => Kind::UnsupportedMediaType,
            429 => Kind::RateLimited,
            501 => Kind::Unsupported,
            502..=504 => Kind::Unavailable,
            _ => Kind::Internal,
        }
    }
}

/// An error with a kind, a human-readable message, and optionally the SCIM
/// `scimType` keyword and a hint telling the user what to do next.
#[derive(Debug, Clone)]
pub struct Error {
    kind: Kind,
    message: String,
    scim_type: Option<&'static str>,
    hint: Option<String>,
    /// For rate limits: how long to wait before trying again.
    retry_after: Option<u64>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            scim_type: None,
            hint: None,
            retry_after: None,
        }
    }

    pub fn invalid(message: impl Into<String>) -> Self {
        Error::new(Kind::Invalid, message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Error::new(Kind::NotFound, message)
    }

    pub fn conflict(message: impl Into<String>) -> Self {
        Error::new(Kind::Conflict, message)
    }

    pub fn unauthorized(message: impl Into<String>) -> Self {
        Error::new(Kind::Unauthorized, message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Error::new(Kind::Internal, message)
    }

    /// SCIM provisioning is off: the one message every SCIM endpoint answers
    /// with, word for word (the CLI adds its hint when it prints it).
    pub fn scim_disabled() -> Self {
        Error::new(
            Kind::Disabled,
            "SCIM provisioning is disabled for this team",
        )
    }

    /// Attach the SCIM `scimType` keyword (RFC 7644 §3.12).
    pub fn with_scim_type(mut self, scim_type: &'static str) -> Self {
        self.scim_type = Some(scim_type);
        self
    }

    /// Seconds a client should wait before trying again (HTTP `Retry-After`).
    pub fn with_retry_after(mut self, seconds: u64) -> Self {
        self.retry_after = Some(seconds);
        self
    }

    pub fn retry_after(&self) -> Option<u64> {
        self.retry_after
    }

    /// The same error, seen as another kind.
    pub fn with_kind(mut self, kind: Kind) -> Self {
        self.kind = kind;
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    pub fn message(&self) -> &str {
        &self.message
    }

    pub fn scim_type(&self) -> Option<&'static str> {
        self.scim_type
    }

    pub fn hint(&self) -> Option<&str> {
        self.hint.as_deref()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
