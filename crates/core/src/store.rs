//! What the core needs from a database: the [`Store`] trait and the types
//! it speaks in. The stores of the scimctl-store crate implement it; the core
//! composes its atomic steps into the rules.
//!
//! The stores decide nothing. An admin change is a list of [`Step`]s that
//! the store runs in one transaction, serialised against every other admin
//! change (SQLite: its single writer; PostgreSQL: a lock on the team row).
//! After the steps, still inside that transaction, the store reads the
//! team's [`Facts`] and hands them with each step's row count to the core's
//! check; if the check refuses, nothing of the change remains. So "SCIM
//! needs an SSO method", "keys need exactly one SSO method", "the last SSO
//! method stays while SCIM is on" and "one rotation per key" are written
//! once, in core, and hold under concurrency on either database.

use std::sync::Arc;

use super::model::{
    AccountMembership, AccountRow, AdminToken, ApiKey, AuditEntry, DomainRow, GroupRow,
    InviteOwner, InviteRow, Membership, SsoMethod, TeamId, TeamRow, UserRow,
};
pub use super::query::Pred;
use crate::error::Result;
use crate::time::Millis;
use async_trait::async_trait;

/// One primitive write of an admin change. Each reports how many rows it
/// changed; a conditional step that finds its condition false changes none.
#[derive(Debug, Clone)]
pub enum Step {
    /// Set the team's SCIM toggle.
    SetScimEnabled(bool),
    /// Revoke, at `at`, every key that is not revoked yet.
    RevokeAllKeys { at: Millis },
    /// Add an SSO method; changes nothing when a method with the same name
    /// (case-insensitively) exists.
    InsertSso(SsoMethod),
    /// Remove the SSO method with this id.
    DeleteSso { id: String },
    /// Add a key.
    InsertKey(ApiKey),
    /// Mark key `id` as replaced by `by`, expiring at `expires_at` — only if
    /// it is neither replaced nor revoked yet.
    ReplaceKey {
        id: String,
        by: String,
        expires_at: Millis,
    },
    /// Keys replaced by `successor`, not revoked and still valid after `at`,
    /// now expire at `at`.
    ExpireReplaced { successor: String, at: Millis },
    /// Revoke key `id` at `at`, if it is not revoked yet.
    RevokeKey { id: String, at: Millis },
    /// Revoke, at `at`, the keys replaced by `successor` that are not revoked
    /// and still valid at `at`.
    RevokeReplaced { successor: String, at: Millis },
    /// Add an admin token.
    InsertAdminToken(AdminToken),
    /// Revoke admin token `id` at `at`, if it is not revoked yet.
    RevokeAdminToken { id: String, at: Millis },
}

/// What the team looks like after the steps of a change, inside its
/// transaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    pub scim_enabled: bool,
    pub sso_methods: u64,
}

/// The rows each step changed (in step order) and the facts after them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub changed: Vec<u64>,
    pub facts: Facts,
}

/// The core's verdict on an [`Outcome`]: `Err` rolls the change back.
pub type Check = Box<dyn FnOnce(&Outcome) -> Result<()> + Send>;

/// An admin change: its steps, the check that must pass after them, and the
/// audit line written with them.
pub struct Change {
    pub steps: Vec<Step>,
    pub check: Check,
    pub audit: AuditEntry,
}

/// What a conditional user write did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserWrite {
    /// An update was written.
    Written,
    /// An insert was written, as a membership in this state (what
    /// [`crate::accounts::admit`] decided in the insert's transaction).
    Created(Membership),
    /// The account is in another team and the domain is not verified:
    /// nothing written.
    InOtherTeam,
    /// The account is in the most teams it can be in: nothing written.
    TooManyTeams,
    /// The stored version was not the expected one: nothing written.
    Stale,
    /// Another user has this userName (case-insensitively): nothing written.
    NameTaken,
}

/// What a domain verification did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DomainWrite {
    Written,
    Gone,
    TakenElsewhere,
}

/// Who writes a group change, and when: every audit line of the change
/// (one per member added or removed, one for the rename) carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    pub at: Millis,
    pub actor: String,
}

/// One change to a group's members, by user id. Each costs the rows it
/// names, whatever the group's size; `Replace` costs the group's size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MemberEdit {
    /// Add these users (those already members are left as they are).
    Add(Vec<String>),
    /// Remove these users (those not members are ignored).
    Remove(Vec<String>),
    /// Make these users the members, exactly.
    Replace(Vec<String>),
}

