//! The rules of the core, one test each (or more), on a real SQLite store
//! in a temporary directory and a manual clock. Each test names the rule it
//! holds; removing that rule from `crates/core` makes it fail.

use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};

use scimctl_core::Team;
use scimctl_core::error::{Kind, ScimType};
use scimctl_core::keys::{DEFAULT_GRACE_TEXT, MAX_GRACE, default_grace, parse_grace};
use scimctl_core::model::{Actor, AuditAction, KeyStatus, SsoType};
use scimctl_core::scim::filter;
use scimctl_core::scim::patch::PatchOperation;
use scimctl_core::store::AuditQuery;
use scimctl_core::time::{Clock, ManualClock};
use scimctl_core::users::ListQuery;
use scimctl_store::sqlite::SqliteStore;

struct Fixture {
    team: Team,
    clock: Arc<ManualClock>,
    _dir: tempfile::TempDir,
}

async fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("team.db").display());
    let store = SqliteStore::open(&url).await.unwrap();
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let team = Team::new(Arc::new(store), clock.clone());
    Fixture {
        team,
        clock,
        _dir: dir,
    }
}

fn all_audit() -> AuditQuery {
    AuditQuery {
        limit: 10_000,
        ..AuditQuery::default()
    }
}

fn admin() -> Actor {
    Actor::Local("tester".into())
}

impl Fixture {
    async fn sso(&self, name: &str) {
        self.team
            .sso_add(&admin(), SsoType::Saml, name)
            .await
            .unwrap();
    }

    /// SSO on, SCIM on: the state every key and user rule starts from.
    async fn ready() -> Fixture {
        let f = fixture().await;
        f.sso("Okta").await;
        f.team.scim_enable(&admin()).await.unwrap();
        f
    }

    async fn actions(&self) -> Vec<AuditAction> {
        // Oldest first here: the tests read the trail in the order it grew.
        let trail = self.team.audit(&all_audit()).await.unwrap();
        trail.iter().rev().map(|e| e.action).collect()
    }

    async fn key_status(&self, id: &str) -> KeyStatus {
        let keys = self.team.keys_list().await.unwrap();
        keys.iter().find(|k| k.id == id).unwrap().status
    }

    async fn create(&self, user_name: &str) -> String {
        let body = json!({"userName": user_name, "name": {"givenName": "Ann"}});
        self.team.user_create(&admin(), &body).await.unwrap().id
    }
}

// ------------------------------------------------------------ SSO, toggle

#[tokio::test]
async fn scim_cannot_be_enabled_without_an_sso_method() {
    let f = fixture().await;
    let err = f.team.scim_enable(&admin()).await.unwrap_err();
    assert_eq!(err.kind(), Kind::Conflict);
    assert!(err.hint().unwrap().contains("sso add"));
    assert!(!f.team.scim_enabled().await.unwrap());
    // The refusal left no audit line.
    assert!(f.actions().await.is_empty());
    f.sso("Okta").await;
    assert!(f.team.scim_enable(&admin()).await.unwrap().enabled);
}

#[tokio::test]
async fn the_last_sso_method_stays_while_scim_is_on() {
    let f = Fixture::ready().await;
    let err = f.team.sso_remove(&admin(), "Okta").await.unwrap_err();
    assert_eq!(err.kind(), Kind::Conflict);
    // The rule's own words, not only the standing invariant's.
    assert!(err.hint().unwrap().contains("scim disable"), "{err:?}");
    assert_eq!(f.team.sso_list().await.unwrap().len(), 1);
    // With a second method, one may go; off, the last may go too.
    f.sso("Entra").await;
    f.team.sso_remove(&admin(), "okta").await.unwrap();
    f.team.scim_disable(&admin(), false).await.unwrap();
    f.team.sso_remove(&admin(), "Entra").await.unwrap();
    assert!(f.team.sso_list().await.unwrap().is_empty());
}

#[tokio::test]
async fn sso_names_are_unique_case_insensitively() {
    let f = fixture().await;
    f.sso("Okta").await;
    let err = f
        .team
        .sso_add(&admin(), SsoType::Oidc, " OKTA ")
        .await
        .unwrap_err();
    assert_eq!(err.kind(), Kind::Conflict);
    assert_eq!(f.team.sso_list().await.unwrap().len(), 1);
    assert_eq!(f.actions().await, vec![AuditAction::SsoAdd]);
}

