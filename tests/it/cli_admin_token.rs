//! `scimctl admin-token create|list|revoke` (docs/scim.md, "Admin plane"):
//! through a remote backend's admin API and on the database directly. A
//! listing never shows a secret, `auth status` names the token in use,
//! revoking asks first, and a revoked token is refused from its next
//! request on.

use crate::common::{Machine, each};

/// `admin-token list|revoke` through the admin API of a remote backend, and
/// on the database directly (docs/scim.md, "Admin plane"); `auth status`
/// names the token in use.
#[tokio::test(flavor = "multi_thread")]
async fn admin_tokens_are_listed_and_revoked_from_the_cli() {
    let m = Machine::remote().await;
    let server = m.server.as_ref().unwrap();
    let ci = server
        .admin_call(
            reqwest::Method::POST,
            "/tokens",
            Some(serde_json::json!({"name": "ci"})),
        )
        .await
        .body["token"]
        .as_str()
        .unwrap()
        .to_string();
    let listed = m
        .run(&["admin-token", "list", "-o", "json"])
        .await
        .ok()
        .json();
    let names = each(&listed, "name");
    assert_eq!(names, ["test", "ci"]);
    assert!(!listed.to_string().contains(&ci));
    // the token in use is named
    let status = m.run(&["auth", "status", "-o", "json"]).await;
    assert_eq!(
        status.json()["admin_token"]["name"],
        "test",
        "{}",
        status.stdout
    );
    // revoke asks first; then the token is refused at once
    m.run(&["admin-token", "revoke", "ci"]).await.code(3);
    let revoked = m
        .run(&["admin-token", "revoke", "ci", "--yes", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(revoked["status"], "revoked");
    let mut with_ci = m.std_command(&["scim", "status"]);
    with_ci.env("SCIMCTL_TOKEN", &ci);
    let refused = crate::common::Out::from(with_ci.output().unwrap());
    assert_eq!(refused.code, 4, "{}", refused.stderr);
    m.run(&["admin-token", "revoke", "ci", "--yes"])
        .await
        .code(6);

    // on the database directly: create, list, revoke
    let e = Machine::embedded().await;
    let made = e
        .run(&[
            "admin-token",
            "create",
            "--database",
            &e.url,
            "--name",
            "ops",
            "--json",
        ])
        .await
        .ok()
        .json();
    assert!(made["token"].as_str().unwrap().starts_with("scimadm_"));
    let listed = e
        .run(&["admin-token", "list", "--database", &e.url, "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(listed[0]["name"], "ops");
    assert_eq!(listed[0]["status"], "active");
    e.run(&["admin-token", "revoke", "ops", "--yes"]).await.ok();
    let listed = e
        .run(&["admin-token", "list", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(listed[0]["status"], "revoked");
}
