//! `scimctl keys show`

use clap_complete::engine::ArgValueCompleter;

use super::common::stored_secret;
use crate::cli::candidates;
use crate::cli::context::Context;
use crate::secrets::resolve::Credentials;
use scimctl_core::error::Result;

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The stored key: id, prefix or name.
    #[arg(add = ArgValueCompleter::new(candidates::key_names))]
    pub key: String,
    /// Print the secret itself.
    #[arg(long)]
    pub reveal: bool,
}

pub async fn run(ctx: &Context, a: ShowArgs) -> Result<()> {
    let creds = Credentials::new(&ctx.resolved()?);
    let (record, secret, location) = stored_secret(ctx, &creds, &a.key)?;
    let mut json = serde_json::json!({
        "id": record.id,
        "name": record.name,
        "prefix": record.prefix,
        "stored_in": location.to_string(),
    });
    let text = if a.reveal {
        json["secret"] = secret.expose().into();
        secret.expose().to_string()
    } else {
        eprintln!("Pass --reveal to print the secret.");
        format!(
            "{}… ({}) is stored in {}",
            record.prefix, record.name, location
        )
    };
    ctx.out.value("keys show", &text, &json)
}
