//! `scimctl sso` and `scimctl scim` (docs/scim.md, "Admin plane"): SSO
//! methods added, listed and removed (never the last one while SCIM is
//! on), SCIM turned on only with an SSO method, and turned off only when
//! confirmed, which stops provisioning until it is on again. Both scenarios
//! run on the embedded backend and against `serve`.

use crate::common::{Machine, assert_seen, ready, scenarios};

scenarios! {
    sso_and_toggle_rules,
    scim_toggle_blocks_provisioning,
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
