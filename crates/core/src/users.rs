//! Users: create, read, replace, patch, deactivate, reactivate, delete,
//! list.
//!
//! The rules: userName is required and unique (case-insensitively, by the
//! store's index); a new user is active unless the request says otherwise
//! and has the default role until one is set; a PUT that leaves out
//! `active` or `roles` keeps them; deactivation only sets `active` and keeps
//! every other piece of data; writes are read-modify-write with optimistic
//! concurrency (If-Match pins a version); a write that changes nothing is
//! not written, versioned or audited.

use scim_v2::filter::Filter;
use serde_json::Value;

use super::model::{Actor, AuditAction, UserRow, name_key};
use super::query::{self, Col, Pred, TextOp};
use super::store::UserWrite;
use super::team::{Team, new_id};
use crate::error::{Error, Kind, Result, ScimType};
use crate::scim::caps;
use crate::scim::filter;
use crate::scim::patch::{self, PatchOperation};
use crate::scim::resource;
use crate::scim::stored::Doc;
use crate::time::Millis;

/// Longest accepted userName, in bytes.
pub const MAX_USER_NAME: usize = 1024;
/// How often a read-modify-write of a user is retried when another writer
/// got in between.
const WRITE_RETRIES: usize = 16;

/// A page of users.
#[derive(Debug, Clone)]
pub struct UserPage {
    pub total: u64,
    pub start_index: u64,
    pub users: Vec<UserRow>,
}

/// What to list: an optional filter, a 1-based start index and a page size.
#[derive(Debug, Clone)]
pub struct ListQuery {
    pub filter: Option<Filter>,
    pub start_index: u64,
    pub count: u64,
}

fn user_name_taken(user_name: &str) -> Error {
    Error::conflict(format!("a user with userName {user_name:?} already exists"))
        .with_scim_type(ScimType::Uniqueness)
}

/// A created user as the store wrote it, or why it did not.
fn created(mut row: UserRow, written: UserWrite) -> Result<UserRow> {
    match written {
        UserWrite::Created(membership) => {
            row.membership = membership;
            Ok(row)
        }
        UserWrite::NameTaken => Err(user_name_taken(&row.user_name)),
        UserWrite::InOtherTeam => Err(crate::accounts::in_other_team(&row.user_name)),
        UserWrite::TooManyTeams => Err(crate::accounts::too_many_teams(&row.user_name)),
        UserWrite::Written | UserWrite::Stale => {
            Err(Error::internal("the store answered a create as an update"))
        }
    }
}

/// The audit action of a change from `old` to `new`: a change of `active`
/// alone is a deactivation or a reactivation, whichever way it came (the
/// CLI, or an IdP's PATCH or PUT), so the trail says what happened.
fn action_of(old: &Doc, new: &Doc, otherwise: AuditAction) -> AuditAction {
    if otherwise != AuditAction::UserUpdate {
        return otherwise; // (a named action, such as an invite's revocation)
    }
    let active = |d: &Doc| d.get("active").and_then(Value::as_bool).unwrap_or(true);
    let others_equal = old.len() == new.len()
        && old
            .iter()
            .all(|(k, v)| k == "active" || new.get(k) == Some(v));
    match (active(old), active(new)) {
        (true, false) if others_equal => AuditAction::UserDeactivate,
        (false, true) if others_equal => AuditAction::UserReactivate,
        _ => otherwise,
    }
}

/// The fields that name a person, besides userName (docs/scim.md, "Names").
const NAME_FIELDS: &[&str] = &[
    "displayName",
    "nickName",
    "name.formatted",
    "name.givenName",
    "name.familyName",
    "name.middleName",
    "name.honorificPrefix",
    "name.honorificSuffix",
];

/// A name field holds no control or format character (400 otherwise).
pub(super) fn check_name_text(field: &str, text: &str) -> Result<()> {
    match text.chars().find(|c| super::model::forbidden_in_names(*c)) {
        Some(c) => Err(Error::invalid(format!(
            "{field} holds the control or format character U+{:04X}, which names may not contain",
            u32::from(c)
        ))
        .with_scim_type(ScimType::InvalidValue)),
        None => Ok(()),
    }
}

