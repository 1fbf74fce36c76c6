//! The `groups` column of `users import` (docs/cli.md, "Bulk changes"): the rows'
//! memberships, added after the rows' users — one PATCH per group (per
//! 1,000 members), not one per row. `--create-groups` creates the groups
//! no one has made yet; without it a row that names a missing group stops
//! the import before anything is written. With `--if-exists update` the
//! memberships of the file's users become exact: a user whose row has a
//! groups cell leaves the groups the cell does not name.

use std::collections::{HashMap, HashSet};

use serde_json::{Value, json};

use super::bulk::{Job, Report};
use super::row::Row;
use crate::backend::Backend;
use crate::cli::groups::common::{all_groups, group_id, named};
use crate::cli::views::member_ids;
use scimctl_core::error::{Error, Result};
use scimctl_core::model::name_key;
use scimctl_core::scim::patch::{PatchOp, PatchOperation};
use scimctl_core::scim::schema::GROUP_SCHEMA;

/// One group the file names.
struct Wanted {
    /// As the file first spells it.
    name: String,
    /// Its id, when it exists.
    id: Option<String>,
    /// The emails (folded) of the rows that name it.
    emails: Vec<String>,
}

/// The groups a file names, found by name before any user is written.
pub struct Plan {
    groups: Vec<Wanted>,
    /// Emails (folded) of the rows that have a groups cell: with
    /// `--if-exists update`, their memberships become exact.
    exact: HashSet<String>,
}

/// What the memberships came to, for the summary line.
#[derive(Default)]
pub struct Done {
    pub created: Vec<String>,
    pub added: u64,
    pub removed: u64,
    pub groups: u64,
    pub failures: Vec<(String, Error)>,
}

/// Group names a summary line names; past them it counts.
const NAMES_SHOWN: usize = 10;

/// A list of names for a summary line: at most [`NAMES_SHOWN`] of them.
pub fn some_names(names: &[&str]) -> String {
    if names.len() <= NAMES_SHOWN {
        names.join(", ")
    } else {
        format!(
            "{}, and {} more",
            names[..NAMES_SHOWN].join(", "),
            names.len() - NAMES_SHOWN
        )
    }
}

impl Done {
    /// The summary line of an import or a sync.
    pub fn summary(&self) -> String {
        format!(
            "Groups: {}memberships changed in {} group{} ({} added, {} removed){}.",
            match self.created.len() {
                0 => String::new(),
                n if n <= NAMES_SHOWN => format!("created {}; ", self.created.join(", ")),
                n => format!(
                    "created {n} ({}, and {} more); ",
                    self.created[..NAMES_SHOWN].join(", "),
                    n - NAMES_SHOWN
                ),
            },
            self.groups,
            if self.groups == 1 { "" } else { "s" },
            self.added,
            self.removed,
            match self.failures.len() {
                0 => String::new(),
                n => format!(", {n} failed"),
            }
        )
    }
}

