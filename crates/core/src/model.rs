//! The records the core keeps, and the views of them that leave it.

use std::fmt;

use serde::Serialize;

use crate::scim::resource;
use crate::scim::stored::Doc;
use crate::time::{Millis, to_rfc3339};

/// A team's id in its database. Teams are rows of one database, each with
/// its own SSO methods, toggle, keys, admin tokens, users, groups and audit
/// trail (docs/scim.md, "Teams").
pub type TeamId = i64;

/// The team every database has: the one team of a database made before
/// there were several, and the one a command acts on without `--team`.
pub const DEFAULT_TEAM: TeamId = 1;
pub const DEFAULT_TEAM_NAME: &str = "default";

/// A team as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamRow {
    pub id: TeamId,
    pub name: String,
    pub scim_enabled: bool,
    pub created_at: Millis,
}

/// Who did something; recorded in the audit trail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// An admin token: its id, and the name the audit trail shows.
    Admin { id: String, name: String },
    /// A SCIM API key: its id, and the name the audit trail shows (a
    /// rotated key keeps its name, so an IdP keeps one actor).
    Key { id: String, name: String },
    /// Someone at the embedded backend (the CLI opening the database
    /// directly), by operating-system user name.
    Local(String),
    /// The person behind an account, by the account's id (accepting an
    /// invite, the account API): never the email, which is theirs.
    Account(String),
}

/// How an actor reads in the audit trail (docs/scim.md, "Audit trail"): `admin-token:ops`,
/// `key:okta`, `local:ann`.
impl fmt::Display for Actor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Actor::Admin { name, .. } => write!(f, "admin-token:{name}"),
            Actor::Key { name, .. } => write!(f, "key:{name}"),
            Actor::Local(name) => write!(f, "local:{name}"),
            Actor::Account(id) => write!(f, "account:{id}"),
        }
    }
}

impl Actor {
    /// The local operating-system user, for embedded use: `$USER` or
    /// `$LOGNAME`, else the numeric user id (never "unknown").
    pub fn local() -> Actor {
        let name = ["USER", "LOGNAME", "USERNAME"]
            .iter()
            .find_map(|v| std::env::var(v).ok().filter(|n| !n.trim().is_empty()))
            .unwrap_or_else(process_owner);
        Actor::Local(name)
    }
}

/// The user this process runs as, when no variable names it.
#[cfg(unix)]
fn process_owner() -> String {
    // SAFETY: getuid has no preconditions and cannot fail.
    format!("uid {}", unsafe { libc::getuid() })
}

/// Windows sets USERNAME, read above; without it there is no name to give.
#[cfg(not(unix))]
fn process_owner() -> String {
    "unknown".into()
}

/// The protocol of an SSO method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SsoType {
    Saml,
    Oidc,
}

impl SsoType {
    pub fn as_str(self) -> &'static str {
        match self {
            SsoType::Saml => "saml",
            SsoType::Oidc => "oidc",
        }
    }

    pub fn parse(s: &str) -> Option<SsoType> {
        match s.to_ascii_lowercase().as_str() {
            "saml" => Some(SsoType::Saml),
            "oidc" => Some(SsoType::Oidc),
            _ => None,
        }
    }

    /// [`SsoType::parse`], with the error a person reads.
    pub fn from_text(s: &str) -> crate::error::Result<SsoType> {
        SsoType::parse(s).ok_or_else(|| {
            crate::error::Error::invalid(format!("unknown SSO type {s:?}; expected saml or oidc"))
        })
    }
}

/// A configured single-sign-on method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SsoMethod {
    pub id: String,
    pub kind: SsoType,
    pub name: String,
    pub created_at: Millis,
}

/// A SCIM API key as stored: only the hash of the secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiKey {
    pub id: String,
    pub name: String,
    pub prefix: String,
    pub hash: String,
    pub created_at: Millis,
    pub last_used_at: Option<Millis>,
    /// Set when the key was rotated: the end of its grace window.
    pub expires_at: Option<Millis>,
    pub revoked_at: Option<Millis>,
    /// The key that replaced this one in a rotation.
    pub replaced_by: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum KeyStatus {
    /// Accepted for SCIM calls.
    Active,
    /// Replaced by a rotation, still accepted until `expires_at`.
    Grace,
    /// Replaced, and its grace window has ended.
    Expired,
    Revoked,
    /// Would be accepted, but SCIM is turned off for the team.
    Suspended,
}

