//! The accept loop of `scimctl serve`: TLS, and the limits that keep a
//! slow or idle client from holding the server.
//!
//! `axum::serve` gives hyper no timer, so hyper's header-read timeout never
//! fires there: a client could open connections, send half a request line
//! and keep them forever (slow-loris). This loop hands hyper a timer and a
//! header timeout, closes TLS handshakes that do not finish in the same
//! time, caps open connections, and on shutdown lets requests in flight
//! finish (bounded).

mod conns;
mod refusals;

use std::future::Future;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::ServerConfig;

use self::conns::{Connections, RefusalLog, Refused, TrackedBody};
use self::refusals::ScimRefusals;
use scimctl_core::error::{Error, Result};

/// How long a client has to send a request's headers (and, with TLS, to
/// finish the handshake) — also how long an idle keep-alive connection
/// stays open.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// Open connections at most; past it, a new one takes the slot of the
/// oldest idle one, or is closed at once when every slot is busy.
pub const MAX_CONNECTIONS: usize = 1024;
/// Connections one peer (IP address) may hold: a quarter of the cap, so
/// that three other peers' worth is always left.
pub const MAX_PER_PEER: usize = 256;
/// At most one log line per this long about refused connections.
const REFUSAL_LOG_EVERY: Duration = Duration::from_secs(10);
/// How long shutdown waits for requests in flight.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(30);

/// Connection-level settings of the server.
#[derive(Clone)]
pub struct Listen {
    pub tls: Option<Arc<ServerConfig>>,
    pub header_timeout: Duration,
    pub max_connections: usize,
    /// Connections one peer may hold; 0 = the whole cap.
    pub max_per_peer: usize,
}

impl Default for Listen {
    fn default() -> Self {
        Listen {
            tls: None,
            header_timeout: HEADER_TIMEOUT,
            max_connections: MAX_CONNECTIONS,
            max_per_peer: MAX_PER_PEER,
        }
    }
}

/// The TLS configuration for a PEM certificate chain and private key.
/// Errors name the file, never its contents.
pub fn tls_config(cert: &Path, key: &Path) -> Result<Arc<ServerConfig>> {
    use rustls_pki_types::pem::PemObject;
    use rustls_pki_types::{CertificateDer, PrivateKeyDer};
    let bad = |path: &Path, what: &str, e: &dyn std::fmt::Display| {
        Error::invalid(format!("cannot read {what} from {}: {e}", path.display()))
    };
    let certs = CertificateDer::pem_file_iter(cert)
        .map_err(|e| bad(cert, "a certificate", &e))?
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| bad(cert, "a certificate", &e))?;
    if certs.is_empty() {
        return Err(Error::invalid(format!(
            "no PEM certificate in {}",
            cert.display()
        )));
    }
    let key_der = PrivateKeyDer::from_pem_file(key).map_err(|e| bad(key, "a private key", &e))?;
    let provider = Arc::new(tokio_rustls::rustls::crypto::aws_lc_rs::default_provider());
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::internal(format!("TLS set-up: {e}")))?
        .with_no_client_auth()
        .with_single_cert(certs, key_der)
        .map_err(|e| Error::invalid(format!("the TLS certificate and key do not fit: {e}")))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// Serve `app` on `listener` until `shutdown` resolves.
pub async fn run(
    listener: TcpListener,
    app: Router,
    settings: Listen,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let graceful = GracefulShutdown::new();
    let connections = Connections::new(settings.max_connections, settings.max_per_peer);
    let refusals = RefusalLog::new(REFUSAL_LOG_EVERY);
    let acceptor = settings.tls.map(TlsAcceptor::from);
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(settings.header_timeout)
        .keep_alive(true);
    let handshake_timeout = settings.header_timeout;
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors, say: back off, don't spin.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let ticket = match connections.admit(peer.ip().to_canonical()) {
            Ok(ticket) => Arc::new(ticket),
            Err(why) => {
                if let Some(count) = refusals.refused() {
                    let why = match why {
                        Refused::PeerShare => "a peer holds its share of connections",
                        Refused::AllBusy => "every connection is serving a request",
                    };
                    tracing::warn!(
                        refused = count,
                        "connection limit: closed {count} new connection(s) since the last report ({why})"
                    );
                }
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        // Every request marks its connection busy until its response body
        // has been sent; an idle connection may give its slot away.
        let app = TowerToHyperService::new(app.clone());
        let marks = Arc::clone(&ticket);
        let service = hyper::service::service_fn(move |req| {
            let busy = marks.busy();
            let answer = hyper::service::Service::call(&app, req);
            async move {
                let resp = answer.await?;
                Ok::<_, std::convert::Infallible>(resp.map(|body| TrackedBody::new(body, busy)))
            }
        });
        let http = http.clone();
        let watcher = graceful.watcher();
        let acceptor = acceptor.clone();
        tokio::spawn(async move {
            let serve =
                async move {
                    match acceptor {
                        None => {
                            watcher
                                .watch(http.serve_connection(
                                    TokioIo::new(ScimRefusals::new(stream)),
                                    service,
                                ))
                                .await
                        }
                        Some(acceptor) => {
                            let handshake =
                                tokio::time::timeout(handshake_timeout, acceptor.accept(stream));
                            let tls = match handshake.await {
                                Ok(Ok(tls)) => tls,
                                Ok(Err(e)) => {
                                    tracing::debug!(error = %e, "TLS handshake failed");
                                    return Ok(());
                                }
                                Err(_) => {
                                    tracing::debug!("TLS handshake timed out");
                                    return Ok(());
                                }
                            };
                            watcher
                                .watch(http.serve_connection(
                                    TokioIo::new(ScimRefusals::new(tls)),
                                    service,
                                ))
                                .await
                        }
                    }
                };
            let outcome = tokio::select! {
                outcome = serve => outcome,
                // A newer connection took this idle one's slot: dropping
                // the connection closes its socket.
                () = ticket.evicted() => {
                    tracing::debug!("idle connection evicted at the connection limit");
                    Ok(())
                }
            };
            if let Err(e) = outcome {
                tracing::debug!(error = %e, "connection ended");
            }
            drop(ticket);
        });
    }
    drop(listener);
    if tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("requests still in flight after {SHUTDOWN_GRACE:?}; stopping anyway");
    }
    Ok(())
}
