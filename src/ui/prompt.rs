//! Prompts (docs/cli.md, "Prompts"): only when stdin and stderr are terminals and
//! `--no-input` is not set. Otherwise a command that needs an answer fails
//! with exit 3 and names the flag that supplies it.

use std::io::IsTerminal;

use dialoguer::{Input, Password};

use scimctl_core::error::{Error, Kind, Result};
use scimctl_core::secret::Secret;

/// A typed answer to a yes/no question: `y`/`yes` or `n`/`no` in any case;
/// an empty line takes the default, no. Anything else asks again.
fn parse_answer(line: &str) -> Option<bool> {
    match line.trim().to_lowercase().as_str() {
        "y" | "yes" => Some(true),
        "" | "n" | "no" => Some(false),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Prompter {
    interactive: bool,
    assume_yes: bool,
    /// Why a prompt cannot be shown, when it cannot.
    why_not: &'static str,
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
        let terminal = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
        Prompter {
            interactive: !no_input && terminal,
            assume_yes,
            why_not: if no_input {
                "and --no-input (or SCIMCTL_NO_INPUT) says not to ask"
            } else {
                "and there is no terminal to ask on"
            },
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
                format!("{question} — confirmation needed, {}", self.why_not),
            )
            .with_hint("pass --yes to confirm"));
        }
        // The question on a line of its own, so that a long one wraps as
        // text instead of making the prompt redraw itself line after line;
        // then a short prompt that takes a whole line (docs/cli.md, "Prompts": one
        // keystroke never decides, and nothing is left for the shell).
        eprintln!("{question}");
        loop {
            let answer = Input::<String>::new()
                .with_prompt("[y/N]")
                .allow_empty(true)
                .interact_text()
                .map_err(dialog_err)?;
            match parse_answer(&answer) {
                Some(true) => return Ok(()),
                Some(false) => return Err(Error::new(Kind::Declined, "cancelled")),
                None => eprintln!("Answer yes or no (y/n), then Enter."),
            }
        }
    }

    /// Ask for a value that `flag` could have given.
    pub fn text(&self, question: &str, flag: &str) -> Result<String> {
        if !self.interactive {
            return Err(Error::new(
                Kind::Declined,
                format!("{question}: an answer is needed, {}", self.why_not),
            )
            .with_hint(format!("pass {flag}")));
        }
        Input::<String>::new()
            .with_prompt(question)
            .interact_text()
            .map_err(dialog_err)
    }

    /// Ask for a secret without echoing it; `how` says how to give it
    /// without a terminal (never a flag value: docs/cli.md, "Secrets").
    pub fn secret(&self, question: &str, how: &str) -> Result<Secret> {
        if !self.interactive {
            return Err(Error::new(
                Kind::Declined,
                format!("{question}: a secret is needed, {}", self.why_not),
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

#[cfg(test)]
mod tests {
    use super::parse_answer;

    #[test]
    fn only_whole_words_answer() {
        for yes in ["y", "Y", "yes", " YES "] {
            assert_eq!(parse_answer(yes), Some(true), "{yes:?}");
        }
        for no in ["", "n", "No", "no "] {
            assert_eq!(parse_answer(no), Some(false), "{no:?}");
        }
        for other in ["ye", "yes please", "maybe", "yy", "nope"] {
            assert_eq!(parse_answer(other), None, "{other:?}");
        }
    }
}