impl KeyStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            KeyStatus::Active => "active",
            KeyStatus::Grace => "grace",
            KeyStatus::Expired => "expired",
            KeyStatus::Revoked => "revoked",
            KeyStatus::Suspended => "suspended",
        }
    }
}

impl ApiKey {
    pub fn status(&self, now: Millis, scim_enabled: bool) -> KeyStatus {
        if self.revoked_at.is_some() {
            KeyStatus::Revoked
        } else if self.expires_at.is_some_and(|e| e <= now) {
            KeyStatus::Expired
        } else if !scim_enabled {
            KeyStatus::Suspended
        } else if self.expires_at.is_some() {
            KeyStatus::Grace
        } else {
            KeyStatus::Active
        }
    }

    /// Revoked or expired: can never be used again.
    pub fn is_dead(&self, now: Millis) -> bool {
        matches!(
            self.status(now, true),
            KeyStatus::Revoked | KeyStatus::Expired
        )
    }

    pub fn info(&self, now: Millis, scim_enabled: bool) -> KeyInfo {
        KeyInfo {
            id: self.id.clone(),
            name: self.name.clone(),
            prefix: self.prefix.clone(),
            status: self.status(now, scim_enabled),
            created_at: to_rfc3339(self.created_at),
            last_used_at: self.last_used_at.map(to_rfc3339),
            expires_at: self.expires_at.map(to_rfc3339),
            revoked_at: self.revoked_at.map(to_rfc3339),
            replaced_by: self.replaced_by.clone(),
        }
    }
}

/// A key as listings show it (no secret, no hash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct KeyInfo {
    pub id: String,
    pub name: String,
    pub prefix: String,
    pub status: KeyStatus,
    pub created_at: String,
    pub last_used_at: Option<String>,
    pub expires_at: Option<String>,
    pub revoked_at: Option<String>,
    pub replaced_by: Option<String>,
}

impl<'de> serde::Deserialize<'de> for KeyStatus {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(match s.as_str() {
            "active" => KeyStatus::Active,
            "grace" => KeyStatus::Grace,
            "expired" => KeyStatus::Expired,
            "revoked" => KeyStatus::Revoked,
            "suspended" => KeyStatus::Suspended,
            other => {
                return Err(serde::de::Error::custom(format!(
                    "unknown key status {other}"
                )));
            }
        })
    }
}

/// An admin token as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdminToken {
    pub id: String,
    pub name: String,
    pub prefix: String,
    pub hash: String,
    pub created_at: Millis,
    pub revoked_at: Option<Millis>,
}

/// The role of a user who has none stored (the seed: "the newly added user
/// will have the developer role by default"). It is applied when the user is
/// shown rather than written at creation, so that an IdP which sets `roles`
/// replaces the default instead of adding to it.
pub const DEFAULT_ROLE: &str = "developer";

/// The form in which names are compared: userNames (unique and looked up
/// case-insensitively, docs/scim.md, "Names") and SSO method names — trimmed, then
/// [`fold`](crate::scim::fold::fold)ed. The stores index this form.
pub fn name_key(name: &str) -> String {
    crate::scim::fold::fold(name.trim())
}

/// A name as stored (docs/scim.md, "Names": NFC-normalised; the caller trims): userNames
/// and group displayNames.
pub fn nfc(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    if name.is_ascii() {
        // NFC leaves ASCII alone
        name.to_string()
    } else {
        name.nfc().collect()
    }
}

/// Characters that never belong in a name (docs/scim.md, "Names"): control characters
/// (C0, DEL, C1 — a NUL, an ESC that would reach a terminal) and format
/// characters (Unicode category Cf: zero-width spaces and joiners, the soft
/// hyphen, bidi controls, tags) that make two names look alike.
pub fn forbidden_in_names(c: char) -> bool {
    c.is_control()
        || matches!(
            u32::from(c),
            0xad | 0x600..=0x605
                | 0x61c
                | 0x6dd
                | 0x70f
                | 0x890..=0x891
                | 0x8e2
                | 0x180e
                | 0x200b..=0x200f
                | 0x202a..=0x202e
                | 0x2060..=0x2064
                | 0x2066..=0x206f
                | 0xfeff
                | 0xfff9..=0xfffb
                | 0x110bd
                | 0x110cd
                | 0x13430..=0x1343f
                | 0x1bca0..=0x1bca3
                | 0x1d173..=0x1d17a
                | 0xe0001
                | 0xe0020..=0xe007f
        )
}

