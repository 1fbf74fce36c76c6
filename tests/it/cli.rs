//! End-to-end tests of the built binary (SPEC §2–§8): named scenarios, each
//! run on the embedded backend and on `scimctl serve` over HTTP, checking
//! stdout JSON, stderr messages and exit codes.

use std::process::Stdio;

use serde_json::Value;

use crate::common::{Machine, Out, Server, assert_seen, read_tree, scenarios};

// The contract: the same commands give the same answers on either backend.
// Each scenario sets up what it needs through the helpers below and runs
// as its own test on both backends (see `scenarios!`).
scenarios! {
    sso_and_toggle_rules,
    provisioning_before_any_key,
    key_is_printed_once_and_stored,
    users_create_get_update,
    deactivate_needs_confirmation_and_keeps_data,
    listing_pages_and_formats,
    filters,
    key_rotation_and_grace,
    revoke_ends_grace,
    scim_toggle_blocks_provisioning,
    audit_trail,
    nothing_secret_in_config,
}

/// One SAML method named Okta, and SCIM provisioning on.
pub(crate) async fn sso_and_scim(m: &Machine) {
    m.run(&["sso", "add", "--type", "saml", "--name", "Okta"])
        .await
        .ok();
    m.run(&["scim", "enable"]).await.ok();
}

/// [`sso_and_scim`], then a key named okta, stored in the explicit file
/// (no keyring here): what provisioning needs on either backend. The
/// issued key as JSON, secret included.
pub(crate) async fn ready(m: &Machine) -> Value {
    sso_and_scim(m).await;
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
    .json()
}

/// `users create EMAIL --first FIRST --last LAST EXTRA…`, expecting success;
/// the new user as JSON.
async fn create(m: &Machine, email: &str, first: &str, last: &str, extra: &[&str]) -> Value {
    let mut args = vec![
        "users", "create", email, "--first", first, "--last", last, "-o", "json",
    ];
    args.extend_from_slice(extra);
    m.run(&args).await.ok().json()
}

/// Ann Lee (developer), Bob Ray (admin, external id ext-bob) and Cy Doe.
async fn three_users(m: &Machine) {
    create(m, "ann@example.com", "Ann", "Lee", &[]).await;
    create(
        m,
        "bob@example.com",
        "Bob",
        "Ray",
        &["--role", "admin", "--external-id", "ext-bob"],
    )
    .await;
    create(m, "cy@example.com", "Cy", "Doe", &[]).await;
}

/// `keys rotate okta --yes --grace 2h`: the new key as JSON.
async fn rotate(m: &Machine) -> Value {
    m.run(&[
        "keys", "rotate", "okta", "--yes", "--grace", "2h", "-o", "json",
    ])
    .await
    .ok()
    .json()
}

async fn sso_and_toggle_rules(m: Machine) {
    assert_eq!(
        m.run(&["sso", "list", "-o", "json"]).await.ok().json(),
        serde_json::json!([])
    );
    assert_seen!(&m, "sso_list_empty", m.run(&["sso", "list"]).await.ok());
    let out = m.run(&["scim", "enable"]).await.code(6);
    assert_seen!(&m, "scim_enable_without_sso", out);
    let out = m
        .run(&["keys", "generate", "--name", "k", "--no-store"])
        .await
        .code(6);
    assert_seen!(&m, "keys_generate_without_sso", out);
    let sso = m
        .run(&[
            "sso", "add", "--type", "saml", "--name", "Okta", "-o", "json",
        ])
        .await
        .ok()
        .json();
    assert_eq!(sso["type"], "saml");
    let out = m
        .run(&["sso", "add", "--type", "ldap", "--name", "x"])
        .await
        .code(2);
    assert_seen!(&m, "sso_add_unknown_type", out);
    // a second method: removable by name; the last one stays while SCIM is on
    m.run(&["sso", "add", "--type", "oidc", "--name", "Entra"])
        .await
        .ok();
    assert_seen!(&m, "sso_list_two", m.run(&["sso", "list"]).await.ok());
    m.run(&["sso", "remove", "entra"]).await.ok();
    let out = m.run(&["sso", "remove", "no-such-method"]).await.code(5);
    assert_seen!(&m, "sso_remove_unknown", out);
    let status = m.run(&["scim", "enable", "-o", "json"]).await.ok().json();
    assert_eq!(status["enabled"], true);
    let status = m.run(&["scim", "status", "-o", "json"]).await.ok().json();
    assert_eq!(
        status,
        serde_json::json!({"enabled": true, "sso_methods": 1, "active_keys": 0, "grace_keys": 0, "suspended_keys": 0})
    );
    let last = m
        .run(&["sso", "remove", sso["id"].as_str().unwrap()])
        .await
        .code(6);
    assert_seen!(&m, "sso_remove_the_last_while_scim_is_on", last);
    assert_seen!(&m, "scim_status", m.run(&["scim", "status"]).await.ok());
}

