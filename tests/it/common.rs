//! Test helpers shared by every module of the suite:
//!
//! - [`Server`]: a real `scimctl serve` in this process, on a free loopback
//!   port with a fresh database, and an HTTP client for it;
//! - [`Machine`] and [`Out`]: the built `scimctl` binary run as a user would,
//!   in an isolated home, against the embedded backend or a remote `serve`;
//! - [`scimctl`] and [`spawn_serve`]: the binary as a child process, and a
//!   `serve` child whose address is read from what it prints;
//! - logs, databases and small builders.
//!
//! The database is a temporary SQLite file, or, when
//! `SCIMCTL_TEST_DATABASE_URL` names a PostgreSQL server (as
//! `scripts/with-postgres` sets it), a new database on that server for each
//! test — so the same contract tests run on both stores.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use reqwest::{Method, StatusCode};
use scimctl::backend::open_store;
use scimctl_core::Team;
use scimctl_core::model::Actor;
use scimctl_core::time::ManualClock;
use scimctl_server::{self as server, AppState};
use serde_json::{Value, json};
use tempfile::TempDir;
use tokio::sync::oneshot;

/// The server under test, in this process (so that its clock can be moved),
/// listening on 127.0.0.1 with an ephemeral port.
pub struct Server {
    pub url: String,
    pub clock: Arc<ManualClock>,
    pub team: Team,
    /// The SQLite file (unused on PostgreSQL).
    pub db_path: PathBuf,
    /// The database URL the server opened.
    pub db_url: String,
    pub http: reqwest::Client,
    /// Admin token (issued like `scimctl admin-token create` does).
    pub admin: String,
    stop: Option<oneshot::Sender<()>>,
    _dir: TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// A response, read whole.
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
    pub text: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// Assert the body is a SCIM error with this status.
    #[track_caller]
    pub fn assert_scim_error(&self, status: u16) {
        assert_eq!(self.status.as_u16(), status, "{}", self.text);
        assert_eq!(
            self.body["schemas"],
            json!(["urn:ietf:params:scim:api:messages:2.0:Error"]),
            "{}",
            self.text
        );
        assert_eq!(
            self.body["status"],
            json!(status.to_string()),
            "{}",
            self.text
        );
        assert!(
            self.header("content-type")
                .is_some_and(|c| c.starts_with("application/scim+json")),
            "{:?}",
            self.headers
        );
    }
}

