//! `scimctl auth token`

use crate::cli::context::Context;
use crate::secrets::resolve::Credentials;
use scimctl_core::error::{Error, Result};

pub fn run(ctx: &Context) -> Result<()> {
    let resolved = ctx.resolved()?;
    let creds = Credentials::new(&resolved);
    match creds.admin_token_with_source()? {
        Some((secret, source)) => {
            let json = serde_json::json!({
                "profile": resolved.name,
                "token": secret.expose(),
                "source": source.to_string(),
            });
            ctx.out.value("auth token", secret.expose(), &json)
        }
        None => Err(
            Error::unauthorized(format!("no admin token for profile {:?}", resolved.name))
                .with_hint("scimctl auth login --url URL --with-token < admin.token"),
        ),
    }
}
