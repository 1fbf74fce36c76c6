//! The users commands against a stand-in for Postman's SCIM API
//! (docs/cli.md, "Other SCIM services"): one test double, on a loopback
//! port, in front of a real `scimctl serve`. Every request the double
//! accepts is forwarded to the real server; the double adds what Postman's
//! API documents and our own server does not do:
//!
//! - **A rate limit per API key.** Postman allows 300 requests a minute per
//!   key. The double allows [`BUDGET`] requests per fixed window of
//!   [`WINDOW`] (30 per 3 s: the same rate, a twentieth of the window, so
//!   that a test spends seconds, not minutes). Every answer carries
//!   `RateLimit-Policy: 30;w=3`, `RateLimit: limit=30, remaining=N,
//!   reset=S` (the IETF draft's older form), `X-RateLimit-Limit`,
//!   `X-RateLimit-Remaining` and `X-RateLimit-Reset` (as Postman documents
//!   it: the window's end in UTC epoch seconds). Past the budget the answer
//!   is 429 with `X-RateLimit-RetryAfter` (seconds) and no `Retry-After`.
//! - **PATCH only for `active` and `userName`.** An operation with one of
//!   those paths, or a path-less replace whose value holds only those keys,
//!   is forwarded; any other target (`name.givenName`, `roles`,
//!   `externalId`, …) and any `remove` is a 400 SCIM error with scimType
//!   `invalidPath`. Names change through PUT, which is forwarded as is.
//! - **`userName eq "x"` is case-sensitive.** The filter is forwarded (our
//!   server compares userNames case-insensitively) and the double keeps
//!   only the users whose userName is byte for byte the one asked for,
//!   with `totalResults` and `itemsPerPage` fixed to match.
//! - **Pages of at most 100.** A `count` above 100 (or none) is forwarded as
//!   100, so a larger page asked for is answered with 100 users and
//!   `itemsPerPage: 100`, not refused. `/ServiceProviderConfig` is our
//!   server's, unchanged: it does not announce the cap, so a client meets
//!   it only by paging by what arrives.
//! - **`/ResourceTypes` is a bare JSON array**, not a ListResponse.
//! - **A missing or wrong key is a 401 with a body that is not SCIM**:
//!   `{"error":{"name":"authenticationError","message":"Invalid API Key.
//!   Every request requires a valid API Key to be sent."}}`.
//!
//! The double counts what it was asked and what it answered ([`Tally`]),
//! so that the tests assert on requests, never on time.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use reqwest::Method as ReqMethod;
use serde_json::{Value, json};

use crate::common::{Machine, Server, enc, user_names_in};

/// Requests allowed per key and window (Postman: 300 a minute).
const BUDGET: u64 = 30;
/// The window (Postman: 60 s).
const WINDOW: Duration = Duration::from_secs(3);
/// The most users one page holds.
const PAGE_CAP: u64 = 100;
/// What Postman's API says to a request without a valid key.
const INVALID_KEY: &str = "Invalid API Key. Every request requires a valid API Key to be sent.";

/// What the double was asked and how it answered.
#[derive(Default)]
struct Tally {
    /// Requests received, refused or not.
    asked: AtomicUsize,
    /// Answers 429.
    refused: AtomicUsize,
    /// PATCHes refused with `invalidPath`.
    invalid_path: AtomicUsize,
    /// PUTs forwarded.
    puts: AtomicUsize,
    /// Pages asked with a `count` above the cap.
    capped: AtomicUsize,
    /// Answers 401.
    unauthorized: AtomicUsize,
}

impl Tally {
    fn get(counter: &AtomicUsize) -> usize {
        counter.load(Ordering::SeqCst)
    }
}

struct Postman {
    url: String,
    tally: Arc<Tally>,
}

impl Postman {
    fn asked(&self) -> usize {
        Tally::get(&self.tally.asked)
    }

    fn refused(&self) -> usize {
        Tally::get(&self.tally.refused)
    }
}

struct Double {
    backend: String,
    key: String,
    http: reqwest::Client,
    /// Per presented Authorization header: when its window began, and the
    /// requests counted in it.
    windows: Mutex<HashMap<String, (Instant, u64)>>,
    tally: Arc<Tally>,
}

