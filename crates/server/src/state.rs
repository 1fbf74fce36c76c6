//! What every handler can reach, and the defaults of its limits.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use tokio::sync::Semaphore;

use scimctl_core::Team;
use scimctl_core::model::TeamId;

/// Largest request body accepted (413 beyond).
pub const DEFAULT_MAX_BODY: usize = 1024 * 1024;
/// A request that takes longer than this is answered 408 and dropped.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub team: Team,
    /// The externally visible root URL (`https://scim.example.com`), when
    /// the server sits behind a proxy; otherwise the `Host` header is used.
    pub public_url: Option<String>,
    pub max_body: usize,
    /// Per-key rate limit of SCIM requests, when configured.
    pub limiter: Option<std::sync::Arc<super::rate_limit::RateLimiter>>,
    /// Longest a request may take, reading its body included (408 after).
    pub request_timeout: Duration,
    /// Slots for filtered listings that read every user (see
    /// [`scan_slots`]); a listing that finds none free is answered 503.
    pub scans: Arc<Semaphore>,
    /// Request ids, the access log and metrics.
    pub observe: Observe,
    /// Where invite emails go, and the root of their links.
    pub mail: Option<Arc<Delivery>>,
    /// Serve the account API under /account/v1 (`serve --account-api`).
    pub account_api: bool,
    /// The resolver `POST /admin/v1/domains/{domain}/verify` asks.
    pub dns: Option<Arc<dyn scimctl_core::domains::TxtLookup>>,
}

/// The slots of `serve --max-scans N`: N, or for 0 one per two CPU cores
/// (at least one). A scan keeps a core busy for as long as it runs; with
/// half the cores at most, the requests an index answers — the look-ups
/// an IdP makes — keep the other half.
pub fn scan_slots(n: usize) -> Arc<Semaphore> {
    let n = if n == 0 {
        std::thread::available_parallelism().map_or(1, |c| (c.get() / 2).max(1))
    } else {
        n
    };
    Arc::new(Semaphore::new(n))
}

impl AppState {
    pub fn new(team: Team) -> Self {
        AppState {
            team,
            public_url: None,
            max_body: DEFAULT_MAX_BODY,
            limiter: None,
            request_timeout: REQUEST_TIMEOUT,
            scans: scan_slots(0),
            observe: Default::default(),
            mail: None,
            account_api: false,
            dns: None,
        }
    }
}

/// What the server reports of requests.
#[derive(Clone, Default)]
pub struct Observe {
    /// Counters and histograms, with `--metrics-listen`.
    pub metrics: Option<Arc<super::metrics::Metrics>>,
    /// Team names by id, for the access log.
    pub(crate) names: Arc<RwLock<HashMap<TeamId, String>>>,
}

impl Observe {
    pub fn new(metrics: Option<Arc<super::metrics::Metrics>>) -> Self {
        Observe {
            metrics,
            names: Arc::default(),
        }
    }
}

/// Where invite emails go, and the root of their links
/// (`{public_url}/invites/{token}`).
pub struct Delivery {
    pub mailer: Arc<dyn scimctl_core::invites::Mailer>,
    pub public_url: String,
    /// Emails sent at once after SCIM writes: an import of thousands of
    /// invited members queues here rather than opening thousands of
    /// connections to the mail server.
    pub(crate) sending: Semaphore,
}

/// Emails sent at once after SCIM writes.
const SENDING_AT_ONCE: usize = 4;

impl Delivery {
    pub fn new(mailer: Arc<dyn scimctl_core::invites::Mailer>, public_url: String) -> Delivery {
        Delivery {
            mailer,
            public_url,
            sending: Semaphore::new(SENDING_AT_ONCE),
        }
    }
}
