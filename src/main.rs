//! The `scimctl` binary: parse, run, turn the outcome into an exit code.

use std::process::ExitCode;

use clap::Parser;
use scimctl::cli::{self, Cli};
use scimctl_core::error::Kind;

// mimalloc instead of glibc's malloc: a bulk import allocates and frees
// millions of small JSON values, strings and rows, many of them freed on
// another thread than the one that made them (SQLite's worker, the server's
// workers). Under glibc a third of the CLI's time in a 100,000-row import
// went to malloc, free and their consolidation; mimalloc's thread-local
// free lists make those calls cheap (scripts/bench section 2 has the
// figures).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // `COMPLETE=bash scimctl …`: the shell asks for completions (cli/candidates.rs).
    clap_complete::CompleteEnv::with_factory(<Cli as clap::CommandFactory>::command).complete();
    let cli = Cli::parse();
    #[cfg(feature = "server")]
    let log_format = match &cli.command {
        cli::Command::Serve(args) => args.log_format,
        _ => scimctl::logging::LogFormat::Text,
    };
    #[cfg(not(feature = "server"))]
    let log_format = scimctl::logging::LogFormat::Text;
    let _flush = scimctl::logging::init(cli.verbose, log_format);
    let paint = cli::color_for(
        cli.color,
        std::io::IsTerminal::is_terminal(&std::io::stderr()),
    );
    // `serve` uses every core; a CLI command is I/O-bound and lighter on one
    // thread (fewer allocator arenas, smaller peak RSS, faster start-up).
    #[cfg(feature = "server")]
    let serving = matches!(cli.command, cli::Command::Serve(_));
    #[cfg(not(feature = "server"))]
    let serving = false;
    let mut builder = if serving {
        tokio::runtime::Builder::new_multi_thread()
    } else {
        tokio::runtime::Builder::new_current_thread()
    };
    let runtime = match builder.enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(1);
        }
    };
    match runtime.block_on(cli::run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        // `| head` stopped reading: that is how pipes end, not a failure.
        Err(err) if err.kind() == Kind::OutputClosed => ExitCode::SUCCESS,
        Err(err) => {
            // Bold red "error:", cyan "hint:" when colour is on.
            let (error, hint) = if paint {
                ("\x1b[1;31merror:\x1b[0m", "\x1b[36mhint:\x1b[0m")
            } else {
                ("error:", "hint:")
            };
            // A message may quote a backend's words: shown, never obeyed.
            let safe = scimctl::ui::table::escape_message;
            eprintln!("{error} {}", safe(&err.to_string()));
            for h in err.hints() {
                eprintln!("{hint} {}", safe(h.text()));
            }
            // What failed underneath, for whoever asked for more (-vv).
            let mut cause = std::error::Error::source(&err);
            while let Some(c) = cause {
                tracing::debug!("caused by: {c}");
                cause = c.source();
            }
            ExitCode::from(err.kind().exit_code())
        }
    }
}
