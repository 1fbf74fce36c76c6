//! Groups: create, read, list, rename, change members, replace, delete.
//!
//! The rules: displayName is required and unique on the team,
//! case-insensitively (the store's unique index on its fold), with the
//! hygiene of every name (docs/scim.md, "Names": trimmed, NFC, no control or format
//! characters); members are users of the team, by id — an unknown id
//! refuses the whole request (400) and nothing changes; adding a member who
//! is one already, or removing one who is not, changes nothing; a write
//! that changes nothing gets no new version and no audit line. A member
//! edit names only the users it adds or removes: its cost does not grow
//! with the group. Deleting a user removes its memberships (the store's
//! foreign keys), and the groups it left get new versions; deactivating a
//! user keeps them.

use scim_v2::filter::{AttrExp, Filter};
use serde_json::Value;

use super::model::{Actor, AuditAction, GroupRow, name_key};
use super::query::{self, Col, Pred, TextOp};
use super::store::{GroupEdit, GroupWrite, MemberEdit, Stamp};
use super::team::{Team, new_id};
use crate::error::{Error, Kind, Result, ScimType};
use crate::scim::group::{self, GroupChange};
use crate::scim::patch::PatchOperation;

/// Longest accepted displayName, in bytes.
pub const MAX_GROUP_NAME: usize = 1024;

/// Most members one listing page shows, all its groups together: a page
/// holds fewer groups rather than more members (RFC 7644 lets a page be
/// shorter than `count`; `itemsPerPage` says how long it is). At least one
/// group is always shown. Without it, one key holder who made a thousand
/// groups of ten thousand members could have one request read ten million.
pub const MAX_LISTED_MEMBERS: u64 = 20_000;

/// What to list: an optional filter, a 1-based start index, a page size,
/// and whether to read the members.
#[derive(Debug, Clone)]
pub struct GroupQuery {
    pub filter: Option<Filter>,
    pub start_index: u64,
    pub count: u64,
    pub members: bool,
}

#[derive(Debug, Clone)]
pub struct GroupPage {
    pub total: u64,
    pub start_index: u64,
    pub groups: Vec<GroupRow>,
}

fn name_taken(name: &str) -> Error {
    Error::conflict(format!("a group with displayName {name:?} already exists"))
        .with_scim_type(ScimType::Uniqueness)
}

fn unknown_members(ids: &[String]) -> Error {
    let shown: Vec<&str> = ids.iter().take(5).map(String::as_str).collect();
    let more = if ids.len() > 5 {
        format!(" and {} more", ids.len() - 5)
    } else {
        String::new()
    };
    Error::invalid(format!(
        "no user has the id{} {}{more}: members must be users of this team",
        if ids.len() == 1 { "" } else { "s" },
        shown.join(", ")
    ))
    .with_scim_type(ScimType::InvalidValue)
}

fn group_gone(id: &str) -> Error {
    Error::not_found(format!("no group with id {id:?}"))
}

fn precondition_failed() -> Error {
    Error::new(
        Kind::PreconditionFailed,
        "the group changed since the version named in If-Match",
    )
}

/// A displayName as stored: trimmed, NFC, checked.
pub fn check_group_name(name: &str) -> Result<String> {
    let name = name.trim();
    if name.is_empty() {
        return Err(
            Error::invalid("displayName is required").with_scim_type(ScimType::InvalidValue)
        );
    }
    super::users::check_name_text("displayName", name)?;
    if name.len() > MAX_GROUP_NAME {
        return Err(
            Error::invalid(format!("displayName is longer than {MAX_GROUP_NAME} bytes"))
                .with_scim_type(ScimType::InvalidValue),
        );
    }
    Ok(super::model::nfc(name))
}

/// The group attributes a filter may name: those the groups table keeps.
fn group_filter(filter: &Filter) -> Result<Pred> {
    fn allowed(f: &Filter) -> bool {
        match f {
            Filter::Attr(AttrExp::Present(p) | AttrExp::Comparison(p, _, _)) => {
                let name = p.name.to_ascii_lowercase();
                let sub = p.sub_attr.as_deref().map(str::to_ascii_lowercase);
                p.uri.is_none()
                    && matches!(
                        (name.as_str(), sub.as_deref()),
                        ("id" | "displayname" | "externalid", None)
                            | ("meta", Some("created" | "lastmodified"))
                    )
            }
            Filter::ValuePath(_) => false,
            Filter::Not(inner) => allowed(inner),
            Filter::And(ops) | Filter::Or(ops) => ops.iter().all(allowed),
        }
    }
    let refused = || {
        Error::invalid(format!(
            "groups can be filtered on displayName, externalId, id, meta.created and \
             meta.lastModified, not {filter}"
        ))
        .with_scim_type(ScimType::InvalidFilter)
    };
    if !allowed(filter) {
        return Err(refused());
    }
    query::plan(filter).exact.ok_or_else(refused)
}