/// Where a request stands in its key's window.
struct Standing {
    allowed: bool,
    remaining: u64,
    /// Whole seconds until the window ends (rounded up).
    reset: u64,
}

impl Double {
    fn admit(&self, who: &str) -> Standing {
        let mut windows = self.windows.lock().unwrap();
        let w = windows
            .entry(who.to_string())
            .or_insert((Instant::now(), 0));
        if w.0.elapsed() >= WINDOW {
            *w = (Instant::now(), 0);
        }
        w.1 += 1;
        let left = WINDOW.saturating_sub(w.0.elapsed());
        Standing {
            allowed: w.1 <= BUDGET,
            remaining: BUDGET.saturating_sub(w.1),
            reset: left.as_secs_f64().ceil() as u64,
        }
    }

    async fn answer(&self, method: Method, uri: Uri, headers: HeaderMap, body: Bytes) -> Response {
        self.tally.asked.fetch_add(1, Ordering::SeqCst);
        let presented = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        let standing = self.admit(&presented);
        let mut out = HeaderMap::new();
        let epoch = chrono::Utc::now().timestamp() as u64 + standing.reset;
        for (name, value) in [
            (
                "ratelimit-policy",
                format!("{BUDGET};w={}", WINDOW.as_secs()),
            ),
            (
                "ratelimit",
                format!(
                    "limit={BUDGET}, remaining={}, reset={}",
                    standing.remaining, standing.reset
                ),
            ),
            ("x-ratelimit-limit", BUDGET.to_string()),
            ("x-ratelimit-remaining", standing.remaining.to_string()),
            ("x-ratelimit-reset", epoch.to_string()),
        ] {
            out.insert(name, HeaderValue::from_str(&value).unwrap());
        }
        if !standing.allowed {
            self.tally.refused.fetch_add(1, Ordering::SeqCst);
            out.insert("x-ratelimit-retryafter", standing.reset.into());
            return json_answer(
                StatusCode::TOO_MANY_REQUESTS,
                out,
                &json!({"error": {"name": "rateLimitError",
                    "message": "You have made too many requests. Please try again later."}}),
            );
        }
        if presented != format!("Bearer {}", self.key) {
            self.tally.unauthorized.fetch_add(1, Ordering::SeqCst);
            return json_answer(
                StatusCode::UNAUTHORIZED,
                out,
                &json!({"error": {"name": "authenticationError", "message": INVALID_KEY}}),
            );
        }
        let path = uri.path();
        let under = path.strip_prefix("/scim/v2").unwrap_or(path);
        let is_user = under.starts_with("/Users/");
        if method == Method::GET && under == "/ResourceTypes" {
            let (status, mut got, bytes) = self.forward(method, path, &headers, body).await;
            got.extend(out);
            let doc: Value = serde_json::from_slice(&bytes).unwrap_or_default();
            let bare = doc.get("Resources").cloned().unwrap_or(json!([]));
            return json_answer(status, got, &bare);
        }
        if method == Method::GET && under == "/Users" {
            return self.list(uri, &headers, out).await;
        }
        if method == Method::PATCH && is_user {
            let doc: Value = serde_json::from_slice(&body).unwrap_or_default();
            if let Err(what) = patchable(&doc) {
                self.tally.invalid_path.fetch_add(1, Ordering::SeqCst);
                out.insert(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("application/scim+json"),
                );
                let error = json!({
                    "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"],
                    "status": "400",
                    "scimType": "invalidPath",
                    "detail": format!("{what} cannot be changed with PATCH: only active and userName can; use PUT"),
                });
                return (StatusCode::BAD_REQUEST, out, error.to_string()).into_response();
            }
        }
        if method == Method::PUT && is_user {
            self.tally.puts.fetch_add(1, Ordering::SeqCst);
        }
        let target = match uri.query() {
            Some(q) => format!("{path}?{q}"),
            None => path.to_string(),
        };
        let (status, mut got, bytes) = self.forward(method, &target, &headers, body).await;
        got.extend(out);
        (status, got, bytes).into_response()
    }

    /// `GET /Users`: at most [`PAGE_CAP`] a page, `userName eq` compared
    /// byte for byte.
    async fn list(&self, uri: Uri, headers: &HeaderMap, out: HeaderMap) -> Response {
        let pairs: Vec<(String, String)> = axum::extract::Query::try_from_uri(&uri)
            .map(|q: axum::extract::Query<Vec<(String, String)>>| q.0)
            .unwrap_or_default();
        let mut query = Vec::new();
        let mut counted = false;
        let mut exact = None;
        for (k, v) in &pairs {
            let v = if k == "count" {
                counted = true;
                let n: u64 = v.parse().unwrap_or(PAGE_CAP);
                if n > PAGE_CAP {
                    self.tally.capped.fetch_add(1, Ordering::SeqCst);
                }
                n.min(PAGE_CAP).to_string()
            } else {
                v.clone()
            };
            if k == "filter" {
                exact = user_name_eq(&v);
            }
            query.push(format!("{}={}", enc(k), enc(&v)));
        }
        if !counted {
            query.push(format!("count={PAGE_CAP}"));
        }
        let target = format!("{}?{}", uri.path(), query.join("&"));
        let (status, mut got, bytes) = self
            .forward(Method::GET, &target, headers, Bytes::new())
            .await;
        got.extend(out);
        let (Some(wanted), true) = (exact, status.is_success()) else {
            return (status, got, bytes).into_response();
        };
        let mut doc: Value = serde_json::from_slice(&bytes).unwrap_or_default();
        let kept: Vec<Value> = doc["Resources"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .filter(|u| u["userName"].as_str() == Some(wanted.as_str()))
            .collect();
        doc["totalResults"] = json!(kept.len());
        doc["itemsPerPage"] = json!(kept.len());
        doc["Resources"] = json!(kept);
        got.remove(header::CONTENT_LENGTH);
        (status, got, doc.to_string()).into_response()
    }

    /// Send the request on to the real server; its status, the headers
    /// that matter, its body.
    async fn forward(
        &self,
        method: Method,
        target: &str,
        headers: &HeaderMap,
        body: Bytes,
    ) -> (StatusCode, HeaderMap, Bytes) {
        let method = ReqMethod::from_bytes(method.as_str().as_bytes()).unwrap();
        let mut req = self
            .http
            .request(method, format!("{}{target}", self.backend))
            .body(body);
        for name in ["authorization", "content-type", "if-match", "accept"] {
            if let Some(v) = headers.get(name) {
                req = req.header(name, v.as_bytes());
            }
        }
        let resp = req.send().await.expect("the real serve behind the double");
        let status = StatusCode::from_u16(resp.status().as_u16()).unwrap();
        let mut got = HeaderMap::new();
        for name in ["content-type", "etag", "location"] {
            if let Some(v) = resp.headers().get(name) {
                got.insert(name, HeaderValue::from_bytes(v.as_bytes()).unwrap());
            }
        }
        (status, got, resp.bytes().await.unwrap())
    }
}