pub enum Auth<'a> {
    None,
    Bearer(&'a str),
    Bare(&'a str),
}

impl Server {
    /// A fresh team database and server. The clock starts at the wall clock.
    pub async fn start() -> Server {
        Server::start_with(None).await
    }

    /// The same, with `serve --rate-limit N`.
    pub async fn start_with(rate_limit: Option<u32>) -> Server {
        Server::start_listening(
            server::transport::Listen::default(),
            |state: &mut AppState| {
                state.limiter =
                    rate_limit.map(|n| Arc::new(scimctl_server::rate_limit::RateLimiter::new(n)));
            },
        )
        .await
    }

    /// The same, with connection settings (TLS, header timeout) and any
    /// change to the server's state (limits, timeouts). With TLS
    /// the URL is `https://localhost:PORT`, and `http` trusts no extra CA:
    /// callers bring their own client.
    pub async fn start_listening(
        listen: server::transport::Listen,
        configure: impl FnOnce(&mut AppState),
    ) -> Server {
        init_logs();
        let dir = tempfile::tempdir().expect("temp dir");
        let db_path = dir.path().join("team.db");
        let url = fresh_database(dir.path()).await;
        let clock = Arc::new(ManualClock::starting_now());
        let team = Team::new(open_store(&url).await.expect("open store"), clock.clone());
        let admin = team
            .admin_token_create(&Actor::Local("test".into()), "test")
            .await
            .expect("admin token")
            .secret
            .expose()
            .to_string();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let (stop, stopped) = oneshot::channel::<()>();
        let mut state = AppState::new(team.clone());
        configure(&mut state);
        let db_url = url;
        let url = if listen.tls.is_some() {
            format!("https://localhost:{}", addr.port())
        } else {
            format!("http://{addr}")
        };
        tokio::spawn(async move {
            server::serve_with(listener, state, listen, async {
                let _ = stopped.await;
            })
            .await
            .expect("serve");
        });
        Server {
            url,
            clock,
            team,
            db_path,
            db_url,
            http: reqwest::Client::new(),
            admin,
            stop: Some(stop),
            _dir: dir,
        }
    }

    /// A server whose team has one SSO method, SCIM on, and one key.
    /// Returns the server and the key's secret.
    pub async fn provisioned() -> (Server, String) {
        Server::provisioned_with(None).await
    }

    pub async fn provisioned_with(rate_limit: Option<u32>) -> (Server, String) {
        let s = Server::start_with(rate_limit).await;
        let key = s.provision().await;
        (s, key)
    }

    /// Give this server's team one SSO method, turn SCIM on and generate a
    /// key; the key's secret.
    pub async fn provision(&self) -> String {
        self.admin_call(
            Method::POST,
            "/sso",
            Some(json!({"type": "saml", "name": "Okta"})),
        )
        .await
        .expect_status(201);
        self.admin_call(Method::PUT, "/scim", Some(json!({"enabled": true})))
            .await
            .expect_status(200);
        self.admin_call(Method::POST, "/keys", Some(json!({"name": "okta"})))
            .await
            .expect_status(201)
            .body["secret"]
            .as_str()
            .expect("secret")
            .to_string()
    }

    pub async fn request(
        &self,
        method: Method,
        path: &str,
        auth: Auth<'_>,
        content_type: Option<&str>,
        body: Option<Vec<u8>>,
        extra: &[(&str, &str)],
    ) -> Reply {
        let mut req = self.http.request(method, format!("{}{}", self.url, path));
        match auth {
            Auth::None => {}
            Auth::Bearer(s) => req = req.header("Authorization", format!("Bearer {s}")),
            Auth::Bare(s) => req = req.header("Authorization", s),
        }
        if let Some(ct) = content_type {
            req = req.header("Content-Type", ct);
        }
        for (k, v) in extra {
            req = req.header(*k, *v);
        }
        if let Some(b) = body {
            req = req.body(b);
        }
        let resp = req.send().await.expect("request");
        let status = resp.status();
        let headers = resp.headers().clone();
        let text = resp.text().await.expect("body");
        let body = serde_json::from_str(&text).unwrap_or(Value::Null);
        Reply {
            status,
            headers,
            body,
            text,
        }
    }

    /// A SCIM call with `Authorization: Bearer <key>` and a SCIM JSON body.
    pub async fn scim(&self, key: &str, method: Method, path: &str, body: Option<Value>) -> Reply {
        self.scim_with(key, method, path, body, &[]).await
    }

    pub async fn scim_with(
        &self,
        key: &str,
        method: Method,
        path: &str,
        body: Option<Value>,
        extra: &[(&str, &str)],
    ) -> Reply {
        let ct = body.as_ref().map(|_| "application/scim+json");
        self.request(
            method,
            &format!("/scim/v2{path}"),
            Auth::Bearer(key),
            ct,
            body.map(|b| b.to_string().into_bytes()),
            extra,
        )
        .await
    }

    /// Create a user from [`user_body`], expecting 201; the created resource.
    pub async fn create_user(&self, key: &str, email: &str, given: &str, family: &str) -> Value {
        self.scim(
            key,
            Method::POST,
            "/Users",
            Some(user_body(email, given, family)),
        )
        .await
        .expect_status(201)
        .body
    }

    pub async fn admin_call(&self, method: Method, path: &str, body: Option<Value>) -> Reply {
        let ct = body.as_ref().map(|_| "application/json");
        self.request(
            method,
            &format!("/admin/v1{path}"),
            Auth::Bearer(&self.admin),
            ct,
            body.map(|b| b.to_string().into_bytes()),
            &[],
        )
        .await
    }
}

impl Server {
    /// Everything the database holds, as bytes to search for leaked
    /// secrets: the SQLite file with its WAL and shared-memory files, or
    /// every row of every table as PostgreSQL prints it.
    pub async fn stored_bytes(&self) -> Vec<u8> {
        if !scimctl::backend::is_postgres(&self.db_url) {
            return ["", "-wal", "-shm"]
                .iter()
                .flat_map(|suffix| {
                    std::fs::read(format!("{}{suffix}", self.db_path.display())).unwrap_or_default()
                })
                .collect();
        }
        use sqlx::Connection;
        let mut conn = sqlx::PgConnection::connect(&self.db_url).await.unwrap();
        let tables: Vec<String> =
            sqlx::query_scalar("SELECT tablename::text FROM pg_tables WHERE schemaname = 'public'")
                .fetch_all(&mut conn)
                .await
                .unwrap();
        assert!(tables.len() >= 5, "{tables:?}");
        let mut all = Vec::new();
        for table in tables {
            let rows: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                "SELECT t::text FROM \"{table}\" t"
            )))
            .fetch_all(&mut conn)
            .await
            .unwrap();
            for row in rows {
                all.extend_from_slice(row.as_bytes());
                all.push(b'\n');
            }
        }
        all
    }
}

