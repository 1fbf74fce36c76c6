//! `scimctl keys`: a key is printed once and stored (never in
//! config.toml), rotated with a grace window, revoked (which ends its
//! predecessor's window too), shown and tested. And what is said around a
//! key: `auth status` without one says how to get one, the expiry warning
//! comes once per run, a zero grace ends the old key "at once", `scim
//! status` counts keys by what they can do, and retries are told at `-v`.

use serde_json::Value;

use crate::common::{
    Machine, assert_seen, keys_generate_okta, keys_rotate, ready, scenarios, sso_and_scim,
    users_csv,
};

scenarios! {
    key_is_printed_once_and_stored,
    key_rotation_and_grace,
    revoke_ends_grace,
    nothing_secret_in_config,
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
    let issued = keys_generate_okta(&m).await;
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

async fn key_rotation_and_grace(m: Machine) {
    let key = ready(&m).await;
    let secret = key["secret"].as_str().unwrap();
    m.run(&["keys", "test"]).await.ok();
    let out = m.run(&["keys", "rotate", "okta"]).await.code(3);
    assert_seen!(&m, "keys_rotate_without_yes", out);
    let rotated = keys_rotate(&m).await;
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
    // -o json is honoured (the secret only with --reveal), -o csv refused
    let json = m
        .run(&["keys", "show", "okta", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(json["prefix"], rotated["prefix"], "{json}");
    assert!(json.get("secret").is_none(), "{json}");
    let json = m
        .run(&["keys", "show", "okta", "--reveal", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(json["secret"], rotated["secret"]);
    m.run(&["keys", "show", "okta", "-o", "csv"]).await.code(2);
    let test = m.run(&["keys", "test", "-o", "json"]).await.ok().json();
    assert_eq!(test["accepted"], true, "{test}");
    assert_eq!(test["key"].as_str(), rotated["prefix"].as_str(), "{test}");
}

/// Revoking the new key of a rotation ends the old key's grace window too.
async fn revoke_ends_grace(m: Machine) {
    ready(&m).await;
    let rotated = keys_rotate(&m).await;
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

/// Nothing secret in the config directory but the file the user chose.
async fn nothing_secret_in_config(m: Machine) {
    let key = ready(&m).await;
    let secret = key["secret"].as_str().unwrap();
    let rotated = keys_rotate(&m).await;
    m.run(&["keys", "generate", "--name", "okta-2"]).await.ok();
    let config = std::fs::read_to_string(m.config_dir().join("config.toml")).unwrap();
    assert!(!config.contains("scim_") || !config.contains(secret));
    assert!(!config.contains(rotated["secret"].as_str().unwrap()));
}

/// The "key stops working soon" warning is said once per run, not once
/// per request (an import printed it for every row).
#[tokio::test(flavor = "multi_thread")]
async fn the_expiry_warning_is_said_once() {
    let m = Machine::remote().await;
    ready(&m).await;
    // the stored key is marked as rotated away, ending within the hour
    let config = m.config_dir().join("config.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    let soon = scimctl_core::time::to_rfc3339(
        scimctl_core::time::Clock::now(&scimctl_core::time::SystemClock) + 3_600_000,
    );
    let text = text.replacen(
        "created_at",
        &format!("expires_at = \"{soon}\"\ncreated_at"),
        1,
    );
    std::fs::write(&config, text).unwrap();
    let file = m.write_file("few.csv", &users_csv(0, 30));
    let out = m.run(&["users", "import", &file]).await.ok();
    assert_eq!(
        out.messages().matches("stops working at").count(),
        1,
        "{}",
        out.stderr
    );
}

/// Messages that say what happened: a zero grace ends the old key at once
/// (no "until"), `scim status` counts keys by what they can do, a missing
/// key's `auth status` says how to get one, and retries are told at -v.
#[tokio::test(flavor = "multi_thread")]
async fn messages_say_what_happened() {
    let m = Machine::remote().await;
    // no key yet: auth status exits 4 and says how to get one
    sso_and_scim(&m).await;
    let status = m.run(&["auth", "status"]).await.code(4);
    assert!(
        status.messages().contains("scimctl keys generate"),
        "{}",
        status.stderr
    );

    m.run(&["keys", "generate", "--name", "okta", "--insecure-storage"])
        .await
        .ok();
    let cut = m
        .run(&["keys", "rotate", "okta", "--grace", "0", "--yes"])
        .await
        .ok();
    let said = cut.messages();
    assert!(said.contains("stops working at once"), "{said}");
    assert!(!said.contains("until"), "{said}");
    m.run(&["keys", "rotate", "okta", "--grace", "2h", "--yes"])
        .await
        .ok();
    let counts = m.run(&["scim", "status", "-o", "json"]).await.ok().json();
    assert_eq!(
        (
            counts["active_keys"].as_u64(),
            counts["grace_keys"].as_u64()
        ),
        (Some(1), Some(1)),
        "{counts}"
    );
    m.run(&["scim", "disable", "--yes"]).await.ok();
    let counts = m.run(&["scim", "status", "-o", "json"]).await.ok().json();
    assert_eq!(counts["active_keys"], 0, "{counts}");
    // both the new key and the old one in its window are held while SCIM is off
    assert_eq!(counts["suspended_keys"], 2, "{counts}");

    // an unreachable backend: each retry is told at -v, then exit 7
    // (port 1: nothing listens there)
    let mut cmd = m.std_command(&["-v", "--url", "http://127.0.0.1:1", "users", "list"]);
    cmd.env("SCIMCTL_SCIM_KEY", crate::common::FOREIGN_KEY);
    let out = crate::common::Out::from(cmd.output().unwrap());
    assert_eq!(out.code, 7, "{}", out.stderr);
    assert!(out.stderr.contains("retrying in"), "{}", out.stderr);
}