#[tokio::test]
async fn sso_methods_are_found_by_name_with_the_same_folding_as_uniqueness() {
    // Uniqueness and look-up share core::model::name_key: a name that is
    // unique only up to non-ASCII case is found by either spelling.
    let f = fixture().await;
    f.sso("Équipe Okta").await;
    let err = f
        .team
        .sso_add(&admin(), SsoType::Oidc, "éQUIPE OKTA")
        .await
        .unwrap_err();
    assert_eq!(err.kind(), Kind::Conflict);
    f.team.sso_remove(&admin(), "éQUIPE okta").await.unwrap();
    assert!(f.team.sso_list().await.unwrap().is_empty());
}

#[tokio::test]
async fn disabling_scim_suspends_keys_and_enabling_restores_them() {
    let f = Fixture::ready().await;
    let key = f.team.key_generate(&admin(), "okta").await.unwrap();
    f.team.scim_disable(&admin(), false).await.unwrap();
    assert_eq!(f.key_status(&key.info.id).await, KeyStatus::Suspended);
    let err = f
        .team
        .authenticate_scim(key.secret.expose())
        .await
        .unwrap_err();
    assert_eq!(err.kind(), Kind::Disabled);
    f.team.scim_enable(&admin()).await.unwrap();
    assert_eq!(f.key_status(&key.info.id).await, KeyStatus::Active);
    f.team.authenticate_scim(key.secret.expose()).await.unwrap();
}

#[tokio::test]
async fn disable_with_revoke_keys_revokes_every_key() {
    let f = Fixture::ready().await;
    let a = f.team.key_generate(&admin(), "a").await.unwrap();
    let b = f.team.key_generate(&admin(), "b").await.unwrap();
    f.team.scim_disable(&admin(), true).await.unwrap();
    f.team.scim_enable(&admin()).await.unwrap();
    for k in [&a, &b] {
        assert_eq!(f.key_status(&k.info.id).await, KeyStatus::Revoked);
        let err = f.team.authenticate_scim(k.secret.expose()).await;
        assert_eq!(err.unwrap_err().kind(), Kind::Unauthorized);
    }
}

#[tokio::test]
async fn provisioning_is_off_for_local_callers_while_scim_is_off() {
    let f = fixture().await;
    let err = f.team.require_provisioning(&admin()).await.unwrap_err();
    assert_eq!(err.kind(), Kind::Disabled);
    f.sso("Okta").await;
    f.team.scim_enable(&admin()).await.unwrap();
    f.team.require_provisioning(&admin()).await.unwrap();
}

// ------------------------------------------------------------------- keys