/// The member edits and the new name/externalId of a list of changes.
struct Edits {
    display_name: Option<String>,
    external_id: Option<Option<String>>,
    members: Vec<MemberEdit>,
}

fn edits_of(changes: Vec<GroupChange>) -> Result<Edits> {
    let mut out = Edits {
        display_name: None,
        external_id: None,
        members: Vec::new(),
    };
    for change in changes {
        match change {
            GroupChange::DisplayName(n) => out.display_name = Some(check_group_name(&n)?),
            GroupChange::ExternalId(x) => out.external_id = Some(x),
            GroupChange::AddMembers(ids) => out.members.push(MemberEdit::Add(ids)),
            GroupChange::RemoveMembers(ids) => out.members.push(MemberEdit::Remove(ids)),
            GroupChange::ReplaceMembers(ids) => out.members.push(MemberEdit::Replace(ids)),
        }
    }
    Ok(out)
}

impl Team {
    fn stamp(&self, actor: &Actor) -> Stamp {
        Stamp {
            at: self.now(),
            actor: actor.to_string(),
        }
    }

    /// Create a group from a POST body. The answer has its members.
    pub async fn group_create(&self, actor: &Actor, body: &Value) -> Result<GroupRow> {
        let body = group::parse_body(body)?;
        let name = required_name(&body)?;
        self.group_insert(actor, name, body.external_id, &body.members)
            .await
    }

    /// Create a group (the CLI's `groups create`).
    pub async fn group_insert(
        &self,
        actor: &Actor,
        display_name: String,
        external_id: Option<String>,
        members: &[String],
    ) -> Result<GroupRow> {
        let display_name = check_group_name(&display_name)?;
        let now = self.now();
        let row = GroupRow {
            id: new_id(),
            display_name,
            external_id,
            created: now,
            last_modified: now,
            version: 1,
            members: None,
        };
        let audit = self.entry_named(actor, AuditAction::GroupCreate, &row.id, &row.display_name);
        match self.store.insert_group(&row, members, &audit).await? {
            GroupWrite::Written(_) => self.group_get(&row.id, true).await,
            GroupWrite::NameTaken => Err(name_taken(&row.display_name)),
            GroupWrite::UnknownMembers(ids) => Err(unknown_members(&ids)),
            GroupWrite::Gone | GroupWrite::Stale => {
                Err(Error::internal("a new group was reported gone"))
            }
        }
    }

    pub async fn group_get(&self, id: &str, members: bool) -> Result<GroupRow> {
        self.store
            .get_group(id, members)
            .await?
            .ok_or_else(|| group_gone(id))
    }

    /// A group by id, or by displayName (case-insensitively).
    pub async fn group_find(&self, id_or_name: &str, members: bool) -> Result<GroupRow> {
        if let Some(g) = self.store.get_group(id_or_name, members).await? {
            return Ok(g);
        }
        let by_name = Pred::Text(Col::DisplayName, TextOp::Eq, name_key(id_or_name));
        self.store
            .page_groups(&by_name, 0, 1, members)
            .await?
            .into_iter()
            .next()
            .ok_or_else(|| Error::not_found(format!("no group {id_or_name:?}")))
    }

    pub async fn group_list(&self, query: &GroupQuery) -> Result<GroupPage> {
        let start_index = query.start_index.max(1);
        let pred = match &query.filter {
            Some(f) => group_filter(f)?,
            None => Pred::True,
        };
        let total = self.store.count_groups(&pred).await?;
        let offset = start_index - 1;
        let groups = if query.count == 0 || total == 0 {
            Vec::new()
        } else if !query.members {
            self.store
                .page_groups(&pred, offset, query.count, false)
                .await?
        } else {
            // The page's groups first, then as many of them with their
            // members as MAX_LISTED_MEMBERS allows.
            let headers = self
                .store
                .page_groups(&pred, offset, query.count, false)
                .await?;
            let ids: Vec<String> = headers.iter().map(|g| g.id.clone()).collect();
            let counts = self.store.member_counts(&ids).await?;
            let mut budget = MAX_LISTED_MEMBERS;
            let mut keep = 0u64;
            for n in counts {
                if keep > 0 && n > budget {
                    break;
                }
                budget = budget.saturating_sub(n);
                keep += 1;
            }
            self.store.page_groups(&pred, offset, keep, true).await?
        };
        Ok(GroupPage {
            total,
            start_index,
            groups,
        })
    }

