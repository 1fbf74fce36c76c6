//! Which backend a command talks to, and with what (docs/cli.md, "Backends
//! and profiles"): profiles (`profile list|use|remove`, and `auth login`
//! never repointing one that exists), a profile's admin token never sent to
//! another `--url`, database paths never made up and the default one
//! private, and a damaged or silent database failing fast with its own exit
//! code (beside the one server-side check of that family: two
//! Authorization headers).

use serde_json::Value;

use crate::common::{Machine, Out, Server, output_with_stdin};

/// `auth login` never repoints an existing profile silently (docs/cli.md,
/// "Backends and profiles") — `SCIMCTL_PROFILE=local` once turned the
/// embedded profile into a remote one and orphaned its keys; `profile
/// list|use|remove` manage them.
#[tokio::test(flavor = "multi_thread")]
async fn profiles_are_never_repointed_silently() {
    let server = Server::start().await;
    let mut m = Machine::embedded().await;
    // the embedded default, with a stored key (in the 0600 file: no keyring here)
    m.env.retain(|(k, _)| k != "SCIMCTL_URL");
    let local = |m: &Machine, args: &[&str]| {
        let mut cmd = m.std_command(args);
        cmd.env_remove("SCIMCTL_URL");
        cmd
    };
    let run = |cmd: std::process::Command, stdin: Option<&str>| {
        Out::from(output_with_stdin(cmd, stdin.unwrap_or_default()))
    };
    for args in [
        &["sso", "add", "--type", "saml", "--name", "Okta"][..],
        &["scim", "enable"],
        &["keys", "generate", "--name", "okta", "--insecure-storage"],
    ] {
        run(local(&m, args), None).ok();
    }
    let secrets = m.config_dir().join("secrets.insecure.toml");
    let before = std::fs::read_to_string(&secrets).unwrap();
    assert!(before.contains("scim_"));

    // SCIMCTL_PROFILE=local + auth login --url: refused, nothing changes
    let mut login = local(&m, &["auth", "login", "--url", &server.url, "--with-token"]);
    login.env("SCIMCTL_PROFILE", "local");
    let refused = run(login, Some(&server.admin)).code(6);
    assert!(
        refused.messages().contains("does not repoint"),
        "{}",
        refused.stderr
    );
    assert_eq!(std::fs::read_to_string(&secrets).unwrap(), before);
    run(local(&m, &["keys", "list"]), None).ok();

    // a profile of its own is fine, and becomes the default
    let login = local(
        &m,
        &[
            "auth",
            "login",
            "--url",
            &server.url,
            "--profile",
            "prod",
            "--with-token",
            "--insecure-storage",
        ],
    );
    run(login, Some(&server.admin)).ok();
    let list = run(local(&m, &["profile", "list", "-o", "json"]), None)
        .ok()
        .json();
    let names: Vec<(&str, bool)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["name"].as_str().unwrap(), p["default"].as_bool().unwrap()))
        .collect();
    assert_eq!(names, [("local", false), ("prod", true)]);
    let chosen = run(local(&m, &["profile", "use", "prod", "-o", "json"]), None).ok();
    assert_eq!(
        chosen.json()["default_profile"],
        "prod",
        "{}",
        chosen.stdout
    );
    run(local(&m, &["profile", "use", "local", "-o", "csv"]), None).code(2);
    run(local(&m, &["profile", "use", "local"]), None).ok();
    run(local(&m, &["profile", "use", "nope"]), None).code(5);
    // the embedded profile still has its key
    run(local(&m, &["keys", "test"]), None).ok();

    // remove: the profile and its secrets go
    let token_prefix = &server.admin[..14];
    assert!(
        std::fs::read_to_string(&secrets)
            .unwrap()
            .contains(token_prefix)
    );
    run(local(&m, &["profile", "remove", "prod"]), None).ok();
    assert!(
        !std::fs::read_to_string(&secrets)
            .unwrap()
            .contains(token_prefix)
    );
    let list = run(local(&m, &["profile", "list", "-o", "json"]), None)
        .ok()
        .json();
    assert_eq!(list.as_array().unwrap().len(), 1);
}

