//! Where the application is assembled: a URL chooses the backend
//! (`sqlite:`/`postgres:` → the embedded one, `http(s):` → the remote one)
//! and, for a database, the store. The operations themselves are the
//! [`Backend`] trait in `ops.rs`; commands are written once against it.

pub mod embedded;
pub mod ops;
pub mod remote;

pub use self::ops::{Backend, Page};

use std::sync::Arc;

use scimctl_core::Team;
use scimctl_core::error::{Error, Result};
use scimctl_core::model::Actor;
use scimctl_core::store::Store;
use scimctl_core::time::SystemClock;

/// Is this URL a remote backend?
pub fn is_remote(url: &str) -> bool {
    url.starts_with("http://") || url.starts_with("https://")
}

/// Open the backend a URL names. Remote backends get their credentials
/// from `creds`, asked only when a call needs them, and talk as `options`
/// say (`--max-wait`, `--ca-cert`). `team` picks a team of a database
/// (`--team`; the team `default` without it); on a remote backend the
/// credential picks the team, so naming one there is a usage error.
pub async fn open(
    url: &str,
    scim_path: Option<&str>,
    creds: Arc<dyn remote::CredentialSource>,
    options: &remote::Options,
    team: Option<&str>,
    mail: crate::mail::Settings,
) -> Result<Box<dyn Backend>> {
    if is_remote(url) {
        if let Some(name) = team {
            return Err(Error::invalid(format!(
                "--team {name:?} works on a database backend only"
            ))
            .with_hint(
                "on a remote backend the SCIM key or admin token picks the team; \
                 use a profile per team",
            ));
        }
        Ok(Box::new(remote::Remote::new(
            url, scim_path, creds, options,
        )?))
    } else if url.starts_with("sqlite:") || url.starts_with("postgres") {
        let team = open_team_named(url, team).await?;
        Ok(Box::new(embedded::Embedded::new(
            team,
            Actor::local(),
            url,
            mail,
        )))
    } else {
        Err(Error::invalid(format!(
            "unsupported backend URL {url:?}: expected sqlite://PATH, postgres://… or http(s)://HOST"
        )))
    }
}

/// Open the store a database URL names, running its migrations. Only the
/// default database's directory is created here (private, 0700); any other
/// `sqlite://` path must be in a directory that exists (docs/cli.md, "Backends and profiles").
pub async fn open_store(url: &str) -> Result<Arc<dyn Store>> {
    if url.starts_with("sqlite:") {
        if url == crate::config::default_database_url() {
            crate::config::create_private_dir(&crate::config::data_dir())?;
        }
        Ok(Arc::new(
            scimctl_store::sqlite::SqliteStore::open(url).await?,
        ))
    } else if is_postgres(url) {
        open_postgres(url).await
    } else {
        Err(Error::invalid(format!(
            "unsupported database URL {url:?}: expected sqlite://PATH or postgres://…"
        )))
    }
}

/// Whether a URL names a PostgreSQL database.
pub fn is_postgres(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

#[cfg(feature = "postgres")]
async fn open_postgres(url: &str) -> Result<Arc<dyn Store>> {
    Ok(Arc::new(scimctl_store::postgres::PgStore::open(url).await?))
}

#[cfg(not(feature = "postgres"))]
async fn open_postgres(_url: &str) -> Result<Arc<dyn Store>> {
    Err(Error::new(
        scimctl_core::error::Kind::Unsupported,
        "this scimctl was built without PostgreSQL support",
    )
    .with_hint("rebuild with `cargo build --features postgres`"))
}

/// The team `default` of the database a URL names, on the wall clock.
pub async fn open_team(url: &str) -> Result<Team> {
    Ok(Team::new(open_store(url).await?, Arc::new(SystemClock)))
}

/// The team `name` (else `default`) of the database a URL names.
pub async fn open_team_named(url: &str, name: Option<&str>) -> Result<Team> {
    let team = open_team(url).await?;
    match name {
        Some(name) => team.team_named(name).await,
        None => Ok(team),
    }
}