/// A change to one group, run by the store atomically: the version check,
/// the member edits in order, then the new name and externalId. Only if
/// anything changed does the group get a new version and `lastModified`
/// (and the change its audit lines): adding a member twice is no write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupEdit {
    pub id: String,
    /// Refuse (`Stale`) unless the stored version is this one.
    pub expected_version: Option<i64>,
    /// The new displayName, as stored (checked and normalised by the core).
    pub display_name: Option<String>,
    /// The new externalId (`Some(None)` removes it).
    pub external_id: Option<Option<String>>,
    pub members: Vec<MemberEdit>,
    pub stamp: Stamp,
}

/// What a group write did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupWrite {
    /// Done (or nothing to do): the group as it is now, without members.
    Written(GroupRow),
    /// No group with this id.
    Gone,
    /// The stored version was not the expected one: nothing written.
    Stale,
    /// Another group has this displayName (case-insensitively).
    NameTaken,
    /// No user has these ids: nothing written.
    UnknownMembers(Vec<String>),
}

/// One database, acting for one of its teams.
///
/// Every method but the few marked "any team" reads and writes only the
/// rows of [`Store::team`]: a row of another team is as absent as a row
/// that does not exist, whatever id a caller names. [`Store::for_team`]
/// gives the same database acting for another team (cheap: the
/// connections are shared).
#[async_trait]
pub trait Store: Send + Sync + 'static {
    // --- teams ---
    /// The team this store acts for.
    fn team(&self) -> TeamId;
    /// The same database, acting for `team`.
    fn for_team(&self, team: TeamId) -> Arc<dyn Store>;
    /// Every team of the database, oldest first (any team).
    async fn list_teams(&self) -> Result<Vec<TeamRow>>;
    /// Add a team named `name` (its id chosen by the database), with
    /// `audit` as the first line of its own trail; `None` when a team has
    /// that name already, compared case-insensitively (any team).
    async fn insert_team(
        &self,
        name: &str,
        created_at: Millis,
        audit: &AuditEntry,
    ) -> Result<Option<TeamRow>>;

    // --- accounts ---
    /// Add an account (any team: accounts are the database's): false when
    /// an account has this folded email already.
    async fn insert_account(&self, account: &AccountRow) -> Result<bool>;
    /// Every account, oldest first, with its number of teams (any team).
    async fn list_accounts(&self) -> Result<Vec<AccountRow>>;

    // --- the account side (any team: accounts are the database's) ---
    /// Add a token (`id`, its digest) for account `account_id`.
    async fn insert_account_token(
        &self,
        account_id: &str,
        id: &str,
        token_hash: &str,
        at: Millis,
    ) -> Result<()>;
    /// The account whose token has this digest.
    async fn account_by_token(&self, token_hash: &str) -> Result<Option<AccountRow>>;
    /// Every membership of the account, in team order.
    async fn account_memberships(&self, account_id: &str) -> Result<Vec<AccountMembership>>;
    /// The account this team's user `user_id` is a membership of.
    async fn user_account(&self, user_id: &str) -> Result<Option<AccountRow>>;
    /// Change the account's email: false (nothing written) when another
    /// account has it (folded).
    async fn set_account_email(&self, account_id: &str, email: &str) -> Result<bool>;
    /// Set the account's password digest.
    async fn set_account_password(&self, account_id: &str, hash: &str) -> Result<()>;

    // --- verified domains ---
    /// Add a domain to this team, with its audit line: false (nothing
    /// written) when the team has it already.
    async fn insert_domain(&self, domain: &DomainRow, audit: &AuditEntry) -> Result<bool>;
    /// This team's domains, in name order.
    async fn list_domains(&self) -> Result<Vec<DomainRow>>;
    /// The team that has verified this domain, if one has (any team).
    async fn domain_verified_by(&self, domain: &str) -> Result<Option<TeamId>>;
    /// Mark this team's domain verified at `at`, with its audit line:
    /// `Written`, `Gone` (the team has no such domain) or `TakenElsewhere`
    /// (another team verified it first; nothing written).
    async fn verify_domain(
        &self,
        domain: &str,
        at: Millis,
        audit: &AuditEntry,
    ) -> Result<DomainWrite>;
    /// Remove this team's domain, with its audit line: false when it has
    /// none of that name.
    async fn delete_domain(&self, domain: &str, audit: &AuditEntry) -> Result<bool>;

    // --- invites ---
    // (opened and closed by the user writes: see `insert_user` and
    // `update_user`)
    /// This team's invites, newest first; only the open ones (neither
    /// accepted nor revoked) when `open_only`.
    async fn list_invites(&self, open_only: bool) -> Result<Vec<InviteRow>>;
    /// One of this team's invites.
    async fn get_invite(&self, id: &str) -> Result<Option<InviteRow>>;
    /// The open invite of this team's user `user_id`.
    async fn open_invite(&self, user_id: &str) -> Result<Option<InviteRow>>;
    /// The invite whose current token has this digest, and its team (any
    /// team: the token is what picks it).
    async fn invite_by_token(&self, token_hash: &str) -> Result<Option<(InviteRow, TeamId)>>;
    /// Open invites, not delivered, not expired at `now`, whose next
    /// attempt is due by `now`: oldest due first, at most `limit`; every
    /// team's when `all_teams`, else this team's.
    async fn due_invites(
        &self,
        now: Millis,
        limit: u64,
        all_teams: bool,
    ) -> Result<Vec<(InviteRow, TeamId)>>;
    /// Claim invite `id` for a delivery attempt, if it is still open,
    /// undelivered and due at `due` (unchanged since it was read): its token
    /// digest is now `token_hash`, the attempt is counted, and nobody else
    /// tries before `lease_until`. False when it was not claimed.
    async fn claim_invite(
        &self,
        id: &str,
        due: Millis,
        token_hash: &str,
        lease_until: Millis,
    ) -> Result<bool>;
    /// The claimed attempt delivered invite `id` at `at`.
    async fn invite_sent(&self, id: &str, at: Millis) -> Result<()>;
    /// The claimed attempt failed for `why`; the next is due at `retry_at`.
    async fn invite_failed(&self, id: &str, why: &str, retry_at: Millis) -> Result<()>;
    /// Close open invite `old` as replaced by `new` (of the same
    /// membership) and open `new`, with the audit line: false (nothing
    /// written) when `old` is not open.
    async fn replace_invite(&self, old: &str, new: &InviteRow, audit: &AuditEntry) -> Result<bool>;
    /// Close open invite `id` as revoked at `at`, with the audit line
    /// (its membership is left as it is): false when it is not open.
    async fn revoke_invite(&self, id: &str, at: Millis, audit: &AuditEntry) -> Result<bool>;
    /// Accept, in one transaction: the open invite `id`, not expired at
    /// `at`, is used, and its membership, if still invited, is active
    /// (joined at `at`, a new version); with the audit line. False
    /// (nothing written) when either condition fails.
    async fn accept_invite(&self, id: &str, at: Millis, audit: &AuditEntry) -> Result<bool>;
    /// Make the open invite `id` the `owner`'s.
    async fn set_invite_owner(&self, id: &str, owner: InviteOwner) -> Result<()>;

    // --- team settings, SSO, keys, admin tokens ---
    async fn scim_enabled(&self) -> Result<bool>;
    async fn list_sso(&self) -> Result<Vec<SsoMethod>>;
    async fn list_keys(&self) -> Result<Vec<ApiKey>>;
    /// The key with this secret hash in any team, whether SCIM is enabled
    /// for its team, and the team — the facts every SCIM request needs, in
    /// one round trip (any team: the key is what picks the team).
    async fn authenticate_key(&self, hash: &str) -> Result<Option<(ApiKey, bool, TeamId)>>;
    /// Record a use (only ever forward); not audited, not a change.
    async fn touch_key(&self, id: &str, now: Millis) -> Result<()>;
    /// The admin token with this secret hash, and its team (any team).
    async fn find_admin_token(&self, hash: &str) -> Result<Option<(AdminToken, TeamId)>>;
    /// Every admin token, oldest first.
    async fn list_admin_tokens(&self) -> Result<Vec<AdminToken>>;
    /// Run an admin change atomically (see the module note): the steps, then
    /// the check on the outcome, then the audit line; all or nothing.
    async fn change(&self, change: Change) -> Result<()>;

    // --- users ---
    /// Insert a user with its audit line, as a membership of the account
    /// its folded userName names: in the write's transaction, gather the
    /// account's [`crate::accounts::AccountFacts`] and write what
    /// [`crate::accounts::admit_as`] decides for the state `user` asks for
    /// (creating the account when there is none). A membership written as
    /// invited gets its open invite and `invite.create` line from
    /// [`crate::invites::opened`] in the same transaction. `Created`,
    /// `NameTaken`, `InOtherTeam` or `TooManyTeams`; only `Created` wrote
    /// anything.
    async fn insert_user(&self, user: &UserRow, audit: &AuditEntry) -> Result<UserWrite>;
    /// Insert many users, each with its audit line, as [`insert_user`]
    /// would one by one: a `NameTaken` user wrote nothing, and the others
    /// are written whatever happens to it. A store may do it in fewer
    /// statements and one transaction (a bulk import's rows); none is
    /// answered before all of them are durable.
    ///
    /// [`insert_user`]: Store::insert_user
    async fn insert_users(&self, users: &[(UserRow, AuditEntry)]) -> Result<Vec<UserWrite>> {
        let mut out = Vec::with_capacity(users.len());
        for (user, audit) in users {
            out.push(self.insert_user(user, audit).await?);
        }
        Ok(out)
    }
    async fn get_user(&self, id: &str) -> Result<Option<UserRow>>;
    /// Write `user` (and its audit line) if the stored version is still
    /// `expected_version`. In the same transaction, its invites follow its
    /// membership: a deactivated member's open invite is revoked, and an
    /// invited member with no open invite gets one ([`crate::invites::opened`]).
    async fn update_user(
        &self,
        user: &UserRow,
        expected_version: i64,
        audit: &AuditEntry,
    ) -> Result<UserWrite>;
    /// Delete if the stored version is `expected_version`; `Ok(false)` when
    /// the user changed or is gone.
    async fn delete_user(
        &self,
        id: &str,
        expected_version: i64,
        audit: &AuditEntry,
    ) -> Result<bool>;
    async fn count_users(&self) -> Result<u64>;
    /// Users in creation order.
    async fn page_users(&self, offset: u64, limit: u64) -> Result<Vec<UserRow>>;
    /// How many users the predicate selects.
    async fn count_where(&self, pred: &Pred) -> Result<u64>;
    /// The users the predicate selects, in creation order: the first
    /// `offset` skipped, then at most `limit`.
    async fn page_where(&self, pred: &Pred, offset: u64, limit: u64) -> Result<Vec<UserRow>>;
    /// At most `limit` users the predicate selects that were created after
    /// `after` (a position this returned earlier, or 0 for the first), in
    /// creation order, each with its position: one chunk of a scan.
    async fn scan_where(&self, pred: &Pred, after: i64, limit: u64) -> Result<Vec<(i64, UserRow)>>;

    // --- groups ---
    /// Insert a group (`members` of `group` ignored) with the users
    /// `members`, its `group.create` line and one `group.member.add` line
    /// per member: `Written`, `NameTaken` or `UnknownMembers`.
    async fn insert_group(
        &self,
        group: &GroupRow,
        members: &[String],
        audit: &AuditEntry,
    ) -> Result<GroupWrite>;
    /// A group by id, with its members when `members` (in id order).
    async fn get_group(&self, id: &str, members: bool) -> Result<Option<GroupRow>>;
    /// Apply a [`GroupEdit`] (see there).
    async fn edit_group(&self, edit: &GroupEdit) -> Result<GroupWrite>;
    /// Delete a group (and its memberships), if the stored version is
    /// `expected_version` when one is given: false when it is gone or
    /// changed.
    async fn delete_group(
        &self,
        id: &str,
        expected_version: Option<i64>,
        audit: &AuditEntry,
    ) -> Result<bool>;
    /// How many groups the predicate selects (over the group columns:
    /// id, displayName, externalId, meta).
    async fn count_groups(&self, pred: &Pred) -> Result<u64>;
    /// The groups the predicate selects, in creation order, with their
    /// members when `members`.
    async fn page_groups(
        &self,
        pred: &Pred,
        offset: u64,
        limit: u64,
        members: bool,
    ) -> Result<Vec<GroupRow>>;

    /// How many members each of these groups has, in their order (0 for
    /// an unknown id).
    async fn member_counts(&self, ids: &[String]) -> Result<Vec<u64>>;

    // --- audit ---
    /// The entries a selection picks, newest first.
    async fn list_audit(&self, select: &AuditSelect) -> Result<Vec<AuditEntry>>;

    // --- health ---
    /// `Ok` when a write could succeed now; the reason when it cannot (a
    /// full disk, an unreachable database). What `/healthz` reports.
    async fn writable(&self) -> Result<()>;
}

/// Which audit entries to read, as a caller asks: newest first, at most
/// `limit`. `action` is an action or a family of them (`user.update`,
/// `user`, `key.*`); `actor` is the actor as the trail shows it (`key:okta`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditQuery {
    pub since: Option<Millis>,
    pub actor: Option<String>,
    pub action: Option<String>,
    pub limit: u64,
}

/// An [`AuditQuery`] checked by the core: the stored action names to match
/// (empty: every action).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditSelect {
    pub since: Millis,
    pub actor: Option<String>,
    pub actions: Vec<&'static str>,
    pub limit: u64,
}