/// Where the whole suite's logs go, when `SCIMCTL_TEST_LOG_DIR` is set
/// (scripts/test sets it; `secret_scan` then reads everything in it).
pub fn log_dir() -> Option<PathBuf> {
    std::env::var_os("SCIMCTL_TEST_LOG_DIR").map(PathBuf::from)
}

/// With a log directory: trace-level logs of everything that runs in this
/// test process (the in-process servers, the core, sqlx) into one file.
pub fn init_logs() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let Some(dir) = log_dir() else { return };
        std::fs::create_dir_all(&dir).expect("log dir");
        let file =
            std::fs::File::create(dir.join(format!("in-process-{}.log", std::process::id())))
                .expect("log file");
        let _ = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_ansi(false)
            .with_writer(std::sync::Mutex::new(file))
            .try_init();
    });
}

/// With a log directory: keep the stderr of a child process.
pub fn keep_log(what: &str, text: &str) {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let Some(dir) = log_dir() else { return };
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(
        dir.join(format!("{what}-{}-{n}.log", std::process::id())),
        text,
    );
}

/// The PostgreSQL server the tests should use, if any.
pub fn postgres_base() -> Option<String> {
    std::env::var("SCIMCTL_TEST_DATABASE_URL")
        .ok()
        .filter(|u| scimctl::backend::is_postgres(u))
}

/// A new, empty team database for one test: a SQLite file in `dir`, or a
/// new database on the PostgreSQL server of `SCIMCTL_TEST_DATABASE_URL`.
pub async fn fresh_database(dir: &Path) -> String {
    match postgres_base() {
        None => format!("sqlite://{}", dir.join("team.db").display()),
        Some(base) => new_postgres_database(&base).await,
    }
}

/// `CREATE DATABASE` on the server `base` names; the new database's URL.
/// (Test databases are left behind; the server is a throwaway.)
pub async fn new_postgres_database(base: &str) -> String {
    use sqlx::Connection;
    let name = format!("scimctl_t_{}", uuid::Uuid::new_v4().simple());
    let mut conn = sqlx::PgConnection::connect(base)
        .await
        .expect("connect to SCIMCTL_TEST_DATABASE_URL");
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut conn)
        .await
        .expect("create test database");
    let _ = conn.close().await;
    let (server, _) = base
        .rsplit_once('/')
        .expect("SCIMCTL_TEST_DATABASE_URL is postgres://USER:PASSWORD@HOST:PORT/DATABASE");
    format!("{server}/{name}")
}

impl Reply {
    #[track_caller]
    pub fn expect_status(self, status: u16) -> Reply {
        assert_eq!(self.status.as_u16(), status, "{}", self.text);
        self
    }
}

/// A SCIM PatchOp body with these operations.
pub fn patch_op(operations: Value) -> Value {
    json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": operations})
}

/// A minimal Okta-style user body.
pub fn user_body(email: &str, given: &str, family: &str) -> Value {
    json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": email,
        "name": {"givenName": given, "familyName": family},
        "emails": [{"primary": true, "value": email, "type": "work"}],
        "displayName": format!("{given} {family}"),
        "locale": "en-US",
        "externalId": format!("okta-{email}"),
        "groups": [],
        "password": "1mz050nq",
        "active": true
    })
}

