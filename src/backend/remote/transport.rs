//! One request to a remote backend and its answer: the pooled HTTP
//! client, retries with backoff on 502/503/504 and lost connections, the
//! run's rate-limit schedule ([`super::pace`]) and `--max-wait`, a refused
//! TLS certificate told apart from an unreachable host, and a failed
//! answer read into one of our errors ([`super::error_reply`]).

use std::path::Path;
use std::time::Duration;

use rand::Rng;
use reqwest::{Method, StatusCode};
use serde_json::Value;

use super::error_reply;
use super::pace::{Advert, Pacer};
use scimctl_core::error::{Error, Kind, Result};
use scimctl_core::secret::Secret;

/// Attempts per request for retryable failures.
const ATTEMPTS: u32 = 5;
/// Longest wait between attempts, even when `Retry-After` asks for more.
const MAX_WAIT: Duration = Duration::from_secs(20);
/// One attempt may take this long.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// `--max-wait`'s default.
pub const DEFAULT_MAX_WAIT: Duration = Duration::from_secs(600);

/// How a run talks to remote backends: what the global flags say.
#[derive(Clone)]
pub struct Options {
    /// How long one request may wait, in all, for a service's rate limit
    /// before the command gives up (exit 7): `--max-wait`.
    pub max_wait: Duration,
    /// CA certificates to trust besides the system's (`--ca-cert`).
    pub extra_roots: Vec<reqwest::Certificate>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_wait: DEFAULT_MAX_WAIT,
            extra_roots: Vec::new(),
        }
    }
}

impl Options {
    /// Also trust the PEM certificates in `path`.
    pub fn trust_ca_file(mut self, path: &Path) -> Result<Self> {
        let pem = std::fs::read(path).map_err(|e| {
            Error::invalid(format!(
                "cannot read the CA certificate {}: {e}",
                path.display()
            ))
        })?;
        let certs = reqwest::Certificate::from_pem_bundle(&pem)
            .ok()
            .filter(|c| !c.is_empty())
            .ok_or_else(|| Error::invalid(format!("no PEM certificate in {}", path.display())))?;
        self.extra_roots.extend(certs);
        Ok(self)
    }
}

/// An answer that was not a failure.
pub struct Reply {
    pub status: StatusCode,
    pub body: Option<Value>,
}

/// The way to one backend: its client, its schedule, its limits.
pub struct Transport {
    /// The backend URL, for messages.
    root: String,
    http: reqwest::Client,
    /// The rate-limit schedule every request of this run follows.
    pacer: Pacer,
    max_wait: Duration,
}

impl Transport {
    pub fn new(root: &str, options: &Options) -> Result<Transport> {
        let mut builder = reqwest::Client::builder()
            .timeout(REQUEST_TIMEOUT)
            .connect_timeout(Duration::from_secs(10))
            .user_agent(concat!("scimctl/", env!("CARGO_PKG_VERSION")));
        if !options.extra_roots.is_empty() {
            builder = builder.tls_certs_merge(options.extra_roots.iter().cloned());
        }
        let http = builder
            .build()
            .map_err(|e| Error::internal(format!("cannot build the HTTP client: {e}")))?;
        Ok(Transport {
            root: root.to_string(),
            http,
            pacer: Pacer::default(),
            max_wait: options.max_wait,
        })
    }

    /// How long the current rate-limit pause lasts yet, if one is on.
    pub fn paused_for(&self) -> Option<Duration> {
        self.pacer.paused_for()
    }

