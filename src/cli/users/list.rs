//! `scimctl users list`

use std::io::{IsTerminal, Write};

use serde_json::Value;

use super::common::each_user;
use crate::backend::Backend;
use crate::cli::context::Context;
use crate::cli::views::{UserResource, member_state};
use crate::ui::output::{Format, Output, Record, csv_cells, csv_err, io_err, outln};
use crate::ui::table::Table;
use scimctl_core::error::{Result, ScimType};

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
    /// Only users whose team membership is in this state: invited (their
    /// account is in another team and has not accepted), active or
    /// deactivated.
    #[arg(long, value_enum, conflicts_with_all = ["active", "inactive"])]
    pub state: Option<State>,
    /// Stop after this many users.
    #[arg(long)]
    pub limit: Option<u64>,
    /// Users per request [default: the most the backend allows — its
    /// ServiceProviderConfig's filter.maxResults, at most 1000]. A backend
    /// that gives fewer answers with fewer; paging follows what arrives.
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=1000))]
    pub page_size: Option<u64>,
}

/// A membership state, as `--state` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum State {
    Invited,
    Active,
    Deactivated,
}

impl State {
    fn as_str(self) -> &'static str {
        match self {
            State::Invited => "invited",
            State::Active => "active",
            State::Deactivated => "deactivated",
        }
    }
}

pub async fn run(ctx: &Context, backend: &dyn Backend, a: ListArgs) -> Result<()> {
    let mut printer = Streamer::new(ctx.out);
    let page_size = match a.page_size {
        Some(n) => n,
        None => backend.page_size().await,
    };
    match list(backend, &a, page_size, true, &mut printer).await {
        // A service without scimctl's membership extension refuses the
        // state filter (400 invalidFilter) before any user arrives: the
        // state is then read from each user as it comes (`active`, there).
        Err(e)
            if a.state.is_some()
                && printer.count == 0
                && e.scim_type() == Some(ScimType::InvalidFilter) =>
        {
            list(backend, &a, page_size, false, &mut printer).await?
        }
        other => other?,
    }
    printer.finish()
}

/// One listing into `printer`; with `state_filter`, `--state` is asked of
/// the service as a filter as well as checked here.
async fn list(
    backend: &dyn Backend,
    a: &ListArgs,
    page_size: u64,
    state_filter: bool,
    printer: &mut Streamer,
) -> Result<()> {
    let by_state = a.state.filter(|_| state_filter).map(|s| {
        format!(
            "{}:state eq \"{}\"",
            scimctl_core::scim::schema::MEMBERSHIP_SCHEMA,
            s.as_str()
        )
    });
    let active = if a.active {
        Some("active eq true".to_string())
    } else if a.inactive {
        Some("active eq false".to_string())
    } else {
        by_state
    };
    let filter = match (a.filter.as_deref(), active) {
        (Some(f), Some(x)) => Some(format!("({f}) and {x}")),
        (Some(f), None) => Some(f.to_string()),
        (None, Some(x)) => Some(x),
        (None, None) => None,
    };
    // (checked again here: a service that ignores filters answers with
    // every user)
    let wanted = |user: &Value| a.state.is_none_or(|s| member_state(user) == s.as_str());
    each_user(backend, filter.as_deref(), page_size, a.limit, |user| {
        if wanted(&user) {
            printer.push(user)
        } else {
            Ok(())
        }
    })
    .await
}

/// Prints users as they arrive, so a long listing runs in constant memory
/// in every format (a table fixes its column widths on its first rows).
struct Streamer {
    format: Format,
    count: usize,
    table: Option<Table<std::io::Stdout>>,
    csv: Option<(csv::Writer<std::io::Stdout>, bool)>,
}

impl Streamer {
    fn new(out: Output) -> Self {
        Streamer {
            format: out.format,
            count: 0,
            table: (out.format == Format::Table)
                .then(|| Table::new(std::io::stdout(), UserResource::headers(), out.style())),
            csv: None,
        }
    }

    fn csv(&mut self) -> Result<&mut (csv::Writer<std::io::Stdout>, bool)> {
        if self.csv.is_none() {
            let mut w = csv::Writer::from_writer(std::io::stdout());
            w.write_record(UserResource::headers()).map_err(csv_err)?;
            self.csv = Some((w, std::io::stdout().is_terminal()));
        }
        Ok(self.csv.as_mut().expect("just set"))
    }

    fn push(&mut self, user: Value) -> Result<()> {
        match self.format {
            Format::Json => {
                let sep = if self.count == 0 { "[\n" } else { ",\n" };
                write!(std::io::stdout().lock(), "{sep}{}", indent(&user)).map_err(io_err)?;
            }
            Format::Jsonl => writeln!(std::io::stdout().lock(), "{user}").map_err(io_err)?,
            Format::Csv => {
                let (w, terminal) = self.csv()?;
                let cells = csv_cells(UserResource(user).cells(), *terminal);
                w.write_record(cells).map_err(csv_err)?;
            }
            Format::Table => {
                if let Some(t) = self.table.as_mut() {
                    t.push(UserResource(user).cells())?;
                }
            }
        }
        self.count += 1;
        Ok(())
    }

    fn finish(mut self) -> Result<()> {
        match self.format {
            Format::Json if self.count == 0 => outln!("[]")?,
            Format::Json => outln!("\n]")?,
            Format::Csv => self.csv()?.0.flush().map_err(io_err)?,
            Format::Table => {
                if let Some(t) = self.table.take() {
                    t.finish()?;
                }
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
