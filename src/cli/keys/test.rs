//! `scimctl keys test`

use clap_complete::engine::ArgValueCompleter;

use super::common::stored_secret;
use crate::cli::candidates;
use crate::cli::context::Context;
use crate::secrets::resolve::Source;
use scimctl_core::error::{Error, Kind, Result, SCIM_DISABLED};
use scimctl_core::secret::Secret;

#[derive(Debug, clap::Args)]
pub struct TestArgs {
    /// The stored key to test (id, prefix or name) [default: the one in use].
    #[arg(add = ArgValueCompleter::new(candidates::key_names))]
    pub key: Option<String>,
}

pub async fn run(ctx: &Context, a: TestArgs) -> Result<()> {
    let (backend, creds) = ctx.backend().await?;
    let (secret, label, source): (Secret, String, Source) = match &a.key {
        Some(key) => {
            let (record, secret, location) = stored_secret(ctx, &creds, key)?;
            (secret, record.prefix, Source::Store(location))
        }
        None => {
            let mut keys = creds.scim_keys_with_source()?;
            if keys.is_empty() {
                return Err(Error::unauthorized("no SCIM API key to test").with_hint(
                    "set SCIMCTL_SCIM_KEY, or generate one with `scimctl keys generate`",
                ));
            }
            let (secret, source, _) = keys.remove(0);
            let label = secret.public_prefix();
            (secret, label, source)
        }
    };
    match backend.key_check(&secret).await {
        Ok(()) => {
            let text = format!(
                "OK: key {label}… (from {source}) is accepted by {}",
                backend.describe()
            );
            let json = serde_json::json!({
                "key": label,
                "source": source.to_string(),
                "accepted": true,
                "backend": backend.describe(),
            });
            ctx.out.value("keys test", &text, &json)
        }
        Err(e) => {
            let reason = match e.kind() {
                Kind::Disabled => SCIM_DISABLED.to_string(),
                Kind::Unavailable | Kind::RateLimited => format!("unreachable: {}", e.message()),
                _ => e.message().to_string(),
            };
            Err(Error::new(
                e.kind(),
                format!("key {label}… was not accepted: {reason}"),
            ))
        }
    }
}