/// URL-encode a query value.
pub fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// An audit entry for calling the store directly.
pub fn audit_entry() -> scimctl_core::model::AuditEntry {
    scimctl_core::model::AuditEntry {
        seq: 0,
        at: 0,
        actor: "test".into(),
        action: scimctl_core::model::AuditAction::SsoAdd,
        target: "team".into(),
        detail: None,
    }
}

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_scimctl");

/// `scimctl` with an isolated environment: its own HOME and XDG
/// directories, nothing inherited but PATH (no user config leaks in), and
/// trace-level logs when the suite keeps logs.
pub fn scimctl(home: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.env_clear()
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("USER", "tester");
    trace_logs(&mut cmd);
    cmd
}

/// With a log directory, the child logs at trace level: the whole suite's
/// logs are scanned for secrets (`secret_scan`), so they must hold the
/// most any process will ever write.
fn trace_logs(cmd: &mut Command) {
    if log_dir().is_some() {
        cmd.env("SCIMCTL_LOG", "trace");
    }
}

/// A user's machine: an isolated HOME and XDG directories, no keyring
/// (no D-Bus session), pointed at one backend.
pub struct Machine {
    pub home: TempDir,
    pub url: String,
    pub env: Vec<(String, String)>,
    pub server: Option<Server>,
}

/// What a finished `scimctl` process left: exit code, stdout, stderr (and
/// the arguments it ran with, when [`Machine::run`] ran it).
#[derive(Debug)]
pub struct Out {
    pub args: Vec<String>,
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<std::process::Output> for Out {
    fn from(out: std::process::Output) -> Out {
        Out {
            args: Vec::new(),
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

impl Out {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}): {}\nstderr: {}",
                self.stdout, self.stderr
            )
        })
    }

    #[track_caller]
    pub fn ok(self) -> Out {
        assert_eq!(
            self.code, 0,
            "stdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn code(self, code: i32) -> Out {
        assert_eq!(
            self.code, code,
            "stdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        self
    }

    /// stderr as a user reads it: without the log lines the suite's
    /// `SCIMCTL_LOG=trace` adds (a tracing event is one line that starts
    /// with its RFC 3339 time and level).
    pub fn messages(&self) -> String {
        let is_log = |line: &str| {
            let mut words = line.split_whitespace();
            let time = words.next().unwrap_or("");
            let level = words.next().unwrap_or("");
            chrono::DateTime::parse_from_rfc3339(time).is_ok()
                && ["TRACE", "DEBUG", "INFO", "WARN", "ERROR"].contains(&level)
        };
        self.stderr
            .lines()
            .filter(|l| !is_log(l))
            .map(|l| format!("{l}\n"))
            .collect()
    }

    /// The run as a user would see it in a terminal transcript, for a
    /// snapshot: the command line, the exit code, stdout, then the
    /// messages on stderr. A long stdout (thousands of JSON lines of an
    /// import, say) is cut after its first lines, with the count of the rest.
    pub fn transcript(&self) -> String {
        let quoted: Vec<String> = self
            .args
            .iter()
            .map(|a| {
                if a.is_empty() || a.contains(|c: char| c.is_whitespace() || "\"'$\\".contains(c)) {
                    format!("'{}'", a.replace('\'', "'\\''"))
                } else {
                    a.clone()
                }
            })
            .collect();
        let mut text = format!("$ scimctl {}\n[exit {}]\n", quoted.join(" "), self.code);
        let lines = self.stdout.lines().count();
        let stdout = if lines > 12 {
            let head: String = self
                .stdout
                .lines()
                .take(5)
                .map(|l| format!("{l}\n"))
                .collect();
            format!("{head}… ({} more lines)\n", lines - 5)
        } else {
            self.stdout.clone()
        };
        for (what, body) in [("stdout", stdout), ("stderr", self.messages())] {
            if !body.is_empty() {
                text.push_str(&format!("[{what}]\n{body}"));
                if !body.ends_with('\n') {
                    text.push('\n');
                }
            }
        }
        text
    }
}

/// Snapshot settings that make a transcript of `m` stable: what changes
/// from run to run is replaced by a placeholder (as wide as what it
/// replaces where that keeps table columns aligned), and trailing spaces
/// (the padding of a table's last column) are dropped.
pub fn snapshot_settings(m: &Machine) -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_omit_expression(true);
    settings.set_prepend_module_to_snapshot(true);
    // Applied in this order.
    let home = m.home.path().display().to_string();
    let escaped: String = home
        .chars()
        .flat_map(|c| {
            let special = "\\.+*?()|[]{}^$#&-~".contains(c);
            special.then_some('\\').into_iter().chain([c])
        })
        .collect();
    settings.add_filter(r"scim(adm)?_[A-Za-z0-9]{20,}", "[secret]");
    // A remote client cannot tell that the service is a `scimctl serve`
    // (which compares userNames case-insensitively), so its "not found"
    // says case may matter; the embedded backend knows it does not. The
    // one snapshot of both leaves that line out (tests/it/client_postman.rs
    // checks it where it matters).
    settings.add_filter(
        r"hint: if the service compares userNames case-sensitively[^\n]*\n",
        "",
    );
    settings.add_filter(&escaped, "[home]");
    // the password of a database URL (one a test passes on purpose)
    settings.add_filter(r"://([^:/@\s]+):[^@/\s]+@", "://$1:[password]@");
    settings.add_filter(r"https?://(127\.0\.0\.1|localhost):[0-9]+", "[server]");
    // ids and times: padded to their width in a table cell (followed by
    // the two spaces between columns), as they are elsewhere
    let uuid = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    let time = r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z";
    for (pattern, placeholder) in [(uuid, "[uuid]"), (time, "[time]")] {
        let width = if pattern == uuid { 36 } else { 24 };
        settings.add_filter(&format!("{pattern}  "), format!("{placeholder:width$}  "));
        settings.add_filter(pattern, placeholder);
    }
    settings.add_filter(r"scim_[A-Za-z0-9]{6}", "scim_******");
    // how long an import took, and its rate
    settings.add_filter(
        r"in [0-9]+(\.[0-9]+)?s \([0-9]+ rows/s\)",
        "in [elapsed] ([rate] rows/s)",
    );
    settings.add_filter(r"(?m)[ \t]+$", "");
    settings
}

