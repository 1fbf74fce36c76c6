//! `scimctl completions`

use clap::CommandFactory;

use crate::error::Result;

/// Print a shell completion script.
///
/// For example: `scimctl completions bash > ~/.local/share/bash-completion/completions/scimctl`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub fn run(args: Args) -> Result<()> {
    let mut cmd = super::Cli::command();
    clap_complete::generate(args.shell, &mut cmd, "scimctl", &mut std::io::stdout());
    Ok(())
}