/// A domain a team added, and whether it proved it owns it (docs/scim.md,
/// "Verified domains").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DomainRow {
    /// Lower-case ASCII, no trailing dot.
    pub domain: String,
    /// What the TXT record must say after `scimctl-verification=`. Not a
    /// secret: it is published in DNS.
    pub token: String,
    pub created_at: Millis,
    pub verified_at: Option<Millis>,
}

/// Who answers for an invite: an admin who made it by hand, or the team's
/// identity provider (a create or reactivation by a SCIM key).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InviteOwner {
    Manual,
    Scim,
}

impl InviteOwner {
    pub fn as_str(self) -> &'static str {
        match self {
            InviteOwner::Manual => "manual",
            InviteOwner::Scim => "scim",
        }
    }

    pub fn parse(text: &str) -> Option<InviteOwner> {
        match text {
            "manual" => Some(InviteOwner::Manual),
            "scim" => Some(InviteOwner::Scim),
            _ => None,
        }
    }

    /// The owner of an invite an actor's write opens, by the actor as the
    /// audit trail names it: a SCIM key's is the identity provider's.
    pub fn of_actor(actor: &str) -> InviteOwner {
        if actor.starts_with("key:") {
            InviteOwner::Scim
        } else {
            InviteOwner::Manual
        }
    }
}

/// An invite to a team (docs/scim.md, "Invites"): the invited membership
/// `user_id` (whose userName is `email`), and how its delivery went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InviteRow {
    pub id: String,
    pub user_id: String,
    /// The account the membership is of.
    pub account_id: String,
    pub email: String,
    pub owner: InviteOwner,
    /// The actor who opened it, as the audit trail names it.
    pub invited_by: String,
    pub created_at: Millis,
    pub expires_at: Millis,
    /// Delivery attempts so far.
    pub attempts: u32,
    /// When delivery is tried next, while it is unsent.
    pub next_attempt_at: Millis,
    pub sent_at: Option<Millis>,
    /// Why the last attempt failed (the mail server's words).
    pub last_error: Option<String>,
    pub accepted_at: Option<Millis>,
    pub revoked_at: Option<Millis>,
    /// The invite a resend opened in this one's place.
    pub replaced_by: Option<String>,
}

/// Where an invite stands at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InviteState {
    /// Open, delivered, not expired.
    Pending,
    /// Open, not delivered yet (or every attempt failed so far).
    Unsent,
    /// Open, but its 7 days are over: a resend opens a new one.
    Expired,
    Accepted,
    Revoked,
    /// Closed by a resend.
    Replaced,
}

impl InviteState {
    pub fn as_str(self) -> &'static str {
        match self {
            InviteState::Pending => "pending",
            InviteState::Unsent => "unsent",
            InviteState::Expired => "expired",
            InviteState::Accepted => "accepted",
            InviteState::Revoked => "revoked",
            InviteState::Replaced => "replaced",
        }
    }

    /// Neither accepted nor closed.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            InviteState::Pending | InviteState::Unsent | InviteState::Expired
        )
    }
}

impl InviteRow {
    pub fn state(&self, now: Millis) -> InviteState {
        if self.accepted_at.is_some() {
            InviteState::Accepted
        } else if self.replaced_by.is_some() {
            InviteState::Replaced
        } else if self.revoked_at.is_some() {
            InviteState::Revoked
        } else if now >= self.expires_at {
            InviteState::Expired
        } else if self.sent_at.is_some() {
            InviteState::Pending
        } else {
            InviteState::Unsent
        }
    }
}

/// A person's account (docs/scim.md, "Accounts and memberships"), as the
/// operator lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountRow {
    pub id: String,
    pub email: String,
    pub created_at: Millis,
    /// Its invited or active memberships.
    pub teams: u64,
}

