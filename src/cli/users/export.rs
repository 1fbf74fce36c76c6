//! `scimctl users export`: every user in the format import reads, so an
//! export can be imported elsewhere as it is.

use std::io::Write;

use super::common::each_user;
use super::row::{groups_cell, row_of};
use crate::backend::Backend;
use crate::cli::context::Context;
use crate::ui::output::{Format, csv_err, io_err};
use scimctl_core::error::{Error, Result};

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
    each_user(backend, None, page_size, None, |user| {
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
