//! `scimctl auth` and the credentials a command presents (docs/cli.md,
//! "Secrets"): `auth login` stores a token only once the backend accepts
//! it, needs `--with-token` without a terminal, and refuses a URL that
//! carries a database password; `auth status`, `auth token` and `auth
//! logout` with the explicit secrets file; a missing or rejected admin
//! token or SCIM key exits 4; and no secret reaches the logs, an error, the
//! help or the config file.

use serde_json::Value;

use crate::common::{Machine, Out, Server, assert_seen, output_with_stdin_async, read_tree};

#[tokio::test(flavor = "multi_thread")]
async fn auth_login_status_token_logout_with_the_insecure_file() {
    let server = Server::start().await;
    let m = Machine {
        url: String::new(),
        ..Machine::embedded().await
    };
    let login = |args: Vec<String>, stdin: String| {
        let mut cmd = m.command(&args.iter().map(String::as_str).collect::<Vec<_>>());
        cmd.env_remove("SCIMCTL_URL");
        async move {
            let out = output_with_stdin_async(cmd, &stdin).await;
            Out {
                args,
                ..Out::from(out)
            }
        }
    };
    let args = |extra: &[&str]| {
        let mut v: Vec<String> = vec![
            "auth".into(),
            "login".into(),
            "--url".into(),
            server.url.clone(),
        ];
        v.extend(extra.iter().map(|s| s.to_string()));
        v
    };
    // a rejected token is not stored
    let out = login(
        args(&["--with-token", "--insecure-storage"]),
        "scimadm_bad\n".into(),
    )
    .await
    .code(4);
    assert_seen!(&m, "auth_login_with_a_rejected_token", out);
    // without --with-token there is no way to give it: exit 3
    let out = login(args(&[]), String::new()).await.code(3);
    assert_seen!(&m, "auth_login_without_a_terminal", out);
    let ok = login(
        args(&["--with-token", "--insecure-storage", "--profile", "team"]),
        format!("{}\n", server.admin),
    )
    .await
    .ok();
    assert!(ok.stderr.contains("team"), "{}", ok.stderr);
    assert_seen!(&m, "auth_login", ok);
    let config = std::fs::read_to_string(m.config_dir().join("config.toml")).unwrap();
    assert!(config.contains("default_profile = \"team\""), "{config}");
    assert!(!config.contains(&server.admin));

    let run = |a: &'static [&'static str]| {
        let mut cmd = m.command(a);
        cmd.env_remove("SCIMCTL_URL");
        async move {
            let out = cmd.output().await.unwrap();
            Out::from(out)
        }
    };
    // the stored token works; no SCIM key yet → status exits 4 and says why
    run(&["sso", "add", "--type", "oidc", "--name", "Entra"])
        .await
        .ok();
    let status = run(&["auth", "status", "-o", "json"]).await.code(4);
    let report: Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(report["profile"], "team");
    assert_eq!(report["admin_token"]["status"], "accepted");
    assert_eq!(report["scim_key"]["status"], "missing");
    assert!(
        report["admin_token"]["source"]
            .as_str()
            .unwrap()
            .contains("secrets.insecure.toml")
    );
    run(&["scim", "enable"]).await.ok();
    run(&["keys", "generate", "--name", "k"]).await.ok();
    run(&["auth", "status"]).await.ok();
    let token = run(&["auth", "token"]).await.ok();
    assert_eq!(token.stdout.trim(), server.admin);
    let json = run(&["auth", "token", "-o", "json"]).await.ok().json();
    assert_eq!(json["token"], server.admin.as_str(), "{json}");
    assert!(json["source"].is_string(), "{json}");
    run(&["auth", "token", "-o", "csv"]).await.code(2);
    // logout removes the secrets
    run(&["auth", "logout"]).await.ok();
    run(&["auth", "token"]).await.code(4);
    run(&["sso", "list"]).await.code(4);
    let file =
        std::fs::read_to_string(m.config_dir().join("secrets.insecure.toml")).unwrap_or_default();
    assert!(
        !file.contains("scimadm_") && !file.contains("scim_"),
        "{file}"
    );
}

/// A database password never reaches a profile: `auth login` refuses a URL
/// that carries one, and nothing is written.
#[tokio::test(flavor = "multi_thread")]
async fn auth_login_refuses_a_url_with_a_password() {
    let m = Machine::embedded().await;
    let url = "postgres://app:pw-7c1d9e@127.0.0.1:1/scim";
    let out = m.run(&["--url", url, "auth", "login"]).await.code(2);
    assert!(!out.stderr.contains("pw-7c1d9e"), "{}", out.stderr);
    assert_seen!(&m, "auth_login_url_with_a_password", out);
    assert!(!read_tree(&m.config_dir()).contains("pw-7c1d9e"));
}

