//! Invites (docs/scim.md, "Invites"): how an invited membership becomes an
//! active one.
//!
//! A membership is invited when a create found the account in no other
//! team (the third of the create outcomes, [`crate::accounts`]), when a
//! reactivation brings back someone who never joined, or when an admin
//! invites an email by hand ([`Team::invite_create`]). Each invited
//! membership has one open invite; the store opens it in the same
//! transaction as the membership's write, from [`opened`], so neither is
//! ever there without the other.
//!
//! Delivery is a separate step ([`Team::invites_deliver`]), run by `serve`
//! in the background and by the CLI after its own writes: a mail server
//! that is down never fails the create that made the invite. Each attempt
//! draws a fresh one-time token and keeps only its digest, so no token
//! lies in the database, and a token no mail carried is worth nothing. An
//! attempt first claims the invite (a conditional write), so two `serve`
//! processes on one database never send the same invite twice.

use async_trait::async_trait;

use crate::Team;
use crate::error::{Error, Kind, Result, ScimType};
use crate::model::{
    Actor, AuditAction, AuditEntry, InviteOwner, InviteRow, InviteState, MemberState, UserRow,
    name_key,
};
use crate::scim::resource;
use crate::secret::{self, Secret};
use crate::store::UserWrite;
use crate::team::new_id;
use crate::time::{Millis, to_rfc3339};

/// How long an invite can be accepted: 7 days.
pub const INVITE_TTL: Millis = 7 * 24 * 3600 * 1000;
/// The prefix of an invite's token (the last part of its link).
pub const TOKEN_PREFIX: &str = "inv_";
/// How long a delivery attempt holds its claim: if the process dies while
/// sending, another may try once this is over. A new invite starts with
/// one, held by the process that wrote it: that process sends it at once
/// ([`Team::invites_deliver_for`]), and `serve`'s background round only
/// takes it over if the writer did not get to it.
pub const LEASE: Millis = 60_000;
/// The longest wait between two attempts to deliver an invite.
pub const MAX_RETRY_DELAY: Millis = 15 * 60_000;
/// Invites one delivery round sends at most.
pub const DELIVERY_BATCH: u64 = 50;
/// The longest reason for a failed attempt that is kept.
const MAX_ERROR: usize = 300;

/// The wait before attempt `attempts + 1`, after `attempts` failed: one
/// second, doubling, at most [`MAX_RETRY_DELAY`].
pub fn retry_delay(attempts: u32) -> Millis {
    let doubled = 1000_i64.saturating_mul(1_i64 << attempts.saturating_sub(1).min(20));
    doubled.min(MAX_RETRY_DELAY)
}

/// The open invite of a membership the store has just written as invited
/// (user `user_id`, named `user_name`, by the write whose audit line is
/// `by`), and its `invite.create` line. Its first delivery is the
/// writer's (see [`LEASE`]).
pub fn opened(user_id: &str, user_name: &str, by: &AuditEntry) -> (InviteRow, AuditEntry) {
    let invite = InviteRow {
        id: new_id(),
        user_id: user_id.to_string(),
        account_id: String::new(),
        email: user_name.to_string(),
        owner: InviteOwner::of_actor(&by.actor),
        invited_by: by.actor.clone(),
        created_at: by.at,
        expires_at: by.at.saturating_add(INVITE_TTL),
        attempts: 0,
        next_attempt_at: by.at.saturating_add(LEASE),
        sent_at: None,
        last_error: None,
        accepted_at: None,
        revoked_at: None,
        replaced_by: None,
    };
    let audit = AuditEntry {
        seq: 0,
        at: by.at,
        actor: by.actor.clone(),
        action: AuditAction::InviteCreate,
        target: invite.id.clone(),
        detail: Some(user_name.to_string()),
    };
    (invite, audit)
}

/// One invite email, as every way of sending it writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InviteMail {
    pub to: String,
    pub team: String,
    /// The one-time accept link. A secret until it is used: never logged.
    pub link: String,
    pub expires_at: Millis,
}

impl InviteMail {
    pub fn subject(&self) -> String {
        format!("You are invited to join {} on scimctl", self.team)
    }

    pub fn body(&self) -> String {
        format!(
            "Hello,\n\n\
             You have been invited to join the team {team} as {to}.\n\n\
             To accept, open this link (or send it a POST request):\n\n  {link}\n\n\
             The link works once and until {expires}. If you did not expect this \
             invitation, ignore this email: nothing happens unless you accept.\n",
            team = self.team,
            to = self.to,
            link = self.link,
            expires = to_rfc3339(self.expires_at),
        )
    }
}

