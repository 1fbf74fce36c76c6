//! [`Team`]: one database, one clock, one set of rules. The rules live in
//! the files beside this one, each an `impl Team` block for one area:
//! [`super::sso`] (SSO methods and the SCIM toggle), [`super::keys`] (SCIM
//! API keys, admin tokens, authentication) and [`super::users`].

use std::sync::Arc;

use super::model::{Actor, AuditAction, AuditEntry};
use super::store::{Change, Check, Facts, Outcome, Step, Store};
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

    pub async fn audit(&self, since: Option<Millis>, limit: u64) -> Result<Vec<AuditEntry>> {
        self.store.list_audit(since, limit).await
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

pub(super) fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
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