#[tokio::test(flavor = "multi_thread")]
async fn remote_credentials_missing_or_rejected_exit_4() {
    let mut m = Machine::remote().await;
    // no admin token anywhere, no keyring: exit 4, and the message names the ways out
    m.env.clear();
    let out = m.run(&["sso", "list"]).await.code(4);
    assert!(out.stderr.contains("SCIMCTL_TOKEN"), "{}", out.stderr);
    assert!(out.stderr.contains("--insecure-storage"), "{}", out.stderr);
    // a wrong token: exit 4
    m.env = vec![(
        "SCIMCTL_TOKEN".into(),
        "scimadm_wrongwrongwrongwrongwrongwrong".into(),
    )];
    let out = m.run(&["sso", "list"]).await.code(4);
    assert!(
        !out.stderr.contains("wrongwrong"),
        "the token must not be echoed: {}",
        out.stderr
    );
    assert_seen!(&m, "sso_list_with_a_wrong_admin_token", out);
    m.run(&["auth", "status"]).await.code(4);
    // a wrong SCIM key: exit 4
    m.env.push((
        "SCIMCTL_SCIM_KEY".into(),
        "scim_wrongwrongwrongwrongwrongwrongwrong".into(),
    ));
    let out = m.run(&["users", "list"]).await.code(4);
    assert_seen!(&m, "users_list_with_a_wrong_key", out);
    // nothing listens: exit 7
    let closed = Machine {
        url: "http://127.0.0.1:9".into(),
        ..Machine::embedded().await
    };
    let mut closed = closed;
    closed.env = vec![("SCIMCTL_SCIM_KEY".into(), "scim_x".into())];
    let out = closed.run(&["users", "list"]).await.code(7);
    assert!(out.stderr.contains("cannot reach"), "{}", out.stderr);
}

/// No secret in logs (even at trace level), error text, help output or
/// the config file; secrets leave the process only where the user asked
/// (a new key on stdout, `keys show --reveal`, `auth token`).
#[tokio::test(flavor = "multi_thread")]
async fn secrets_do_not_leak() {
    let mut m = Machine::remote().await;
    let admin = m.server.as_ref().unwrap().admin.clone();
    let mut stderr = String::new();
    let mut run = async |m: &Machine, args: &[&str]| {
        let mut with_v = vec!["-vvv"];
        with_v.extend_from_slice(args);
        let out = m.run(&with_v).await;
        stderr.push_str(&out.stderr);
        out
    };
    run(&m, &["sso", "add", "--type", "saml", "--name", "Okta"])
        .await
        .ok();
    run(&m, &["scim", "enable"]).await.ok();
    let key = run(
        &m,
        &[
            "keys",
            "generate",
            "--name",
            "k",
            "--insecure-storage",
            "-o",
            "json",
        ],
    )
    .await
    .ok()
    .json();
    let secret = key["secret"].as_str().unwrap().to_string();
    run(
        &m,
        &[
            "users",
            "create",
            "leak@example.com",
            "--first",
            "L",
            "--last",
            "K",
        ],
    )
    .await
    .ok();
    run(&m, &["users", "list"]).await.ok();
    run(&m, &["keys", "test"]).await.ok();
    let rotated = run(&m, &["keys", "rotate", "k", "--yes", "-o", "json"])
        .await
        .ok()
        .json();
    let secret2 = rotated["secret"].as_str().unwrap().to_string();
    run(&m, &["keys", "list"]).await.ok();
    run(&m, &["auth", "status"]).await.ok();
    run(&m, &["keys", "show", "k"]).await.ok();
    // failures: a rejected token and a rejected key
    let wrong_token = "scimadm_thisisnotavalidtokenthisisnotavalid";
    m.env = vec![
        ("SCIMCTL_TOKEN".into(), wrong_token.into()),
        ("SCIMCTL_SCIM_KEY".into(), format!("{secret}x")),
    ];
    run(&m, &["keys", "list"]).await.code(4);
    run(&m, &["users", "list"]).await.code(4);
    run(&m, &["auth", "status"]).await.code(4);
    // help and usage errors, with a password in the backend URL of the environment
    m.url = "postgres://app:db-pass-7f3k@127.0.0.1:1/scim".into();
    let help = run(&m, &["--help"]).await.ok();
    let usage = run(&m, &["users", "list", "--bogus"]).await.code(2);
    assert!(
        stderr.contains("TRACE") || stderr.contains("DEBUG"),
        "logs were captured: {stderr}"
    );
    for (what, value) in [
        ("admin token", admin.as_str()),
        ("SCIM key", secret.as_str()),
        ("rotated key", secret2.as_str()),
        ("wrong token", wrong_token),
        ("database password", "db-pass-7f3k"),
    ] {
        assert!(!stderr.contains(value), "{what} in stderr/logs:\n{stderr}");
        assert!(!help.stdout.contains(value), "{what} in --help");
        assert!(
            !usage.stdout.contains(value) && !usage.stderr.contains(value),
            "{what} in a usage error"
        );
    }
    let config = std::fs::read_to_string(m.config_dir().join("config.toml")).unwrap();
    for value in [&admin, &secret, &secret2] {
        assert!(
            !config.contains(value.as_str()),
            "a secret in config.toml:\n{config}"
        );
    }
    // the explicit file holds the stored keys, and only with mode 0600
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(m.config_dir().join("secrets.insecure.toml"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
}
