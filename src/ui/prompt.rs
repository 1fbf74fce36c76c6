//! Prompts (SPEC §8): only when stdin and stderr are terminals and
//! `--no-input` is not set. Otherwise a command that needs an answer fails
//! with exit 3 and names the flag that supplies it.

use std::io::IsTerminal;

use dialoguer::{Confirm, Input, Password};

use crate::error::{Error, Kind, Result};
use crate::secret::Secret;

#[derive(Debug, Clone, Copy)]
pub struct Prompter {
    interactive: bool,
    assume_yes: bool,
}

fn dialog_err(e: dialoguer::Error) -> Error {
    match e {
        dialoguer::Error::IO(io) if io.kind() == std::io::ErrorKind::Interrupted => {
            Error::new(Kind::Interrupted, "interrupted")
        }
        dialoguer::Error::IO(io) => Error::internal(format!("prompt failed: {io}")),
    }
}

impl Prompter {
    pub fn new(no_input: bool, assume_yes: bool) -> Self {
        let interactive =
            !no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
        Prompter {
            interactive,
            assume_yes,
        }
    }

    pub fn interactive(&self) -> bool {
        self.interactive
    }

    /// Ask before something destructive. `--yes` answers for the user.
    pub fn confirm(&self, question: &str) -> Result<()> {
        if self.assume_yes {
            return Ok(());
        }
        if !self.interactive {
            return Err(Error::new(
                Kind::Declined,
                format!("{question} — confirmation needed, and there is no terminal to ask on"),
            )
            .with_hint("pass --yes to confirm"));
        }
        let yes = Confirm::new()
            .with_prompt(question)
            .default(false)
            .interact()
            .map_err(dialog_err)?;
        if yes {
            Ok(())
        } else {
            Err(Error::new(Kind::Declined, "cancelled"))
        }
    }

    /// Ask for a value that `flag` could have given.
    pub fn text(&self, question: &str, flag: &str) -> Result<String> {
        if !self.interactive {
            return Err(Error::new(
                Kind::Declined,
                format!("{question}: an answer is needed, and there is no terminal to ask on"),
            )
            .with_hint(format!("pass {flag}")));
        }
        Input::<String>::new()
            .with_prompt(question)
            .interact_text()
            .map_err(dialog_err)
    }

    /// Ask for a secret without echoing it; `how` says how to give it
    /// without a terminal (never a flag value: SPEC §3).
    pub fn secret(&self, question: &str, how: &str) -> Result<Secret> {
        if !self.interactive {
            return Err(Error::new(
                Kind::Declined,
                format!("{question}: a secret is needed, and there is no terminal to ask on"),
            )
            .with_hint(how.to_string()));
        }
        let text = Password::new()
            .with_prompt(question)
            .interact()
            .map_err(dialog_err)?;
        let text = text.trim();
        if text.is_empty() || text.contains(char::is_whitespace) {
            return Err(Error::invalid("that is not one token"));
        }
        Ok(Secret::new(text))
    }
}