#[tokio::test]
async fn keys_need_exactly_one_sso_method() {
    let f = fixture().await;
    let none = f.team.key_generate(&admin(), "k").await.unwrap_err();
    assert_eq!(none.kind(), Kind::Conflict);
    f.sso("Okta").await;
    let key = f.team.key_generate(&admin(), "k").await.unwrap();
    f.sso("Entra").await;
    let two = f.team.key_generate(&admin(), "k2").await.unwrap_err();
    assert_eq!(two.kind(), Kind::Conflict);
    assert!(two.message().contains("exactly one"));
    // Rotation issues a key: the same rule.
    let rot = f
        .team
        .key_rotate(&admin(), &key.info.id, default_grace(), false)
        .await
        .unwrap_err();
    assert_eq!(rot.kind(), Kind::Conflict);
    assert_eq!(f.team.keys_list().await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_rotated_key_works_for_its_grace_window_then_expires() {
    let f = Fixture::ready().await;
    let old = f.team.key_generate(&admin(), "okta").await.unwrap();
    let grace = Duration::from_secs(7200);
    let new = f
        .team
        .key_rotate(&admin(), "okta", grace, false)
        .await
        .unwrap();
    assert_eq!(
        new.grace_expires_at,
        Some(f.clock.now() + grace.as_millis() as i64)
    );
    assert_eq!(f.key_status(&old.info.id).await, KeyStatus::Grace);
    // One millisecond before the end: both keys work.
    f.clock.advance(grace - Duration::from_millis(1));
    f.team.authenticate_scim(old.secret.expose()).await.unwrap();
    f.team.authenticate_scim(new.secret.expose()).await.unwrap();
    // At the end: the old one is expired (401), the new one works.
    f.clock.advance(Duration::from_millis(1));
    let err = f.team.authenticate_scim(old.secret.expose()).await;
    assert_eq!(err.unwrap_err().kind(), Kind::Unauthorized);
    assert_eq!(f.key_status(&old.info.id).await, KeyStatus::Expired);
    f.team.authenticate_scim(new.secret.expose()).await.unwrap();
}

#[tokio::test]
async fn a_zero_grace_rotation_ends_the_old_key_at_once() {
    let f = Fixture::ready().await;
    let old = f.team.key_generate(&admin(), "okta").await.unwrap();
    f.team
        .key_rotate(&admin(), "okta", Duration::ZERO, false)
        .await
        .unwrap();
    let err = f.team.authenticate_scim(old.secret.expose()).await;
    assert_eq!(err.unwrap_err().kind(), Kind::Unauthorized);
}

#[tokio::test]
async fn grace_is_parsed_once_with_its_default_and_maximum() {
    assert_eq!(default_grace(), Duration::from_secs(3600));
    assert_eq!(parse_grace(DEFAULT_GRACE_TEXT).unwrap(), default_grace());
    assert_eq!(parse_grace(" 0 ").unwrap(), Duration::ZERO);
    assert_eq!(parse_grace("1h30m").unwrap(), Duration::from_secs(5400));
    assert_eq!(parse_grace("soon").unwrap_err().kind(), Kind::Invalid);
    let f = Fixture::ready().await;
    f.team.key_generate(&admin(), "okta").await.unwrap();
    let too_long = MAX_GRACE + Duration::from_secs(1);
    let err = f
        .team
        .key_rotate(&admin(), "okta", too_long, false)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), Kind::Invalid);
    f.team
        .key_rotate(&admin(), "okta", MAX_GRACE, false)
        .await
        .unwrap();
}

#[tokio::test]
async fn a_second_rotation_in_the_window_needs_force_which_ends_the_window() {
    let f = Fixture::ready().await;
    let first = f.team.key_generate(&admin(), "okta").await.unwrap();
    let second = f
        .team
        .key_rotate(&admin(), "okta", default_grace(), false)
        .await
        .unwrap();
    let err = f
        .team
        .key_rotate(&admin(), "okta", default_grace(), false)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), Kind::Conflict);
    assert!(err.hint().unwrap().contains("--force"));
    let third = f
        .team
        .key_rotate(&admin(), "okta", default_grace(), true)
        .await
        .unwrap();
    // The first key's window ended now; the second is in its own window.
    let err = f.team.authenticate_scim(first.secret.expose()).await;
    assert_eq!(err.unwrap_err().kind(), Kind::Unauthorized);
    assert_eq!(f.key_status(&second.info.id).await, KeyStatus::Grace);
    f.team
        .authenticate_scim(third.secret.expose())
        .await
        .unwrap();
}

#[tokio::test]
async fn a_key_is_rotated_once_and_revoked_keys_are_not_rotated() {
    let f = Fixture::ready().await;
    let old = f.team.key_generate(&admin(), "okta").await.unwrap();
    f.team
        .key_rotate(&admin(), &old.info.id, default_grace(), false)
        .await
        .unwrap();
    let again = f
        .team
        .key_rotate(&admin(), &old.info.id, default_grace(), true)
        .await
        .unwrap_err();
    assert_eq!(again.kind(), Kind::Conflict);
    let other = f.team.key_generate(&admin(), "other").await.unwrap();
    f.team.key_revoke(&admin(), "other").await.unwrap();
    let err = f
        .team
        .key_rotate(&admin(), &other.info.id, default_grace(), false)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), Kind::Conflict);
}