fn json_answer(status: StatusCode, mut headers: HeaderMap, body: &Value) -> Response {
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    (status, headers, body.to_string()).into_response()
}

/// `Ok` when every operation of a PatchOp targets `active` or `userName`;
/// otherwise what it targeted.
fn patchable(doc: &Value) -> Result<(), String> {
    let allowed = |p: &str| p.eq_ignore_ascii_case("active") || p.eq_ignore_ascii_case("userName");
    let ops = doc
        .get("Operations")
        .and_then(Value::as_array)
        .ok_or("a body without Operations")?;
    for op in ops {
        let name = op["op"].as_str().unwrap_or_default().to_ascii_lowercase();
        match op.get("path").and_then(Value::as_str) {
            Some(p) if name == "remove" => return Err(format!("removing {p}")),
            Some(p) if !allowed(p) => return Err(p.to_string()),
            Some(_) => {}
            None => {
                let Some(value) = op.get("value").and_then(Value::as_object) else {
                    return Err("a path-less operation without an object value".into());
                };
                if let Some(k) = value.keys().find(|k| !allowed(k)) {
                    return Err(k.clone());
                }
            }
        }
    }
    Ok(())
}

/// The userName of a filter `userName eq "x"`, the only one the double
/// compares itself.
fn user_name_eq(filter: &str) -> Option<String> {
    let mut words = filter.trim().splitn(3, char::is_whitespace);
    let attr = words.next()?;
    let op = words.next()?;
    let literal = words.next()?.trim();
    (attr.eq_ignore_ascii_case("userName") && op.eq_ignore_ascii_case("eq"))
        .then(|| serde_json::from_str::<String>(literal).ok())
        .flatten()
}

