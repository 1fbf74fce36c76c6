//! Writing data to stdout: a reader that went away is not a failure.
//! (Its own module: both the output formats and the tables use it.)

use std::io;

use scimctl_core::error::{Error, Kind};

/// An error writing to stdout. A reader that went away
/// (`scimctl users list | head -1`) is not a failure: the command stops and
/// exits 0 in silence (docs/cli.md, "Output").
pub fn io_err(e: io::Error) -> Error {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Error::new(Kind::OutputClosed, "stdout was closed")
    } else {
        Error::internal(format!("cannot write output: {e}"))
    }
}

/// The same for a CSV writer on stdout.
pub fn csv_err(e: csv::Error) -> Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => io_err(e),
        other => Error::internal(format!("cannot write CSV: {other:?}")),
    }
}

/// `println!` for data on stdout: a closed stdout is an error of kind
/// [`Kind::OutputClosed`] instead of a panic.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout().lock(), $($arg)*).map_err($crate::ui::stdout::io_err)
    }};
}
pub(crate) use outln;