/// Provisioning before any key: the embedded backend needs none, a remote
/// one says "no key" (exit 4).
async fn provisioning_before_any_key(m: Machine) {
    sso_and_scim(&m).await;
    let before = m.run(&["users", "list", "-o", "json"]).await;
    if m.server.is_some() {
        // (only a remote backend has this to say)
        assert_seen!(&m, "users_list_without_a_key", before.code(4));
    } else {
        assert_eq!(before.ok().json(), serde_json::json!([]));
    }
}

/// A key is printed once and stored (in the explicit file: no keyring here).
async fn key_is_printed_once_and_stored(m: Machine) {
    sso_and_scim(&m).await;
    // no keyring and no --insecure-storage on a fresh profile: fail fast,
    // name the ways out, and issue nothing (the keyring's own words vary)
    let no_keyring = m.run(&["keys", "generate", "--name", "okta"]).await.code(7);
    for way_out in ["--insecure-storage", "--no-store", "SCIMCTL_SCIM_KEY"] {
        assert!(no_keyring.stderr.contains(way_out), "{}", no_keyring.stderr);
    }
    assert_eq!(
        m.run(&["keys", "list", "-o", "json"]).await.ok().json(),
        serde_json::json!([])
    );
    let issued = m
        .run(&[
            "keys",
            "generate",
            "--name",
            "okta",
            "--insecure-storage",
            "-o",
            "json",
        ])
        .await
        .ok();
    let key = issued.json();
    let secret = key["secret"].as_str().unwrap().to_string();
    assert!(secret.starts_with("scim_") && secret.len() >= 37);
    for field in ["id", "name", "prefix", "created_at"] {
        assert!(key[field].is_string(), "{field}");
    }
    assert!(issued.stderr.contains("unencrypted"), "{}", issued.stderr);
    assert!(!issued.stderr.contains(&secret));
    assert_seen!(&m, "keys_generate_into_the_insecure_file", issued);
    let listed = m.run(&["keys", "list", "-o", "json"]).await.ok().json();
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["status"], "active");
    assert!(!listed.to_string().contains(&secret));
    assert_seen!(
        &m,
        "keys_list_one_active",
        m.run(&["keys", "list"]).await.ok()
    );
    assert!(
        !std::fs::read_to_string(m.config_dir().join("config.toml"))
            .unwrap()
            .contains(&secret)
    );
}

