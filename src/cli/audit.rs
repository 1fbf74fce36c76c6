//! `scimctl audit`

use crate::cli::context::Context;
use crate::error::{Error, Result};
use crate::time::parse_rfc3339;

/// The team's audit trail: every admin action and provisioning write.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List audit entries, oldest first.
    List(ListArgs),
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only entries at or after this time (RFC 3339, e.g. 2026-01-31T00:00:00Z).
    #[arg(long)]
    pub since: Option<String>,
    /// At most this many entries.
    #[arg(long, default_value_t = 1000)]
    pub limit: u64,
}

pub async fn run(ctx: &Context, cmd: Command) -> Result<()> {
    let Command::List(a) = cmd;
    let since = match a.since.as_deref() {
        Some(s) => Some(parse_rfc3339(s).ok_or_else(|| {
            Error::invalid(format!("--since must be an RFC 3339 time, not {s:?}"))
        })?),
        None => None,
    };
    let (backend, _) = ctx.backend().await?;
    ctx.out.list(&backend.audit(since, a.limit).await?)
}