/// Where invite emails go: an SMTP server, or an outbox.
#[async_trait]
pub trait Mailer: Send + Sync {
    /// Hand one email over; `Err` with the reason when it was not taken
    /// (the server's own words, or why it could not be reached).
    async fn send(&self, mail: &InviteMail) -> std::result::Result<(), String>;
    /// Where mail goes, for messages: never a password.
    fn describe(&self) -> String;
}

/// What one delivery attempt did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    pub invite: String,
    pub email: String,
    pub outcome: std::result::Result<(), String>,
}

/// An invite as its link shows it to the invitee.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct InviteView {
    pub team: String,
    pub email: String,
    pub state: &'static str,
    #[serde(rename = "invitedAt")]
    pub invited_at: String,
    #[serde(rename = "expiresAt")]
    pub expires_at: String,
}

/// An invite as the CLI's JSON and the admin API show it (snake_case, as
/// the admin API's other objects are).
pub fn invite_json(row: &InviteRow, now: Millis) -> serde_json::Value {
    serde_json::json!({
        "id": row.id,
        "email": row.email,
        "state": row.state(now).as_str(),
        "owner": row.owner.as_str(),
        "invited_by": row.invited_by,
        "created_at": to_rfc3339(row.created_at),
        "expires_at": to_rfc3339(row.expires_at),
        "sent_at": row.sent_at.map(to_rfc3339),
        "attempts": row.attempts,
        "last_error": row.last_error,
        "accepted_at": row.accepted_at.map(to_rfc3339),
        "revoked_at": row.revoked_at.map(to_rfc3339),
        "replaced_by": row.replaced_by,
        "user_id": row.user_id,
    })
}

fn gone(why: &str) -> Error {
    Error::new(Kind::Gone, format!("this invite {why}"))
}

/// Why an invite's link no longer works, if it does not.
fn closed_reason(invite: &InviteRow, member: MemberState, now: Millis) -> Option<&'static str> {
    match invite.state(now) {
        InviteState::Accepted => Some("was accepted already"),
        InviteState::Replaced => {
            Some("was replaced by a newer one: use the link of the latest email")
        }
        InviteState::Revoked => Some("was revoked"),
        InviteState::Expired => Some("has expired; ask the team's admin to send it again"),
        InviteState::Pending | InviteState::Unsent if member != MemberState::Invited => {
            Some("was revoked")
        }
        InviteState::Pending | InviteState::Unsent => None,
    }
}

/// A reason as it is kept: one line, printable, bounded.
fn error_text(why: &str) -> String {
    let line: String = why
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let line = line.trim();
    match line.char_indices().nth(MAX_ERROR) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line.to_string(),
    }
}

impl Team {
    /// Invite `email` to the team by hand: an invited membership (and an
    /// account, when there is none) with its open invite. Unlike a SCIM
    /// create, an account in other teams can be invited: the person
    /// chooses by accepting. The invite goes out with the next delivery.
    pub async fn invite_create(
        &self,
        actor: &Actor,
        email: &str,
        given_name: Option<&str>,
        family_name: Option<&str>,
    ) -> Result<(UserRow, InviteRow)> {
        let email = crate::accounts::check_email(email)?;
        let mut body = serde_json::json!({
            "schemas": [crate::scim::schema::USER_SCHEMA],
            "userName": email,
            "emails": [{"value": email, "primary": true}],
            "active": true,
        });
        let mut name = serde_json::Map::new();
        if let Some(g) = given_name {
            name.insert("givenName".into(), g.into());
        }
        if let Some(f) = family_name {
            name.insert("familyName".into(), f.into());
        }
        if !name.is_empty() {
            body["name"] = serde_json::Value::Object(name);
        }
        let doc = resource::normalize_user(&body)?;
        let mut row = self.row_from(new_id(), doc, self.now(), 1)?;
        // (asking for an invited membership is what makes it an invite:
        // see `Store::insert_user`)
        row.membership.state = MemberState::Invited;
        let audit = self.entry_named(actor, AuditAction::UserCreate, &row.id, &row.user_name);
        match self.store.insert_user(&row, &audit).await? {
            UserWrite::Created(membership) => {
                row.membership = membership;
                let invite = self.store.open_invite(&row.id).await?.ok_or_else(|| {
                    Error::internal("the store wrote an invited membership without its invite")
                })?;
                Ok((row, invite))
            }
            UserWrite::NameTaken => Err(self.already_member(&row.user_name).await),
            UserWrite::TooManyTeams => Err(crate::accounts::too_many_teams(&row.user_name)),
            UserWrite::InOtherTeam | UserWrite::Written | UserWrite::Stale => Err(Error::internal(
                "the store answered an invite as something else",
            )),
        }
    }

