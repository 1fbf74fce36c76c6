//! `scimctl users deactivate` and `scimctl users reactivate`

use serde_json::{Value, json};

use super::common::{find, id_of};
use crate::backend::Backend;
use crate::cli::context::Context;
use crate::cli::views::UserResource;
use crate::ui::output::Format;
use scimctl_core::error::{Error, Result};

#[derive(Debug, clap::Args)]
pub struct ManyArgs {
    /// User ids or userNames (emails).
    #[arg(required_unless_present = "from_file")]
    pub users: Vec<String>,
    /// Also the users named in FILE, one id or userName per line (`-`:
    /// standard input); blank lines and lines starting with `#` are
    /// skipped. An offboarding list, say.
    #[arg(long, value_name = "FILE")]
    pub from_file: Option<String>,
    /// Go on past a user that cannot be found or changed, and report each
    /// one (exit code of the first failure at the end). Without it, every
    /// user is found before anything changes, and the first failure stops
    /// the command.
    #[arg(long)]
    pub continue_on_error: bool,
}

/// One user named on the command line or in the file: what it said, and
/// where (`line` for a file's).
struct Named {
    input: String,
    line: Option<usize>,
}

impl Named {
    fn at(&self) -> String {
        match self.line {
            Some(n) => format!("line {n}: {}", self.input),
            None => self.input.clone(),
        }
    }
}

fn named(a: &ManyArgs) -> Result<Vec<Named>> {
    let mut all: Vec<Named> = a
        .users
        .iter()
        .map(|u| Named {
            input: u.clone(),
            line: None,
        })
        .collect();
    if let Some(path) = &a.from_file {
        let text = if path == "-" {
            std::io::read_to_string(std::io::stdin())
        } else {
            std::fs::read_to_string(path)
        }
        .map_err(|e| Error::invalid(format!("cannot read {path}: {e}")))?;
        for (i, line) in text.lines().enumerate() {
            let line_text = line.trim();
            if line_text.is_empty() || line_text.starts_with('#') {
                continue;
            }
            all.push(Named {
                input: line_text.to_string(),
                line: Some(i + 1),
            });
        }
    }
    if all.is_empty() {
        return Err(Error::invalid("no users named (the file has none)"));
    }
    Ok(all)
}

/// What happened to one user.
enum Outcome {
    Changed(Value),
    Already(Value),
    Failed(Error),
}

pub async fn set_active(
    ctx: &Context,
    backend: &dyn Backend,
    a: ManyArgs,
    active: bool,
) -> Result<()> {
    let names = named(&a)?;
    // Resolve every user first: without --continue-on-error a typo in the
    // fifth name must not leave four users changed and one not.
    let mut found: Vec<(Named, Result<Value>)> = Vec::with_capacity(names.len());
    for n in names {
        let user = find(backend, &n.input).await;
        if let Err(e) = &user
            && !a.continue_on_error
        {
            return Err(e.clone().with_hint(format!(
                "nothing was changed ({}); --continue-on-error changes the others",
                n.at()
            )));
        }
        found.push((n, user));
    }
    let is_active =
        |user: &Value| scimctl_core::scim::stored::get_ci(user, "active").and_then(Value::as_bool);
    let to_change: Vec<&str> = found
        .iter()
        .filter(|(_, user)| matches!(user, Ok(u) if is_active(u) != Some(active)))
        .map(|(n, _)| n.input.as_str())
        .collect();
    if !active && !to_change.is_empty() {
        ctx.prompt.confirm(&format!(
            "Deactivate {}? They are removed from the team and cannot sign in; nothing is deleted.",
            crate::cli::views::counted_names("user", &to_change)
        ))?;
    }
    let (done, already) = if active {
        ("Reactivated", "active")
    } else {
        ("Deactivated", "deactivated")
    };
    let mut outcomes: Vec<(Named, Outcome)> = Vec::with_capacity(found.len());
    for (n, user) in found {
        let outcome = match user {
            Err(e) => Outcome::Failed(e),
            // A user already in the state asked for gets no request: the
            // command says so and goes on.
            Ok(user) if is_active(&user) == Some(active) => Outcome::Already(user),
            Ok(user) => match backend.user_set_active(&id_of(&user)?, active).await {
                Ok(updated) => Outcome::Changed(updated),
                Err(e) if a.continue_on_error => Outcome::Failed(e),
                Err(e) => return Err(e),
            },
        };
        match &outcome {
            Outcome::Changed(_) => eprintln!("{done} {}.", n.at()),
            Outcome::Already(_) => {
                eprintln!("{} is already {already}: nothing was changed.", n.at())
            }
            Outcome::Failed(e) => eprintln!("error: {}: {}", n.at(), e.message()),
        }
        outcomes.push((n, outcome));
    }
    let failed: Vec<&Error> = outcomes
        .iter()
        .filter_map(|(_, o)| match o {
            Outcome::Failed(e) => Some(e),
            _ => None,
        })
        .collect();
    let first_failure = failed.first().map(|e| e.kind());
    let failures = failed.len();
    show(ctx, &outcomes)?;
    match first_failure {
        None => Ok(()),
        Some(kind) => Err(Error::new(
            kind,
            format!(
                "{failures} of {} users could not be {}",
                outcomes.len(),
                done.to_lowercase()
            ),
        )),
    }
}

/// Every user as the backend has it now, with whether this run changed it
/// (`changed`); JSON is one array, JSON Lines one line each.
fn show(ctx: &Context, outcomes: &[(Named, Outcome)]) -> Result<()> {
    let docs: Vec<Value> = outcomes
        .iter()
        .map(|(n, o)| {
            let (doc, changed) = match o {
                Outcome::Changed(u) => (u.clone(), true),
                Outcome::Already(u) => (u.clone(), false),
                Outcome::Failed(e) => (
                    json!({"input": n.input, "line": n.line, "error": e.message()}),
                    false,
                ),
            };
            let mut doc = doc;
            if let Some(object) = doc.as_object_mut() {
                object.insert("changed".into(), Value::Bool(changed));
            }
            doc
        })
        .collect();
    match ctx.out.format {
        Format::Json => ctx.out.raw(&Value::Array(docs)),
        Format::Jsonl => {
            for doc in &docs {
                ctx.out.raw(doc)?;
            }
            Ok(())
        }
        _ => {
            let users: Vec<UserResource> = outcomes
                .iter()
                .filter_map(|(_, o)| match o {
                    Outcome::Changed(u) | Outcome::Already(u) => Some(UserResource(u.clone())),
                    Outcome::Failed(_) => None,
                })
                .collect();
            ctx.out.list(&users)
        }
    }
}
