//! `scimctl auth logout`

use crate::cli::context::Context;
use crate::config::Config;
use crate::secrets::resolve::{self as credentials, Credentials};
use scimctl_core::error::Result;

pub fn run(ctx: &Context) -> Result<()> {
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
