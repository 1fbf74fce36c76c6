//! The one error type of scimctl.
//!
//! Every failure carries a [`Kind`]. The kind is what the rest of the program
//! reasons about: the HTTP server turns it into a status code and a SCIM
//! `scimType`, the remote client turns a status code back into a kind, and the
//! CLI turns it into an exit code (docs/cli.md, "Exit codes"). Keeping one table for each
//! direction is what stops the embedded and the remote backend from drifting.

use std::fmt;
use std::sync::Arc;

/// What went wrong, in the terms a caller acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// The request or the input is malformed or breaks a rule (HTTP 400).
    Invalid,
    /// No credential, or a credential that was rejected (HTTP 401).
    Unauthorized,
    /// SCIM provisioning is turned off for the team (HTTP 403).
    Disabled,
    /// The caller may not do this, whoever it is (HTTP 403): an account
    /// changing what a team's SCIM provisioning owns.
    Forbidden,
    /// The resource does not exist (HTTP 404).
    NotFound,
    /// The HTTP method is not allowed on this route (HTTP 405).
    MethodNotAllowed,
    /// It existed and is no more: a used, revoked or expired invite link
    /// (HTTP 410).
    Gone,
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
    /// The process exit code for this kind (docs/cli.md, "Exit codes").
    pub fn exit_code(self) -> u8 {
        match self {
            Kind::Invalid | Kind::UnsupportedMediaType | Kind::TooLarge => 2,
            Kind::Unauthorized | Kind::Disabled | Kind::Forbidden | Kind::Untrusted => 4,
            Kind::NotFound | Kind::MethodNotAllowed | Kind::Gone => 5,
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
            Kind::Disabled | Kind::Forbidden => 403,
            Kind::NotFound => 404,
            Kind::MethodNotAllowed => 405,
            Kind::Gone => 410,
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
            410 => Kind::Gone,
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

/// The `scimType` keywords of RFC 7644 §3.12: what a SCIM client decides
/// by (a service that refuses a PATCH path answers `invalidPath`, and the
/// client falls back to PUT).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScimType {
    InvalidFilter,
    TooMany,
    Uniqueness,
    Mutability,
    InvalidSyntax,
    InvalidPath,
    NoTarget,
    InvalidValue,
    InvalidVers,
    Sensitive,
}

impl ScimType {
    const ALL: [ScimType; 10] = [
        ScimType::InvalidFilter,
        ScimType::TooMany,
        ScimType::Uniqueness,
        ScimType::Mutability,
        ScimType::InvalidSyntax,
        ScimType::InvalidPath,
        ScimType::NoTarget,
        ScimType::InvalidValue,
        ScimType::InvalidVers,
        ScimType::Sensitive,
    ];

    /// The keyword as it travels.
    pub fn as_str(self) -> &'static str {
        match self {
            ScimType::InvalidFilter => "invalidFilter",
            ScimType::TooMany => "tooMany",
            ScimType::Uniqueness => "uniqueness",
            ScimType::Mutability => "mutability",
            ScimType::InvalidSyntax => "invalidSyntax",
            ScimType::InvalidPath => "invalidPath",
            ScimType::NoTarget => "noTarget",
            ScimType::InvalidValue => "invalidValue",
            ScimType::InvalidVers => "invalidVers",
            ScimType::Sensitive => "sensitive",
        }
    }

    /// The keyword a service sent, if it is one of the RFC's.
    pub fn parse(text: &str) -> Option<ScimType> {
        ScimType::ALL.into_iter().find(|t| t.as_str() == text)
    }
}

impl fmt::Display for ScimType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What to do about an error, in a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hint {
    /// For whoever sees the error, wherever: `serve` sends it inside a
    /// SCIM error body's `detail`, so a remote error reads like a local one.
    Shared(String),
    /// Only for the person at this terminal: never in an answer of
    /// `serve`, whose words to an identity provider stay fixed.
    Local(String),
}

impl Hint {
    pub fn text(&self) -> &str {
        match self {
            Hint::Shared(t) | Hint::Local(t) => t,
        }
    }
}

/// The one message of [`Error::scim_disabled`], word for word.
pub const SCIM_DISABLED: &str = "SCIM provisioning is disabled for this team";

