//! The connection level of `serve`: slow clients are cut off, TLS works and
//! is verified by the client (docs/scim.md, "Transport").

use std::time::Duration;

use scimctl_server::transport::{Listen, tls_config};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::common::Machine;
use crate::common::Server;

/// Read until the server closes the connection; what it sent, or `None`
/// if it was still open after `limit`.
async fn closed_within(stream: &mut tokio::net::TcpStream, limit: Duration) -> Option<Vec<u8>> {
    let mut got = Vec::new();
    let mut buf = [0u8; 1024];
    tokio::time::timeout(limit, async {
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => got.extend_from_slice(&buf[..n]),
            }
        }
    })
    .await
    .ok()?;
    Some(got)
}

/// A client that sends half a request, or nothing, is disconnected once
/// the header timeout passes, and meanwhile others are served.
#[tokio::test(flavor = "multi_thread")]
async fn slow_clients_are_cut_off_after_the_header_timeout() {
    let s = Server::start_listening(
        Listen {
            header_timeout: Duration::from_secs(1),
            ..Listen::default()
        },
        |_| {},
    )
    .await;
    let addr = s.url.trim_start_matches("http://").to_string();
    let mut slow = tokio::net::TcpStream::connect(&addr).await.unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        .await
        .unwrap();
    let mut silent = tokio::net::TcpStream::connect(&addr).await.unwrap();
    // others are served while those two hang
    let ok = reqwest::get(format!("{}/healthz", s.url)).await.unwrap();
    assert_eq!(ok.status(), 200);
    let limit = Duration::from_secs(10);
    let slow_answer = closed_within(&mut slow, limit).await;
    assert!(
        slow_answer.is_some(),
        "a half-sent request held its connection for {limit:?}"
    );
    // hyper answers 408 or just closes; either way no handler ran
    let text = String::from_utf8_lossy(slow_answer.as_deref().unwrap_or_default()).to_string();
    assert!(!text.contains("ok"), "{text}");
    assert!(
        closed_within(&mut silent, limit).await.is_some(),
        "a silent connection stayed open for {limit:?}"
    );
}

/// A client that sends its headers and then trickles its body gets a 408
/// SCIM error once the request deadline passes, and the connection ends.
#[tokio::test(flavor = "multi_thread")]
async fn a_trickled_body_gets_408_after_the_request_deadline() {
    let s = Server::start_listening(Listen::default(), |state| {
        state.request_timeout = Duration::from_secs(1);
    })
    .await;
    let key = s.provision().await;
    let addr = s.url.trim_start_matches("http://").to_string();
    let mut slow = tokio::net::TcpStream::connect(&addr).await.unwrap();
    let head = format!(
        "POST /scim/v2/Users HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\n\
         Content-Type: application/scim+json\r\nContent-Length: 1000\r\n\r\n{{\"userName\": "
    );
    slow.write_all(head.as_bytes()).await.unwrap();
    let answer = closed_within(&mut slow, Duration::from_secs(10))
        .await
        .expect("the connection was still open after 10 s");
    let text = String::from_utf8_lossy(&answer);
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    assert!(
        text.contains("urn:ietf:params:scim:api:messages:2.0:Error"),
        "{text}"
    );
    assert!(text.contains("\"status\":\"408\""), "{text}");
}

struct Pki {
    dir: tempfile::TempDir,
}

impl Pki {
    /// A CA, and a certificate it signed for localhost / 127.0.0.1.
    fn new() -> Pki {
        use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
        let dir = tempfile::tempdir().unwrap();
        let ca_key = KeyPair::generate().unwrap();
        let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca_params
            .distinguished_name
            .push(DnType::CommonName, "scimctl test CA");
        let ca = ca_params.self_signed(&ca_key).unwrap();
        let issuer = Issuer::new(ca_params, ca_key);
        let key = KeyPair::generate().unwrap();
        let params =
            CertificateParams::new(vec!["localhost".to_string(), "127.0.0.1".to_string()]).unwrap();
        let cert = params.signed_by(&key, &issuer).unwrap();
        std::fs::write(dir.path().join("ca.pem"), ca.pem()).unwrap();
        std::fs::write(dir.path().join("cert.pem"), cert.pem()).unwrap();
        std::fs::write(dir.path().join("key.pem"), key.serialize_pem()).unwrap();
        Pki { dir }
    }

    fn path(&self, name: &str) -> String {
        self.dir.path().join(name).display().to_string()
    }
}

