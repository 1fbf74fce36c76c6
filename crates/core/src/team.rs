//! [`Team`]: one database, one clock, one set of rules. This file holds
//! what every rule shares — the audit entry of a change, running an admin
//! change in one transaction with its check, the standing invariant, new
//! ids — and the audit listing. The rules themselves live in the files
//! beside it, each an `impl Team` block for one area: [`super::sso`] (SSO
//! methods and the SCIM toggle), [`super::keys`] (SCIM API keys, grace
//! windows, admin tokens, authentication), [`super::users`] and
//! [`super::groups`].

use std::sync::Arc;

use super::model::{Actor, AuditAction, AuditEntry, DEFAULT_TEAM_NAME, TeamId, TeamRow, name_key};
use super::store::{AuditQuery, AuditSelect, Change, Check, Facts, Outcome, Step, Store};
use crate::error::{Error, Result};
use crate::time::{Clock, Millis};

/// One team of a database, and the rules. [`Team::in_team`] gives another
/// team of the same database.
#[derive(Clone)]
pub struct Team {
    pub(super) store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
}

impl Team {
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>) -> Self {
        Team { store, clock }
    }

    pub fn now(&self) -> Millis {
        self.clock.now()
    }

    /// This team's id in its database.
    pub fn id(&self) -> TeamId {
        self.store.team()
    }

    /// Another team of the same database.
    pub fn in_team(&self, team: TeamId) -> Team {
        Team {
            store: self.store.for_team(team),
            clock: self.clock.clone(),
        }
    }

    /// How many users this team has.
    pub async fn users_count(&self) -> Result<u64> {
        self.store.count_users().await
    }

    /// Every team of the database, oldest first.
    pub async fn teams_list(&self) -> Result<Vec<TeamRow>> {
        self.store.list_teams().await
    }

    /// The team named `name` (compared case-insensitively), or not found
    /// with the names there are.
    pub async fn team_named(&self, name: &str) -> Result<Team> {
        let teams = self.store.list_teams().await?;
        let key = name_key(name.trim());
        match teams.iter().find(|t| name_key(&t.name) == key) {
            Some(t) => Ok(self.in_team(t.id)),
            None => {
                let names: Vec<&str> = teams.iter().map(|t| t.name.as_str()).collect();
                Err(
                    Error::not_found(format!("no team named {name:?}")).with_hint(format!(
                        "teams in this database: {}; `scimctl teams create NAME` adds one",
                        names.join(", ")
                    )),
                )
            }
        }
    }

    /// Add a team to the database: its own SSO, toggle (off), keys, admin
    /// tokens, users, groups and audit trail, all empty but the trail's
    /// first line.
    pub async fn team_create(&self, actor: &Actor, name: &str) -> Result<TeamRow> {
        let name = check_team_name(name)?;
        let audit = self.entry(actor, AuditAction::TeamCreate, &name, None);
        self.store
            .insert_team(&name, self.now(), &audit)
            .await?
            .ok_or_else(|| {
                Error::conflict(format!("a team named {name:?} exists already"))
                    .with_hint("team names are compared case-insensitively")
            })
    }

    pub(super) fn entry(
        &self,
        actor: &Actor,
        action: AuditAction,
        target: &str,
        detail: Option<String>,
    ) -> AuditEntry {
        AuditEntry {
            seq: 0,
            at: self.now(),
            actor: actor.to_string(),
            action,
            target: target.to_string(),
            detail,
        }
    }

    /// The audit line of a change to something named: its id the target,
    /// its name (userName, displayName, the key's name) the detail.
    pub(super) fn entry_named(
        &self,
        actor: &Actor,
        action: AuditAction,
        target: &str,
        name: &str,
    ) -> AuditEntry {
        self.entry(actor, action, target, Some(name.to_string()))
    }

    /// [`Team::change`] of something that may already be as asked (a key
    /// revoked, an SSO name taken): `refusal` when its first step changed
    /// nothing.
    pub(super) async fn change_once(
        &self,
        steps: Vec<Step>,
        audit: AuditEntry,
        refusal: Error,
    ) -> Result<()> {
        self.change(steps, audit, first_step_wrote(refusal)).await
    }

    /// Run an admin change: `steps` in one transaction, then `check` on the
    /// outcome, then the team's standing invariant; either refusal undoes
    /// the whole change. The operation's own check comes first so that the
    /// caller gets the message that fits what it asked for.
    pub(super) async fn change(
        &self,
        steps: Vec<Step>,
        audit: AuditEntry,
        check: impl FnOnce(&Outcome) -> Result<()> + Send + 'static,
    ) -> Result<()> {
        let check: Check = Box::new(move |outcome: &Outcome| {
            check(outcome)?;
            invariant(&outcome.facts)
        });
        self.store
            .change(Change {
                steps,
                check,
                audit,
            })
            .await
    }

    /// Whether writes can succeed now (`/healthz`).
    pub async fn writable(&self) -> Result<()> {
        self.store.writable().await
    }

    /// Audit entries, newest first. An `action` that names no action or
    /// family is refused, so that a typo is not an empty answer.
    pub async fn audit(&self, query: &AuditQuery) -> Result<Vec<AuditEntry>> {
        let actions = match query.action.as_deref() {
            None => Vec::new(),
            Some(filter) => AuditAction::filter_names(filter).ok_or_else(|| {
                let families: Vec<&str> = AuditAction::ALL
                    .iter()
                    .map(|a| a.as_str().split('.').next().unwrap_or_default())
                    .fold(Vec::new(), |mut seen, f| {
                        if !seen.contains(&f) {
                            seen.push(f);
                        }
                        seen
                    });
                Error::invalid(format!("no audit action or family named {filter:?}")).with_hint(
                    format!(
                        "an action such as user.deactivate, or a family: {}",
                        families.join(", ")
                    ),
                )
            })?,
        };
        let select = AuditSelect {
            since: query.since.unwrap_or(Millis::MIN),
            actor: query.actor.clone(),
            actions,
            limit: query.limit,
        };
        self.store.list_audit(&select).await
    }
}

