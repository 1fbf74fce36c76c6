//! Verified domains (docs/scim.md, "Verified domains"): a team proves it
//! owns a domain by publishing a DNS TXT record; a SCIM create for an email
//! of a domain the team verified joins the person's account at once, even
//! when the account is in other teams.
//!
//! Looking the record up is I/O and happens at the edge (the CLI, with a
//! real resolver); the core is handed the TXT strings found and decides.

use rand::Rng;
use rand::distr::Alphanumeric;

use crate::Team;
use crate::error::{Error, Result};
use crate::model::{Actor, AuditAction, DomainRow};
use crate::store::DomainWrite;

/// What a verification record starts with; the team's token follows.
pub const TXT_PREFIX: &str = "scimctl-verification=";

/// A domain as stored and compared: trimmed, lower-case ASCII, without a
/// trailing dot; letters, digits and hyphens in labels of 1 to 63, at
/// least two labels, at most 253 characters. An internationalised domain
/// is named in its ASCII form (`xn--…`), which is what DNS holds: a
/// look-alike in another script is then visibly another domain.
pub fn check_domain(text: &str) -> Result<String> {
    let domain = text.trim().trim_end_matches('.').to_ascii_lowercase();
    let bad = |why: &str| {
        Error::invalid(format!("{text:?} is not a domain name: {why}"))
            .with_hint("name it as DNS does, e.g. example.com (xn--… for a non-ASCII one)")
    };
    if domain.is_empty() || domain.len() > 253 {
        return Err(bad("1 to 253 characters"));
    }
    if let Some(c) = domain
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '.'))
    {
        return Err(bad(&format!(
            "it holds {c:?} (U+{:04X}); only letters, digits, hyphens and dots",
            u32::from(c)
        )));
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 {
        return Err(bad("it needs at least two labels"));
    }
    for label in &labels {
        if label.is_empty() || label.len() > 63 {
            return Err(bad("each label is 1 to 63 characters"));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(bad("a label neither starts nor ends with a hyphen"));
        }
    }
    Ok(domain)
}

/// The domain of an email's folded key (what [`crate::model::name_key`]
/// makes of it): after the last `@`.
pub fn domain_of_key(key: &str) -> Option<&str> {
    key.rsplit_once('@').map(|(_, d)| d.trim_end_matches('.'))
}

impl DomainRow {
    /// The TXT record to publish at the domain.
    pub fn record(&self) -> String {
        format!("{TXT_PREFIX}{}", self.token)
    }
}

impl Team {
    /// Add a domain to the team, unverified, with a fresh token; the TXT
    /// record to publish is [`DomainRow::record`]. Refused when another
    /// team has verified it (a domain is verified for one team at a time).
    pub async fn domain_add(&self, actor: &Actor, domain: &str) -> Result<DomainRow> {
        let domain = check_domain(domain)?;
        self.not_verified_elsewhere(&domain).await?;
        let token: String = rand::rng()
            .sample_iter(&Alphanumeric)
            .take(32)
            .map(char::from)
            .collect();
        let row = DomainRow {
            domain: domain.clone(),
            token,
            created_at: self.now(),
            verified_at: None,
        };
        let audit = self.entry(actor, AuditAction::DomainAdd, &domain, None);
        if self.store.insert_domain(&row, &audit).await? {
            Ok(row)
        } else {
            Err(
                Error::conflict(format!("the team has added {domain:?} already"))
                    .with_hint("`scimctl domains list` shows its TXT record"),
            )
        }
    }

    async fn not_verified_elsewhere(&self, domain: &str) -> Result<()> {
        match self.store.domain_verified_by(domain).await? {
            Some(team) if team != self.store.team() => Err(Error::conflict(format!(
                "{domain:?} is verified by another team; a domain is verified for one team at a time"
            ))
            .with_hint("that team's admin can remove it (scimctl domains remove)")),
            _ => Ok(()),
        }
    }

    /// This team's domains.
    pub async fn domains_list(&self) -> Result<Vec<DomainRow>> {
        self.store.list_domains().await
    }