/// The double in front of `server`, taking `key` (the key the server
/// issued) as Postman takes its API key.
async fn postman_double(server: &Server, key: &str) -> Postman {
    let tally = Arc::new(Tally::default());
    let double = Arc::new(Double {
        backend: server.url.clone(),
        key: key.to_string(),
        http: reqwest::Client::new(),
        windows: Mutex::new(HashMap::new()),
        tally: tally.clone(),
    });
    let app = axum::Router::new().fallback(
        move |method: Method, uri: Uri, headers: HeaderMap, body: Bytes| {
            let double = double.clone();
            async move { double.answer(method, uri, headers, body).await }
        },
    );
    let url = crate::common::serve_on_loopback(app).await;
    Postman { url, tally }
}

/// A real server with SCIM on, the double before it, and a user's machine
/// pointed at the double with the server's key.
async fn postman() -> (Server, String, Postman, Machine) {
    let server = Server::start().await;
    let key = server.provision().await;
    let double = postman_double(&server, &key).await;
    let mut m = Machine::against(double.url.clone());
    m.env = vec![("SCIMCTL_SCIM_KEY".into(), key.clone())];
    (server, key, double, m)
}

/// Every user on the real server (behind the double), by userName.
async fn users_on(server: &Server, key: &str) -> Vec<Value> {
    let page = server
        .scim(key, ReqMethod::GET, "/Users?count=1000", None)
        .await
        .expect_status(200)
        .body;
    assert!(page["totalResults"].as_u64().unwrap() <= 1000);
    page["Resources"].as_array().unwrap().clone()
}

/// Each row's result in an import's `-o jsonl`, by row number.
fn rows_of(jsonl: &str) -> HashMap<u64, Value> {
    jsonl
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            (v["row"].as_u64().unwrap(), v)
        })
        .collect()
}

/// The double itself, asked directly: it answers as its documentation
/// says (so that the tests below test the client against what they claim).
#[tokio::test(flavor = "multi_thread")]
async fn the_double_answers_as_postman_documents() {
    let server = Server::start().await;
    let key = server.provision().await;
    for i in 0..3 {
        server
            .create_user(&key, &format!("user{i}@example.com"), "F", "L")
            .await;
    }
    let double = postman_double(&server, &key).await;
    let http = reqwest::Client::new();
    let get = async |path: &str, bearer: &str| {
        http.get(format!("{}/scim/v2{path}", double.url))
            .bearer_auth(bearer)
            .send()
            .await
            .unwrap()
    };

    let resp = get("/ResourceTypes", &key).await;
    for name in [
        "ratelimit-policy",
        "ratelimit",
        "x-ratelimit-limit",
        "x-ratelimit-remaining",
        "x-ratelimit-reset",
    ] {
        assert!(resp.headers().contains_key(name), "{name}");
    }
    assert_eq!(resp.headers()["ratelimit-policy"], "30;w=3");
    let types: Value = resp.json().await.unwrap();
    assert!(types.is_array(), "{types}");
    assert!(
        types
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["name"] == "User")
    );

    // case-sensitive userName eq
    let filter = |name: &str| format!("/Users?filter={}", enc(&format!("userName eq \"{name}\"")));
    let same: Value = get(&filter("user1@example.com"), &key)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(same["totalResults"], 1);
    let other: Value = get(&filter("USER1@example.com"), &key)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(other["totalResults"], 0, "{other}");
    assert_eq!(other["Resources"], json!([]));

    // PATCH of a name: invalidPath; of active: forwarded
    let id = same["Resources"][0]["id"].as_str().unwrap().to_string();
    let patch = async |ops: Value| {
        http.patch(format!("{}/scim/v2/Users/{id}", double.url))
            .bearer_auth(&key)
            .header("content-type", "application/scim+json")
            .body(crate::common::patch_op(ops).to_string())
            .send()
            .await
            .unwrap()
    };
    let refused = patch(json!([{"op": "replace", "path": "name.givenName", "value": "X"}])).await;
    assert_eq!(refused.status(), 400);
    let body: Value = refused.json().await.unwrap();
    assert_eq!(body["scimType"], "invalidPath", "{body}");
    let refused =
        patch(json!([{"op": "replace", "value": {"active": false, "externalId": "x"}}])).await;
    assert_eq!(refused.status(), 400);
    let taken = patch(json!([{"op": "replace", "path": "active", "value": false}])).await;
    assert_eq!(taken.status(), 200);
    assert_eq!(Tally::get(&double.tally.invalid_path), 2);

    // a wrong key: Postman's body, not SCIM
    let resp = get("/Users", "scim_wrong").await;
    assert_eq!(resp.status(), 401);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["error"]["message"], INVALID_KEY);

    // past the budget: 429 with X-RateLimit-RetryAfter, no Retry-After
    // (bounded: a window that ends meanwhile starts a new budget)
    let mut last = None;
    for _ in 0..3 * BUDGET {
        let resp = get("/Users?count=1", &key).await;
        if resp.status() == 429 {
            last = Some(resp);
            break;
        }
    }
    let last = last.expect("a 429 once the budget is spent");
    assert!(last.headers().contains_key("x-ratelimit-retryafter"));
    assert!(!last.headers().contains_key("retry-after"));
    assert_eq!(last.headers()["x-ratelimit-remaining"], "0");
    assert!(double.refused() >= 1);
}

