//! `scimctl audit`

use crate::cli::context::Context;
use scimctl_core::error::{Error, Result};
use scimctl_core::store::AuditQuery;
use scimctl_core::time::{Clock, SystemClock, parse_rfc3339};

/// The team's audit trail: every admin action and provisioning write.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List audit entries, newest first.
    #[command(
        after_help = "Examples:\n  scimctl audit list --since 1h\n  scimctl audit list --action user --actor key:okta\n  scimctl audit list --since 2026-01-31T00:00:00Z -o jsonl"
    )]
    List(ListArgs),
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only entries at or after this time: RFC 3339 (2026-01-31T00:00:00Z)
    /// or a duration back from now (90m, 1h, 7d).
    #[arg(long)]
    pub since: Option<String>,
    /// Only entries by this actor, as the trail shows it (key:okta,
    /// admin-token:ops, local:ann).
    #[arg(long)]
    pub actor: Option<String>,
    /// Only this action (user.deactivate) or family of actions (user, key.*).
    #[arg(long)]
    pub action: Option<String>,
    /// At most this many entries (the newest); says so when there are more.
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..=10000))]
    pub limit: u64,
}

/// `--since`: a time, or how long ago.
fn parse_since(text: &str, now: i64) -> Result<i64> {
    if let Some(t) = parse_rfc3339(text) {
        return Ok(t);
    }
    match humantime::parse_duration(text.trim()) {
        Ok(d) => Ok(now.saturating_sub(i64::try_from(d.as_millis()).unwrap_or(i64::MAX))),
        Err(_) => Err(Error::invalid(format!(
            "--since takes an RFC 3339 time or a duration, not {text:?}"
        ))
        .with_hint("for example --since 1h, --since 7d or --since 2026-01-31T00:00:00Z")),
    }
}

pub async fn run(ctx: &Context, cmd: Command) -> Result<()> {
    let Command::List(a) = cmd;
    let since = match a.since.as_deref() {
        Some(s) => Some(parse_since(s, SystemClock.now())?),
        None => None,
    };
    let (backend, _) = ctx.backend().await?;
    // One more than asked, to know whether the listing is whole.
    let query = AuditQuery {
        since,
        actor: a.actor,
        action: a.action,
        limit: a.limit + 1,
    };
    let mut entries = backend.audit(&query).await?;
    let more = entries.len() as u64 > a.limit;
    entries.truncate(a.limit as usize);
    ctx.out.list(&entries)?;
    if more {
        eprintln!(
            "Showing the newest {} entries; there are more (--limit, --since, --actor or --action).",
            a.limit
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::parse_since;

    #[test]
    fn since_takes_a_time_or_a_duration() {
        let now = 1_700_000_000_000;
        assert_eq!(parse_since("1h", now).unwrap(), now - 3_600_000);
        assert_eq!(parse_since("7d", now).unwrap(), now - 7 * 86_400_000);
        assert_eq!(
            parse_since("2023-11-14T22:13:20Z", now).unwrap(),
            1_700_000_000_000
        );
        assert!(parse_since("yesterday-ish", now).is_err());
    }
}