    /// One of this team's domains.
    pub async fn domain_get(&self, domain: &str) -> Result<DomainRow> {
        let domain = check_domain(domain)?;
        self.store
            .list_domains()
            .await?
            .into_iter()
            .find(|d| d.domain == domain)
            .ok_or_else(|| {
                Error::not_found(format!("the team has no domain {domain:?}"))
                    .with_hint(format!("`scimctl domains add {domain}` adds it"))
            })
    }

    /// Verify a domain, given the TXT strings DNS holds at it (`found`):
    /// verified when one of them is the team's record. Verifying again is
    /// no change.
    pub async fn domain_verify(
        &self,
        actor: &Actor,
        domain: &str,
        found: &[String],
    ) -> Result<DomainRow> {
        let mut row = self.domain_get(domain).await?;
        if row.verified_at.is_some() {
            return Ok(row);
        }
        let record = row.record();
        if !found.iter().any(|t| t.trim() == record) {
            return Err(Error::not_found(format!(
                "no TXT record {record:?} at {:?} ({} TXT record{} there)",
                row.domain,
                found.len(),
                if found.len() == 1 { "" } else { "s" }
            ))
            .with_hint(
                "publish it at the domain itself, wait for DNS to serve it, then verify again",
            ));
        }
        let at = self.now();
        let audit = self.entry(actor, AuditAction::DomainVerify, &row.domain, None);
        match self.store.verify_domain(&row.domain, at, &audit).await? {
            DomainWrite::Written => {
                row.verified_at = Some(at);
                Ok(row)
            }
            DomainWrite::Gone => Err(Error::not_found(format!(
                "the team has no domain {:?}",
                row.domain
            ))),
            DomainWrite::TakenElsewhere => Err(Error::conflict(format!(
                "{:?} is verified by another team; a domain is verified for one team at a time",
                row.domain
            ))),
        }
    }

    /// Verify a domain by looking its TXT records up with `dns`.
    pub async fn domain_verify_by(
        &self,
        actor: &Actor,
        domain: &str,
        dns: &dyn TxtLookup,
    ) -> Result<DomainRow> {
        // (a domain the team has not added is refused before any lookup)
        let row = self.domain_get(domain).await?;
        if row.verified_at.is_some() {
            return Ok(row);
        }
        let found = dns.txt(&row.domain).await?;
        self.domain_verify(actor, &row.domain, &found).await
    }

    /// Remove a domain from the team. Members who joined through it stay.
    pub async fn domain_remove(&self, actor: &Actor, domain: &str) -> Result<()> {
        let domain = check_domain(domain)?;
        let audit = self.entry(actor, AuditAction::DomainRemove, &domain, None);
        if self.store.delete_domain(&domain, &audit).await? {
            Ok(())
        } else {
            Err(Error::not_found(format!(
                "the team has no domain {domain:?}"
            )))
        }
    }
}

/// A DNS resolver, as domain verification needs one: the TXT strings at
/// a name (none when it has none; unavailable when DNS does not answer).
#[async_trait::async_trait]
pub trait TxtLookup: Send + Sync {
    async fn txt(&self, domain: &str) -> Result<Vec<String>>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains_are_named_as_dns_names_them() {
        assert_eq!(check_domain(" Example.COM. ").unwrap(), "example.com");
        assert_eq!(
            check_domain("xn--bcher-kva.example").unwrap(),
            "xn--bcher-kva.example"
        );
        for bad in [
            "",
            "example",
            "exa mple.com",
            "exаmple.com", // Cyrillic а
            "-x.com",
            "x-.com",
            "a..com",
            "ann@example.com",
            &format!("{}.com", "x".repeat(64)),
        ] {
            assert!(check_domain(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn the_domain_of_an_email_key() {
        assert_eq!(domain_of_key("ann@example.com"), Some("example.com"));
        assert_eq!(domain_of_key("a@b@example.com"), Some("example.com"));
        assert_eq!(domain_of_key("ann"), None);
    }
}
