//! Accounts across teams: who a SCIM create for an email joins, and how
//! (docs/scim.md, "Accounts and memberships").
//!
//! A person has one account, keyed by the folded email; a team's user is
//! its membership of an account. The store gathers the [`AccountFacts`]
//! inside the create's write transaction (under the account's lock on
//! PostgreSQL, SQLite's single writer otherwise) and asks [`admit`], so the
//! four outcomes are decided here, once, for every store and every way in.

use crate::Team;
use crate::error::{Error, Result, ScimType};
use crate::model::{AccountRow, MemberState, UserRow, name_key, nfc};

/// The most teams an account can be a member of (invited or active).
pub const MAX_TEAMS_PER_ACCOUNT: u64 = 10;

/// What the database says about the account a create names, read in the
/// create's transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AccountFacts {
    /// An account with this email exists.
    pub exists: bool,
    /// Its memberships of other teams that are invited or active (a
    /// deactivated membership is a person the other team removed).
    pub other_teams: u64,
    /// The creating team has verified the email's domain.
    pub domain_verified: bool,
}

/// The verdict on a create.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admission {
    /// Write the membership in this state (and the account, when it does
    /// not exist yet).
    Join(MemberState),
    /// The account is in another team and the domain is not verified by
    /// this one: nothing is written.
    InOtherTeam,
    /// The account is in [`MAX_TEAMS_PER_ACCOUNT`] teams already.
    TooManyTeams,
}

/// Postman's four outcomes of a SCIM create for email E in team T:
/// 1. no account: a new one, active at once;
/// 2. an account, and T verified E's domain: active at once;
/// 3. an account in no other team, domain not verified: invited;
/// 4. an account in another team, domain not verified: refused.
pub fn admit(facts: &AccountFacts) -> Admission {
    if !facts.exists {
        return Admission::Join(MemberState::Active);
    }
    if facts.other_teams >= MAX_TEAMS_PER_ACCOUNT {
        return Admission::TooManyTeams;
    }
    if facts.domain_verified {
        Admission::Join(MemberState::Active)
    } else if facts.other_teams == 0 {
        Admission::Join(MemberState::Invited)
    } else {
        Admission::InOtherTeam
    }
}

/// The verdict on an admin's invite (a membership asked for as invited):
/// invited, whatever other teams hold the account — the person chooses by
/// accepting — up to [`MAX_TEAMS_PER_ACCOUNT`].
pub fn admit_invite(facts: &AccountFacts) -> Admission {
    if facts.exists && facts.other_teams >= MAX_TEAMS_PER_ACCOUNT {
        Admission::TooManyTeams
    } else {
        Admission::Join(MemberState::Invited)
    }
}

/// The verdict on an insert that asks for a membership in state `asked`:
/// an invited one is an admin's invite ([`admit_invite`]), any other a
/// create ([`admit`]).
pub fn admit_as(asked: MemberState, facts: &AccountFacts) -> Admission {
    match asked {
        MemberState::Invited => admit_invite(facts),
        _ => admit(facts),
    }
}

/// The 409 of outcome 4: what happened and what the admin can do.
pub fn in_other_team(email: &str) -> Error {
    // (a domain is case-insensitive: named as DNS has it)
    let domain = email
        .rsplit_once('@')
        .map(|(_, d)| d.to_ascii_lowercase())
        .filter(|d| !d.is_empty());
    let domain = match domain {
        Some(d) => format!("the domain {d:?}"),
        None => "its domain".to_string(),
    };
    Error::conflict(format!(
        "the account {email:?} is a member of another team, and {domain} is not verified by \
         this team: nothing was created. The account can join this team once the team \
         verifies the domain, or once the other team removes it"
    ))
    .with_scim_type(ScimType::Uniqueness)
}

/// The 409 of an account already in the most teams it can be in.
pub fn too_many_teams(email: &str) -> Error {
    Error::conflict(format!(
        "the account {email:?} is already a member of {MAX_TEAMS_PER_ACCOUNT} teams, the most \
         an account can be in: nothing was created"
    ))
    .with_scim_type(ScimType::Uniqueness)
}

/// Longest accepted email, in bytes (as a userName).
const MAX_EMAIL: usize = 1024;