/// `serve` over TLS: the CLI refuses the server until told which CA to
/// trust (exit 4, no retries), then works; a plain-HTTP client gets nothing.
#[tokio::test(flavor = "multi_thread")]
async fn tls_is_served_and_verified_by_the_client() {
    let pki = Pki::new();
    let tls = tls_config(pki.path("cert.pem").as_ref(), pki.path("key.pem").as_ref()).unwrap();
    let s = Server::start_listening(
        Listen {
            tls: Some(tls),
            ..Listen::default()
        },
        |_| {},
    )
    .await;
    assert!(s.url.starts_with("https://"));
    let mut m = Machine::embedded().await;
    m.url = s.url.clone();
    m.env.push(("SCIMCTL_TOKEN".into(), s.admin.clone()));

    let refused = m.run(&["scim", "status"]).await.code(4);
    assert!(refused.stderr.contains("not trusted"), "{}", refused.stderr);
    assert!(refused.stderr.contains("--ca-cert"), "{}", refused.stderr);

    let ca = pki.path("ca.pem");
    let ok = m
        .run(&["--ca-cert", &ca, "scim", "status", "-o", "json"])
        .await
        .ok();
    assert!(ok.stdout.contains("enabled"), "{}", ok.stdout);
    // the environment variable does the same
    m.env.push(("SCIMCTL_CA_CERT".into(), ca.clone()));
    m.run(&["sso", "add", "--type", "oidc", "--name", "Entra"])
        .await
        .ok();

    // plain HTTP to the TLS port: no answer
    let port = s.url.rsplit(':').next().unwrap();
    let plain = reqwest::Client::new()
        .get(format!("http://127.0.0.1:{port}/healthz"))
        .timeout(Duration::from_secs(5))
        .send()
        .await;
    assert!(plain.is_err(), "{plain:?}");

    // a file that is no certificate is a usage error
    let bad = m
        .run(&["--ca-cert", &pki.path("key.pem"), "scim", "status"])
        .await
        .code(2);
    assert!(bad.stderr.contains("no PEM certificate"), "{}", bad.stderr);
}

/// The real binary: `serve --tls-cert --tls-key` listens on https, and a
/// key file that does not fit the certificate is refused at start.
#[tokio::test(flavor = "multi_thread")]
async fn serve_binary_speaks_tls() {
    let pki = Pki::new();
    let home = tempfile::tempdir().unwrap();
    let db = crate::common::fresh_database(home.path()).await;
    let (cert, key) = (pki.path("cert.pem"), pki.path("key.pem"));
    let server = crate::common::serve(home.path(), &db, &["--tls-cert", &cert, "--tls-key", &key]);
    assert!(server.url.starts_with("https://"), "{}", server.url);
    let ca = reqwest::Certificate::from_pem(&std::fs::read(pki.path("ca.pem")).unwrap()).unwrap();
    let client = reqwest::Client::builder()
        .tls_certs_merge([ca])
        .build()
        .unwrap();
    let port = server.url.rsplit(':').next().unwrap();
    let health = client
        .get(format!("https://localhost:{port}/healthz"))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
    drop(server);

    let out = crate::common::scimctl(home.path())
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--tls-cert",
            &cert,
            "--tls-key",
            &cert,
        ])
        .env("SCIMCTL_DATABASE_URL", &db)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("private key"));
}

/// A connection from `source` (a loopback address) to `addr`.
async fn connect_from(source: [u8; 4], addr: &str) -> std::io::Result<tokio::net::TcpStream> {
    let socket = tokio::net::TcpSocket::new_v4()?;
    socket.bind((std::net::Ipv4Addr::from(source), 0).into())?;
    socket.connect(addr.parse().unwrap()).await
}

/// A legitimate client: one request on a connection of its own; whether it
/// was answered.
async fn one_request(url: &str) -> bool {
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    client
        .get(format!("{url}/healthz"))
        .send()
        .await
        .is_ok_and(|r| r.status() == 200)
}

/// A request whose body arrives so slowly that its connection stays busy
/// (a handler is reading it) until the request deadline.
async fn trickling(source: [u8; 4], addr: &str, key: &str) -> Option<tokio::net::TcpStream> {
    let mut stream = connect_from(source, addr).await.ok()?;
    let head = format!(
        "POST /scim/v2/Users HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\n\
         Content-Type: application/scim+json\r\nContent-Length: 100000\r\n\r\n{{"
    );
    stream.write_all(head.as_bytes()).await.ok()?;
    Some(stream)
}