async fn users_create_get_update(m: Machine) {
    ready(&m).await;
    let ann = create(&m, "ann@example.com", "Ann", "Lee", &[]).await;
    assert_eq!(ann["userName"], "ann@example.com");
    assert_eq!(ann["name"]["givenName"], "Ann");
    assert_eq!(ann["roles"][0]["value"], "developer");
    let ann_id = ann["id"].as_str().unwrap().to_string();
    let again = m
        .run(&[
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
    assert_seen!(&m, "users_create_existing", again);
    let skipped = create(&m, "ann@example.com", "A", "L", &["--if-exists", "skip"]).await;
    assert_eq!(skipped["name"]["givenName"], "Ann");
    let bob = create(
        &m,
        "bob@example.com",
        "Bob",
        "Ray",
        &["--role", "admin", "--external-id", "ext-bob"],
    )
    .await;
    assert_eq!(bob["roles"][0]["value"], "admin");

    // get by email and by id; not found is exit 5
    assert_eq!(
        m.run(&["users", "get", "ANN@example.com", "-o", "json"])
            .await
            .ok()
            .json()["id"],
        ann_id.as_str()
    );
    assert_eq!(
        m.run(&["users", "get", &ann_id, "-o", "json"])
            .await
            .ok()
            .json()["userName"],
        "ann@example.com"
    );
    let out = m.run(&["users", "get", "nobody@example.com"]).await.code(5);
    assert_seen!(&m, "users_get_unknown_email", out);
    let out = m.run(&["users", "get", "no-such-id"]).await.code(5);
    assert_seen!(&m, "users_get_unknown_id", out);

    // update
    let updated = m
        .run(&[
            "users",
            "update",
            "ann@example.com",
            "--first",
            "Anna",
            "--role",
            "billing",
            "-o",
            "json",
        ])
        .await
        .ok()
        .json();
    assert_eq!(updated["name"]["givenName"], "Anna");
    assert_eq!(updated["name"]["familyName"], "Lee");
    assert_eq!(updated["roles"][0]["value"], "billing");
    let out = m.run(&["users", "get", "ann@example.com"]).await.ok();
    assert_seen!(&m, "users_get_after_update", out);
    let out = m.run(&["users", "update", "ann@example.com"]).await.code(2);
    assert_seen!(&m, "users_update_nothing", out);
}

async fn deactivate_needs_confirmation_and_keeps_data(m: Machine) {
    ready(&m).await;
    three_users(&m).await;
    let active = async |email: &str| {
        m.run(&["users", "get", email, "-o", "json"])
            .await
            .ok()
            .json()["active"]
            .clone()
    };
    // no terminal and no --yes → exit 3, nothing changes
    let refused = m
        .run(&["users", "deactivate", "ann@example.com"])
        .await
        .code(3);
    assert_seen!(&m, "users_deactivate_without_yes", refused);
    assert_eq!(active("ann@example.com").await, true);
    // an unknown user among several: exit 5, nobody changes
    let out = m
        .run(&[
            "users",
            "deactivate",
            "ann@example.com",
            "ghost@example.com",
            "--yes",
        ])
        .await
        .code(5);
    assert_seen!(&m, "users_deactivate_an_unknown_among_several", out);
    assert_eq!(active("ann@example.com").await, true);
    let off = m
        .run(&[
            "users",
            "deactivate",
            "ann@example.com",
            "bob@example.com",
            "--yes",
            "-o",
            "jsonl",
        ])
        .await
        .ok();
    assert_eq!(off.stdout.lines().count(), 2);
    let inactive = m
        .run(&["users", "list", "--inactive", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(inactive.as_array().unwrap().len(), 2);
    // deactivation keeps the data
    let kept = m
        .run(&["users", "get", "bob@example.com", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(kept["externalId"], "ext-bob");
    assert_eq!(kept["active"], false);
    m.run(&["users", "reactivate", "bob@example.com"])
        .await
        .ok();
    assert_eq!(
        m.run(&["users", "list", "--active", "-o", "json"])
            .await
            .ok()
            .json()
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

/// Listing pages through everything, in every format.
async fn listing_pages_and_formats(m: Machine) {
    ready(&m).await;
    three_users(&m).await;
    let lines = m
        .run(&["users", "list", "-o", "jsonl", "--page-size", "1"])
        .await
        .ok()
        .stdout;
    assert_eq!(lines.lines().count(), 3);
    for l in lines.lines() {
        serde_json::from_str::<Value>(l).unwrap();
    }
    assert_eq!(
        m.run(&[
            "users",
            "list",
            "-o",
            "jsonl",
            "--page-size",
            "2",
            "--limit",
            "2"
        ])
        .await
        .ok()
        .stdout
        .lines()
        .count(),
        2
    );
    let csv = m.run(&["users", "list", "-o", "csv"]).await.ok().stdout;
    assert_eq!(
        csv.lines().next().unwrap(),
        "ID,USERNAME,FIRST,LAST,ACTIVE,ROLES,EXTERNAL ID"
    );
    assert_eq!(csv.lines().count(), 4);
    assert_seen!(&m, "users_list", m.run(&["users", "list"]).await.ok());
}

async fn filters(m: Machine) {
    ready(&m).await;
    three_users(&m).await;
    let filtered = m
        .run(&[
            "users",
            "list",
            "--filter",
            "name.familyName eq \"Ray\"",
            "-o",
            "json",
        ])
        .await
        .ok()
        .json();
    assert_eq!(filtered[0]["userName"], "bob@example.com");
    let out = m
        .run(&["users", "list", "--filter", "userName zz \"x\""])
        .await
        .code(2);
    assert_seen!(&m, "users_list_bad_filter", out);
}

async fn key_rotation_and_grace(m: Machine) {
    let key = ready(&m).await;
    let secret = key["secret"].as_str().unwrap();
    m.run(&["keys", "test"]).await.ok();
    let out = m.run(&["keys", "rotate", "okta"]).await.code(3);
    assert_seen!(&m, "keys_rotate_without_yes", out);
    let rotated = rotate(&m).await;
    assert!(rotated["grace_expires_at"].is_string());
    assert_ne!(rotated["secret"].as_str().unwrap(), secret);
    let statuses: Vec<Value> = m
        .run(&["keys", "list", "-o", "json"])
        .await
        .ok()
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["status"].clone())
        .collect();
    assert_eq!(
        statuses,
        [serde_json::json!("grace"), serde_json::json!("active")]
    );
    assert_seen!(
        &m,
        "keys_list_during_grace",
        m.run(&["keys", "list"]).await.ok()
    );
    let conflict = m.run(&["keys", "rotate", "okta", "--yes"]).await.code(6);
    assert_seen!(&m, "keys_rotate_during_grace", conflict);
    let out = m
        .run(&[
            "keys", "rotate", "okta", "--yes", "--grace", "8d", "--force",
        ])
        .await
        .code(2);
    assert_seen!(&m, "keys_rotate_grace_too_long", out);
    // the newest stored key is used for provisioning
    m.run(&["users", "list"]).await.ok();
    let test = m.run(&["keys", "test"]).await.ok();
    assert!(
        test.stdout.contains(rotated["prefix"].as_str().unwrap()),
        "{}",
        test.stdout
    );
    // reveal prints the stored secret, and only with --reveal
    let shown = m.run(&["keys", "show", "okta"]).await.ok();
    assert!(!shown.stdout.contains(rotated["secret"].as_str().unwrap()));
    assert_seen!(&m, "keys_show", shown);
    let revealed = m.run(&["keys", "show", "okta", "--reveal"]).await.ok();
    assert_eq!(revealed.stdout.trim(), rotated["secret"].as_str().unwrap());
}

/// Revoking the new key of a rotation ends the old key's grace window too.
async fn revoke_ends_grace(m: Machine) {
    ready(&m).await;
    let rotated = rotate(&m).await;
    // revoke: confirmation, then 401 for its users
    let new_id = rotated["id"].as_str().unwrap();
    let out = m.run(&["keys", "revoke", new_id]).await.code(3);
    assert_seen!(&m, "keys_revoke_without_yes", out);
    let revoked = m
        .run(&["keys", "revoke", new_id, "--yes", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(revoked["status"], "revoked");
    let out = m
        .run(&["keys", "revoke", "no-such-key", "--yes"])
        .await
        .code(5);
    assert_seen!(&m, "keys_revoke_unknown", out);
    // revoking ended the old key's window too: provisioning needs a new key
    let stale = m.run(&["users", "list"]).await;
    if m.server.is_some() {
        // the only stored key left is the rotated one: a warning ("stops
        // working at"), then 401
        assert_seen!(
            &m,
            "users_list_with_the_old_key_of_a_revoked_rotation",
            stale.code(4)
        );
    } else {
        stale.ok();
    }
    m.run(&["keys", "generate", "--name", "okta-2"]).await.ok();
    m.run(&["users", "list"]).await.ok();
}

/// The toggle: off needs confirmation and stops provisioning; on again.
async fn scim_toggle_blocks_provisioning(m: Machine) {
    ready(&m).await;
    m.run(&["users", "list"]).await.ok();
    let out = m.run(&["scim", "disable"]).await.code(3);
    assert_seen!(&m, "scim_disable_without_yes", out);
    m.run(&["scim", "disable", "--yes"]).await.ok();
    let off = m.run(&["users", "list"]).await.code(4);
    assert_seen!(&m, "users_list_while_scim_is_off", off);
    m.run(&["scim", "enable"]).await.ok();
    // the keys were suspended, not lost
    m.run(&["users", "list"]).await.ok();
}

/// Every kind of change leaves its line in the audit trail.
async fn audit_trail(m: Machine) {
    ready(&m).await;
    create(&m, "ann@example.com", "Ann", "Lee", &[]).await;
    m.run(&["users", "update", "ann@example.com", "--first", "Anna"])
        .await
        .ok();
    m.run(&["users", "deactivate", "ann@example.com", "--yes"])
        .await
        .ok();
    m.run(&["users", "reactivate", "ann@example.com"])
        .await
        .ok();
    let rotated = rotate(&m).await;
    m.run(&["keys", "revoke", rotated["id"].as_str().unwrap(), "--yes"])
        .await
        .ok();
    m.run(&["scim", "disable", "--yes"]).await.ok();
    let trail = m.run(&["audit", "list", "-o", "json"]).await.ok().json();
    let actions: Vec<&str> = trail
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for a in [
        "sso.add",
        "scim.enable",
        "key.generate",
        "user.create",
        "user.update",
        "user.deactivate",
        "user.reactivate",
        "key.rotate",
        "key.revoke",
        "scim.disable",
    ] {
        assert!(actions.contains(&a), "{a} missing from {actions:?}");
    }
    // The table differs between the backends in who acted: the local user
    // on the embedded backend, the admin token's owner through `serve`.
    let table = m.run(&["audit", "list"]).await.ok();
    match m.server {
        None => assert_seen!(&m, "audit_list_embedded", table),
        Some(_) => assert_seen!(&m, "audit_list_remote", table),
    }
    let out = m
        .run(&["audit", "list", "--since", "not-a-time"])
        .await
        .code(2);
    assert_seen!(&m, "audit_list_bad_since", out);
}

/// Nothing secret in the config directory but the file the user chose.
async fn nothing_secret_in_config(m: Machine) {
    let key = ready(&m).await;
    let secret = key["secret"].as_str().unwrap();
    let rotated = rotate(&m).await;
    m.run(&["keys", "generate", "--name", "okta-2"]).await.ok();
    let config = std::fs::read_to_string(m.config_dir().join("config.toml")).unwrap();
    assert!(!config.contains("scim_") || !config.contains(secret));
    assert!(!config.contains(rotated["secret"].as_str().unwrap()));
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

#[tokio::test(flavor = "multi_thread")]
async fn auth_login_status_token_logout_with_the_insecure_file() {
    let server = Server::start().await;
    let m = Machine {
        url: String::new(),
        ..Machine::embedded().await
    };
    let login = |args: Vec<String>, stdin: String| {
        let mut cmd = m.command(&args.iter().map(String::as_str).collect::<Vec<_>>());
        cmd.env_remove("SCIMCTL_URL").stdin(Stdio::piped());
        async move {
            let mut child = cmd.spawn().unwrap();
            use tokio::io::AsyncWriteExt;
            child
                .stdin
                .take()
                .unwrap()
                .write_all(stdin.as_bytes())
                .await
                .unwrap();
            let out = child.wait_with_output().await.unwrap();
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

/// `--color always` styles tables and error prefixes; `never` and a
/// non-terminal (the default `auto`) print plain text.
#[tokio::test(flavor = "multi_thread")]
async fn colour_follows_the_flag() {
    let m = Machine::embedded().await;
    m.run(&["sso", "add", "--type", "saml", "--name", "Okta"])
        .await
        .ok();
    let esc = '\u{1b}';
    let always = m.run(&["--color", "always", "sso", "list"]).await.ok();
    assert!(always.stdout.contains(esc), "{:?}", always.stdout);
    assert!(always.stdout.contains("Okta"));
    for plain in [vec!["--color", "never", "sso", "list"], vec!["sso", "list"]] {
        let out = m.run(&plain).await.ok();
        assert!(!out.stdout.contains(esc), "{plain:?}: {:?}", out.stdout);
    }
    let failed = m
        .run(&["--color", "always", "users", "get", "nobody@example.com"])
        .await;
    assert_ne!(failed.code, 0);
    // (line by line: the suite may run with trace logs on stderr too)
    let red = format!("{esc}[1;31merror:");
    assert!(
        failed.stderr.lines().any(|l| l.starts_with(&red)),
        "{:?}",
        failed.stderr
    );
    let failed = m.run(&["users", "get", "nobody@example.com"]).await;
    assert!(
        failed.stderr.lines().any(|l| l.starts_with("error:")),
        "{:?}",
        failed.stderr
    );
}