/// One of an account's memberships, as the account API shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountMembership {
    pub team: TeamId,
    pub team_name: String,
    /// SCIM provisioning is on for the team: it owns the membership.
    pub scim_enabled: bool,
    pub user_id: String,
    pub state: MemberState,
    pub joined_at: Option<Millis>,
}

/// Where a team's membership of an account stands (docs/scim.md,
/// "Accounts and memberships").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum MemberState {
    /// The account is in another team (or was made before this team
    /// provisioned it) and has not accepted the team's invite yet.
    Invited,
    #[default]
    Active,
    /// Removed from the team by its admin or its identity provider; the
    /// account and its other teams are untouched.
    Deactivated,
}

impl MemberState {
    pub const ALL: [MemberState; 3] = [
        MemberState::Invited,
        MemberState::Active,
        MemberState::Deactivated,
    ];

    /// The name SCIM, the CLI and the database use.
    pub fn as_str(self) -> &'static str {
        match self {
            MemberState::Invited => "invited",
            MemberState::Active => "active",
            MemberState::Deactivated => "deactivated",
        }
    }

    pub fn parse(text: &str) -> Option<MemberState> {
        MemberState::ALL
            .into_iter()
            .find(|s| s.as_str().eq_ignore_ascii_case(text.trim()))
    }
}

impl fmt::Display for MemberState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The membership behind a user row: its state and when it was invited
/// and joined. Read-only to SCIM clients; the service sets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Membership {
    pub state: MemberState,
    pub invited_at: Option<Millis>,
    pub joined_at: Option<Millis>,
}

impl Membership {
    /// The membership after `active` is set to `active`: deactivation is
    /// `deactivated`; reactivation is `active` again for a member who had
    /// joined and `invited` for one who never accepted.
    pub fn with_active(self, active: bool) -> Membership {
        let state = match (active, self.state) {
            (false, _) => MemberState::Deactivated,
            (true, MemberState::Deactivated) if self.joined_at.is_none() => MemberState::Invited,
            (true, MemberState::Deactivated) => MemberState::Active,
            (true, other) => other,
        };
        Membership { state, ..self }
    }
}

/// A stored user: a team's membership of an account, with the SCIM
/// document the team's identity provider keeps.
#[derive(Debug, Clone, PartialEq)]
pub struct UserRow {
    pub id: String,
    pub user_name: String,
    pub external_id: Option<String>,
    pub active: bool,
    pub doc: Doc,
    pub created: Millis,
    pub last_modified: Millis,
    pub version: i64,
    /// The membership's state; on an insert, what the store decided
    /// (docs/scim.md, "Accounts and memberships") replaces what is here.
    pub membership: Membership,
    /// The groups the user is a member of (read with the user; the
    /// read-only `groups` attribute). Never written from here.
    pub groups: Vec<GroupRef>,
}

pub use crate::scim::resource::{GroupRef, Member};

/// A stored group. `members` is `None` when the read left them out (a
/// listing with `excludedAttributes=members`, the answer to a write).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupRow {
    pub id: String,
    pub display_name: String,
    pub external_id: Option<String>,
    pub created: Millis,
    pub last_modified: Millis,
    pub version: i64,
    pub members: Option<Vec<Member>>,
}

impl GroupRow {
    /// The SCIM resource; `display`: members with their userName.
    pub fn render(&self, base: &str, display: bool) -> serde_json::Value {
        resource::render_group(
            resource::RenderedGroup {
                id: &self.id,
                display_name: &self.display_name,
                external_id: self.external_id.as_deref(),
                created: self.created,
                last_modified: self.last_modified,
                version: self.version,
                members: self.members.as_deref(),
            },
            base,
            display,
        )
    }

    pub fn etag(&self) -> String {
        resource::etag(self.version)
    }
}

impl UserRow {
    /// The SCIM resource for this user; `base` is the SCIM root URL
    /// (`http://host/scim/v2`), used for `meta.location`.
    pub fn render(&self, base: &str) -> serde_json::Value {
        self.rendered(self.doc.clone(), base)
    }

    /// The same, consuming the row: no copy of the document.
    pub fn into_resource(mut self, base: &str) -> serde_json::Value {
        let doc = std::mem::take(&mut self.doc);
        self.rendered(doc, base)
    }