#[tokio::test]
async fn revoking_a_key_also_ends_its_predecessors_grace() {
    let f = Fixture::ready().await;
    let old = f.team.key_generate(&admin(), "okta").await.unwrap();
    let new = f
        .team
        .key_rotate(&admin(), "okta", default_grace(), false)
        .await
        .unwrap();
    f.team.key_revoke(&admin(), &new.info.id).await.unwrap();
    for k in [&old, &new] {
        let err = f.team.authenticate_scim(k.secret.expose()).await;
        assert_eq!(err.unwrap_err().kind(), Kind::Unauthorized);
    }
    assert_eq!(f.key_status(&old.info.id).await, KeyStatus::Revoked);
    // Revoking twice is a conflict and writes no second audit line.
    let err = f.team.key_revoke(&admin(), &new.info.id).await.unwrap_err();
    assert_eq!(err.kind(), Kind::Conflict);
    let revokes = f.actions().await;
    let n = revokes.iter().filter(|a| **a == AuditAction::KeyRevoke);
    assert_eq!(n.count(), 1);
}

#[tokio::test]
async fn last_use_is_recorded_at_most_once_a_minute() {
    let f = Fixture::ready().await;
    let key = f.team.key_generate(&admin(), "okta").await.unwrap();
    let used = |f: &Fixture| {
        let team = f.team.clone();
        let id = key.info.id.clone();
        async move {
            let keys = team.keys_list().await.unwrap();
            keys.into_iter().find(|k| k.id == id).unwrap().last_used_at
        }
    };
    assert_eq!(used(&f).await, None);
    f.team.authenticate_scim(key.secret.expose()).await.unwrap();
    let first = used(&f).await.unwrap();
    f.clock.advance(Duration::from_secs(30));
    f.team.authenticate_scim(key.secret.expose()).await.unwrap();
    assert_eq!(used(&f).await.unwrap(), first);
    f.clock.advance(Duration::from_secs(31));
    f.team.authenticate_scim(key.secret.expose()).await.unwrap();
    assert_ne!(used(&f).await.unwrap(), first);
}

#[tokio::test]
async fn secrets_are_kept_only_as_hashes() {
    let f = Fixture::ready().await;
    let key = f.team.key_generate(&admin(), "okta").await.unwrap();
    let stored = f.team.key_find(&key.info.id).await.unwrap();
    assert_ne!(stored.hash, key.secret.expose());
    assert!(!stored.hash.contains(key.secret.expose()));
    assert_eq!(stored.hash, key.secret.hash());
}

// ------------------------------------------------------------------ users

#[tokio::test]
async fn new_users_are_active_with_the_default_role() {
    let f = Fixture::ready().await;
    let id = f.create("ann@example.com").await;
    let user = f.team.user_get(&id).await.unwrap().render("");
    assert_eq!(user["active"], true);
    assert_eq!(user["roles"][0]["value"], scimctl_core::model::DEFAULT_ROLE);
    // A role that is set is kept.
    let body = json!({"userName": "bo@example.com", "roles": [{"value": "admin"}]});
    let bo = f.team.user_create(&admin(), &body).await.unwrap();
    assert_eq!(bo.render("")["roles"][0]["value"], "admin");
}

#[tokio::test]
async fn user_names_are_required_and_unique_case_insensitively() {
    let f = Fixture::ready().await;
    let err = f
        .team
        .user_create(&admin(), &json!({"name": {"givenName": "X"}}))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), Kind::Invalid);
    f.create("ann@example.com").await;
    let err = f
        .team
        .user_create(&admin(), &json!({"userName": "ANN@example.com"}))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), Kind::Conflict);
    assert_eq!(err.scim_type(), Some(ScimType::Uniqueness));
    // Renaming another user onto a taken name is refused the same way.
    let bo = f.create("bo@example.com").await;
    let op = PatchOperation::replace(Some("userName"), json!("Ann@Example.com"));
    let err = f
        .team
        .user_patch(&admin(), &bo, &[op], None)
        .await
        .unwrap_err();
    assert_eq!(err.scim_type(), Some(ScimType::Uniqueness));
}