/// An error with a kind, a human-readable message, and optionally the SCIM
/// `scimType` keyword, hints telling the user what to do next, and the
/// error of a dependency that caused it.
#[derive(Debug, Clone)]
pub struct Error {
    kind: Kind,
    message: String,
    scim_type: Option<ScimType>,
    hints: Vec<Hint>,
    /// For rate limits: how long to wait before trying again.
    retry_after: Option<u64>,
    /// What failed underneath (a database's or an HTTP client's error),
    /// for `source()`; the message already says what matters of it.
    source: Option<Arc<dyn std::error::Error + Send + Sync>>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            scim_type: None,
            hints: Vec::new(),
            retry_after: None,
            source: None,
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
    /// with, word for word ([`SCIM_DISABLED`]), and for the admin at a
    /// terminal the way to turn it on.
    pub fn scim_disabled() -> Self {
        Error::new(Kind::Disabled, SCIM_DISABLED)
            .with_local_hint("an admin can turn it on with `scimctl scim enable`")
    }

    /// Attach the SCIM `scimType` keyword (RFC 7644 §3.12).
    pub fn with_scim_type(mut self, scim_type: ScimType) -> Self {
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

    /// Add a hint that travels with the error ([`Hint::Shared`]).
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(Hint::Shared(hint.into()));
        self
    }

    /// Add a hint for this terminal only ([`Hint::Local`]).
    pub fn with_local_hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(Hint::Local(hint.into()));
        self
    }

    /// Keep the error that caused this one, for `source()`.
    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.source = Some(Arc::new(source));
        self
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    pub fn message(&self) -> &str {
        &self.message
    }

    pub fn scim_type(&self) -> Option<ScimType> {
        self.scim_type
    }

    /// The first hint, if any.
    pub fn hint(&self) -> Option<&str> {
        self.hints.first().map(Hint::text)
    }

    /// Every hint, in the order they were added.
    pub fn hints(&self) -> &[Hint] {
        &self.hints
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scim::ErrorBody;

    #[test]
    fn every_scim_type_reads_back_as_itself() {
        for t in ScimType::ALL {
            assert_eq!(ScimType::parse(t.as_str()), Some(t));
        }
        assert_eq!(ScimType::parse("InvalidPath"), None, "keywords are exact");
    }

    /// Shared hints travel in `detail` and come back as hints; local ones
    /// never leave the process.
    #[test]
    fn hints_travel_only_when_shared() {
        let err = Error::invalid("bad")
            .with_hint("first")
            .with_local_hint("only here")
            .with_hint("second")
            .with_scim_type(ScimType::InvalidValue);
        let body = ErrorBody::from(&err);
        assert_eq!(
            body.detail.as_deref(),
            Some("bad — hint: first — hint: second")
        );
        assert_eq!(body.scim_type.as_deref(), Some("invalidValue"));
        let back = body.into_error(400);
        assert_eq!(back.message(), "bad");
        let hints: Vec<&str> = back.hints().iter().map(Hint::text).collect();
        assert_eq!(hints, ["first", "second"]);
        assert_eq!(back.scim_type(), Some(ScimType::InvalidValue));
    }

    /// The SCIM-off refusal answers the same words on the wire, and a
    /// client that reads it back has the same error as the embedded
    /// backend's, its hint included; another 403 gets no such hint.
    #[test]
    fn scim_disabled_keeps_its_words_and_its_hint() {
        let local = Error::scim_disabled();
        let body = ErrorBody::from(&local);
        assert_eq!(body.detail.as_deref(), Some(SCIM_DISABLED));
        let back = body.into_error(403);
        assert_eq!(back.kind(), Kind::Disabled);
        assert_eq!(back.hints(), local.hints());
        assert!(back.hint().unwrap().contains("scimctl scim enable"));

        let other = ErrorBody {
            schemas: vec![],
            status: "403".into(),
            scim_type: None,
            detail: Some("Forbidden".into()),
        }
        .into_error(403);
        assert_eq!(other.kind(), Kind::Disabled);
        assert!(other.hints().is_empty(), "{other:?}");
    }

    #[test]
    fn the_cause_is_kept_as_the_source() {
        let io = std::io::Error::other("disk on fire");
        let err = Error::internal("cannot write").with_source(io);
        let source = std::error::Error::source(&err).expect("a source");
        assert_eq!(source.to_string(), "disk on fire");
        assert!(std::error::Error::source(&Error::internal("x")).is_none());
    }
}
