//! `scimctl auth token`

use crate::cli::context::Context;
use crate::secrets::resolve::Credentials;
use crate::ui::output::outln;
use scimctl_core::error::{Error, Result};

pub fn run(ctx: &Context) -> Result<()> {
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