    /// One request: retried on 502/503/504 and connection failures (a few
    /// times, with backoff), and on 429 for as long as `--max-wait` allows,
    /// waiting as the service says. Every attempt waits for its turn in the
    /// run's rate-limit schedule first.
    pub async fn send(
        &self,
        method: Method,
        url: &str,
        secret: Option<&Secret>,
        body: Option<&Value>,
    ) -> Result<Reply> {
        let mut attempt = 0;
        let mut rate_waited = Duration::ZERO;
        loop {
            attempt += 1;
            match self
                .pacer
                .turn(self.max_wait.saturating_sub(rate_waited))
                .await
            {
                Ok(waited) => rate_waited += waited,
                Err(needed) => {
                    return Err(Error::new(
                        Kind::RateLimited,
                        format!(
                            "{} is rate-limiting: the next request may go in {}s, past --max-wait",
                            self.root,
                            needed.as_secs_f64().ceil()
                        ),
                    )
                    .with_hint("--max-wait DURATION (default 10m) allows a longer wait"));
                }
            }
            let mut req = self
                .http
                .request(method.clone(), url)
                .header("Accept", "application/scim+json, application/json");
            if let Some(s) = secret {
                req = req.bearer_auth(s.expose());
            }
            if let Some(b) = body {
                req = req
                    .header("Content-Type", "application/scim+json")
                    .body(b.to_string());
            }
            let outcome = req.send().await;
            // What the answer says of the rate limit, read once.
            let advert = outcome.as_ref().ok().map(|r| Advert::read(r.headers()));
            if let (Ok(resp), Some(advert)) = (&outcome, &advert) {
                if resp.status() == StatusCode::TOO_MANY_REQUESTS {
                    // (the pause it sets is waited out by the next turn)
                    let (wait, news) = self.pacer.refused(advert);
                    if news {
                        tracing::info!(
                            "waiting for the rate limit of {} ({:.1}s)",
                            self.root,
                            wait.as_secs_f64()
                        );
                    }
                    attempt -= 1;
                    continue;
                }
                self.pacer.observe(advert);
            }
            let wait = match &outcome {
                Ok(resp) if retryable(resp.status()) => advert.and_then(|a| a.retry_after),
                // The server failed to authenticate itself: exit 4, no retry.
                Err(e) if is_certificate_error(e) => {
                    return Err(Error::new(
                        Kind::Untrusted,
                        format!(
                            "the TLS certificate of {} is not trusted: {}",
                            self.root,
                            without_url(e)
                        ),
                    )
                    .with_hint(
                        "pass the CA that signed it with --ca-cert FILE (or SCIMCTL_CA_CERT)",
                    ));
                }
                Err(e) if e.is_connect() || e.is_timeout() || e.is_request() => None,
                _ => {
                    return self.finish(outcome).await;
                }
            };
            if attempt >= ATTEMPTS {
                return self.finish(outcome).await;
            }
            let backoff = Duration::from_millis(200 * 2u64.pow(attempt - 1));
            let jitter = Duration::from_millis(rand::rng().random_range(0..=100));
            let delay = wait.unwrap_or(backoff + jitter).min(MAX_WAIT);
            // Said at -v (info), so that a slow or unreachable backend is
            // not a silent wait.
            tracing::info!(
                "{} did not answer ({}); retrying in {:.1}s (attempt {} of {ATTEMPTS})",
                self.root,
                match &outcome {
                    Ok(resp) => resp.status().to_string(),
                    Err(e) => without_url(e),
                },
                delay.as_secs_f64(),
                attempt + 1
            );
            tokio::time::sleep(delay).await;
        }
    }

    async fn finish(&self, outcome: reqwest::Result<reqwest::Response>) -> Result<Reply> {
        let resp = outcome.map_err(|e| {
            Error::new(
                Kind::Unavailable,
                format!("cannot reach {}: {}", self.root, without_url(&e)),
            )
            .with_source(e)
        })?;
        let status = resp.status();
        // The service's id for this request, to find it in its logs: said
        // at -v for a failure (only an id `serve` itself would keep).
        let request_id = resp
            .headers()
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            .filter(|v| scimctl_core::scim::is_safe_request_id(v.as_bytes()))
            .map(str::to_string);
        let text = resp.text().await.map_err(|e| {
            Error::new(
                Kind::Unavailable,
                format!("reading the answer of {}: {e}", self.root),
            )
        })?;
        if status.is_success() {
            // (a body that is not JSON is no body — some services answer a
            // PATCH with "OK" — unless it is an HTML page: a login page or
            // a proxy's, where SCIM was expected)
            let body = match serde_json::from_str(&text) {
                Ok(v) => Some(v),
                Err(_) if error_reply::looks_like_html(&text) => {
                    return Err(error_reply::not_json(&self.root, &text));
                }
                Err(_) => None,
            };
            return Ok(Reply { status, body });
        }
        if let Some(id) = &request_id {
            tracing::info!("{} answered {status}; its request id: {id}", self.root);
        }
        let err = error_reply::error_of(&self.root, status, &text);
        let err = match err.kind() {
            Kind::RateLimited | Kind::Unavailable => Error::new(
                err.kind(),
                format!("{} (gave up after {ATTEMPTS} attempts)", err.message()),
            ),
            _ => err,
        };
        Err(err)
    }
}

/// Whether a request failed because the server's certificate was not
/// trusted (no retry can fix that): rustls refused the certificate
/// somewhere in the error's chain. rustls's error arrives wrapped in
/// `io::Error`s (two, with reqwest 0.13), and `io::Error::source()` skips
/// the error it wraps, so those are opened with `get_ref` instead.
fn is_certificate_error(err: &reqwest::Error) -> bool {
    fn refused(e: &(dyn std::error::Error + 'static)) -> bool {
        if let Some(tls) = e.downcast_ref::<rustls::Error>() {
            return matches!(
                tls,
                rustls::Error::InvalidCertificate(_) | rustls::Error::NoCertificatesPresented
            );
        }
        match e
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            Some(inner) => refused(inner),
            None => e.source().is_some_and(refused),
        }
    }
    refused(err)
}

fn retryable(status: StatusCode) -> bool {
    matches!(status.as_u16(), 502..=504)
}

/// reqwest errors print the URL, which may carry a query with a filter; the
/// cause is what matters.
fn without_url(e: &reqwest::Error) -> String {
    let mut source: Option<&dyn std::error::Error> = std::error::Error::source(e);
    let mut text = String::new();
    while let Some(s) = source {
        text = s.to_string();
        source = s.source();
    }
    if text.is_empty() { e.to_string() } else { text }
}