/// An account's email as stored: trimmed, NFC, with one `@` between a
/// local part and a domain, no control or invisible formatting character.
pub(crate) fn check_email(email: &str) -> Result<String> {
    let email = nfc(email.trim());
    let bad = |why: &str| Error::invalid(format!("{email:?} is not an email address: {why}"));
    if email.len() > MAX_EMAIL {
        return Err(bad(&format!("longer than {MAX_EMAIL} bytes")));
    }
    if let Some(c) = email
        .chars()
        .find(|c| crate::model::forbidden_in_names(*c) || c.is_whitespace())
    {
        return Err(bad(&format!("it holds U+{:04X}", u32::from(c))));
    }
    match email.split_once('@') {
        Some((local, domain))
            if !local.is_empty() && !domain.is_empty() && !domain.contains('@') =>
        {
            Ok(email)
        }
        _ => Err(bad("it needs a local part, one @ and a domain")),
    }
}

impl Team {
    /// Add an account outside SCIM (the product's own sign-up): it is in
    /// no team until one provisions or invites it. Not in any team's audit
    /// trail, since it belongs to none.
    pub async fn account_create(&self, email: &str) -> Result<AccountRow> {
        let email = check_email(email)?;
        let row = AccountRow {
            id: crate::team::new_id(),
            email,
            created_at: self.now(),
            teams: 0,
        };
        if self.store.insert_account(&row).await? {
            Ok(row)
        } else {
            Err(
                Error::conflict(format!("an account for {:?} exists already", row.email))
                    .with_hint("emails are compared case-insensitively, as userNames are"),
            )
        }
    }

    /// A member's userName changes to `new_name`: the account's email moves
    /// with it (docs/scim.md, "Accounts and memberships"). Allowed when the
    /// account is this team's alone (no invited or active membership
    /// elsewhere: the team's identity provider owns the person), or when
    /// this team verified the new email's domain; otherwise 400
    /// `mutability`, nothing written. 409 when another account has the
    /// email already.
    pub(crate) async fn move_account_email(&self, member: &UserRow, new_name: &str) -> Result<()> {
        let Some(account) = self.store.user_account(&member.id).await? else {
            return Ok(()); // (a membership of no account: nothing to move)
        };
        let elsewhere = self
            .store
            .account_memberships(&account.id)
            .await?
            .into_iter()
            .any(|m| m.team != self.id() && m.state != MemberState::Deactivated);
        if elsewhere {
            let key = account_key(new_name);
            let domain = crate::domains::domain_of_key(&key).unwrap_or_default();
            let verified = self
                .store
                .list_domains()
                .await?
                .iter()
                .any(|d| d.domain == domain && d.verified_at.is_some());
            if !verified {
                return Err(Error::invalid(format!(
                    "the account {:?} is also a member of other teams, so its email can move \
                     only to a domain this team verified, and {domain:?} is not: userName \
                     unchanged",
                    account.email
                ))
                .with_scim_type(ScimType::Mutability)
                .with_hint("verify the domain first (scimctl domains add/verify)"));
            }
        }
        if self.store.set_account_email(&account.id, new_name).await? {
            Ok(())
        } else {
            Err(Error::conflict(format!(
                "another account has the email {new_name:?}: userName unchanged"
            ))
            .with_scim_type(ScimType::Uniqueness))
        }
    }

    /// Every account of the database, oldest first.
    pub async fn accounts_list(&self) -> Result<Vec<AccountRow>> {
        self.store.list_accounts().await
    }
}

/// The key an account is found by: its email folded as a userName is.
pub fn account_key(email: &str) -> String {
    name_key(email)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(exists: bool, other_teams: u64, domain_verified: bool) -> AccountFacts {
        AccountFacts {
            exists,
            other_teams,
            domain_verified,
        }
    }

    #[test]
    fn the_four_outcomes() {
        use Admission::*;
        use MemberState::*;
        assert_eq!(admit(&facts(false, 0, false)), Join(Active));
        assert_eq!(admit(&facts(false, 0, true)), Join(Active));
        assert_eq!(admit(&facts(true, 3, true)), Join(Active));
        assert_eq!(admit(&facts(true, 0, false)), Join(Invited));
        assert_eq!(admit(&facts(true, 1, false)), InOtherTeam);
        assert_eq!(admit(&facts(true, 10, true)), TooManyTeams);
        assert_eq!(admit(&facts(true, 10, false)), TooManyTeams);
    }

    #[test]
    fn emails_are_checked() {
        assert_eq!(
            check_email("  ann@example.com ").unwrap(),
            "ann@example.com"
        );
        for bad in [
            "",
            "ann",
            "@example.com",
            "ann@",
            "a@b@c",
            "ann @x.y",
            "ann\u{200b}@x.y",
        ] {
            assert!(check_email(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn the_refusal_says_why_and_what_to_do() {
        let e = in_other_team("ann@Example.COM");
        assert!(e.message().contains("\"example.com\""), "{e}");
        assert!(e.message().contains("member of another team"), "{e}");
        assert_eq!(e.scim_type(), Some(ScimType::Uniqueness));
    }
}