/// Find every group the rows name. `None` when no row has a groups cell.
/// A name no group has is an error unless `create`; a name several
/// groups have is an error.
pub async fn prepare(
    backend: &dyn Backend,
    rows: &[Job<Row>],
    create: bool,
) -> Result<Option<Plan>> {
    let mut groups: Vec<Wanted> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut exact = HashSet::new();
    for job in rows {
        let Some(names) = &job.what.groups else {
            continue;
        };
        let email = name_key(&job.what.email);
        exact.insert(email.clone());
        for n in names {
            let at = *index.entry(name_key(n)).or_insert_with(|| {
                groups.push(Wanted {
                    name: n.clone(),
                    id: None,
                    emails: Vec::new(),
                });
                groups.len() - 1
            });
            groups[at].emails.push(email.clone());
        }
    }
    if exact.is_empty() {
        return Ok(None);
    }
    let mut missing = Vec::new();
    for g in &mut groups {
        let (hits, _) = named(backend, &g.name, false).await?;
        match hits.as_slice() {
            [] => missing.push(g.name.clone()),
            [one] => g.id = Some(group_id(one)?),
            many => {
                let ids: Vec<String> = many.iter().filter_map(|h| group_id(h).ok()).collect();
                return Err(Error::invalid(format!(
                    "{} groups are named {:?}: {}",
                    many.len(),
                    g.name,
                    ids.join(", ")
                ))
                .with_hint(
                    "rename one of them (scimctl groups rename ID NEW_NAME), then import again",
                ));
            }
        }
    }
    if !missing.is_empty() && !create {
        return Err(Error::not_found(format!(
            "no group named {}: nothing was imported",
            missing
                .iter()
                .map(|m| format!("{m:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .with_hint(
            "--create-groups creates them, or create them first with `scimctl groups create`",
        ));
    }
    Ok(Some(Plan { groups, exact }))
}

impl Plan {
    /// The groups a real run would create.
    pub fn to_create(&self) -> Vec<&str> {
        self.groups
            .iter()
            .filter(|g| g.id.is_none())
            .map(|g| g.name.as_str())
            .collect()
    }
}

/// `add members`, 1,000 a operation.
pub fn add_ops(ids: &[String]) -> Vec<PatchOperation> {
    ids.chunks(1000)
        .map(|chunk| PatchOperation {
            op: PatchOp::Add,
            path: Some("members".into()),
            value: Some(Value::Array(
                chunk
                    .iter()
                    .map(|id| json!({"value": id, "type": "User"}))
                    .collect(),
            )),
        })
        .collect()
}

/// `remove members[value eq "…"]`, one per member: RFC 7644's form,
/// which Okta sends and every service takes.
pub fn remove_ops(ids: &[String]) -> Vec<PatchOperation> {
    ids.iter()
        .map(|id| PatchOperation {
            op: PatchOp::Remove,
            path: Some(format!(
                "members[value eq {}]",
                serde_json::to_string(id).unwrap_or_default()
            )),
            value: None,
        })
        .collect()
}

/// Every group of the backend with its members' ids: what an exact
/// import compares with.
async fn all_memberships(backend: &dyn Backend) -> Result<Vec<(String, HashSet<String>)>> {
    all_groups(backend, None, true, u64::MAX)
        .await?
        .iter()
        .map(|g| Ok((group_id(g)?, member_ids(g).into_iter().collect())))
        .collect()
}

/// The membership step that ends an import or a sync: [`apply`], each
/// group that failed reported as a failed result, and the summary line.
pub async fn apply_and_report(
    backend: &dyn Backend,
    plan: Plan,
    ids: &HashMap<String, String>,
    exact: bool,
    report: &mut Report,
) -> Result<String> {
    let done = apply(backend, plan, ids, exact).await;
    for (name, e) in &done.failures {
        report.group_failed(name, e)?;
    }
    Ok(done.summary())
}

/// [`apply_and_report`] for a run that went to its end; a run that
/// stopped (an import or a sync: `what`) changes no membership, and
/// running it again makes them.
pub async fn apply_unless_stopped(
    backend: &dyn Backend,
    plan: Plan,
    ids: &HashMap<String, String>,
    exact: bool,
    report: &mut Report,
    stopped: bool,
    what: &str,
) -> Result<String> {
    if stopped {
        return Ok(format!(
            "Groups: no membership was changed, because the {what} stopped."
        ));
    }
    apply_and_report(backend, plan, ids, exact, report).await
}

/// Make the memberships the plan asks for, sending only what differs from
/// what the groups hold now. `ids` maps the folded email of each imported
/// row to its user's id; `exact`: `--if-exists update`.
pub async fn apply(
    backend: &dyn Backend,
    mut plan: Plan,
    ids: &HashMap<String, String>,
    exact: bool,
) -> Done {
    let mut done = Done::default();
    for g in &mut plan.groups {
        if g.id.is_some() {
            continue;
        }
        let body = json!({"schemas": [GROUP_SCHEMA], "displayName": g.name, "members": []});
        match backend.group_create(&body).await {
            Ok(created) => match group_id(&created) {
                Ok(id) => {
                    g.id = Some(id);
                    done.created.push(g.name.clone());
                }
                Err(e) => done.failures.push((g.name.clone(), e)),
            },
            Err(e) => done.failures.push((g.name.clone(), e)),
        }
    }
    // (group id → members now): every group when memberships become
    // exact (the file's users may leave groups it does not name), else the
    // groups the file names — so that only the real adds are sent, and a
    // re-run changes nothing (a service that appends a member twice would
    // otherwise hold it twice).
    let mut current: HashMap<String, HashSet<String>> = if exact {
        match all_memberships(backend).await {
            Ok(all) => all.into_iter().collect(),
            Err(e) => {
                done.failures.push(("(reading the groups)".into(), e));
                return done;
            }
        }
    } else {
        HashMap::new()
    };
    for g in &plan.groups {
        let Some(id) = &g.id else { continue };
        if current.contains_key(id) {
            continue;
        }
        if done.created.contains(&g.name) {
            current.insert(id.clone(), HashSet::new());
            continue;
        }
        match backend.group_get(id, true).await {
            Ok(group) => {
                current.insert(id.clone(), member_ids(&group).into_iter().collect());
            }
            Err(e) => done.failures.push((g.name.clone(), e)),
        }
    }
    let exact_ids: HashSet<&String> = plan
        .exact
        .iter()
        .filter_map(|email| ids.get(email))
        .collect();
    let mut wanted_by_group: HashMap<String, (String, Vec<String>)> = HashMap::new();
    for g in &plan.groups {
        let Some(id) = &g.id else { continue };
        let users: Vec<String> = g
            .emails
            .iter()
            .filter_map(|e| ids.get(e).cloned())
            .collect();
        wanted_by_group.insert(id.clone(), (g.name.clone(), users));
    }
    // (a group whose members could not be read is left as it is)
    let mut touched: Vec<String> = wanted_by_group
        .keys()
        .filter(|k| current.contains_key(*k))
        .cloned()
        .collect();
    if exact {
        // groups the file does not name may lose the file's users too
        touched.extend(
            current
                .keys()
                .filter(|k| !wanted_by_group.contains_key(*k))
                .cloned(),
        );
    }
    touched.sort();
    let none = HashSet::new();
    for gid in touched {
        let (name, wanted) = wanted_by_group
            .get(&gid)
            .cloned()
            .unwrap_or_else(|| (gid.clone(), Vec::new()));
        // (read in place: a big group's members are not copied)
        let now = current.get(&gid).unwrap_or(&none);
        let adds: Vec<String> = wanted
            .iter()
            .filter(|u| !now.contains(*u))
            .cloned()
            .collect();
        let removes: Vec<String> = if exact {
            let keep: HashSet<&String> = wanted.iter().collect();
            let mut removes: Vec<String> = now
                .iter()
                .filter(|m| exact_ids.contains(m) && !keep.contains(m))
                .cloned()
                .collect();
            removes.sort();
            removes
        } else {
            Vec::new()
        };
        if adds.is_empty() && removes.is_empty() {
            continue;
        }
        let mut ops = add_ops(&adds);
        ops.extend(remove_ops(&removes));
        let mut failed = false;
        for chunk in ops.chunks(scimctl_core::scim::caps::MAX_PATCH_OPERATIONS) {
            if let Err(e) = backend.group_patch(&gid, chunk).await {
                done.failures.push((name.clone(), e));
                failed = true;
                break;
            }
        }
        if !failed {
            done.groups += 1;
            done.added += adds.len() as u64;
            done.removed += removes.len() as u64;
        }
    }
    done
}
