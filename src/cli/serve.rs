//! `scimctl serve`

use std::net::SocketAddr;

use tokio::net::TcpListener;

use scimctl_core::error::{Error, Result};
use scimctl_server::{self as server, AppState};

/// Run the SCIM 2.0 service provider and the admin API.
///
/// SCIM is served under /scim/v2, the admin API under /admin/v1, a health
/// check at /healthz and readiness at /readyz. Every team of the database
/// is served; a request's key or token picks its team. Stops gracefully on
/// SIGINT or SIGTERM. Create the first admin token with `scimctl
/// admin-token create` (`--team NAME` for a team other than `default`).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Address to listen on. Port 0 picks a free port (printed on stderr).
    #[arg(long, default_value = "127.0.0.1:8787", env = "SCIMCTL_LISTEN")]
    pub listen: SocketAddr,

    /// Team database URL [default: sqlite://$XDG_DATA_HOME/scimctl/team.db]
    #[arg(long, env = "SCIMCTL_DATABASE_URL", hide_env_values = true)]
    pub database: Option<String>,

    /// The root URL clients use, when it differs from http://<Host header>
    /// (behind a TLS-terminating proxy, say). Used in meta.location and in
    /// the links of invite emails ({public_url}/invites/{token}), which
    /// otherwise start with the listen address.
    #[arg(long, env = "SCIMCTL_PUBLIC_URL")]
    pub public_url: Option<String>,

    #[command(flatten)]
    pub mail: crate::mail::MailArgs,

    /// Serve the account API under /account/v1: a person's own view of
    /// their account (with a token from `scimctl accounts token`), leaving
    /// a team, changing the account's email or password — each refused
    /// (403) while a team with SCIM on holds the account.
    #[arg(long, env = "SCIMCTL_ACCOUNT_API")]
    pub account_api: bool,

    /// Verify domains (POST /admin/v1/domains/{domain}/verify) by asking
    /// this DNS server (IP:PORT, or IP for port 53) instead of the
    /// system's resolvers.
    #[arg(long, value_name = "ADDR", env = "SCIMCTL_DNS_SERVER", value_parser = crate::dns::parse_server)]
    pub dns_server: Option<SocketAddr>,

    /// Largest request body in bytes.
    #[arg(long, default_value_t = server::DEFAULT_MAX_BODY)]
    pub max_body: usize,

    /// Limit each SCIM API key to N requests a second (bursts of N); over
    /// it, 429 with Retry-After. 0 = no limit.
    #[arg(
        long,
        value_name = "N",
        default_value_t = 0,
        env = "SCIMCTL_RATE_LIMIT"
    )]
    pub rate_limit: u32,

    /// Filtered listings that no index answers (they read every user) run
    /// at most N at a time; beyond, 503 with Retry-After. 0 = one per two
    /// CPU cores, at least one.
    #[arg(long, value_name = "N", default_value_t = 0, env = "SCIMCTL_MAX_SCANS")]
    pub max_scans: usize,

    /// Serve HTTPS with this PEM certificate chain (needs --tls-key).
    #[arg(
        long,
        value_name = "FILE",
        requires = "tls_key",
        env = "SCIMCTL_TLS_CERT"
    )]
    pub tls_cert: Option<std::path::PathBuf>,

    /// The PEM private key of --tls-cert.
    #[arg(
        long,
        value_name = "FILE",
        requires = "tls_cert",
        env = "SCIMCTL_TLS_KEY"
    )]
    pub tls_key: Option<std::path::PathBuf>,

    /// Seconds a client has to send a request's headers (or finish the TLS
    /// handshake); idle keep-alive connections close after as long.
    #[arg(long, value_name = "SECS", default_value_t = server::transport::HEADER_TIMEOUT.as_secs(), value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub header_timeout: u64,

    /// Open connections at most. At the cap, a new connection takes the
    /// slot of the oldest idle one (silent, or between requests); it is
    /// closed only when every slot is serving a request.
    #[arg(long, value_name = "N", default_value_t = server::transport::MAX_CONNECTIONS, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=1_000_000))]
    pub max_connections: usize,

    /// Connections one client IP address may hold. 0 = no share of its own
    /// (use it behind a reverse proxy, where every connection comes from
    /// the proxy).
    #[arg(long, value_name = "N", default_value_t = server::transport::MAX_PER_PEER)]
    pub max_per_peer: usize,

    /// Serve Prometheus metrics at http://ADDR/metrics — a listener of its
    /// own, never the SCIM one, so that the SCIM port can face the
    /// identity provider while metrics stay inside.
    #[arg(long, value_name = "ADDR", env = "SCIMCTL_METRICS_LISTEN")]
    pub metrics_listen: Option<SocketAddr>,

    /// How log lines look on stderr: text, or one JSON object per line
    /// (time, level, request_id, method, route, status, duration_ms, team,
    /// actor) with an access line per request.
    #[arg(
        long,
        value_enum,
        value_name = "FORMAT",
        default_value_t,
        env = "SCIMCTL_LOG_FORMAT"
    )]
    pub log_format: crate::logging::LogFormat,
}

