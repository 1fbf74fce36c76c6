//! `scimctl completions`

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

/// `cmd` is the whole command line's definition, handed in by the caller
/// (this module is one of its subcommands, so it cannot name it itself).
pub fn run(args: Args, mut cmd: clap::Command) -> Result<()> {
    clap_complete::generate(args.shell, &mut cmd, "scimctl", &mut std::io::stdout());
    Ok(())
}