    fn rendered(&self, doc: Doc, base: &str) -> serde_json::Value {
        resource::render(
            resource::Rendered {
                id: &self.id,
                doc,
                created: self.created,
                last_modified: self.last_modified,
                version: self.version,
                default_role: Some(DEFAULT_ROLE),
                groups: &self.groups,
                membership: Some(resource::MembershipExt {
                    state: self.membership.state.as_str(),
                    invited_at: self.membership.invited_at,
                    joined_at: self.membership.joined_at,
                }),
            },
            base,
        )
    }

    pub fn etag(&self) -> String {
        resource::etag(self.version)
    }
}

/// What an audit line records. The names are the trail's public vocabulary
/// (`audit list`, the admin API, docs/scim.md, "Audit trail"). Names written by earlier versions
/// are read as the action they meant (`user.patch` and `user.replace` are
/// `user.update`; `admin_token.create` is `token.create`): the trail itself
/// is append-only and is never rewritten.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
pub enum AuditAction {
    #[serde(rename = "team.create")]
    TeamCreate,
    #[serde(rename = "sso.add")]
    SsoAdd,
    #[serde(rename = "sso.remove")]
    SsoRemove,
    #[serde(rename = "scim.enable")]
    ScimEnable,
    #[serde(rename = "scim.disable")]
    ScimDisable,
    #[serde(rename = "key.generate")]
    KeyGenerate,
    #[serde(rename = "key.rotate")]
    KeyRotate,
    #[serde(rename = "key.revoke")]
    KeyRevoke,
    #[serde(rename = "token.create", alias = "admin_token.create")]
    TokenCreate,
    #[serde(rename = "token.revoke")]
    TokenRevoke,
    #[serde(rename = "user.create")]
    UserCreate,
    #[serde(rename = "user.update", alias = "user.patch", alias = "user.replace")]
    UserUpdate,
    #[serde(rename = "user.deactivate")]
    UserDeactivate,
    #[serde(rename = "user.reactivate")]
    UserReactivate,
    #[serde(rename = "user.delete")]
    UserDelete,
    #[serde(rename = "group.create")]
    GroupCreate,
    /// A rename or a new externalId.
    #[serde(rename = "group.update")]
    GroupUpdate,
    #[serde(rename = "group.delete")]
    GroupDelete,
    #[serde(rename = "group.member.add")]
    GroupMemberAdd,
    #[serde(rename = "group.member.remove")]
    GroupMemberRemove,
    #[serde(rename = "domain.add")]
    DomainAdd,
    #[serde(rename = "domain.verify")]
    DomainVerify,
    #[serde(rename = "domain.remove")]
    DomainRemove,
    /// An invite opened (by an admin, or by a create or reactivation that
    /// left the membership invited).
    #[serde(rename = "invite.create")]
    InviteCreate,
    /// An invite closed and a new one opened in its place.
    #[serde(rename = "invite.resend")]
    InviteResend,
    /// An invite withdrawn, with its membership deactivated.
    #[serde(rename = "invite.revoke")]
    InviteRevoke,
    /// The invitee accepted: the membership is active.
    #[serde(rename = "invite.accept")]
    InviteAccept,
    /// The identity provider's create for an email an admin had invited
    /// by hand: the invite is now the provider's.
    #[serde(rename = "invite.takeover")]
    InviteTakeover,
    /// The person left the team on their own (the account API).
    #[serde(rename = "membership.leave")]
    MembershipLeave,
}

impl AuditAction {
    pub const ALL: [AuditAction; 29] = [
        AuditAction::TeamCreate,
        AuditAction::SsoAdd,
        AuditAction::SsoRemove,
        AuditAction::ScimEnable,
        AuditAction::ScimDisable,
        AuditAction::KeyGenerate,
        AuditAction::KeyRotate,
        AuditAction::KeyRevoke,
        AuditAction::TokenCreate,
        AuditAction::TokenRevoke,
        AuditAction::UserCreate,
        AuditAction::UserUpdate,
        AuditAction::UserDeactivate,
        AuditAction::UserReactivate,
        AuditAction::UserDelete,
        AuditAction::GroupCreate,
        AuditAction::GroupUpdate,
        AuditAction::GroupDelete,
        AuditAction::GroupMemberAdd,
        AuditAction::GroupMemberRemove,
        AuditAction::DomainAdd,
        AuditAction::DomainVerify,
        AuditAction::DomainRemove,
        AuditAction::InviteCreate,
        AuditAction::InviteResend,
        AuditAction::InviteRevoke,
        AuditAction::InviteAccept,
        AuditAction::InviteTakeover,
        AuditAction::MembershipLeave,
    ];