    /// Why `email` cannot be invited: the team has it already, as what.
    async fn already_member(&self, email: &str) -> Error {
        let state = match self.user_find(email).await {
            Ok(user) => user.membership.state,
            Err(e) => return e,
        };
        let e = Error::conflict(format!(
            "{email:?} is {} of this team already",
            match state {
                MemberState::Invited => "an invited member",
                MemberState::Active => "a member",
                MemberState::Deactivated => "a deactivated member",
            }
        ))
        .with_scim_type(ScimType::Uniqueness);
        match state {
            MemberState::Invited => {
                e.with_hint(format!("`scimctl invites resend {email}` sends a new invite"))
            }
            MemberState::Deactivated => e.with_hint(format!(
                "`scimctl users reactivate {email}` brings them back (invited again if they never joined)"
            )),
            MemberState::Active => e,
        }
    }

    /// This team's invites, newest first: the open ones, or all.
    pub async fn invites_list(&self, all: bool) -> Result<Vec<InviteRow>> {
        self.store.list_invites(!all).await
    }

    /// One invite of this team, by id, or by email (the open one, else the
    /// newest).
    pub async fn invite_find(&self, which: &str) -> Result<InviteRow> {
        if let Some(invite) = self.store.get_invite(which.trim()).await? {
            return Ok(invite);
        }
        let key = name_key(which.trim());
        let all = self.store.list_invites(false).await?;
        let now = self.now();
        let mut theirs = all.into_iter().filter(|i| name_key(&i.email) == key);
        let first = theirs.next();
        let open = first
            .iter()
            .cloned()
            .chain(theirs)
            .find(|i| i.state(now).is_open());
        open.or(first).ok_or_else(|| {
            Error::not_found(format!("no invite for {which:?} in this team"))
                .with_hint("`scimctl invites list --all` shows every invite")
        })
    }

    /// Withdraw an invite: the membership is deactivated (nothing is
    /// deleted) and the link stops working.
    pub async fn invite_revoke(&self, actor: &Actor, which: &str) -> Result<InviteRow> {
        let invite = self.open_invite_named(which).await?;
        let before = self.user_get(&invite.user_id).await?;
        let after = self
            .modify(
                actor,
                &invite.user_id,
                None,
                AuditAction::InviteRevoke,
                |current| {
                    let mut doc = current.doc.clone();
                    doc.insert("active".into(), serde_json::Value::Bool(false));
                    Ok(doc)
                },
            )
            .await?;
        if after.version == before.version {
            // Already inactive (the invite outlived its membership's
            // deactivation): close the invite alone.
            let audit =
                self.entry_named(actor, AuditAction::InviteRevoke, &invite.id, &invite.email);
            self.store
                .revoke_invite(&invite.id, self.now(), &audit)
                .await?;
        }
        self.store
            .get_invite(&invite.id)
            .await?
            .ok_or_else(|| Error::not_found("the invite is gone"))
    }

    /// Send an invite again: it is closed, and a new one (a new link, 7
    /// days from now) takes its place. An expired invite can be resent.
    pub async fn invite_resend(&self, actor: &Actor, which: &str) -> Result<InviteRow> {
        let old = self.open_invite_named(which).await?;
        let audit = self.entry_named(actor, AuditAction::InviteResend, &old.id, &old.email);
        let (mut new, _) = opened(&old.user_id, &old.email, &audit);
        new.owner = old.owner;
        new.account_id = old.account_id.clone();
        let audit = AuditEntry {
            target: new.id.clone(),
            ..audit
        };
        if self.store.replace_invite(&old.id, &new, &audit).await? {
            Ok(new)
        } else {
            Err(Error::conflict(
                "the invite changed meanwhile (accepted, revoked or resent); look again",
            ))
        }
    }

    /// The open invite `which` names, whose membership is still invited.
    async fn open_invite_named(&self, which: &str) -> Result<InviteRow> {
        let invite = self.invite_find(which).await?;
        let user = self.user_get(&invite.user_id).await?;
        match closed_reason(&invite, user.membership.state, self.now()) {
            None => Ok(invite),
            Some(_) if invite.state(self.now()) == InviteState::Expired => Ok(invite),
            Some(why) => Err(Error::conflict(format!(
                "the invite for {:?} {why}",
                invite.email
            ))),
        }
    }