impl Team {
    /// Check a normalised document and fill in the defaults of a new user.
    fn check_user_doc(doc: &Doc) -> Result<String> {
        let user_name = doc
            .get("userName")
            .and_then(Value::as_str)
            .map(str::trim)
            .unwrap_or_default();
        check_name_text("userName", user_name)?;
        for field in NAME_FIELDS {
            let value = match field.split_once('.') {
                Some((outer, inner)) => doc.get(outer).and_then(|o| o.get(inner)),
                None => doc.get(*field),
            };
            if let Some(text) = value.and_then(Value::as_str) {
                check_name_text(field, text)?;
            }
        }
        if user_name.is_empty() {
            return Err(
                Error::invalid("userName is required").with_scim_type(ScimType::InvalidValue)
            );
        }
        if user_name.len() > MAX_USER_NAME {
            return Err(
                Error::invalid(format!("userName is longer than {MAX_USER_NAME} bytes"))
                    .with_scim_type(ScimType::InvalidValue),
            );
        }
        Ok(user_name.to_string())
    }

    pub(crate) fn row_from(
        &self,
        id: String,
        mut doc: Doc,
        created: Millis,
        version: i64,
    ) -> Result<UserRow> {
        // docs/scim.md, "Names": stored trimmed and NFC-normalised — in the document too,
        // which filters and every reader see.
        let user_name = super::model::nfc(&Self::check_user_doc(&doc)?);
        doc.insert("userName".into(), Value::String(user_name.clone()));
        let external_id = doc
            .get("externalId")
            .and_then(Value::as_str)
            .map(str::to_string);
        let active = doc.get("active").and_then(Value::as_bool).unwrap_or(true);
        Ok(UserRow {
            id,
            user_name,
            external_id,
            active,
            doc,
            created,
            last_modified: self.now(),
            version,
            membership: Default::default(),
            groups: Vec::new(),
        })
    }

    /// Create a user. New users are active unless the request says
    /// otherwise, and have the default role until one is set
    /// ([`super::model::DEFAULT_ROLE`], applied when rendering).
    pub async fn user_create(&self, actor: &Actor, body: &Value) -> Result<UserRow> {
        caps::check_user_body(body)?;
        let mut doc = resource::normalize_user(body)?;
        doc.entry("active").or_insert(Value::Bool(true));
        let row = self.row_from(new_id(), doc, self.now(), 1)?;
        let audit = self.entry_named(actor, AuditAction::UserCreate, &row.id, &row.user_name);
        let written = self.store.insert_user(&row, &audit).await?;
        if written == UserWrite::NameTaken
            && let Some(user) = self.take_over(actor, &row).await?
        {
            return Ok(user);
        }
        created(row, written)
    }

    /// Create many users, each by the rules of [`Team::user_create`], in
    /// as few writes as the store can: one result per body, in order (a
    /// bad body or a taken userName fails alone). For a bulk import.
    pub async fn user_create_many(&self, actor: &Actor, bodies: &[Value]) -> Vec<Result<UserRow>> {
        let now = self.now();
        let mut results: Vec<Option<Result<UserRow>>> = Vec::with_capacity(bodies.len());
        let mut batch = Vec::with_capacity(bodies.len());
        let mut at = Vec::with_capacity(bodies.len());
        for (i, body) in bodies.iter().enumerate() {
            if i % 64 == 63 {
                // Let the database writer, on the same thread, send its
                // next statement: a bulk import prepares one batch while
                // SQLite writes the previous one.
                tokio::task::yield_now().await;
            }
            let row = caps::check_user_body(body)
                .and_then(|()| resource::normalize_user(body))
                .and_then(|mut doc| {
                    doc.entry("active").or_insert(Value::Bool(true));
                    self.row_from(new_id(), doc, now, 1)
                });
            match row {
                Ok(row) => {
                    let audit =
                        self.entry_named(actor, AuditAction::UserCreate, &row.id, &row.user_name);
                    batch.push((row, audit));
                    at.push(i);
                    results.push(None);
                }
                Err(e) => results.push(Some(Err(e))),
            }
        }
        match self.store.insert_users(&batch).await {
            Ok(written) => {
                for ((i, (row, _)), w) in at.into_iter().zip(batch).zip(written) {
                    // (a taken name may be an admin's invite to take over)
                    let taken_over = match w {
                        UserWrite::NameTaken => self.take_over(actor, &row).await.transpose(),
                        _ => None,
                    };
                    results[i] = Some(taken_over.unwrap_or_else(|| created(row, w)));
                }
            }
            Err(e) => {
                for i in at {
                    results[i] = Some(Err(e.clone()));
                }
            }
        }
        results
            .into_iter()
            .map(|r| r.unwrap_or_else(|| Err(Error::internal("a user was not written"))))
            .collect()
    }

    pub async fn user_get(&self, id: &str) -> Result<UserRow> {
        self.store
            .get_user(id)
            .await?
            .ok_or_else(|| Error::not_found(format!("no user with id {id:?}")))
    }