/// List, get, create, update, deactivate and reactivate against Postman's
/// rules with default flags. A name change is a PATCH Postman refuses
/// (`invalidPath`), then a PUT; `active` is a PATCH it takes. A userName in
/// another case is not the same user to Postman's filter: "not found", exit
/// 5 (docs/cli.md, "Exit codes").
#[tokio::test(flavor = "multi_thread")]
async fn users_commands_work_against_postman() {
    let (server, key, double, m) = postman().await;
    let ann = m
        .run(&[
            "users",
            "create",
            "ann@example.com",
            "--first",
            "Ann",
            "--last",
            "Lee",
            "-o",
            "json",
        ])
        .await
        .ok()
        .json();
    let id = ann["id"].as_str().unwrap().to_string();
    m.run(&[
        "users",
        "create",
        "bob@example.com",
        "--first",
        "Bob",
        "--last",
        "Ray",
    ])
    .await
    .ok();
    // a second create of the same user: 409 from the service, exit 6
    m.run(&[
        "users",
        "create",
        "ann@example.com",
        "--first",
        "A",
        "--last",
        "L",
    ])
    .await
    .code(6);

    let listed = m.run(&["users", "list", "-o", "jsonl"]).await.ok();
    let mut names = user_names_in(&listed.stdout);
    names.sort();
    assert_eq!(names, ["ann@example.com", "bob@example.com"]);

    for who in ["ann@example.com", id.as_str()] {
        let got = m
            .run(&["users", "get", who, "-o", "json"])
            .await
            .ok()
            .json();
        assert_eq!(got["id"], id.as_str(), "{who}");
        assert_eq!(got["userName"], "ann@example.com");
    }

    // a name change: refused as a PATCH, done by PUT
    let updated = m
        .run(&[
            "users",
            "update",
            "ann@example.com",
            "--last",
            "Smith",
            "-o",
            "json",
        ])
        .await
        .ok()
        .json();
    assert_eq!(updated["name"]["familyName"], "Smith");
    assert_eq!(updated["name"]["givenName"], "Ann");
    assert!(Tally::get(&double.tally.invalid_path) >= 1);
    assert!(Tally::get(&double.tally.puts) >= 1);
    let stored = server
        .scim(&key, ReqMethod::GET, &format!("/Users/{id}"), None)
        .await
        .expect_status(200)
        .body;
    assert_eq!(stored["name"]["familyName"], "Smith");
    assert_eq!(stored["name"]["givenName"], "Ann");
    assert_eq!(stored["userName"], "ann@example.com");

    let off = m
        .run(&[
            "users",
            "deactivate",
            "ann@example.com",
            "--yes",
            "-o",
            "json",
        ])
        .await
        .ok()
        .json();
    assert_eq!(off[0]["active"], false);
    let stored = server
        .scim(&key, ReqMethod::GET, &format!("/Users/{id}"), None)
        .await
        .body;
    assert_eq!(stored["active"], false);
    // (the name survived the PUT and the deactivation)
    assert_eq!(stored["name"]["familyName"], "Smith");
    let on = m
        .run(&["users", "reactivate", "ann@example.com", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(on[0]["active"], true);
    let stored = server
        .scim(&key, ReqMethod::GET, &format!("/Users/{id}"), None)
        .await
        .body;
    assert_eq!(stored["active"], true);

    // another case: the same user, found by a second lookup in lower case
    let out = m
        .run(&["users", "get", "Ann@Example.com", "-o", "json"])
        .await
        .ok();
    assert_eq!(out.json()["id"], id.as_str());
    m.run(&["users", "deactivate", "ANN@example.com", "--yes"])
        .await
        .ok();
    let stored = server
        .scim(&key, ReqMethod::GET, &format!("/Users/{id}"), None)
        .await
        .body;
    assert_eq!(stored["active"], false);
    eprintln!(
        "requests: {}, 429s: {}, PATCHes refused: {}, PUTs: {}",
        double.asked(),
        double.refused(),
        Tally::get(&double.tally.invalid_path),
        Tally::get(&double.tally.puts)
    );
}

/// A userName looked up in another case than the service holds. Postman
/// compares case-sensitively; emails are mostly held in lower case, so the
/// client asks once more in lower case and finds the user (the right one:
/// its userName is compared). A user held in mixed case and asked in
/// lower case cannot be found that way: "not found", with a hint that the
/// case may be why — and nothing is changed.
#[tokio::test(flavor = "multi_thread")]
async fn a_user_name_in_another_case_is_found_in_lower_case_or_hinted_at() {
    let (_server, _key, double, m) = postman().await;
    for (email, first) in [("ann@example.com", "Ann"), ("Bob.Ray@Example.com", "Bob")] {
        m.run(&["users", "create", email, "--first", first, "--last", "Lee"])
            .await
            .ok();
    }
    let got = m
        .run(&["users", "get", "Ann@Example.com", "-o", "json"])
        .await
        .ok();
    assert_eq!(got.json()["userName"], "ann@example.com");
    let patches = Tally::get(&double.tally.asked);
    let out = m
        .run(&["users", "deactivate", "bob.ray@example.com", "--yes"])
        .await
        .code(5);
    let said = out.messages();
    let hint = said
        .lines()
        .find(|l| l.starts_with("hint:"))
        .unwrap_or_default()
        .to_ascii_lowercase();
    assert!(hint.contains("case-sensitively"), "{said}");
    // one lookup, no write
    assert_eq!(Tally::get(&double.tally.asked), patches + 1);
}

/// An import of 100 rows with default flags against Postman's rate limit:
/// every row created, none lost or doubled, a handful of 429s at most.
/// Its re-run with `--if-exists skip` reads the team once (a census) and
/// skips every row for a few requests.
#[tokio::test(flavor = "multi_thread")]
async fn an_import_keeps_within_postmans_limit_and_its_re_run_costs_a_census() {
    let (server, key, double, m) = postman().await;
    let file = m.home.path().join("hundred.csv");
    std::fs::write(&file, crate::common::users_csv(0, 100)).unwrap();
    let file = file.to_str().unwrap();

    let out = m.run(&["users", "import", file, "-o", "jsonl"]).await;
    let first_cost = double.asked();
    let first_refused = double.refused();
    eprintln!("import: {first_cost} requests, {first_refused} answered 429");
    assert_eq!(out.code, 0, "{}", out.stderr);
    let rows = rows_of(&out.stdout);
    assert_eq!(rows.len(), 100, "{}", out.stdout);
    assert!(
        rows.values().all(|r| r["status"] == "created"),
        "{}",
        out.stdout
    );
    // what the real server holds: each row's user once, with the id the
    // report gave
    let users = users_on(&server, &key).await;
    assert_eq!(users.len(), 100);
    let by_name: HashMap<&str, &str> = users
        .iter()
        .map(|u| (u["userName"].as_str().unwrap(), u["id"].as_str().unwrap()))
        .collect();
    assert_eq!(by_name.len(), 100, "no userName twice");
    for r in rows.values() {
        let email = r["email"].as_str().unwrap();
        assert_eq!(Some(&r["id"].as_str().unwrap()), by_name.get(email), "{r}");
    }
    assert!(first_refused <= 10, "{first_refused} answers were 429");

    let out = m
        .run(&[
            "users",
            "import",
            file,
            "--if-exists",
            "skip",
            "-o",
            "jsonl",
        ])
        .await;
    let cost = double.asked() - first_cost;
    eprintln!(
        "re-run: {cost} requests, {} answered 429",
        double.refused() - first_refused
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let rows = rows_of(&out.stdout);
    assert_eq!(rows.len(), 100);
    for r in rows.values() {
        assert_eq!(r["status"], "skipped", "{r}");
        assert_eq!(
            Some(&r["id"].as_str().unwrap()),
            by_name.get(r["email"].as_str().unwrap())
        );
    }
    assert!(out.messages().contains("skipped 100"), "{}", out.stderr);
    assert!(cost <= 10, "{cost} requests to skip 100 existing rows");
    assert_eq!(users_on(&server, &key).await.len(), 100);
}

/// `users list` with default flags asks for more than Postman's 100 a
/// page; every one of 250 users comes out once, in pages of 100.
#[tokio::test(flavor = "multi_thread")]
async fn a_listing_pages_past_postmans_cap_of_100() {
    let (server, key, double, m) = postman().await;
    let mut wanted = HashSet::new();
    for i in 0..250 {
        let name = format!("user{i}@example.com");
        server.create_user(&key, &name, "F", "L").await;
        wanted.insert(name);
    }
    let out = m.run(&["users", "list", "-o", "jsonl"]).await.ok();
    let names = user_names_in(&out.stdout);
    eprintln!(
        "list: {} requests, {} asked more than 100, {} answered 429",
        double.asked(),
        Tally::get(&double.tally.capped),
        double.refused()
    );
    assert_eq!(names.len(), 250, "each user once");
    let got: HashSet<String> = names.into_iter().collect();
    assert_eq!(got, wanted);
    // ids too: no user printed twice under another name
    let ids: HashSet<String> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].to_string())
        .collect();
    assert_eq!(ids.len(), 250);
    assert!(double.asked() <= 6, "{} requests", double.asked());
}

/// A wrong key: exit 4 (docs/cli.md, "Exit codes") and Postman's own words
/// in one clean line, not its JSON.
#[tokio::test(flavor = "multi_thread")]
async fn a_wrong_key_exits_4_with_postmans_words() {
    let (_server, _key, double, mut m) = postman().await;
    m.env = vec![(
        "SCIMCTL_SCIM_KEY".into(),
        "scim_1111111111111111111111111111111111111111".into(),
    )];
    for args in [
        &["users", "list"][..],
        &["users", "get", "ann@example.com"],
        &[
            "users",
            "create",
            "ann@example.com",
            "--first",
            "A",
            "--last",
            "L",
        ],
    ] {
        let out = m.run(args).await.code(4);
        let said = out.messages();
        assert!(said.contains("Invalid API Key"), "{args:?}: {said}");
        assert!(
            said.contains("Every request requires a valid API Key"),
            "{said}"
        );
        assert!(!said.contains('{'), "raw JSON: {said}");
        assert!(!said.contains("authenticationError"), "{said}");
    }
    assert!(Tally::get(&double.tally.unauthorized) >= 3);
}

/// One row whose email differs from an existing user's only in case, with
/// `--if-exists update`, ends the same way in a file of one row as
/// in a file of 25 (where the client reads the team once and matches
/// emails case-insensitively). The service's 409 for the POST is our
/// server's (userNames unique whatever their case); the lookup that
/// follows it goes through Postman's case-sensitive filter.
#[tokio::test(flavor = "multi_thread")]
async fn a_row_in_another_case_is_settled_alike_in_a_small_and_a_large_import() {
    let (server, key, _double, m) = postman().await;
    for i in 0..25 {
        server
            .create_user(
                &key,
                &format!("user{i}@example.com"),
                &format!("First{i}"),
                &format!("Last{i}"),
            )
            .await;
    }
    let status_of_user3 = async |csv: String| {
        let file = m.home.path().join("rows.csv");
        std::fs::write(&file, csv).unwrap();
        let out = m
            .run(&[
                "users",
                "import",
                file.to_str().unwrap(),
                "--if-exists",
                "update",
                "-o",
                "jsonl",
            ])
            .await;
        let row = out
            .stdout
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap())
            .find(|r| r["email"] == "USER3@example.com")
            .unwrap_or_else(|| panic!("no result for the row: {}", out.stderr));
        (out.code, row)
    };
    let mut large = String::from("email,first_name,last_name\n");
    for i in 0..25 {
        let email = match i {
            3 => "USER3@example.com".to_string(),
            _ => format!("user{i}@example.com"),
        };
        let last = if i == 3 { "Large" } else { &format!("Last{i}") };
        large.push_str(&format!("{email},First{i},{last}\n"));
    }
    let (code, row) = status_of_user3(large).await;
    assert_eq!((code, &row["status"]), (0, &json!("updated")), "{row}");
    let small = "email,first_name,last_name\nUSER3@example.com,First3,Small\n".to_string();
    let (code, row) = status_of_user3(small).await;
    assert_eq!((code, &row["status"]), (0, &json!("updated")), "{row}");
}

