//! `scimctl profile list`

use serde_json::{Value, json};

use super::common::all_profiles;
use crate::cli::context::Context;
use crate::config::Config;
use crate::ui::output::Record;
use scimctl_core::error::Result;

/// One row of `profile list`.
struct Row {
    name: String,
    url: String,
    default: bool,
    storage: &'static str,
    stored_keys: usize,
}

impl Record for Row {
    fn headers() -> &'static [&'static str] {
        &["NAME", "URL", "DEFAULT", "SECRETS IN", "STORED KEYS"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.url.clone(),
            if self.default { "yes" } else { "no" }.to_string(),
            self.storage.to_string(),
            self.stored_keys.to_string(),
        ]
    }
    fn json(&self) -> Value {
        json!({
            "name": self.name,
            "url": self.url,
            "default": self.default,
            "storage": self.storage,
            "stored_keys": self.stored_keys,
        })
    }
}

pub fn run(ctx: &Context, config: &Config, default: &str) -> Result<()> {
    let rows: Vec<Row> = all_profiles(config)
        .into_iter()
        .map(|(name, p)| Row {
            default: name == default,
            storage: if p.insecure_storage {
                "file"
            } else {
                "keyring"
            },
            stored_keys: p.scim_keys.len(),
            url: p.url,
            name,
        })
        .collect();
    ctx.out.list(&rows)
}