/// Assert a transcript ([`Out::transcript`]) of a run on machine `m`
/// against the snapshot `name` in tests/it/snapshots/. A scenario that
/// runs on both backends asserts the same name on both: the snapshot is
/// then a contract that both print the same thing.
///
/// A new or changed snapshot is written by `INSTA_UPDATE=always cargo test
/// --test it NAME` (or reviewed with `cargo insta review`, where
/// cargo-insta is installed); read the file before committing it. With
/// CI=true insta writes nothing and a missing snapshot fails.
macro_rules! assert_seen {
    ($m:expr, $name:expr, $out:expr) => {{
        let text = $out.transcript();
        $crate::common::snapshot_settings($m).bind(|| {
            insta::assert_snapshot!($name, text);
        });
    }};
}
pub(crate) use assert_seen;

impl Machine {
    /// The embedded backend: the CLI opens a fresh team database itself.
    pub async fn embedded() -> Machine {
        init_logs();
        let home = tempfile::tempdir().unwrap();
        let url = fresh_database(home.path()).await;
        Machine {
            home,
            url,
            env: Vec::new(),
            server: None,
        }
    }

    /// A remote backend: an in-process `serve` with a fresh database, and
    /// its admin token in SCIMCTL_TOKEN.
    pub async fn remote() -> Machine {
        Machine::remote_on(Server::start().await)
    }

    /// The same against a server started some other way (a rate limit,
    /// say).
    pub fn remote_on(server: Server) -> Machine {
        Machine {
            home: tempfile::tempdir().unwrap(),
            url: server.url.clone(),
            env: vec![("SCIMCTL_TOKEN".into(), server.admin.clone())],
            server: Some(server),
        }
    }