    /// The invite a link's token names, in whichever team it is, with that
    /// team; not found for a token that names none.
    async fn invite_of_token(&self, token: &str) -> Result<(Team, InviteRow, UserRow)> {
        let unknown = || Error::not_found("no such invite: check the link");
        if !secret::well_formed(token, TOKEN_PREFIX) {
            return Err(unknown());
        }
        let (invite, team) = self
            .store
            .invite_by_token(&secret::hash_hex(token))
            .await?
            .ok_or_else(unknown)?;
        let team = self.in_team(team);
        let user = team.user_get(&invite.user_id).await?;
        Ok((team, invite, user))
    }

    async fn view(&self, invite: &InviteRow, state: InviteState) -> Result<InviteView> {
        let id = self.id();
        let team = self
            .teams_list()
            .await?
            .into_iter()
            .find(|t| t.id == id)
            .map(|t| t.name)
            .unwrap_or_default();
        Ok(InviteView {
            team,
            email: invite.email.clone(),
            state: state.as_str(),
            invited_at: to_rfc3339(invite.created_at),
            expires_at: to_rfc3339(invite.expires_at),
        })
    }

    /// What an invite link is (GET): the team and email, while it can be
    /// accepted; 410 once it cannot.
    pub async fn invite_show(&self, token: &str) -> Result<InviteView> {
        let (team, invite, user) = self.invite_of_token(token).await?;
        if let Some(why) = closed_reason(&invite, user.membership.state, self.now()) {
            return Err(gone(why));
        }
        team.view(&invite, invite.state(self.now())).await
    }

    /// Accept an invite (POST to its link): the membership is active, and
    /// the invite used. Once only; 410 for a used, revoked, replaced or
    /// expired one — also when a deactivation wins the race with it.
    pub async fn invite_accept(&self, token: &str) -> Result<InviteView> {
        let (team, invite, user) = self.invite_of_token(token).await?;
        let now = self.now();
        if let Some(why) = closed_reason(&invite, user.membership.state, now) {
            return Err(gone(why));
        }
        let actor = Actor::Account(invite.account_id.clone());
        let audit = team.entry_named(&actor, AuditAction::InviteAccept, &invite.id, &invite.email);
        if team.store.accept_invite(&invite.id, now, &audit).await? {
            return team.view(&invite, InviteState::Accepted).await;
        }
        // Something closed it between the read and the write: say what.
        let invite = team.store.get_invite(&invite.id).await?.unwrap_or(invite);
        let state = team.user_get(&invite.user_id).await?.membership.state;
        Err(gone(
            closed_reason(&invite, state, now).unwrap_or("can no longer be accepted"),
        ))
    }

    /// Deliver the invites that are due: this team's, or every team's
    /// (`all_teams`, what `serve` does). Links are `{public_url}/invites/{token}`.
    /// One round sends at most [`DELIVERY_BATCH`].
    pub async fn invites_deliver(
        &self,
        mailer: &dyn Mailer,
        public_url: &str,
        all_teams: bool,
    ) -> Result<Vec<Attempt>> {
        let due = self
            .store
            .due_invites(self.now(), DELIVERY_BATCH, all_teams)
            .await?;
        self.deliver_each(mailer, public_url, due).await
    }

    /// Deliver the open invites of these members of this team that are
    /// due, or new (never tried: the writer's to send first, see [`LEASE`]):
    /// what a process does after its own writes — the CLI, or `serve`
    /// after a SCIM create — leaving every other invite to the background
    /// round.
    pub async fn invites_deliver_for(
        &self,
        mailer: &dyn Mailer,
        public_url: &str,
        user_ids: &[String],
    ) -> Result<Vec<Attempt>> {
        let now = self.now();
        let mut due = Vec::new();
        for id in user_ids {
            if let Some(invite) = self.store.open_invite(id).await?
                && invite.sent_at.is_none()
                && (invite.attempts == 0 || invite.next_attempt_at <= now)
                && invite.expires_at > now
            {
                due.push((invite, self.id()));
            }
        }
        self.deliver_each(mailer, public_url, due).await
    }