/// A `--url` that names another backend than the saved profile's must not
/// send that profile's admin token there (it did: the token went to
/// whichever host `--url` named). A listener that records what it is sent
/// stands in for the other host.
#[tokio::test(flavor = "multi_thread")]
async fn a_profiles_token_never_goes_to_another_url() {
    let server = Server::start().await;
    let m = Machine::embedded().await;
    let mut login = m.std_command(&[
        "auth",
        "login",
        "--url",
        &server.url,
        "--with-token",
        "--insecure-storage",
    ]);
    login.env_remove("SCIMCTL_URL");
    let out = Out::from(output_with_stdin(login, &server.admin));
    out.ok();

    // the other host: answers every request 401 and keeps what it was sent
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let other = format!("http://{}", listener.local_addr().unwrap());
    let seen = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let keep = seen.clone();
    let accept = tokio::spawn(async move {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        while let Ok((mut sock, _)) = listener.accept().await {
            let mut buf = vec![0u8; 16 * 1024];
            let n = sock.read(&mut buf).await.unwrap_or(0);
            keep.lock()
                .unwrap()
                .push_str(&String::from_utf8_lossy(&buf[..n]));
            let _ = sock
                .write_all(
                    b"HTTP/1.1 401 Unauthorized\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
                )
                .await;
        }
    });
    let mut cmd = m.std_command(&["--url", &other, "scim", "status"]);
    cmd.env_remove("SCIMCTL_URL");
    let out = crate::common::Out::from(cmd.output().unwrap());
    accept.abort();
    assert_eq!(out.code, 4, "{}", out.stderr);
    let sent = seen.lock().unwrap().clone();
    assert!(
        !sent.contains(&server.admin),
        "the admin token went to {other}: {sent}"
    );
    assert!(out.messages().contains("no admin token"), "{}", out.stderr);
}

/// An explicit `sqlite://PATH` whose directory does not exist is an error
/// that creates nothing; the default location is created private
/// (docs/cli.md, "Backends and profiles").
#[tokio::test(flavor = "multi_thread")]
async fn database_paths_are_never_made_up_and_the_default_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let m = Machine::embedded().await;
    let missing = m.home.path().join("no/such/dir/team.db");
    let url = format!("sqlite://{}", missing.display());
    let out = m.run(&["--url", &url, "sso", "list"]).await.code(2);
    assert!(out.messages().contains("does not exist"), "{}", out.stderr);
    assert!(
        !m.home.path().join("no").exists(),
        "a directory was created"
    );

    // the default location, with nothing set: created 0700 / 0600
    let mut cmd = crate::common::scimctl(m.home.path());
    let out = cmd.args(["sso", "list", "-o", "json"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dir = m.home.path().join("data/scimctl");
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    for name in ["team.db", "team.db-wal", "team.db-shm"] {
        let file = dir.join(name);
        if file.exists() {
            assert_eq!(mode(&file), 0o600, "{name}");
        }
    }
    assert_eq!(mode(&dir.join("team.db")), 0o600);
}

/// Three small refusals (docs/scim.md, "Transport"): two Authorization
/// headers are a 400 (not first-wins); a damaged database file exits 1 (not
/// 2, "usage"); a PostgreSQL server that never answers is an error within
/// seconds, exit 7 (it hung 30 s). The silent server is a loopback listener
/// that accepts and says nothing.
#[tokio::test(flavor = "multi_thread")]
async fn two_credentials_damaged_files_and_silent_databases() {
    let (s, key) = Server::provisioned().await;
    let r = s
        .http
        .get(format!("{}/scim/v2/Users", s.url))
        .header("Authorization", format!("Bearer {key}"))
        .header("Authorization", "Bearer scim_other")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 400);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["scimType"], "invalidSyntax");

    let m = Machine::embedded().await;
    let damaged = m.home.path().join("damaged.db");
    std::fs::write(&damaged, "not a database ".repeat(64)).unwrap();
    let url = format!("sqlite://{}", damaged.display());
    let out = m.run(&["--url", &url, "sso", "list"]).await.code(1);
    assert!(out.messages().contains("not a database"), "{}", out.stderr);

    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!(
        "postgres://scimctl@{}/scimctl",
        silent.local_addr().unwrap()
    );
    // (before: the pool's 30 s wait, then "cannot connect … timed out")
    let out = m.run(&["--url", &url, "sso", "list"]).await.code(7);
    assert!(
        out.messages().contains("did not answer within 5 s"),
        "{}",
        out.stderr
    );
    drop(silent);
}
