//! `scimctl auth`

use std::io::Read;
use std::sync::Arc;

use serde_json::{Value, json};

use crate::backend::remote::{Fixed, Remote};
use crate::backend::{Backend, is_remote};
use crate::cli::context::Context;
use crate::config::{Config, Profile};
use crate::secrets::resolve::{self as credentials, Credentials};
use crate::ui::output::{Format, csv_cells, csv_err, io_err, outln};
use crate::ui::table::escape_controls;
use scimctl_core::error::{Error, Kind, Result};
use scimctl_core::secret::Secret;

/// Credentials of remote backends: where they are kept and whether they work.
///
/// Lookup order: SCIMCTL_TOKEN / SCIMCTL_SCIM_KEY, then the OS keyring
/// (service `scimctl`), then a 0600 file only for profiles that chose
/// --insecure-storage.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Save a profile for a backend and store its admin token (read from stdin).
    #[command(
        after_help = "Examples:\n  scimctl auth login --url https://scim.example.com --with-token < admin.token\n  scimctl auth login --url https://scim.example.com --profile prod"
    )]
    Login(LoginArgs),
    /// Show where each credential comes from and whether the backend accepts it; exit 4 when one is missing or rejected.
    #[command(
        after_help = "Examples:\n  scimctl auth status\n  scimctl --profile prod auth status -o json"
    )]
    Status,
    /// Remove the profile's secrets from the keyring (or the insecure file).
    #[command(
        after_help = "Examples:\n  scimctl auth logout\n  scimctl --profile prod auth logout"
    )]
    Logout,
    /// Print the admin token in use on stdout.
    #[command(
        after_help = "Examples:\n  scimctl auth token | gh secret set SCIMCTL_TOKEN   # to CI, never through a file"
    )]
    Token,
}

/// The backend is the global `--url` (http(s)://HOST[/prefix], sqlite://PATH
/// or postgres://…).
#[derive(Debug, clap::Args)]
pub struct LoginArgs {
    /// Read the admin token from stdin (never from the command line).
    #[arg(long)]
    pub with_token: bool,
    /// Keep this profile's secrets in a plain 0600 file instead of the OS keyring.
    #[arg(long)]
    pub insecure_storage: bool,
    /// Repoint an existing profile that names another backend (its stored
    /// secrets are removed: they belong to the old backend).
    #[arg(long)]
    pub force: bool,
}

pub async fn run(ctx: &Context, cmd: Command) -> Result<()> {
    match cmd {
        Command::Login(a) => login(ctx, a).await,
        Command::Status => status(ctx).await,
        Command::Logout => logout(ctx),
        Command::Token => token(ctx),
    }
}

/// The profile name `auth login` writes: --profile, else the URL's host.
fn login_profile_name(ctx: &Context, url: &str) -> String {
    if let Some(p) = &ctx.profile_flag {
        return p.clone();
    }
    if is_remote(url) {
        let rest = url.split("://").nth(1).unwrap_or(url);
        return rest.split('/').next().unwrap_or(rest).to_string();
    }
    crate::config::LOCAL.to_string()
}

/// Whether `scheme://user:password@host…` carries a password.
fn url_has_password(url: &str) -> bool {
    let Some((_, rest)) = url.split_once("://") else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    authority
        .rsplit_once('@')
        .is_some_and(|(userinfo, _)| userinfo.contains(':'))
}

fn read_token_from_stdin() -> Result<Secret> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| Error::invalid(format!("cannot read the token from stdin: {e}")))?;
    let token = text.trim();
    if token.is_empty() || token.contains(char::is_whitespace) {
        return Err(Error::invalid("stdin does not hold one token"));
    }
    Ok(Secret::new(token))
}