    async fn deliver_each(
        &self,
        mailer: &dyn Mailer,
        public_url: &str,
        due: Vec<(InviteRow, crate::model::TeamId)>,
    ) -> Result<Vec<Attempt>> {
        if due.is_empty() {
            return Ok(Vec::new());
        }
        let teams = self.teams_list().await?;
        let mut attempts = Vec::with_capacity(due.len());
        for (invite, team_id) in due {
            let team = self.in_team(team_id);
            let token = Secret::generate(TOKEN_PREFIX);
            let now = self.now();
            if !team
                .store
                .claim_invite(
                    &invite.id,
                    invite.next_attempt_at,
                    &token.hash(),
                    now + LEASE,
                )
                .await?
            {
                continue; // another process has it
            }
            let mail = InviteMail {
                to: invite.email.clone(),
                team: teams
                    .iter()
                    .find(|t| t.id == team_id)
                    .map(|t| t.name.clone())
                    .unwrap_or_default(),
                link: format!(
                    "{}/invites/{}",
                    public_url.trim_end_matches('/'),
                    token.expose()
                ),
                expires_at: invite.expires_at,
            };
            let outcome = mailer.send(&mail).await.map_err(|why| error_text(&why));
            match &outcome {
                Ok(()) => team.store.invite_sent(&invite.id, self.now()).await?,
                Err(why) => {
                    let retry_at = self.now() + retry_delay(invite.attempts + 1);
                    team.store.invite_failed(&invite.id, why, retry_at).await?
                }
            }
            attempts.push(Attempt {
                invite: invite.id,
                email: invite.email,
                outcome,
            });
        }
        Ok(attempts)
    }

    /// A create whose userName the team has already: if that member is
    /// invited by an admin's invite still open, the create takes it over
    /// (the identity provider's attributes, the invite now its own)
    /// instead of failing — the invitee still accepts the same invite.
    pub(crate) async fn take_over(&self, actor: &Actor, row: &UserRow) -> Result<Option<UserRow>> {
        let existing = match self.user_find(&row.user_name).await {
            Ok(u) if u.membership.state == MemberState::Invited => u,
            Ok(_) | Err(_) => return Ok(None),
        };
        let Some(invite) = self.store.open_invite(&existing.id).await? else {
            return Ok(None);
        };
        let owner = InviteOwner::of_actor(&actor.to_string());
        if invite.owner == InviteOwner::Scim && owner == InviteOwner::Scim {
            return Ok(None); // the provider's own: a second create is a conflict
        }
        let doc = row.doc.clone();
        let user = self
            .modify(
                actor,
                &existing.id,
                None,
                AuditAction::InviteTakeover,
                |_| Ok(doc.clone()),
            )
            .await?;
        self.store.set_invite_owner(&invite.id, owner).await?;
        Ok(Some(user))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_to_a_ceiling() {
        assert_eq!(retry_delay(1), 1000);
        assert_eq!(retry_delay(2), 2000);
        assert_eq!(retry_delay(5), 16_000);
        assert_eq!(retry_delay(30), MAX_RETRY_DELAY);
        assert_eq!(retry_delay(u32::MAX), MAX_RETRY_DELAY);
    }

    #[test]
    fn reasons_are_one_bounded_line() {
        assert_eq!(error_text(" 550 no\r\nsuch user "), "550 no  such user");
        let long = error_text(&"é".repeat(1000));
        assert_eq!(long.chars().count(), MAX_ERROR + 1);
    }

    #[test]
    fn the_mail_names_the_team_and_carries_the_link() {
        let mail = InviteMail {
            to: "ann@example.com".into(),
            team: "Acme".into(),
            link: "http://x/invites/inv_abc".into(),
            expires_at: 0,
        };
        assert!(mail.subject().contains("Acme"));
        assert!(mail.body().contains("http://x/invites/inv_abc"));
        assert!(mail.body().contains("ann@example.com"));
    }

    fn invite(at: Millis) -> InviteRow {
        let by = AuditEntry {
            seq: 0,
            at,
            actor: "key:okta".into(),
            action: AuditAction::UserCreate,
            target: "u1".into(),
            detail: None,
        };
        opened("u1", "ann@example.com", &by).0
    }

    #[test]
    fn an_invite_closes_for_each_reason() {
        let i = invite(0);
        assert_eq!(i.owner, InviteOwner::Scim);
        assert_eq!(closed_reason(&i, MemberState::Invited, 1), None);
        assert!(closed_reason(&i, MemberState::Deactivated, 1).is_some());
        assert!(closed_reason(&i, MemberState::Invited, INVITE_TTL).is_some());
        let used = InviteRow {
            accepted_at: Some(5),
            ..i.clone()
        };
        assert_eq!(
            closed_reason(&used, MemberState::Active, 6),
            Some("was accepted already")
        );
    }
}