/// `users sync` against Postman's ways: the team is read in pages of 100,
/// a renamed user is updated through the PUT fallback (Postman refuses
/// a PATCH of names), a user left out is deactivated by a PATCH of
/// `active`, and a second run sends only the read of the team.
#[tokio::test(flavor = "multi_thread")]
async fn a_sync_reconciles_postmans_team_and_then_reads_only() {
    let (server, key, double, m) = postman().await;
    let file = m.home.path().join("team.csv");
    std::fs::write(&file, crate::common::users_csv(0, 150)).unwrap();
    m.run(&["users", "import", file.to_str().unwrap()])
        .await
        .ok();
    // the roster: user0..user148 (user149 left out), user3 renamed, 2 new
    let mut roster = String::from("email,first_name,last_name\n");
    for i in 0..149 {
        let last = if i == 3 {
            "Renamed".to_string()
        } else {
            format!("Last{i}")
        };
        roster.push_str(&format!("user{i}@example.com,First{i},{last}\n"));
    }
    roster.push_str("new0@example.com,New,Hire\nnew1@example.com,New,Hire\n");
    let roster_file = m.home.path().join("roster.csv");
    std::fs::write(&roster_file, roster).unwrap();
    let sync = [
        "users",
        "sync",
        roster_file.to_str().unwrap(),
        "--deactivate-missing",
        "-o",
        "jsonl",
    ];
    let puts = Tally::get(&double.tally.puts);
    let done = m.run(&sync).await.ok();
    let statuses: Vec<String> = done
        .stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["status"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let count = |s: &str| statuses.iter().filter(|x| *x == s).count();
    assert_eq!(
        (count("created"), count("updated"), count("deactivated")),
        (2, 1, 1),
        "{}",
        done.stdout
    );
    assert!(
        Tally::get(&double.tally.puts) > puts,
        "the rename went through PUT"
    );
    let users = users_on(&server, &key).await;
    let by_name = |n: &str| users.iter().find(|u| u["userName"] == n).unwrap().clone();
    assert_eq!(
        by_name("user3@example.com")["name"]["familyName"],
        "Renamed"
    );
    assert_eq!(by_name("user149@example.com")["active"], false);
    assert_eq!(by_name("new1@example.com")["active"], true);
    assert_eq!(users.len(), 152);
    // idempotent: nothing planned, and only the team's two pages are read
    // (beside discovery)
    let asked = double.asked();
    let again = m.run(&sync).await.ok();
    assert_eq!(again.stdout, "");
    assert!(
        double.asked() - asked <= 4,
        "{} requests",
        double.asked() - asked
    );
}