/// Longest team name, in characters.
const MAX_TEAM_NAME: usize = 64;

/// A team name as stored: trimmed and in NFC, 1 to 64 characters, no
/// control or format characters (a name is shown in tables and typed in
/// `--team`), and not `default` in another case.
fn check_team_name(name: &str) -> Result<String> {
    let name = crate::model::nfc(name.trim());
    if name.is_empty() {
        return Err(Error::invalid("a team needs a name"));
    }
    if name.chars().count() > MAX_TEAM_NAME {
        return Err(Error::invalid(format!(
            "a team name has at most {MAX_TEAM_NAME} characters"
        )));
    }
    if name.chars().any(crate::model::forbidden_in_names) {
        return Err(Error::invalid(
            "a team name cannot hold control or invisible formatting characters",
        ));
    }
    if name_key(&name) == DEFAULT_TEAM_NAME && name != DEFAULT_TEAM_NAME {
        return Err(Error::conflict(format!(
            "{name:?} is the team `default` in another case"
        )));
    }
    Ok(name)
}

/// What holds after every admin change, whatever it was: SCIM provisioning
/// is on only while the team has single sign-on (the seed's rule; users
/// provisioned without SSO could not sign in). The operations that can
/// break it ([`Team::scim_enable`], [`Team::sso_remove`]) refuse first with
/// their own words; this is the net under every other change.
fn invariant(facts: &Facts) -> Result<()> {
    if facts.scim_enabled && facts.sso_methods == 0 {
        return Err(Error::conflict(
            "SCIM provisioning needs single sign-on: no SSO method would be left",
        ));
    }
    Ok(())
}

/// A change's check that refuses it with `refusal` when its first step
/// wrote nothing (the row was already in the state the step sets, or a
/// unique index refused it).
fn first_step_wrote(refusal: Error) -> impl FnOnce(&Outcome) -> Result<()> + Send + 'static {
    move |o| match o.changed.first() {
        Some(0) => Err(refusal),
        _ => Ok(()),
    }
}

/// A new id: a UUID of version 7, whose first bits are the time, so that
/// ids made one after another sit side by side in the database's unique
/// index of ids (random v4 ids scattered every insert of a bulk import
/// over the whole index). The creation time it carries is no secret: it is
/// `meta.created`.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_change_may_leave_scim_on_without_sso() {
        let facts = |scim_enabled, sso_methods| Facts {
            scim_enabled,
            sso_methods,
        };
        assert!(invariant(&facts(true, 0)).is_err());
        assert!(invariant(&facts(true, 1)).is_ok());
        assert!(invariant(&facts(false, 0)).is_ok());
    }
}