    /// A user by id, or by userName (case-insensitively).
    pub async fn user_find(&self, id_or_user_name: &str) -> Result<UserRow> {
        if let Some(u) = self.store.get_user(id_or_user_name).await? {
            return Ok(u);
        }
        let by_name = Pred::Text(Col::UserName, TextOp::Eq, name_key(id_or_user_name));
        self.store
            .page_where(&by_name, 0, 1)
            .await?
            .into_iter()
            .next()
            .ok_or_else(|| Error::not_found(format!("no user {id_or_user_name:?}")))
    }

    /// Replace a user (PUT). `active` and `roles` left out of the body keep
    /// their current values: Okta's and Entra's PUTs carry the profile, not
    /// the team role, and a PUT must not reactivate or demote anyone by
    /// omission.
    pub async fn user_replace(
        &self,
        actor: &Actor,
        id: &str,
        body: &Value,
        if_match: Option<&str>,
    ) -> Result<UserRow> {
        caps::check_user_body(body)?;
        let new_doc = resource::normalize_user(body)?;
        self.modify(actor, id, if_match, AuditAction::UserUpdate, |current| {
            let mut doc = new_doc.clone();
            for keep in ["active", "roles"] {
                if !doc.contains_key(keep)
                    && let Some(v) = current.doc.get(keep)
                {
                    doc.insert(keep.to_string(), v.clone());
                }
            }
            Ok(doc)
        })
        .await
    }

    pub async fn user_patch(
        &self,
        actor: &Actor,
        id: &str,
        operations: &[PatchOperation],
        if_match: Option<&str>,
    ) -> Result<UserRow> {
        // Checked before the user is read, so that the answer to an
        // oversized request does not depend on whether the user exists.
        patch::check_caps(operations)?;
        self.modify(actor, id, if_match, AuditAction::UserUpdate, |current| {
            patch::apply_capped(&current.doc, operations)
        })
        .await
    }

    /// Set `active` (deactivate / reactivate). Nothing else changes.
    pub async fn user_set_active(&self, actor: &Actor, id: &str, active: bool) -> Result<UserRow> {
        let action = if active {
            AuditAction::UserReactivate
        } else {
            AuditAction::UserDeactivate
        };
        self.modify(actor, id, None, action, |current| {
            let mut doc = current.doc.clone();
            doc.insert("active".into(), Value::Bool(active));
            Ok(doc)
        })
        .await
    }

    /// Read-modify-write with optimistic concurrency: the write goes through
    /// only if nobody changed the user in between, otherwise it starts over
    /// (or fails with 412 when the caller pinned a version with If-Match).
    pub(crate) async fn modify(
        &self,
        actor: &Actor,
        id: &str,
        if_match: Option<&str>,
        action: AuditAction,
        change: impl Fn(&UserRow) -> Result<Doc>,
    ) -> Result<UserRow> {
        for _ in 0..WRITE_RETRIES {
            let current = self.user_get(id).await?;
            check_if_match(if_match, current.version)?;
            let doc = change(&current)?;
            if doc == current.doc {
                // Nothing changes: no write, no new version, no audit line.
                Self::check_user_doc(&doc)?;
                return Ok(current);
            }
            let mut row = self.row_from(
                current.id.clone(),
                doc,
                current.created,
                current.version + 1,
            )?;
            // (memberships are the groups' to change, not a user write's)
            row.groups = current.groups.clone();
            // The team membership follows `active`; nothing else of a
            // request touches it (it is read-only to SCIM).
            row.membership = current.membership.with_active(row.active);
            if name_key(&row.user_name) != name_key(&current.user_name) {
                self.move_account_email(&current, &row.user_name).await?;
            }
            let action = action_of(&current.doc, &row.doc, action);
            let entry = self.entry_named(actor, action, &row.id, &row.user_name);
            match self
                .store
                .update_user(&row, current.version, &entry)
                .await?
            {
                UserWrite::Written => return Ok(row),
                UserWrite::NameTaken => return Err(user_name_taken(&row.user_name)),
                UserWrite::Stale => {}
                UserWrite::Created(_) | UserWrite::InOtherTeam | UserWrite::TooManyTeams => {
                    return Err(Error::internal("the store answered an update as a create"));
                }
            }
            if if_match.is_some() {
                return Err(precondition_failed());
            }
        }
        Err(Error::conflict(
            "the user kept changing concurrently; try again",
        ))
    }