#[tokio::test]
async fn deactivation_keeps_every_piece_of_data_and_is_audited_as_such() {
    let f = Fixture::ready().await;
    let id = f.create("ann@example.com").await;
    let before = f.team.user_get(&id).await.unwrap();
    let after = f.team.user_set_active(&admin(), &id, false).await.unwrap();
    let mut expected = before.doc.clone();
    expected.insert("active".into(), Value::Bool(false));
    assert_eq!(after.doc, expected);
    assert_eq!(after.version, before.version + 1);
    let back = f.team.user_set_active(&admin(), &id, true).await.unwrap();
    assert_eq!(back.doc, before.doc);
    // An IdP's PATCH of `active` alone is a deactivation too.
    let op = PatchOperation::replace(Some("active"), json!(false));
    f.team.user_patch(&admin(), &id, &[op], None).await.unwrap();
    let trail = f.actions().await;
    assert_eq!(
        trail[trail.len() - 3..],
        [
            AuditAction::UserDeactivate,
            AuditAction::UserReactivate,
            AuditAction::UserDeactivate
        ]
    );
}

#[tokio::test]
async fn a_put_without_active_or_roles_keeps_them() {
    let f = Fixture::ready().await;
    let body = json!({"userName": "ann@example.com", "roles": [{"value": "admin"}]});
    let id = f.team.user_create(&admin(), &body).await.unwrap().id;
    f.team.user_set_active(&admin(), &id, false).await.unwrap();
    let put = json!({"userName": "ann@example.com", "name": {"familyName": "Lee"}});
    let user = f
        .team
        .user_replace(&admin(), &id, &put, None)
        .await
        .unwrap();
    assert_eq!(user.doc["active"], false);
    assert_eq!(user.doc["roles"][0]["value"], "admin");
    assert_eq!(user.doc["name"]["familyName"], "Lee");
}

#[tokio::test]
async fn a_write_that_changes_nothing_is_not_written() {
    let f = Fixture::ready().await;
    let id = f.create("ann@example.com").await;
    let op = PatchOperation::replace(Some("name.givenName"), json!("Ann"));
    let user = f.team.user_patch(&admin(), &id, &[op], None).await.unwrap();
    assert_eq!(user.version, 1);
    assert_eq!(f.actions().await.last(), Some(&AuditAction::UserCreate));
}

#[tokio::test]
async fn if_match_pins_the_version() {
    let f = Fixture::ready().await;
    let id = f.create("ann@example.com").await;
    let op = PatchOperation::replace(Some("name.givenName"), json!("Annie"));
    let stale = f
        .team
        .user_patch(&admin(), &id, std::slice::from_ref(&op), Some("W/\"7\""))
        .await
        .unwrap_err();
    assert_eq!(stale.kind(), Kind::PreconditionFailed);
    let user = f
        .team
        .user_patch(&admin(), &id, &[op], Some("W/\"1\""))
        .await
        .unwrap();
    assert_eq!(user.version, 2);
}