/// At the connection cap a new connection takes the slot of the oldest idle
/// one, so silent connections re-opened as fast as they are dropped cannot
/// hold every slot (before: they did, and legitimate requests were closed
/// on accept).
#[tokio::test(flavor = "multi_thread")]
async fn silent_connections_give_way_to_requests_at_the_cap() {
    let s = Server::start_listening(
        Listen {
            max_connections: 32,
            max_per_peer: 0,
            ..Listen::default()
        },
        |_| {},
    )
    .await;
    let addr = s.url.trim_start_matches("http://").to_string();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    // The attacker: 40 silent connections, all re-opened every 100 ms
    // (bounded: it stops with the test, after at most 60 s).
    let attack = tokio::spawn({
        let (addr, stop) = (addr.clone(), stop.clone());
        async move {
            let started = std::time::Instant::now();
            let mut opened = 0usize;
            while !stop.load(std::sync::atomic::Ordering::Relaxed)
                && started.elapsed() < Duration::from_secs(60)
            {
                let mut held = Vec::new();
                for _ in 0..40 {
                    if let Ok(c) = connect_from([127, 0, 0, 1], &addr).await {
                        held.push(c);
                        opened += 1;
                    }
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            opened
        }
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut answered = 0;
    for _ in 0..100 {
        answered += usize::from(one_request(&s.url).await);
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let opened = attack.await.unwrap();
    eprintln!("{answered} of 100 requests answered beside {opened} silent connections");
    assert!(opened >= 40, "the attack never held the cap ({opened})");
    assert!(
        answered >= 95,
        "{answered} of 100 requests answered beside {opened} silent connections"
    );
}

/// One peer keeping requests in flight (trickled bodies, not idle, so not
/// evicted) may hold its share of the cap only; another peer is served.
#[tokio::test(flavor = "multi_thread")]
async fn one_peer_cannot_hold_every_connection() {
    let s = Server::start_listening(
        Listen {
            max_connections: 32,
            max_per_peer: 8,
            ..Listen::default()
        },
        |_| {},
    )
    .await;
    let key = s.provision().await;
    let addr = s.url.trim_start_matches("http://").to_string();
    let mut busy = Vec::new();
    for _ in 0..40 {
        busy.extend(trickling([127, 0, 0, 2], &addr, &key).await);
    }
    // (let the server read those heads and start their handlers)
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut answered = 0;
    for _ in 0..100 {
        answered += usize::from(one_request(&s.url).await);
    }
    eprintln!("{answered} of 100 requests answered beside 40 trickled requests of one peer");
    assert!(
        answered >= 95,
        "{answered} of 100 requests answered beside 40 trickled requests of one peer"
    );
    drop(busy);
}

/// Refused connections are logged at a bounded rate: 5,000 refusals used
/// to be 5,000 WARN lines.
#[tokio::test(flavor = "multi_thread")]
async fn refused_connections_are_logged_at_a_bounded_rate() {
    let mut m = Machine::embedded().await;
    let key = m.provision().await;
    let db = m.url.clone();
    let server = crate::common::serve(
        m.home.path(),
        &db,
        &["--max-connections", "4", "--max-per-peer", "0"],
    );
    m.url = server.url.clone();
    let addr = server.url.trim_start_matches("http://").to_string();
    // every slot busy: nothing can be evicted, so every new one is refused
    let mut busy = Vec::new();
    for _ in 0..4 {
        busy.extend(trickling([127, 0, 0, 1], &addr, &key).await);
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut refused = 0;
    for _ in 0..5_000 {
        let Ok(mut c) = connect_from([127, 0, 0, 3], &addr).await else {
            continue;
        };
        // closed on accept: the read ends at once
        if closed_within(&mut c, Duration::from_secs(5))
            .await
            .is_some()
        {
            refused += 1;
        }
    }
    assert!(refused >= 4_900, "only {refused} of 5,000 were refused");
    drop(busy);
    let log = std::fs::read_to_string(&server.log).unwrap();
    let lines = log
        .lines()
        .filter(|l| l.contains("connection limit"))
        .count();
    eprintln!("{lines} log lines for {refused} refused connections");
    assert!(
        (1..=10).contains(&lines),
        "{lines} log lines for {refused} refused connections"
    );
}

/// A request whose headers are larger than the server reads (a 1 MB header)
/// gets a 431 with a SCIM error body (before: an empty 431 from hyper
/// itself, and the client had nothing to show); a request that is not HTTP
/// at all gets a SCIM 400.
#[tokio::test(flavor = "multi_thread")]
async fn oversized_headers_and_garbage_get_scim_error_bodies() {
    let server = Server::start().await;
    let addr = server.url.trim_start_matches("http://").to_string();
    for (request, status) in [
        (
            format!(
                "GET /scim/v2/Users HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
                "a".repeat(1 << 20)
            ),
            "431",
        ),
        ("NOT HTTP AT ALL\r\n\r\n".to_string(), "400"),
    ] {
        let stream = tokio::net::TcpStream::connect(&addr).await.unwrap();
        let (mut read, mut write) = stream.into_split();
        // send and read at once: the server answers before it has read
        // the whole megabyte
        let sender = tokio::spawn(async move {
            let _ = write.write_all(request.as_bytes()).await;
            write
        });
        let mut got = Vec::new();
        let mut buf = [0u8; 4096];
        let _ = tokio::time::timeout(Duration::from_secs(10), async {
            loop {
                match read.read(&mut buf).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => {
                        got.extend_from_slice(&buf[..n]);
                        if got.windows(4).any(|w| w == b"\r\n\r\n") && got.ends_with(b"}") {
                            return;
                        }
                    }
                }
            }
        })
        .await;
        sender.abort();
        let text = String::from_utf8_lossy(&got).to_string();
        assert!(
            text.starts_with(&format!("HTTP/1.1 {status} ")),
            "{text:.300}"
        );
        assert!(
            text.to_ascii_lowercase()
                .contains("content-type: application/scim+json"),
            "{text:.300}"
        );
        let body: serde_json::Value =
            serde_json::from_str(text.split("\r\n\r\n").nth(1).unwrap_or_default())
                .unwrap_or_default();
        assert_eq!(body["status"], status, "{text:.300}");
        assert_eq!(
            body["schemas"][0],
            "urn:ietf:params:scim:api:messages:2.0:Error"
        );
    }
    // the server goes on serving
    let health = reqwest::get(format!("{}/healthz", server.url))
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
}