async fn login(ctx: &Context, a: LoginArgs) -> Result<()> {
    let url = ctx
        .url_flag
        .clone()
        .ok_or_else(|| Error::invalid("which backend? pass --url URL"))?;
    if url_has_password(&url) {
        // A profile lives in config.toml, which must never hold a secret.
        return Err(Error::invalid(
            "this URL holds a password, which a profile would write to config.toml",
        )
        .with_hint(
            "save the URL without it and give the password in PGPASSWORD or ~/.pgpass, \
             or pass the whole URL in SCIMCTL_URL each time",
        ));
    }
    let name = login_profile_name(ctx, &url);
    let remote = is_remote(&url);
    let mut profile = Profile {
        url: url.clone(),
        insecure_storage: a.insecure_storage,
        ..Profile::default()
    };
    let mut config = Config::load()?;
    // An existing profile is never repointed silently (SPEC §2): the
    // embedded `local` included, which exists without being saved.
    let old = config.profiles.get(&name).cloned().or_else(|| {
        (name == crate::config::LOCAL).then(|| Profile {
            url: crate::config::default_database_url(),
            ..Profile::default()
        })
    });
    let mut repointed = None;
    match &old {
        Some(old) if old.url == url => {
            profile.scim_keys = old.scim_keys.clone();
            profile.insecure_storage |= old.insecure_storage;
        }
        Some(old) if !a.force => {
            return Err(Error::conflict(format!(
                "profile {name:?} points at {}; auth login does not repoint a profile silently",
                old.url
            ))
            .with_hint(format!(
                "choose another name with --profile NAME (or unset SCIMCTL_PROFILE), or pass --force to repoint {name:?} and remove its stored secrets"
            )));
        }
        Some(old) => repointed = Some(old.clone()),
        None => {}
    }
    let token = if a.with_token {
        Some(read_token_from_stdin()?)
    } else if remote {
        // On a terminal: a hidden prompt. Otherwise exit 3, saying how.
        Some(ctx.prompt.secret(
            "Admin token (input hidden)",
            &format!("pipe it in: scimctl auth login --url {url} --with-token < admin.token"),
        )?)
    } else {
        None
    };
    if let Some(token) = &token {
        // Check the token before keeping it.
        let check = Remote::new(
            &url,
            None,
            Arc::new(Fixed {
                admin_token: Some(token.clone()),
                scim_keys: Vec::new(),
            }),
            &ctx.remote,
        )?;
        check.scim_status().await.map_err(|e| match e.kind() {
            Kind::Unauthorized => Error::unauthorized(format!("{} rejected the admin token", url)),
            _ => e,
        })?;
    }
    // The token works (or none is needed): now the old backend's secrets go,
    // before the new token takes the same keyring entry.
    if let Some(old) = &repointed {
        forget_old_backend(&name, old)?;
    }
    if let Some(token) = &token {
        let store = credentials::profile_store(&profile)?;
        store.set(&credentials::admin_account(&name), token)?;
        eprintln!(
            "Stored the admin token of profile {name:?} in {}.",
            store.location()
        );
    }
    config.profiles.insert(name.clone(), profile);
    config.default_profile = Some(name.clone());
    config.save()?;
    eprintln!(
        "Logged in to {} as profile {name:?}; it is now the default profile.",
        url
    );
    Ok(())
}

/// One credential's line of `auth status`: a fixed status word
/// (`accepted`, `rejected`, `missing`, `error`, `not_used`, `not_needed`),
/// and the reason in words where there is one.
fn credential(status: &str, reason: Option<String>) -> Value {
    json!({"status": status, "reason": reason})
}

async fn status(ctx: &Context) -> Result<()> {
    let resolved = ctx.resolved()?;
    let creds = Arc::new(Credentials::new(&resolved));
    let mut report = json!({
        "profile": resolved.name,
        "url": resolved.url,
        "backend": if is_remote(&resolved.url) { "remote" } else { "embedded" },
    });
    let mut problems = Vec::new();
    if is_remote(&resolved.url) {
        let backend = Remote::new(&resolved.url, None, creds.clone(), &ctx.remote)?;
        // admin token
        report["admin_token"] = match creds.admin_token_with_source() {
            Ok(Some((secret, source))) => {
                let mut entry = match backend.scim_status().await {
                    Ok(_) => credential("accepted", None),
                    Err(e) if e.kind() == Kind::Unsupported => {
                        credential("not_used", Some("the backend has no admin API".into()))
                    }
                    Err(e) => {
                        problems.push(format!("admin token: {}", e.message()));
                        credential("rejected", Some(e.message().to_string()))
                    }
                };
                // Which token this is, by its public prefix (the admin API
                // lists names and prefixes, never secrets).
                let prefix = secret.public_prefix();
                let name = match entry["status"].as_str() {
                    Some("accepted") => backend.tokens_list().await.ok().and_then(|tokens| {
                        tokens
                            .into_iter()
                            .find(|t| t.prefix == prefix)
                            .map(|t| t.name)
                    }),
                    _ => None,
                };
                entry["name"] = json!(name);
                entry["prefix"] = json!(prefix);
                entry["source"] = json!(source.to_string());
                entry
            }
            Ok(None) => {
                problems.push("admin token: missing".into());
                credential("missing", None)
            }
            Err(e) => {
                problems.push(format!("admin token: {}", e.message()));
                credential("error", Some(e.message().to_string()))
            }
        };
        // SCIM key
        report["scim_key"] = match creds.scim_keys_with_source() {
            Ok(keys) if !keys.is_empty() => {
                let (secret, source, _) = &keys[0];
                let mut entry = match backend.key_check(secret).await {
                    Ok(()) => credential("accepted", None),
                    Err(e) => {
                        problems.push(format!("SCIM key: {}", e.message()));
                        credential("rejected", Some(e.message().to_string()))
                    }
                };
                entry["prefix"] = json!(secret.public_prefix());
                entry["source"] = json!(source.to_string());
                entry
            }
            Ok(_) => {
                problems.push("SCIM key: missing".into());
                credential("missing", None)
            }
            Err(e) => {
                problems.push(format!("SCIM key: {}", e.message()));
                credential("error", Some(e.message().to_string()))
            }
        };
    } else {
        let embedded = || credential("not_needed", Some("embedded database".into()));
        report["admin_token"] = embedded();
        report["scim_key"] = embedded();
    }
    print_status(ctx, &report)?;
    if problems.is_empty() {
        return Ok(());
    }
    let mut hints = Vec::new();
    if problems.iter().any(|p| p == "admin token: missing") {
        hints.push(format!(
            "store the admin token with `scimctl auth login --url {} --with-token < admin.token`, or set SCIMCTL_TOKEN",
            resolved.url
        ));
    }
    if problems.iter().any(|p| p == "SCIM key: missing") {
        hints.push(
            "generate a SCIM key with `scimctl keys generate` (kept for this profile), or set SCIMCTL_SCIM_KEY"
                .to_string(),
        );
    }
    let err = Error::unauthorized(problems.join("; "));
    Err(if hints.is_empty() {
        err
    } else {
        err.with_hint(hints.join("; "))
    })
}