    /// Apply a PATCH. The answer is the group without its members (what
    /// a write costs does not grow with the group).
    pub async fn group_patch(
        &self,
        actor: &Actor,
        id: &str,
        operations: &[PatchOperation],
        if_match: Option<&str>,
    ) -> Result<GroupRow> {
        crate::scim::caps::check_patch_count(operations.len())?;
        let changes = group::patch_changes(operations)?;
        self.group_change(actor, id, changes, if_match).await
    }

    /// Apply changes (a PATCH's, or the CLI's rename, add and remove).
    pub async fn group_change(
        &self,
        actor: &Actor,
        id: &str,
        changes: Vec<GroupChange>,
        if_match: Option<&str>,
    ) -> Result<GroupRow> {
        let edits = edits_of(changes)?;
        let expected_version = match if_match {
            None => None,
            Some(header) => {
                let current = self.group_get(id, false).await?;
                super::users::check_if_match(Some(header), current.version)
                    .map_err(|_| precondition_failed())?;
                Some(current.version)
            }
        };
        let edit = GroupEdit {
            id: id.to_string(),
            expected_version,
            display_name: edits.display_name,
            external_id: edits.external_id,
            members: edits.members,
            stamp: self.stamp(actor),
        };
        self.run_edit(&edit).await
    }

    async fn run_edit(&self, edit: &GroupEdit) -> Result<GroupRow> {
        match self.store.edit_group(edit).await? {
            GroupWrite::Written(g) => Ok(g),
            GroupWrite::Gone => Err(group_gone(&edit.id)),
            GroupWrite::Stale => Err(precondition_failed()),
            GroupWrite::NameTaken => {
                Err(name_taken(edit.display_name.as_deref().unwrap_or_default()))
            }
            GroupWrite::UnknownMembers(ids) => Err(unknown_members(&ids)),
        }
    }

    /// Replace a group (PUT): its name, externalId and members become the
    /// body's. The answer has its members.
    pub async fn group_replace(
        &self,
        actor: &Actor,
        id: &str,
        body: &Value,
        if_match: Option<&str>,
    ) -> Result<GroupRow> {
        let body = group::parse_body(body)?;
        let name = required_name(&body)?;
        let changes = vec![
            GroupChange::DisplayName(name),
            GroupChange::ExternalId(body.external_id),
            GroupChange::ReplaceMembers(body.members),
        ];
        self.group_change(actor, id, changes, if_match).await?;
        self.group_get(id, true).await
    }

    pub async fn group_delete(
        &self,
        actor: &Actor,
        id: &str,
        if_match: Option<&str>,
    ) -> Result<()> {
        let current = self.group_get(id, false).await?;
        let expected = match if_match {
            Some(header) => {
                super::users::check_if_match(Some(header), current.version)
                    .map_err(|_| precondition_failed())?;
                Some(current.version)
            }
            None => None,
        };
        let entry = self.entry_named(actor, AuditAction::GroupDelete, id, &current.display_name);
        if self.store.delete_group(id, expected, &entry).await? {
            return Ok(());
        }
        match expected {
            Some(_) if self.store.get_group(id, false).await?.is_some() => {
                Err(precondition_failed())
            }
            _ => Err(group_gone(id)),
        }
    }
}

/// A POST or PUT body's displayName: required, and a good name.
fn required_name(body: &group::GroupBody) -> Result<String> {
    body.display_name
        .as_deref()
        .ok_or_else(|| {
            Error::invalid("displayName is required").with_scim_type(ScimType::InvalidValue)
        })
        .and_then(check_group_name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scim::filter::parse;

    #[test]
    fn group_names_are_checked_like_user_names() {
        assert_eq!(check_group_name("  Eng  ").unwrap(), "Eng");
        assert_eq!(check_group_name("Cafe\u{301}").unwrap(), "Caf\u{e9}");
        assert!(check_group_name("   ").is_err());
        assert!(check_group_name("a\u{200b}b").is_err());
        assert!(check_group_name("a\u{1b}[31m").is_err());
        assert!(check_group_name(&"x".repeat(MAX_GROUP_NAME + 1)).is_err());
    }

    #[test]
    fn group_filters_name_group_columns_only() {
        for ok in [
            r#"displayName eq "Eng""#,
            r#"externalId eq "x" and not (id eq "y")"#,
            r#"displayName co "a" or meta.created gt "2024-01-01T00:00:00Z""#,
        ] {
            assert!(group_filter(&parse(ok).unwrap()).is_ok(), "{ok}");
        }
        for bad in [
            r#"userName eq "a""#,
            r#"emails[value eq "a"]"#,
            "active eq true",
        ] {
            let err = group_filter(&parse(bad).unwrap()).unwrap_err();
            assert_eq!(err.scim_type(), Some(ScimType::InvalidFilter), "{bad}");
        }
    }
}