    /// A plain SCIM service at `url` (a third-party stand-in): no admin API,
    /// no database of ours, a SCIM key in SCIMCTL_SCIM_KEY.
    pub fn against(url: String) -> Machine {
        init_logs();
        Machine {
            home: tempfile::tempdir().unwrap(),
            url,
            env: vec![("SCIMCTL_SCIM_KEY".into(), FOREIGN_KEY.into())],
            server: None,
        }
    }

    /// `scimctl ARGS` in this machine's isolated environment.
    pub fn std_command(&self, args: &[&str]) -> Command {
        let h = self.home.path();
        let mut cmd = scimctl(h);
        cmd.env("SCIMCTL_URL", &self.url)
            // no keyring here: D-Bus points nowhere
            .env(
                "DBUS_SESSION_BUS_ADDRESS",
                format!("unix:path={}", h.join("no-bus").display()),
            )
            .args(args);
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        // (again: the machine's own variables do not turn the logs down)
        trace_logs(&mut cmd);
        cmd
    }

    /// The same as a tokio command: no stdin, stdout and stderr captured.
    pub fn command(&self, args: &[&str]) -> tokio::process::Command {
        let mut cmd = tokio::process::Command::from(self.std_command(args));
        cmd.stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        cmd
    }

    /// SSO, SCIM on, and (for a remote backend) a stored key named
    /// `key_name`: what the users tests start from.
    pub async fn ready_for_users(&self, key_name: &str) {
        sso_and_scim(self).await;
        if self.server.is_some() {
            self.run(&["keys", "generate", "--name", key_name, "--insecure-storage"])
                .await
                .ok();
        }
    }

    /// Write `text` to `name` in the machine's home; its path.
    pub fn write_file(&self, name: &str, text: &str) -> String {
        let file = self.home.path().join(name);
        std::fs::write(&file, text).unwrap();
        file.to_str().unwrap().to_string()
    }

    /// Run `scimctl ARGS` to the end; its stderr is kept with the logs.
    pub async fn run(&self, args: &[&str]) -> Out {
        let out = self.command(args).output().await.expect("run scimctl");
        keep_log("cli", &String::from_utf8_lossy(&out.stderr));
        Out {
            args: args.iter().map(|a| a.to_string()).collect(),
            ..Out::from(out)
        }
    }

    /// Give the team one SSO method, turn SCIM on and generate a key
    /// (not stored); the key's secret.
    pub async fn provision(&self) -> String {
        sso_and_scim(self).await;
        self.run(&["keys", "generate", "--name", "k", "--no-store"])
            .await
            .ok()
            .stdout
            .trim()
            .to_string()
    }

    pub fn config_dir(&self) -> PathBuf {
        self.home.path().join("config/scimctl")
    }
}

/// Run `cmd` to the end with `stdin` written to its standard input (then
/// closed), its stdout and stderr captured.
pub fn output_with_stdin(mut cmd: Command, stdin: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// The same for a tokio command such as [`Machine::command`] makes (stdout
/// and stderr captured already).
pub async fn output_with_stdin_async(
    mut cmd: tokio::process::Command,
    stdin: &str,
) -> std::process::Output {
    use tokio::io::AsyncWriteExt;
    let mut child = cmd.stdin(Stdio::piped()).spawn().unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .await
        .unwrap();
    child.wait_with_output().await.unwrap()
}

/// Everything under a directory, as one string (for leak checks).
pub fn read_tree(dir: &Path) -> String {
    let mut all = String::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                all.push_str(&read_tree(&p));
            } else if let Ok(bytes) = std::fs::read(&p) {
                all.push_str(&String::from_utf8_lossy(&bytes));
            }
        }
    }
    all
}

/// A `scimctl serve` child process; killed (and its log kept) on drop.
pub struct Serve {
    pub child: Child,
    /// What the server printed it listens on, e.g. `http://127.0.0.1:41234`.
    pub url: String,
    /// The server's stderr.
    pub log: PathBuf,
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        keep_log(
            "serve",
            &std::fs::read_to_string(&self.log).unwrap_or_default(),
        );
    }
}