    pub async fn user_delete(&self, actor: &Actor, id: &str, if_match: Option<&str>) -> Result<()> {
        for _ in 0..WRITE_RETRIES {
            let current = self.user_get(id).await?;
            check_if_match(if_match, current.version)?;
            let entry = self.entry_named(actor, AuditAction::UserDelete, id, &current.user_name);
            if self.store.delete_user(id, current.version, &entry).await? {
                return Ok(());
            }
            if if_match.is_some() {
                return Err(precondition_failed());
            }
        }
        Err(Error::conflict(
            "the user kept changing concurrently; try again",
        ))
    }

    /// List users. Unfiltered pages, and filters the store can answer
    /// exactly ([`query::plan`]), come straight from the database, count
    /// and page alike. Any other filter is evaluated here on the candidates
    /// the store narrows it to, streamed in chunks: memory holds one chunk
    /// and the page, and the scan stops soon after the page is full
    /// (`totalResults` is then a lower bound, see [`SCAN_COUNT_AHEAD`]).
    /// A dropped future stops between chunks.
    pub async fn user_list(&self, query: &ListQuery) -> Result<UserPage> {
        let start_index = query.start_index.max(1);
        let offset = start_index - 1;
        // The count and the page are independent reads: ask for both at
        // once (the reader pool has several connections).
        let counted = |count, page| async move {
            let (total, users) = if query.count == 0 {
                (count.await?, Vec::new())
            } else {
                let (total, users) = futures::join!(count, page);
                (total?, users?)
            };
            Ok(UserPage {
                total,
                start_index,
                users,
            })
        };
        let Some(f) = &query.filter else {
            return counted(
                self.store.count_users(),
                self.store.page_users(offset, query.count),
            )
            .await;
        };
        let plan = query::plan(f);
        if let Some(exact) = &plan.exact {
            return counted(
                self.store.count_where(exact),
                self.store.page_where(exact, offset, query.count),
            )
            .await;
        }
        let wanted = offset.saturating_add(query.count);
        let mut users = Vec::new();
        let mut matched: u64 = 0;
        let mut after = 0;
        let mut read_past_page: u64 = 0;
        let total = loop {
            let chunk = self
                .store
                .scan_where(&plan.narrow, after, SCAN_CHUNK)
                .await?;
            let last = (chunk.len() as u64) < SCAN_CHUNK;
            let page_was_full = matched >= wanted;
            for (position, user) in chunk {
                after = position;
                if page_was_full {
                    read_past_page += 1;
                }
                if filter::matches(f, &user.render("")) {
                    matched += 1;
                    if matched > offset && matched <= wanted {
                        users.push(user);
                    }
                }
            }
            if last {
                break matched;
            }
            if read_past_page >= SCAN_COUNT_AHEAD {
                // More candidates remain: say so by one more than found,
                // so that a client paging by totalResults asks again.
                break matched + 1;
            }
        };
        Ok(UserPage {
            total,
            start_index,
            users,
        })
    }
}

/// Candidates read per chunk of a scan.
const SCAN_CHUNK: u64 = 256;
/// Candidates a scan reads after its page is full, to count matches: the
/// count is exact when the candidates end within them; otherwise the scan
/// stops and `totalResults` is the matches found plus one.
pub const SCAN_COUNT_AHEAD: u64 = 4096;

fn precondition_failed() -> Error {
    Error::new(
        Kind::PreconditionFailed,
        "the user changed since the version named in If-Match",
    )
}

/// `If-Match: W/"3"`, `"3"` or `*`.
pub(super) fn check_if_match(if_match: Option<&str>, version: i64) -> Result<()> {
    let Some(header) = if_match else {
        return Ok(());
    };
    let matches = header.split(',').map(str::trim).any(|tag| {
        tag == "*" || {
            let tag = tag.strip_prefix("W/").unwrap_or(tag).trim_matches('"');
            tag.parse::<i64>().is_ok_and(|v| v == version)
        }
    });
    if matches {
        Ok(())
    } else {
        Err(precondition_failed())
    }
}

#[cfg(test)]
mod tests {
    use super::check_if_match;

    #[test]
    fn if_match_accepts_weak_strong_and_star() {
        assert!(check_if_match(None, 3).is_ok());
        assert!(check_if_match(Some("W/\"3\""), 3).is_ok());
        assert!(check_if_match(Some("\"3\""), 3).is_ok());
        assert!(check_if_match(Some("*"), 3).is_ok());
        assert!(check_if_match(Some("W/\"1\", W/\"3\""), 3).is_ok());
        assert!(check_if_match(Some("W/\"2\""), 3).is_err());
        assert!(check_if_match(Some("garbage"), 3).is_err());
    }
}
