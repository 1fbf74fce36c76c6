//! `scimctl profile use`

use super::common::{NameArg, all_profiles, unknown};
use crate::config::Config;
use scimctl_core::error::Result;

pub fn run(config: &mut Config, a: NameArg) -> Result<()> {
    if !all_profiles(config).iter().any(|(n, _)| *n == a.name) {
        return Err(unknown(&a.name));
    }
    config.default_profile = Some(a.name.clone());
    config.save()?;
    eprintln!("Profile {:?} is now the default.", a.name);
    Ok(())
}