/// Start `scimctl serve --listen 127.0.0.1:0` and wait for its address.
pub fn serve(home: &Path, db: &str, extra: &[&str]) -> Serve {
    serve_logging_to(home, db, extra, &home.join("serve.log"))
}

/// The same, with the server's stderr in `log`. The database URL goes in
/// the environment, not argv (it may hold a password).
pub fn serve_logging_to(home: &Path, db: &str, extra: &[&str], log: &Path) -> Serve {
    let mut cmd = scimctl(home);
    cmd.args(["serve", "--listen", "127.0.0.1:0"])
        .env("SCIMCTL_DATABASE_URL", db)
        .args(extra);
    spawn_serve(cmd, log)
}

/// Spawn `cmd` (a `scimctl serve` that listens on port 0) with its stderr
/// in `log`, and wait for the "listening on URL" line it prints once the
/// socket is bound. The port is the one the server itself chose: nothing
/// probes a free port and hands it over (another process could take it in
/// between).
pub fn spawn_serve(mut cmd: Command, log: &Path) -> Serve {
    let log = log.to_path_buf();
    let file = std::fs::File::create(&log).unwrap();
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(file)
        .spawn()
        .expect("spawn scimctl serve");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let text = std::fs::read_to_string(&log).unwrap_or_default();
        // (only a whole line: stderr is unbuffered, the line may be half written)
        if let Some(rest) = text.split("listening on ").nth(1)
            && let Some((url, _)) = rest.split_once('\n')
        {
            let url = url.trim().to_string();
            return Serve { child, url, log };
        }
        if Instant::now() > deadline || child.try_wait().ok().flatten().is_some() {
            let _ = child.kill();
            let _ = child.wait();
            panic!("serve did not start: {text}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// One test per backend for each named scenario: `scenarios! { a, b }` in
/// a module that has `async fn a(m: Machine)` and `async fn b(m: Machine)`
/// makes `embedded::a`, `embedded::b` (the CLI on its own database) and
/// `remote::a`, `remote::b` (the CLI against an in-process `serve`). Both
/// run on PostgreSQL when SCIMCTL_TEST_DATABASE_URL is set. Each scenario
/// is its own test, so one failure hides no other.
macro_rules! scenarios {
    ($($name:ident),+ $(,)?) => {
        /// The scenarios on the embedded backend.
        mod embedded {
            $(
                #[tokio::test(flavor = "multi_thread")]
                async fn $name() {
                    super::$name($crate::common::Machine::embedded().await).await;
                }
            )+
        }

        /// The same scenarios against a remote `scimctl serve`.
        mod remote {
            $(
                #[tokio::test(flavor = "multi_thread")]
                async fn $name() {
                    super::$name($crate::common::Machine::remote().await).await;
                }
            )+
        }
    };
}
pub(crate) use scenarios;

/// The userName of every user in a JSON Lines listing, in order.
pub fn user_names_in(jsonl: &str) -> Vec<String> {
    jsonl
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["userName"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

/// One string field of every object in a JSON array (`["action"]` of an
/// audit listing, `["name"]` of a token listing).
pub fn each<'a>(list: &'a Value, field: &str) -> Vec<&'a str> {
    list.as_array()
        .expect("a JSON array")
        .iter()
        .map(|v| v[field].as_str().unwrap_or_default())
        .collect()
}

/// One SAML method named Okta, and SCIM provisioning on.
pub async fn sso_and_scim(m: &Machine) {
    m.run(&["sso", "add", "--type", "saml", "--name", "Okta"])
        .await
        .ok();
    m.run(&["scim", "enable"]).await.ok();
}

/// [`sso_and_scim`], then a key named okta, stored in the explicit file
/// (no keyring here): what provisioning needs on either backend. The
/// issued key as JSON, secret included.
pub async fn ready(m: &Machine) -> Value {
    sso_and_scim(m).await;
    keys_generate_okta(m).await.json()
}

/// `keys generate --name okta --insecure-storage -o json`, expecting
/// success: the key stored in the explicit file (no keyring here).
pub async fn keys_generate_okta(m: &Machine) -> Out {
    m.run(&[
        "keys",
        "generate",
        "--name",
        "okta",
        "--insecure-storage",
        "-o",
        "json",
    ])
    .await
    .ok()
}

/// `users create EMAIL --first FIRST --last LAST EXTRA…`, expecting success;
/// the new user as JSON.
pub async fn users_create(
    m: &Machine,
    email: &str,
    first: &str,
    last: &str,
    extra: &[&str],
) -> Value {
    let mut args = vec![
        "users", "create", email, "--first", first, "--last", last, "-o", "json",
    ];
    args.extend_from_slice(extra);
    m.run(&args).await.ok().json()
}

/// `users create EMAIL --first A --last B`, expecting success: a user
/// whose names do not matter.
pub async fn add_user(m: &Machine, email: &str) -> Out {
    m.run(&["users", "create", email, "--first", "A", "--last", "B"])
        .await
        .ok()
}

/// `keys rotate okta --yes --grace 2h`: the new key as JSON.
pub async fn keys_rotate(m: &Machine) -> Value {
    m.run(&[
        "keys", "rotate", "okta", "--yes", "--grace", "2h", "-o", "json",
    ])
    .await
    .ok()
    .json()
}

/// The userName of every user, as `users list` prints them.
pub async fn user_names(m: &Machine) -> Vec<String> {
    let out = m
        .run(&["users", "list", "-o", "jsonl", "--page-size", "1000"])
        .await
        .ok();
    user_names_in(&out.stdout)
}

/// A CSV of `n` new users, `first` being the number of the first.
pub fn users_csv(first: usize, n: usize) -> String {
    let mut csv = String::from("email,first_name,last_name\n");
    for i in first..first + n {
        csv.push_str(&format!("user{i}@example.com,First{i},Last{i}\n"));
    }
    csv
}

/// The results of an import's `-o jsonl`, by row number: one line per
/// input row, each row in exactly one state.
pub fn results_by_row(jsonl: &str) -> std::collections::HashMap<u64, Value> {
    let mut rows = std::collections::HashMap::new();
    for line in jsonl.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        let row = v["row"].as_u64().unwrap();
        assert!(rows.insert(row, v).is_none(), "row {row} reported twice");
    }
    rows
}

/// Serve `app` on a free loopback port for the rest of the test; its base
/// URL, `http://127.0.0.1:PORT`.
pub async fn serve_on_loopback(app: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}

/// The SCIM key [`Machine::against`] presents to a stand-in service.
pub const FOREIGN_KEY: &str = "scim_0000000000000000000000000000000000000000";

/// A third-party SCIM service stand-in on loopback, of the careless kind:
/// it serves `users` as they are (no validation), reads neither `filter`
/// nor `startIndex` — every `GET /scim/v2/Users` answers the first `count`
/// users — and refuses every write (501), counting them.
pub async fn foreign_service(users: Vec<Value>) -> (String, Arc<AtomicUsize>) {
    use axum::extract::{Path, Query};
    use axum::routing::get;
    let writes = Arc::new(AtomicUsize::new(0));
    let all = Arc::new(users);
    let by_id = all.clone();
    let counter = writes.clone();
    let write = move || {
        counter.fetch_add(1, Ordering::SeqCst);
        async { axum::http::StatusCode::NOT_IMPLEMENTED }
    };
    let app = axum::Router::new()
        .route(
            "/scim/v2/Users",
            get(
                move |Query(q): Query<std::collections::HashMap<String, String>>| {
                    let count = q
                        .get("count")
                        .and_then(|c| c.parse().ok())
                        .unwrap_or(100usize);
                    let page: Vec<Value> = all.iter().take(count).cloned().collect();
                    let total = all.len();
                    async move {
                        axum::Json(json!({
                            "schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
                            "totalResults": total, "startIndex": 1,
                            "itemsPerPage": page.len(), "Resources": page,
                        }))
                    }
                },
            ),
        )
        .route(
            "/scim/v2/Users/{id}",
            get(move |Path(id): Path<String>| {
                let found = by_id.iter().find(|u| u["id"] == id.as_str()).cloned();
                async move { axum::Json(found.unwrap_or_default()) }
            })
            .patch(write.clone())
            .put(write),
        );
    let url = serve_on_loopback(app).await;
    (url, writes)
}
