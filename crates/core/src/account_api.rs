//! The account side (docs/scim.md, "The account API"): what a person can
//! do with their own account, and what a team's SCIM provisioning keeps
//! from them. While a team with SCIM on holds the account (an invited or
//! active membership), the person cannot leave that team on their own, nor
//! change the account's email or password: the identity provider owns
//! them. Only the team's admins (or its identity provider) remove members.

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, SaltString};
use rand::Rng;

use crate::Team;
use crate::error::{Error, Kind, Result};
use crate::model::{AccountMembership, AccountRow, Actor, AuditAction, MemberState, name_key};
use crate::secret::{self, Secret};
use crate::team::new_id;

/// The prefix of an account's API token.
pub const ACCOUNT_TOKEN_PREFIX: &str = "acct_";
/// The shortest password accepted, in characters.
pub const MIN_PASSWORD: usize = 12;
/// The longest, in bytes (Argon2 takes any length; a bound keeps one
/// request's cost bounded).
const MAX_PASSWORD: usize = 1024;

/// An account and its memberships, as `GET /account/v1` shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountSide {
    pub account: AccountRow,
    pub memberships: Vec<AccountMembership>,
}

impl AccountSide {
    /// The first team with SCIM on that holds the account, if one does.
    pub fn held_by(&self) -> Option<&AccountMembership> {
        self.memberships
            .iter()
            .find(|m| m.scim_enabled && m.state != MemberState::Deactivated)
    }

    fn refuse_while_held(&self, what: &str) -> Result<()> {
        match self.held_by() {
            Some(m) => Err(Error::new(
                Kind::Forbidden,
                format!(
                    "{what} is not possible while SCIM provisioning is on for the team {:?}, \
                     which holds this account: its identity provider owns it",
                    m.team_name
                ),
            )
            .with_hint("the team's admins can make the change in the identity provider")),
            None => Ok(()),
        }
    }
}

impl Team {
    /// Issue a token for the account with this email (the operator's
    /// `scimctl accounts token`): shown once, only its digest kept.
    pub async fn account_token_issue(&self, email: &str) -> Result<(AccountRow, Secret)> {
        let key = name_key(email.trim());
        let account = self
            .store
            .list_accounts()
            .await?
            .into_iter()
            .find(|a| name_key(&a.email) == key)
            .ok_or_else(|| {
                Error::not_found(format!("no account for {:?}", email.trim()))
                    .with_hint("`scimctl accounts list` shows them")
            })?;
        let token = Secret::generate(ACCOUNT_TOKEN_PREFIX);
        self.store
            .insert_account_token(&account.id, &new_id(), &token.hash(), self.now())
            .await?;
        Ok((account, token))
    }

    /// The account a token names, with its memberships. An account with no
    /// active membership cannot authenticate (401), whatever its token.
    pub async fn account_authenticate(&self, token: &str) -> Result<AccountSide> {
        let refused = || Error::unauthorized("invalid or unknown account token");
        if !secret::well_formed(token, ACCOUNT_TOKEN_PREFIX) {
            return Err(refused());
        }
        let account = self
            .store
            .account_by_token(&secret::hash_hex(token))
            .await?
            .ok_or_else(refused)?;
        let memberships = self.store.account_memberships(&account.id).await?;
        if !memberships.iter().any(|m| m.state == MemberState::Active) {
            return Err(Error::unauthorized(
                "this account has no active membership of any team, so it cannot sign in",
            ));
        }
        Ok(AccountSide {
            account,
            memberships,
        })
    }

    /// Leave a team (named as `teams list` names it): the membership is
    /// deactivated, as a removal by the team would. Refused (403) while the
    /// team has SCIM on.
    pub async fn account_leave(&self, side: &AccountSide, team_name: &str) -> Result<()> {
        let key = name_key(team_name.trim());
        let m = side
            .memberships
            .iter()
            .find(|m| name_key(&m.team_name) == key && m.state != MemberState::Deactivated)
            .ok_or_else(|| {
                Error::not_found(format!("this account is not a member of {team_name:?}"))
            })?;
        if m.scim_enabled {
            return Err(Error::new(
                Kind::Forbidden,
                format!(
                    "the team {:?} has SCIM provisioning on: members cannot leave it on their \
                     own; only its admins remove members",
                    m.team_name
                ),
            ));
        }
        let actor = Actor::Account(side.account.id.clone());
        self.in_team(m.team)
            .modify(
                &actor,
                &m.user_id,
                None,
                AuditAction::MembershipLeave,
                |current| {
                    let mut doc = current.doc.clone();
                    doc.insert("active".into(), serde_json::Value::Bool(false));
                    Ok(doc)
                },
            )
            .await
            .map(|_| ())
    }

    /// Change the account's email. Refused (403) while a team with SCIM on
    /// holds the account; 409 when another account has the email.
    pub async fn account_set_email(&self, side: &AccountSide, email: &str) -> Result<AccountRow> {
        side.refuse_while_held("changing the account's email")?;
        let email = crate::accounts::check_email(email)?;
        if !self
            .store
            .set_account_email(&side.account.id, &email)
            .await?
        {
            return Err(Error::conflict(format!(
                "another account has the email {email:?}"
            )));
        }
        Ok(AccountRow {
            email,
            ..side.account.clone()
        })
    }

    /// Set the account's password (stored as an Argon2id digest). Refused
    /// (403) while a team with SCIM on holds the account.
    pub async fn account_set_password(&self, side: &AccountSide, password: &str) -> Result<()> {
        side.refuse_while_held("changing the account's password")?;
        if password.chars().count() < MIN_PASSWORD || password.len() > MAX_PASSWORD {
            return Err(Error::invalid(format!(
                "a password needs {MIN_PASSWORD} characters or more (at most {MAX_PASSWORD} bytes)"
            )));
        }
        // (16 random bytes from the thread's CSPRNG, as `secret` draws
        // secrets)
        let mut bytes = [0u8; 16];
        rand::rng().fill(&mut bytes);
        let salt = SaltString::encode_b64(&bytes)
            .map_err(|e| Error::internal(format!("cannot make a salt: {e}")))?;
        let hash = Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map_err(|e| Error::internal(format!("cannot hash the password: {e}")))?
            .to_string();
        self.store
            .set_account_password(&side.account.id, &hash)
            .await
    }
}
