//! `scimctl users list`

use std::io::Write;

use serde_json::Value;

use super::common::each_user;
use crate::backend::Backend;
use crate::cli::context::Context;
use crate::cli::records::UserResource;
use crate::error::Result;
use crate::ui::output::{Format, Output, Record, csv_err, io_err, outln, table};

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// A SCIM filter, e.g. 'userName sw "ann"' or 'name.familyName eq "Lee"'.
    #[arg(long)]
    pub filter: Option<String>,
    /// Only active users.
    #[arg(long, conflicts_with = "inactive")]
    pub active: bool,
    /// Only deactivated users.
    #[arg(long)]
    pub inactive: bool,
    /// Stop after this many users.
    #[arg(long)]
    pub limit: Option<u64>,
    /// Users per request.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u64).range(1..=1000))]
    pub page_size: u64,
}

pub async fn run(ctx: &Context, backend: &dyn Backend, a: ListArgs) -> Result<()> {
    let active = if a.active {
        Some("active eq true")
    } else if a.inactive {
        Some("active eq false")
    } else {
        None
    };
    let filter = match (a.filter.as_deref(), active) {
        (Some(f), Some(x)) => Some(format!("({f}) and {x}")),
        (Some(f), None) => Some(f.to_string()),
        (None, Some(x)) => Some(x.to_string()),
        (None, None) => None,
    };
    let mut printer = Streamer::new(ctx.out);
    each_user(backend, filter.as_deref(), a.page_size, a.limit, |user| {
        printer.push(user)
    })
    .await?;
    printer.finish()
}

/// Prints users as they arrive, so a long listing runs in constant memory
/// (tables excepted: their columns need every row).
struct Streamer {
    format: Format,
    color: bool,
    count: usize,
    rows: Vec<Vec<String>>,
    csv: Option<csv::Writer<std::io::Stdout>>,
}

impl Streamer {
    fn new(out: Output) -> Self {
        Streamer {
            format: out.format,
            color: out.color,
            count: 0,
            rows: Vec::new(),
            csv: None,
        }
    }

    fn push(&mut self, user: Value) -> Result<()> {
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Json => {
                let sep = if self.count == 0 { "[\n" } else { ",\n" };
                write!(out, "{sep}{}", indent(&user)).map_err(io_err)?;
            }
            Format::Jsonl => writeln!(out, "{user}").map_err(io_err)?,
            Format::Csv => {
                let w = self.csv.get_or_insert_with(|| {
                    let mut w = csv::Writer::from_writer(std::io::stdout());
                    let _ = w.write_record(UserResource::headers());
                    w
                });
                w.write_record(UserResource(user).cells())
                    .map_err(csv_err)?;
            }
            Format::Table => self.rows.push(UserResource(user).cells()),
        }
        self.count += 1;
        Ok(())
    }

    fn finish(mut self) -> Result<()> {
        match self.format {
            Format::Json if self.count == 0 => outln!("[]")?,
            Format::Json => outln!("\n]")?,
            Format::Csv => {
                let w = self.csv.get_or_insert_with(|| {
                    let mut w = csv::Writer::from_writer(std::io::stdout());
                    let _ = w.write_record(UserResource::headers());
                    w
                });
                w.flush().map_err(io_err)?;
            }
            Format::Table => {
                outln!(
                    "{}",
                    table(UserResource::headers(), self.rows.into_iter(), self.color)
                )?;
            }
            Format::Jsonl => {}
        }
        Ok(())
    }
}

fn indent(v: &Value) -> String {
    serde_json::to_string_pretty(v)
        .unwrap_or_default()
        .lines()
        .map(|l| format!("  {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}