    /// The name as stored and shown.
    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::TeamCreate => "team.create",
            AuditAction::SsoAdd => "sso.add",
            AuditAction::SsoRemove => "sso.remove",
            AuditAction::ScimEnable => "scim.enable",
            AuditAction::ScimDisable => "scim.disable",
            AuditAction::KeyGenerate => "key.generate",
            AuditAction::KeyRotate => "key.rotate",
            AuditAction::KeyRevoke => "key.revoke",
            AuditAction::TokenCreate => "token.create",
            AuditAction::TokenRevoke => "token.revoke",
            AuditAction::UserCreate => "user.create",
            AuditAction::UserUpdate => "user.update",
            AuditAction::UserDeactivate => "user.deactivate",
            AuditAction::UserReactivate => "user.reactivate",
            AuditAction::UserDelete => "user.delete",
            AuditAction::GroupCreate => "group.create",
            AuditAction::GroupUpdate => "group.update",
            AuditAction::GroupDelete => "group.delete",
            AuditAction::GroupMemberAdd => "group.member.add",
            AuditAction::GroupMemberRemove => "group.member.remove",
            AuditAction::DomainAdd => "domain.add",
            AuditAction::DomainVerify => "domain.verify",
            AuditAction::DomainRemove => "domain.remove",
            AuditAction::InviteCreate => "invite.create",
            AuditAction::InviteResend => "invite.resend",
            AuditAction::InviteRevoke => "invite.revoke",
            AuditAction::InviteAccept => "invite.accept",
            AuditAction::InviteTakeover => "invite.takeover",
            AuditAction::MembershipLeave => "membership.leave",
        }
    }

    /// Names earlier versions stored for this action.
    pub fn legacy_names(self) -> &'static [&'static str] {
        match self {
            AuditAction::TokenCreate => &["admin_token.create"],
            AuditAction::UserUpdate => &["user.patch", "user.replace"],
            _ => &[],
        }
    }

    pub fn parse(text: &str) -> Option<AuditAction> {
        AuditAction::ALL
            .into_iter()
            .find(|a| a.as_str() == text || a.legacy_names().contains(&text))
    }

    /// The stored names an `audit list --action` filter matches: one
    /// action (`user.update`), or a family (`user`, `user.*`), with the
    /// names earlier versions stored. None for a name that is neither.
    pub fn filter_names(filter: &str) -> Option<Vec<&'static str>> {
        let filter = filter.trim().to_ascii_lowercase();
        let family = filter.strip_suffix(".*").unwrap_or(&filter);
        let actions: Vec<AuditAction> = match AuditAction::parse(&filter) {
            Some(a) => vec![a],
            None => AuditAction::ALL
                .into_iter()
                // (a family is a prefix of dotted parts: `group` and
                // `group.member` both name families)
                .filter(|a| {
                    a.as_str()
                        .strip_prefix(family)
                        .is_some_and(|rest| rest.starts_with('.'))
                })
                .collect(),
        };
        if actions.is_empty() {
            return None;
        }
        Some(
            actions
                .iter()
                .flat_map(|a| std::iter::once(a.as_str()).chain(a.legacy_names().iter().copied()))
                .collect(),
        )
    }
}

impl fmt::Display for AuditAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One line of the audit trail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct AuditEntry {
    /// Position in the trail; assigned by the store.
    pub seq: i64,
    #[serde(with = "rfc3339")]
    pub at: Millis,
    pub actor: String,
    pub action: AuditAction,
    pub target: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub detail: Option<String>,
}

mod rfc3339 {
    use super::{Millis, to_rfc3339};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(ms: &Millis, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&to_rfc3339(*ms))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Millis, D::Error> {
        let s = String::deserialize(d)?;
        crate::time::parse_rfc3339(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("bad timestamp {s}")))
    }
}
