//! `scimctl profile remove`

use super::common::{NameArg, unknown};
use crate::config::Config;
use crate::secrets::resolve as credentials;
use scimctl_core::error::Result;

pub fn run(config: &mut Config, a: NameArg) -> Result<()> {
    let Some(profile) = config.profiles.get(&a.name).cloned() else {
        return Err(unknown(&a.name));
    };
    // The config entry goes even when the keyring cannot be reached;
    // say so, so that nothing is left behind unknowingly.
    let removed = credentials::profile_store(&profile).and_then(|store| {
        credentials::remove_secrets(store.as_ref(), &a.name, &profile)
            .map(|n| (n, store.location()))
    });
    config.profiles.remove(&a.name);
    if config.default_profile.as_deref() == Some(a.name.as_str()) {
        config.default_profile = None;
    }
    config.save()?;
    match removed {
        Ok((n, location)) => eprintln!(
            "Removed profile {:?} and {n} secret{} from {location}.",
            a.name,
            if n == 1 { "" } else { "s" }
        ),
        Err(e) => eprintln!(
            "Removed profile {:?}; its secrets could not be removed: {}",
            a.name,
            e.message()
        ),
    }
    Ok(())
}
