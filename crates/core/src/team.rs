//! [`Team`]: one database, one clock, one set of rules. This file holds
//! what every rule shares — the audit entry of a change, running an admin
//! change in one transaction with its check, the standing invariant, new
//! ids — and the audit listing. The rules themselves live in the files
//! beside it, each an `impl Team` block for one area: [`super::sso`] (SSO
//! methods and the SCIM toggle), [`super::keys`] (SCIM API keys, grace
//! windows, admin tokens, authentication), [`super::users`] and
//! [`super::groups`].

use std::sync::Arc;

use super::model::{Actor, AuditAction, AuditEntry};
use super::store::{AuditQuery, AuditSelect, Change, Check, Facts, Outcome, Step, Store};
use crate::error::{Error, Result};
use crate::time::{Clock, Millis};

/// The team: one database, one set of rules.
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

/// A new id: a UUID of version 7, whose first bits are the time, so that
/// ids made one after another sit side by side in the database's unique
/// index of ids (random v4 ids scattered every insert of a bulk import
/// over the whole index). The creation time it carries is no secret: it is
/// `meta.created`.
/// A change's check that refuses it with `refusal` when its first step
/// wrote nothing (the row was already in the state the step sets, or a
/// unique index refused it).
pub(super) fn first_step_wrote(
    refusal: Error,
) -> impl FnOnce(&Outcome) -> Result<()> + Send + 'static {
    move |o| match o.changed.first() {
        Some(0) => Err(refusal),
        _ => Ok(()),
    }
}

pub(super) fn new_id() -> String {
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