#[tokio::test]
async fn users_are_found_by_id_or_user_name_and_filtered() {
    let f = Fixture::ready().await;
    let id = f.create("ann@example.com").await;
    f.create("bo@example.com").await;
    assert_eq!(f.team.user_find("ANN@example.com").await.unwrap().id, id);
    assert_eq!(f.team.user_find(&id).await.unwrap().id, id);
    let missing = f.team.user_find("cy@example.com").await.unwrap_err();
    assert_eq!(missing.kind(), Kind::NotFound);
    let list = |text: &str| {
        let team = f.team.clone();
        let filter = Some(filter::parse(text).unwrap());
        async move {
            let query = ListQuery {
                filter,
                start_index: 1,
                count: 10,
            };
            team.user_list(&query).await.unwrap()
        }
    };
    assert_eq!(list(r#"userName eq "BO@example.com""#).await.total, 1);
    assert_eq!(list(r#"userName co "example""#).await.total, 2);
    assert_eq!(list(r#"active eq false"#).await.total, 0);
}

#[tokio::test]
async fn deleting_a_user_is_audited_and_final() {
    let f = Fixture::ready().await;
    let id = f.create("ann@example.com").await;
    f.team.user_delete(&admin(), &id, None).await.unwrap();
    assert_eq!(
        f.team.user_get(&id).await.unwrap_err().kind(),
        Kind::NotFound
    );
    assert_eq!(f.actions().await.last(), Some(&AuditAction::UserDelete));
}

// ------------------------------------------------------------------ audit

#[tokio::test]
async fn every_admin_change_is_audited_with_its_actor() {
    let f = Fixture::ready().await;
    f.team.key_generate(&admin(), "okta").await.unwrap();
    f.team.admin_token_create(&admin(), "ci").await.unwrap();
    let trail = f.team.audit(&all_audit()).await.unwrap();
    let actions: Vec<_> = trail.iter().map(|e| e.action).collect();
    // newest first
    assert_eq!(
        actions,
        [
            AuditAction::TokenCreate,
            AuditAction::KeyGenerate,
            AuditAction::ScimEnable,
            AuditAction::SsoAdd,
        ]
    );
    assert!(trail.iter().all(|e| e.actor == "local:tester"));
}

#[tokio::test]
async fn the_trail_names_actors_and_filters_by_actor_action_and_time() {
    let f = Fixture::ready().await;
    let issued = f.team.key_generate(&admin(), "okta").await.unwrap();
    // A SCIM key acts under its name; a rotated key keeps it.
    let key = f
        .team
        .authenticate_scim(issued.secret.expose())
        .await
        .unwrap();
    assert_eq!(key.to_string(), "key:okta");
    let token = f.team.admin_token_create(&admin(), "ops").await.unwrap();
    let ops = f
        .team
        .authenticate_admin(token.secret.expose())
        .await
        .unwrap();
    assert_eq!(ops.to_string(), "admin-token:ops");
    f.clock.advance(std::time::Duration::from_secs(3600));
    let later = f.clock.now();
    let body = json!({"userName": "ann@example.com", "name": {"givenName": "Ann"}});
    let ann = f.team.user_create(&key, &body).await.unwrap().id;
    f.team.user_set_active(&ops, &ann, false).await.unwrap();

    let query = |actor: Option<&str>, action: Option<&str>, since: Option<i64>| AuditQuery {
        since,
        actor: actor.map(str::to_string),
        action: action.map(str::to_string),
        limit: 100,
    };
    let by_key = f
        .team
        .audit(&query(Some("key:okta"), None, None))
        .await
        .unwrap();
    assert_eq!(by_key.len(), 1);
    assert_eq!(by_key[0].action, AuditAction::UserCreate);
    let users = f
        .team
        .audit(&query(None, Some("user"), None))
        .await
        .unwrap();
    let actions: Vec<_> = users.iter().map(|e| e.action).collect();
    assert_eq!(
        actions,
        [AuditAction::UserDeactivate, AuditAction::UserCreate]
    );
    assert_eq!(
        f.team
            .audit(&query(None, Some("user.*"), None))
            .await
            .unwrap(),
        users
    );
    let exact = f
        .team
        .audit(&query(
            Some("admin-token:ops"),
            Some("user.deactivate"),
            None,
        ))
        .await
        .unwrap();
    assert_eq!(exact.len(), 1);
    let recent = f.team.audit(&query(None, None, Some(later))).await.unwrap();
    assert_eq!(recent.len(), 2);
    let err = f
        .team
        .audit(&query(None, Some("usr.create"), None))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), Kind::Invalid);
    assert!(err.hint().unwrap().contains("user"), "{:?}", err.hint());
}

#[test]
fn audit_action_names_are_the_serialised_names() {
    for action in AuditAction::ALL {
        let json = serde_json::to_value(action).unwrap();
        assert_eq!(json, action.as_str());
        assert_eq!(AuditAction::parse(action.as_str()), Some(action));
        for old in action.legacy_names() {
            assert_eq!(AuditAction::parse(old), Some(action));
        }
    }
    // names earlier versions stored still read, and a filter finds them
    assert_eq!(
        AuditAction::parse("user.patch"),
        Some(AuditAction::UserUpdate)
    );
    assert!(
        AuditAction::filter_names("user.update")
            .unwrap()
            .contains(&"user.replace")
    );
    assert_eq!(AuditAction::filter_names("nothing"), None);
}

// ------------------------------------------------------- identity hygiene

#[tokio::test]
async fn user_names_are_stored_trimmed_and_nfc_and_one_name_has_one_user() {
    let f = Fixture::ready().await;
    let id = f.create("  spaced@x.com  ").await;
    let user = f.team.user_get(&id).await.unwrap();
    assert_eq!(user.user_name, "spaced@x.com");
    assert_eq!(user.render("")["userName"], "spaced@x.com");
    // found as it is written now, and the trimmed name is taken
    assert_eq!(f.team.user_find("spaced@x.com").await.unwrap().id, id);
    let body = json!({"userName": "spaced@x.com"});
    let err = f.team.user_create(&admin(), &body).await.unwrap_err();
    assert_eq!(err.kind(), Kind::Conflict);
    // precomposed and decomposed é, and fullwidth letters, are one name
    f.create("ad\u{e9}@x.com").await;
    for same in [
        "ade\u{301}@x.com",
        "AD\u{c9}@X.COM",
        "\u{ff41}d\u{e9}@x.com",
    ] {
        let err = f
            .team
            .user_create(&admin(), &json!({"userName": same}))
            .await
            .unwrap_err();
        assert_eq!(err.kind(), Kind::Conflict, "{same:?}");
    }
}

#[tokio::test]
async fn control_and_format_characters_are_refused_in_names() {
    let f = Fixture::ready().await;
    for user_name in [
        "ada\u{200b}@x.com", // zero-width space
        "ad\u{ad}a@x.com",   // soft hyphen
        "ada\u{202e}@x.com", // right-to-left override
        "ada\u{0}@x.com",    // NUL
        "ada\u{1b}@x.com",   // ESC
    ] {
        let err = f
            .team
            .user_create(&admin(), &json!({"userName": user_name}))
            .await
            .unwrap_err();
        assert_eq!(err.kind(), Kind::Invalid, "{user_name:?}");
        assert_eq!(err.scim_type(), Some(ScimType::InvalidValue));
    }
    let body = json!({"userName": "ann@x.com", "name": {"givenName": "Ann\u{1b}]0;owned\u{7}"}});
    let err = f.team.user_create(&admin(), &body).await.unwrap_err();
    assert!(
        err.message().contains("name.givenName"),
        "{}",
        err.message()
    );
    let body = json!({"userName": "bo@x.com", "displayName": "Bo\r\nFAKE"});
    assert_eq!(
        f.team
            .user_create(&admin(), &body)
            .await
            .unwrap_err()
            .kind(),
        Kind::Invalid
    );
    assert!(
        f.actions()
            .await
            .iter()
            .all(|a| *a != AuditAction::UserCreate)
    );
}

/// A batch of creates keeps the rules of one create, row by row: a bad body
/// and a taken userName (in another case) fail alone, the others are
/// written with one audit line each, in order, and ids are unique and in
/// creation order (UUID v7, which keeps a bulk insert's index writes local).
#[tokio::test]
async fn a_batch_of_creates_fails_only_its_bad_rows() {
    let f = Fixture::ready().await;
    let taken = f.create("ann@example.com").await;
    let mut bodies = Vec::new();
    for i in 0..1_200 {
        let name = match i {
            7 => "ANN@example.com".to_string(),
            _ => format!("user{i}@example.com"),
        };
        bodies.push(json!({"userName": name, "name": {"givenName": "G", "familyName": "F"}}));
    }
    bodies[500] = json!({"userName": ""});
    let before = f.actions().await.len();
    let results = f.team.user_create_many(&admin(), &bodies).await;
    assert_eq!(results.len(), 1_200);
    assert_eq!(results[7].as_ref().unwrap_err().kind(), Kind::Conflict);
    assert_eq!(results[500].as_ref().unwrap_err().kind(), Kind::Invalid);
    let ids: Vec<&str> = results
        .iter()
        .filter_map(|r| r.as_ref().ok().map(|u| u.id.as_str()))
        .collect();
    assert_eq!(ids.len(), 1_198);
    let mut sorted = ids.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted, ids, "ids are unique and in creation order");
    let actions = f.actions().await;
    assert_eq!(actions.len() - before, 1_198);
    assert!(
        actions[before..]
            .iter()
            .all(|a| *a == AuditAction::UserCreate)
    );
    // the taken user is untouched; a written one is there as sent
    assert_eq!(
        f.team.user_get(&taken).await.unwrap().user_name,
        "ann@example.com"
    );
    let last = f.team.user_get(ids[ids.len() - 1]).await.unwrap();
    assert_eq!(last.user_name, "user1199@example.com");
}
