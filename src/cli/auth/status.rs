//! `scimctl auth status`

use std::sync::Arc;

use serde_json::{Value, json};

use crate::backend::remote::Remote;
use crate::backend::{Backend, is_remote};
use crate::cli::context::Context;
use crate::secrets::resolve::Credentials;
use crate::ui::output::{Format, csv_cells, csv_err, io_err, outln};
use crate::ui::table::escape_controls;
use scimctl_core::error::{Error, Kind, Result};

/// One credential's line of `auth status`: a fixed status word
/// (`accepted`, `rejected`, `missing`, `error`, `not_used`, `not_needed`),
/// and the reason in words where there is one.
fn credential(status: &str, reason: Option<String>) -> Value {
    json!({"status": status, "reason": reason})
}

/// The line of a credential that failed (`status` `rejected` or `error`),
/// its problem noted as `{what}: {reason}` for the summary.
fn failed(problems: &mut Vec<String>, what: &str, status: &str, e: &Error) -> Value {
    problems.push(format!("{what}: {}", e.message()));
    credential(status, Some(e.message().to_string()))
}

/// The line of a credential there is none of, noted as `{what}: missing`.
fn missing(problems: &mut Vec<String>, what: &str) -> Value {
    problems.push(format!("{what}: missing"));
    credential("missing", None)
}

pub async fn run(ctx: &Context) -> Result<()> {
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
                    Err(e) => failed(&mut problems, "admin token", "rejected", &e),
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
            Ok(None) => missing(&mut problems, "admin token"),
            Err(e) => failed(&mut problems, "admin token", "error", &e),
        };
        // SCIM key
        report["scim_key"] = match creds.scim_keys_with_source() {
            Ok(keys) if !keys.is_empty() => {
                let (secret, source, _) = &keys[0];
                let mut entry = match backend.key_check(secret).await {
                    Ok(()) => credential("accepted", None),
                    Err(e) => failed(&mut problems, "SCIM key", "rejected", &e),
                };
                entry["prefix"] = json!(secret.public_prefix());
                entry["source"] = json!(source.to_string());
                entry
            }
            Ok(_) => missing(&mut problems, "SCIM key"),
            Err(e) => failed(&mut problems, "SCIM key", "error", &e),
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
    // (one hint a line, one line a missing credential)
    Err(hints
        .into_iter()
        .fold(Error::unauthorized(problems.join("; ")), Error::with_hint))
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
