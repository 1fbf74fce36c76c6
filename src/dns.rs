//! DNS for domain verification (docs/scim.md, "Verified domains"): a real
//! resolver (hickory), the system's or one server's.

use std::net::SocketAddr;

use async_trait::async_trait;

use scimctl_core::domains::TxtLookup;
use scimctl_core::error::{Error, Kind, Result};

/// The system's resolvers, or the one DNS server `server` names.
pub struct Resolver {
    pub server: Option<SocketAddr>,
}

/// `IP:PORT`, or `IP` for port 53 (`--dns-server`).
pub fn parse_server(text: &str) -> std::result::Result<SocketAddr, String> {
    let text = text.trim();
    text.parse::<SocketAddr>()
        .or_else(|_| {
            text.parse::<std::net::IpAddr>()
                .map(|ip| SocketAddr::new(ip, 53))
        })
        .map_err(|_| format!("{text:?} is not IP:PORT or IP"))
}

#[async_trait]
impl TxtLookup for Resolver {
    async fn txt(&self, domain: &str) -> Result<Vec<String>> {
        use hickory_resolver::config::{NameServerConfigGroup, ResolverConfig, ResolverOpts};
        use hickory_resolver::name_server::TokioConnectionProvider;
        let unavailable = |e: &dyn std::fmt::Display| {
            Error::new(
                Kind::Unavailable,
                format!("DNS lookup of {domain} failed: {e}"),
            )
        };
        let builder = match self.server {
            Some(addr) => {
                let group = NameServerConfigGroup::from_ips_clear(&[addr.ip()], addr.port(), true);
                hickory_resolver::Resolver::builder_with_config(
                    ResolverConfig::from_parts(None, vec![], group),
                    TokioConnectionProvider::default(),
                )
            }
            None => hickory_resolver::Resolver::builder_tokio().map_err(|e| unavailable(&e))?,
        };
        let mut opts = ResolverOpts::default();
        // (a record just published must not be hidden by an answer cached
        // a moment ago; each verify asks afresh)
        opts.cache_size = 0;
        opts.timeout = std::time::Duration::from_secs(5);
        opts.attempts = 2;
        let resolver = builder.with_options(opts).build();
        match resolver.txt_lookup(format!("{domain}.")).await {
            Ok(txt) => Ok(txt
                .iter()
                .map(|t| {
                    t.txt_data()
                        .iter()
                        .map(|part| String::from_utf8_lossy(part))
                        .collect::<String>()
                })
                .collect()),
            Err(e) if e.is_no_records_found() => Ok(Vec::new()),
            Err(e) => Err(unavailable(&e)),
        }
    }
}
