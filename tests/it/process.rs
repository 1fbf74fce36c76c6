//! The built binary as a real process: `admin-token create`, `serve` on a
//! free port, graceful shutdown on SIGTERM, and logs free of secrets.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common::{Serve, scimctl, serve};

/// `scimctl admin-token create` on the database `db` (given in the
/// environment): the token printed on stdout, and what went to stderr.
pub fn admin_token(home: &Path, db: &str) -> (String, String) {
    let out = scimctl(home)
        .args(["admin-token", "create", "--name", "ci"])
        .env("SCIMCTL_DATABASE_URL", db)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    let token = String::from_utf8(out.stdout).unwrap().trim().to_string();
    (token, stderr)
}

pub async fn call(method: &str, url: &str, token: &str, body: Option<Value>) -> (u16, Value) {
    let mut req = reqwest::Client::new()
        .request(method.parse().unwrap(), url)
        .bearer_auth(token);
    if let Some(b) = body {
        req = req
            .header("content-type", "application/scim+json")
            .body(b.to_string());
    }
    let resp = req.send().await.expect("request");
    let status = resp.status().as_u16();
    let text = resp.text().await.unwrap_or_default();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

/// SSO, SCIM on and a key named `okta`, through the admin API of the
/// server at `url`: the key's secret and id.
pub async fn provision_over_admin_api(url: &str, token: &str) -> (String, String) {
    let admin = format!("{url}/admin/v1");
    let sso = json!({"type": "oidc", "name": "Entra"});
    let (status, body) = call("POST", &format!("{admin}/sso"), token, Some(sso)).await;
    assert_eq!(status, 201, "{body}");
    let on = json!({"enabled": true});
    let (status, body) = call("PUT", &format!("{admin}/scim"), token, Some(on)).await;
    assert_eq!(status, 200, "{body}");
    let name = json!({"name": "okta"});
    let (status, key) = call("POST", &format!("{admin}/keys"), token, Some(name)).await;
    assert_eq!(status, 201, "{key}");
    (
        key["secret"].as_str().unwrap().to_string(),
        key["id"].as_str().unwrap().to_string(),
    )
}

/// Send SIGTERM to a running `serve`.
pub fn sigterm(server: &Serve) {
    let pid = server.child.id().to_string();
    let sent = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(sent.success());
}

/// Wait (10 s at most) for `serve` to stop by itself.
pub fn wait_exit(server: &mut Serve) -> std::process::ExitStatus {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(s) = server.child.try_wait().unwrap() {
            return s;
        }
        assert!(Instant::now() < deadline, "serve did not stop by itself");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn admin_token_serve_and_graceful_shutdown() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let db = crate::common::fresh_database(home).await;

    // the first admin token comes from the database directly, on stdout only
    let (token, stderr) = admin_token(home, &db);
    assert!(
        token.starts_with("scimadm_") && token.len() >= 40,
        "{token}"
    );
    assert!(!stderr.contains(&token));

    // trace-level logs: the most the server will ever write
    let server = serve(home, &db, &["-vvv"]);
    let health = reqwest::get(format!("{}/healthz", server.url))
        .await
        .unwrap();
    assert_eq!(health.status(), 200);

    let scim = format!("{}/scim/v2", server.url);
    let (key, _) = provision_over_admin_api(&server.url, &token).await;
    let body = json!({"userName": "log@example.com", "password": "pw-9f8e7d"});
    let (status, user) = call("POST", &format!("{scim}/Users"), &key, Some(body)).await;
    assert_eq!(status, 201, "{user}");
    let wrong = "scim_notakeynotakeynotakeynotakeynotakey";
    assert_eq!(
        call("GET", &format!("{scim}/Users"), wrong, None).await.0,
        401
    );
    assert_eq!(
        call("GET", &format!("{scim}/Users"), &format!("{key}x"), None)
            .await
            .0,
        401
    );

    // SIGTERM: the server stops by itself, successfully
    let mut server = server;
    sigterm(&server);
    let status = wait_exit(&mut server);
    assert!(status.success(), "{status:?}");

    let log = std::fs::read_to_string(&server.log).unwrap();
    assert!(log.contains("listening on"));
    assert!(
        log.contains("/scim/v2/Users"),
        "trace logs record requests: {log}"
    );
    for secret in [token.as_str(), key.as_str(), "pw-9f8e7d", "notakeynotakey"] {
        assert!(
            !log.contains(secret),
            "secret {}… in the server log",
            &secret[..6]
        );
    }
    assert!(!log.to_ascii_lowercase().contains("authorization: bearer"));
}

#[test]
fn bad_arguments_exit_with_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let out = scimctl(dir.path())
        .args([
            "serve",
            "--database",
            "mysql://x",
            "--listen",
            "127.0.0.1:0",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unsupported database URL"));
    let out = scimctl(dir.path())
        .args(["serve", "--listen", "not-an-address"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = scimctl(dir.path())
        .args(["no-such-command"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
