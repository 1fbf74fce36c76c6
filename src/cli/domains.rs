//! `scimctl domains`: the team's verified domains (docs/scim.md, "Verified
//! domains"). A domain the team verified by DNS lets a SCIM create for an
//! email of it join the person's account at once, even when the account
//! is in other teams.

use std::net::SocketAddr;

use serde::Serialize;
use serde_json::Value;

use crate::cli::context::Context;
use crate::ui::output::{Format, Record};
use scimctl_core::error::Result;
use scimctl_core::model::{Actor, DomainRow};
use scimctl_core::time::to_rfc3339;

/// The team's domains: add one (prints the DNS TXT record to publish),
/// verify it (looks the record up), list, remove. Works on a database
/// backend (sqlite://, postgres://), and against `scimctl serve` through its
/// admin API (the server then does the DNS lookup).
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Add a domain to the team and print the TXT record that proves the
    /// team owns it. Publish it at the domain itself, then run `domains
    /// verify`.
    #[command(after_help = "Examples:\n  scimctl domains add example.com")]
    Add(DomainArg),
    /// Look up the domain's TXT records and mark the domain verified if
    /// the team's record is among them. A domain is verified for one team
    /// at a time (exit 6 when another team has it).
    #[command(
        after_help = "Examples:\n  scimctl domains verify example.com\n  scimctl domains verify example.com --dns-server 192.0.2.53:53"
    )]
    Verify(VerifyArgs),
    /// List the team's domains, with their TXT record and when each was
    /// verified.
    #[command(after_help = "Examples:\n  scimctl domains list -o json")]
    List,
    /// Remove a domain from the team. Members who joined through it stay.
    #[command(after_help = "Examples:\n  scimctl domains remove example.com")]
    Remove(DomainArg),
}

#[derive(Debug, clap::Args)]
pub struct DomainArg {
    /// The domain, as DNS names it (example.com; xn--… for a non-ASCII one).
    pub domain: String,
}

#[derive(Debug, clap::Args)]
pub struct VerifyArgs {
    /// The domain, as DNS names it.
    pub domain: String,
    /// Ask this DNS server (IP:PORT, or IP for port 53) instead of the
    /// system's resolvers.
    #[arg(long, env = "SCIMCTL_DNS_SERVER", value_parser = crate::dns::parse_server)]
    pub dns_server: Option<SocketAddr>,
}

/// A domain as the commands show it.
#[derive(Debug, Serialize, serde::Deserialize)]
pub struct DomainView {
    pub domain: String,
    pub verified: bool,
    pub txt_record: String,
    pub created_at: String,
    pub verified_at: Option<String>,
}

impl Record for DomainView {
    fn headers() -> &'static [&'static str] {
        &["DOMAIN", "VERIFIED", "TXT RECORD", "CREATED"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.domain.clone(),
            self.verified_at.clone().unwrap_or_else(|| "no".into()),
            self.txt_record.clone(),
            self.created_at.clone(),
        ]
    }
    fn json(&self) -> Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

fn view(row: &DomainRow) -> DomainView {
    DomainView {
        domain: row.domain.clone(),
        verified: row.verified_at.is_some(),
        txt_record: row.record(),
        created_at: to_rfc3339(row.created_at),
        verified_at: row.verified_at.map(to_rfc3339),
    }
}

pub async fn run(ctx: &Context, cmd: Command) -> Result<()> {
    if crate::backend::is_remote(&ctx.resolved()?.url) {
        return remote(ctx, cmd).await;
    }
    let team = ctx.database_team("domains").await?;
    let actor = Actor::local();
    match cmd {
        Command::Add(a) => {
            let row = team.domain_add(&actor, &a.domain).await?;
            eprintln!(
                "Added {}. Publish this TXT record at {} and run `scimctl domains verify {}`:",
                row.domain, row.domain, row.domain
            );
            if ctx.out.format == Format::Table {
                println!("{}", row.record());
                Ok(())
            } else {
                ctx.out.one(&view(&row))
            }
        }
        Command::Verify(a) => {
            let dns = crate::dns::Resolver {
                server: a.dns_server,
            };
            let row = team.domain_verify_by(&actor, &a.domain, &dns).await?;
            eprintln!("{} is verified for this team.", row.domain);
            ctx.out.one(&view(&row))
        }
        Command::List => {
            let views: Vec<DomainView> = team.domains_list().await?.iter().map(view).collect();
            ctx.out.list(&views)
        }
        Command::Remove(a) => {
            team.domain_remove(&actor, &a.domain).await?;
            eprintln!("Removed {}.", a.domain.trim());
            Ok(())
        }
    }
}

/// The same against a remote `scimctl serve`, through its admin API: the
/// server looks the record up, with its own resolver (`serve
/// --dns-server`).
async fn remote(ctx: &Context, cmd: Command) -> Result<()> {
    use crate::backend::remote::enc;
    let (backend, _) = ctx.backend().await?;
    let of = |v: Value| -> Result<DomainView> {
        serde_json::from_value(v).map_err(|e| {
            scimctl_core::error::Error::internal(format!(
                "unexpected answer from the admin API: {e}"
            ))
        })
    };
    match cmd {
        Command::Add(a) => {
            let body = serde_json::json!({"domain": a.domain});
            let row = of(backend.admin_call("POST", "/domains", Some(body)).await?)?;
            eprintln!(
                "Added {}. Publish this TXT record at {} and run `scimctl domains verify {}`:",
                row.domain, row.domain, row.domain
            );
            if ctx.out.format == Format::Table {
                println!("{}", row.txt_record);
                Ok(())
            } else {
                ctx.out.one(&row)
            }
        }
        Command::Verify(a) => {
            if a.dns_server.is_some() {
                eprintln!(
                    "note: the server looks the record up with its own resolver (serve --dns-server)"
                );
            }
            let path = format!("/domains/{}/verify", enc(a.domain.trim()));
            let row = of(backend.admin_call("POST", &path, None).await?)?;
            eprintln!("{} is verified for this team.", row.domain);
            ctx.out.one(&row)
        }
        Command::List => {
            let list = backend.admin_call("GET", "/domains", None).await?;
            let views = list
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .map(of)
                .collect::<Result<Vec<_>>>()?;
            ctx.out.list(&views)
        }
        Command::Remove(a) => {
            let path = format!("/domains/{}", enc(a.domain.trim()));
            backend.admin_call("DELETE", &path, None).await?;
            eprintln!("Removed {}.", a.domain.trim());
            Ok(())
        }
    }
}