pub async fn run(args: Args) -> Result<()> {
    // Read the certificate before opening anything: a bad file is a usage
    // error, reported at once.
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => Some(server::transport::tls_config(cert, key)?),
        _ => None,
    };
    // (a bad SMTP URL is a usage error too, before anything listens)
    let mailer = args.mail.mailer()?;
    let url = args
        .database
        .unwrap_or_else(crate::config::default_database_url);
    let team = crate::backend::open_team(&url).await?;
    let listener = TcpListener::bind(args.listen)
        .await
        .map_err(|e| Error::invalid(format!("cannot listen on {}: {e}", args.listen)))?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::internal(e.to_string()))?;
    // Scripts and tests read this line to learn the port.
    let scheme = if tls.is_some() { "https" } else { "http" };
    eprintln!("scimctl serve: listening on {scheme}://{addr}");
    tracing::info!(%addr, database = %redact_url(&url), "serving");
    // One signal stops both listeners: the metrics one once the SCIM one
    // has begun to drain.
    let (stopping, stop) = tokio::sync::watch::channel(());
    let metrics = match args.metrics_listen {
        Some(at) => {
            let listener = TcpListener::bind(at)
                .await
                .map_err(|e| Error::invalid(format!("cannot listen on {at} for metrics: {e}")))?;
            let at = listener
                .local_addr()
                .map_err(|e| Error::internal(e.to_string()))?;
            eprintln!("scimctl serve: metrics on http://{at}/metrics");
            let metrics = server::metrics::Metrics::new();
            metrics.spawn_upkeep();
            let router = server::metrics::router(metrics.clone(), team.clone());
            let mut stop = stop.clone();
            tokio::spawn(async move {
                let settings = server::transport::Listen::default();
                let stopped = async move {
                    let _ = stop.changed().await;
                };
                if let Err(e) = server::transport::run(listener, router, settings, stopped).await {
                    tracing::error!(error = %e, "the metrics listener stopped");
                }
            });
            Some(metrics)
        }
        None => None,
    };
    // Invites are delivered in the background: a mail server that is slow
    // or down never holds up the SCIM create that made the invite.
    let links = args
        .public_url
        .clone()
        .map(|u| u.trim_end_matches('/').to_string())
        .unwrap_or_else(|| format!("{scheme}://{addr}"));
    let mail = std::sync::Arc::new(server::state::Delivery::new(mailer, links));
    tokio::spawn(server::invites::deliver(
        team.clone(),
        mail.clone(),
        stop.clone(),
    ));
    let state = AppState {
        mail: Some(mail),
        account_api: args.account_api,
        dns: Some(std::sync::Arc::new(crate::dns::Resolver {
            server: args.dns_server,
        })),
        observe: server::state::Observe::new(metrics),
        public_url: args.public_url,
        max_body: args.max_body,
        limiter: (args.rate_limit > 0)
            .then(|| std::sync::Arc::new(server::rate_limit::RateLimiter::new(args.rate_limit))),
        scans: server::state::scan_slots(args.max_scans),
        ..AppState::new(team)
    };
    let settings = server::transport::Listen {
        tls,
        header_timeout: std::time::Duration::from_secs(args.header_timeout),
        max_connections: args.max_connections,
        max_per_peer: args.max_per_peer,
    };
    let shutdown = async move {
        server::shutdown_signal().await;
        let _ = stopping.send(());
    };
    server::serve_with(listener, state, settings, shutdown)
        .await
        .map_err(|e| Error::internal(format!("server error: {e}")))
}

/// A database URL without its password, for logs.
fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::redact_url;

    #[test]
    fn database_passwords_are_redacted() {
        assert_eq!(
            redact_url("postgres://app:s3cret@db:5432/scim"),
            "postgres://app:***@db:5432/scim"
        );
        assert_eq!(redact_url("sqlite:///tmp/a.db"), "sqlite:///tmp/a.db");
    }
}
