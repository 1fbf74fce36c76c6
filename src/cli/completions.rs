//! `scimctl completions`

use std::io::Write;

use crate::ui::output::io_err;
use scimctl_core::error::Result;

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
    // clap_complete panics when its writer fails; write to memory first so
    // that `scimctl completions bash | head` ends quietly like any command.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "scimctl", &mut script);
    std::io::stdout().lock().write_all(&script).map_err(io_err)
}