fn print_status(ctx: &Context, report: &Value) -> Result<()> {
    let field = |v: &Value, k: &str| v[k].as_str().unwrap_or_default().to_string();
    match ctx.out.format {
        Format::Json | Format::Jsonl => return ctx.out.raw(report),
        Format::Csv => {
            // One row, every value whole.
            let (a, k) = (&report["admin_token"], &report["scim_key"]);
            let mut w = csv::Writer::from_writer(std::io::stdout());
            w.write_record([
                "profile",
                "url",
                "backend",
                "admin_token_status",
                "admin_token_name",
                "admin_token_prefix",
                "admin_token_source",
                "admin_token_reason",
                "scim_key_status",
                "scim_key_prefix",
                "scim_key_source",
                "scim_key_reason",
            ])
            .map_err(csv_err)?;
            let row = [
                field(report, "profile"),
                field(report, "url"),
                field(report, "backend"),
                field(a, "status"),
                field(a, "name"),
                field(a, "prefix"),
                field(a, "source"),
                field(a, "reason"),
                field(k, "status"),
                field(k, "prefix"),
                field(k, "source"),
                field(k, "reason"),
            ];
            let terminal = std::io::IsTerminal::is_terminal(&std::io::stdout());
            w.write_record(csv_cells(row.to_vec(), terminal))
                .map_err(csv_err)?;
            return w.flush().map_err(io_err);
        }
        Format::Table => {}
    }
    let line = |v: &Value| -> String {
        let status = field(v, "status").replace('_', " ");
        let status = match v["reason"].as_str() {
            Some(r) => format!("{status} ({r})"),
            None => status,
        };
        let who = match (v["name"].as_str(), v["prefix"].as_str()) {
            (Some(n), Some(p)) => format!("{n} ({p}…) "),
            (None, Some(p)) => format!("{p}… "),
            _ => String::new(),
        };
        match v["source"].as_str() {
            Some(s) => format!("{who}from {s}: {status}"),
            None => status,
        }
    };
    let safe = escape_controls;
    outln!("profile:     {}", safe(&field(report, "profile")))?;
    outln!(
        "backend:     {} ({})",
        safe(&field(report, "url")),
        field(report, "backend")
    )?;
    outln!("admin token: {}", safe(&line(&report["admin_token"])))?;
    outln!("SCIM key:    {}", safe(&line(&report["scim_key"])))?;
    Ok(())
}

/// Remove the stored secrets of a profile that is being repointed.
fn forget_old_backend(name: &str, old: &Profile) -> Result<()> {
    let store = credentials::profile_store(old)?;
    let removed = credentials::remove_secrets(store.as_ref(), name, old)?;
    eprintln!(
        "Repointing profile {name:?} from {}: removed {removed} of its secrets from {}.",
        old.url,
        store.location()
    );
    Ok(())
}

fn logout(ctx: &Context) -> Result<()> {
    let resolved = ctx.resolved()?;
    let creds = Credentials::new(&resolved);
    let store = creds.store()?;
    let removed = credentials::remove_secrets(store.as_ref(), &resolved.name, &resolved.profile)?;
    let mut config = Config::load()?;
    if let Some(p) = config.profiles.get_mut(&resolved.name) {
        p.scim_keys.clear();
        config.save()?;
    }
    eprintln!(
        "Removed {removed} secret{} of profile {:?} from {}.",
        if removed == 1 { "" } else { "s" },
        resolved.name,
        store.location()
    );
    Ok(())
}

fn token(ctx: &Context) -> Result<()> {
    let resolved = ctx.resolved()?;
    let creds = Credentials::new(&resolved);
    match creds.admin_token_with_source()? {
        Some((secret, _)) => {
            outln!("{}", secret.expose())?;
            Ok(())
        }
        None => Err(
            Error::unauthorized(format!("no admin token for profile {:?}", resolved.name))
                .with_hint("scimctl auth login --url URL --with-token < admin.token"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::url_has_password;

    #[test]
    fn passwords_in_urls_are_spotted() {
        assert!(url_has_password("postgres://app:s3cret@db:5432/scim"));
        assert!(url_has_password("https://a:b@host"));
        assert!(!url_has_password("postgres://app@db:5432/scim"));
        assert!(!url_has_password("postgres://db:5432/scim"));
        assert!(!url_has_password("sqlite:///tmp/a:b@c.db"));
        assert!(!url_has_password("https://host/path?x=a:b@c"));
    }
}
