//! `scimctl profile`

use serde_json::{Value, json};

use crate::cli::context::Context;
use crate::config::{Config, LOCAL, Profile, default_database_url};
use crate::secrets::resolve as credentials;
use crate::ui::output::Record;
use scimctl_core::error::{Error, Result};

/// Saved profiles: which backend each names, which one is the default.
///
/// `auth login` saves a profile for a remote backend; the profile `local`
/// (the embedded database) exists without being saved.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List the profiles; the default one is marked.
    #[command(after_help = "Examples:\n  scimctl profile list")]
    List,
    /// Make a profile the default.
    #[command(after_help = "Examples:\n  scimctl profile use prod\n  scimctl profile use local")]
    Use(NameArg),
    /// Forget a profile and remove its secrets from the keyring (or the
    /// insecure file). Its backend and database are left as they are.
    #[command(after_help = "Examples:\n  scimctl profile remove staging")]
    Remove(NameArg),
}

#[derive(Debug, clap::Args)]
pub struct NameArg {
    /// The profile's name.
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::candidates::profile_names))]
    pub name: String,
}

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

/// The saved profiles, and `local` when it is not saved.
fn all_profiles(config: &Config) -> Vec<(String, Profile)> {
    let mut all: Vec<(String, Profile)> = config
        .profiles
        .iter()
        .map(|(n, p)| (n.clone(), p.clone()))
        .collect();
    if !config.profiles.contains_key(LOCAL) {
        all.insert(
            0,
            (
                LOCAL.to_string(),
                Profile {
                    url: default_database_url(),
                    ..Profile::default()
                },
            ),
        );
    }
    all
}

fn unknown(name: &str) -> Error {
    Error::not_found(format!("no profile named {name:?}"))
        .with_hint("`scimctl profile list` shows them; `scimctl auth login` saves a new one")
}

pub async fn run(ctx: &Context, cmd: Command) -> Result<()> {
    let mut config = Config::load()?;
    let default = config
        .default_profile
        .clone()
        .unwrap_or_else(|| LOCAL.to_string());
    match cmd {
        Command::List => {
            let rows: Vec<Row> = all_profiles(&config)
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
        Command::Use(a) => {
            if !all_profiles(&config).iter().any(|(n, _)| *n == a.name) {
                return Err(unknown(&a.name));
            }
            config.default_profile = Some(a.name.clone());
            config.save()?;
            eprintln!("Profile {:?} is now the default.", a.name);
            Ok(())
        }
        Command::Remove(a) => {
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
    }
}
