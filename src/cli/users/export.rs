//! `scimctl users export`: every user in the format import reads, so an
//! export can be imported elsewhere as it is.

use std::io::Write;

use std::collections::HashMap;

use serde_json::{Value, json};

use super::common::each_user_from;
use super::row::{groups_cell, row_of};
use crate::backend::Backend;
use crate::cli::context::Context;
use crate::cli::groups::common::{all_groups, display_name};
use crate::cli::views::member_ids;
use crate::ui::output::{Format, csv_err, io_err};
use scimctl_core::error::{Error, Kind, Result};
use scimctl_core::scim::stored::get_ci;

/// Write every user in the import format (`-o csv`, the default, or `-o jsonl`).
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Users per request [default: the most the backend allows — its
    /// ServiceProviderConfig's filter.maxResults, at most 1000]. A backend
    /// that gives fewer answers with fewer; paging follows what arrives.
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=1000))]
    pub page_size: Option<u64>,
}

pub async fn run(ctx: &Context, backend: &dyn Backend, a: ExportArgs) -> Result<()> {
    // What import reads, or a refusal: never a silent substitute (docs/cli.md, "Output").
    let jsonl = match (ctx.out.chosen, ctx.out.format) {
        (false, _) | (true, Format::Csv) => false,
        (true, Format::Jsonl) => true,
        (true, other) => {
            return Err(Error::invalid(format!(
                "users export writes csv or jsonl (the formats users import reads), not {}",
                match other {
                    Format::Json => "json",
                    _ => "a table",
                }
            ))
            .with_hint(
                "-o csv (the default) or -o jsonl; `users list -o json|table` shows users",
            ));
        }
    };
    let stdout = std::io::stdout();
    let mut csv = (!jsonl).then(|| csv::Writer::from_writer(stdout.lock()));
    if let Some(w) = csv.as_mut() {
        w.write_record([
            "email",
            "first_name",
            "last_name",
            "external_id",
            "role",
            "active",
            "groups",
        ])
        .map_err(csv_err)?;
    }
    let page_size = match a.page_size {
        Some(n) => n,
        None => backend.page_size().await,
    };
    let first = backend.users_page(None, 1, page_size).await?;
    let groups_of = if first
        .resources
        .iter()
        .any(|u| get_ci(u, "groups").is_some())
    {
        None
    } else {
        memberships_from_groups(backend).await
    };
    each_user_from(backend, None, page_size, None, Some(first), |mut user| {
        if let (Some(map), Some(id)) = (&groups_of, user.get("id").and_then(Value::as_str)) {
            let groups: Vec<Value> = map
                .get(id)
                .into_iter()
                .flatten()
                .map(|name| json!({"display": name}))
                .collect();
            user["groups"] = Value::Array(groups);
        }
        let row = row_of(&user);
        match csv.as_mut() {
            Some(w) => w
                .write_record([
                    row.email,
                    row.first_name,
                    row.last_name,
                    row.external_id.unwrap_or_default(),
                    row.role.unwrap_or_default(),
                    row.active.map(|b| b.to_string()).unwrap_or_default(),
                    groups_cell(&row.groups),
                ])
                .map_err(csv_err),
            None => {
                let line = serde_json::to_string(&row).unwrap_or_default();
                writeln!(std::io::stdout().lock(), "{line}").map_err(io_err)
            }
        }
    })
    .await?;
    if let Some(mut w) = csv {
        w.flush().map_err(io_err)?;
    }
    Ok(())
}

/// Each user's groups by displayName, read from `/Groups`: for a service
/// that keeps no `groups` on its users (scim2-server), so that an export
/// still imports back with its memberships. `None` when the first page's
/// users show groups themselves, when there are no groups, or when
/// `/Groups` cannot be read (then said on stderr unless the service simply
/// has no groups endpoint).
async fn memberships_from_groups(backend: &dyn Backend) -> Option<HashMap<String, Vec<String>>> {
    let groups = match all_groups(backend, None, true, u64::MAX).await {
        Ok(groups) => groups,
        Err(e)
            if matches!(
                e.kind(),
                Kind::NotFound | Kind::MethodNotAllowed | Kind::Unsupported
            ) =>
        {
            return None;
        }
        Err(e) => {
            eprintln!(
                "warning: the groups column may be incomplete: {} shows no groups on its users, \
                 and its groups could not be read: {}",
                backend.describe(),
                e.message()
            );
            return None;
        }
    };
    if groups.is_empty() {
        return None;
    }
    tracing::info!(
        "{} shows no groups on its users: the groups column comes from its /Groups",
        backend.describe()
    );
    let mut by_user: HashMap<String, Vec<String>> = HashMap::new();
    for g in &groups {
        for id in member_ids(g) {
            by_user
                .entry(id)
                .or_default()
                .push(display_name(g).to_string());
        }
    }
    Some(by_user)
}
