//! Output formats (SPEC §2): data on stdout as a table, JSON, JSON Lines or
//! CSV; messages on stderr. Tables are drawn only for a terminal; a pipe
//! gets the same columns as plain, aligned text.

use std::io::{self, IsTerminal, Write};

use comfy_table::{Attribute, Cell, Color, ContentArrangement, Table, presets};
use serde_json::Value;

use crate::error::{Error, Kind, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Jsonl,
    Csv,
}

/// A record that can be shown in every format.
pub trait Record {
    /// Column titles of the table and CSV forms.
    fn headers() -> &'static [&'static str];
    /// Cells, in the order of [`Record::headers`].
    fn cells(&self) -> Vec<String>;
    /// The JSON form (stable field names, documented in the README).
    fn json(&self) -> Value;
}

#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub format: Format,
    pub color: bool,
}

/// An error writing to stdout. A reader that went away
/// (`scimctl users list | head -1`) is not a failure: the command stops and
/// exits 0 in silence (SPEC §2).
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
        writeln!(std::io::stdout().lock(), $($arg)*).map_err($crate::ui::output::io_err)
    }};
}
pub(crate) use outln;

impl Output {
    /// Print a list of records.
    pub fn list<R: Record>(&self, items: &[R]) -> Result<()> {
        let mut out = io::stdout().lock();
        match self.format {
            Format::Json => {
                let all: Vec<Value> = items.iter().map(Record::json).collect();
                writeln!(out, "{}", pretty(&Value::Array(all))).map_err(io_err)
            }
            Format::Jsonl => {
                for item in items {
                    writeln!(out, "{}", item.json()).map_err(io_err)?;
                }
                Ok(())
            }
            Format::Csv => {
                let mut w = csv::Writer::from_writer(out);
                w.write_record(R::headers()).map_err(csv_err)?;
                for item in items {
                    w.write_record(item.cells()).map_err(csv_err)?;
                }
                w.flush().map_err(io_err)
            }
            Format::Table => {
                let table = table(R::headers(), items.iter().map(Record::cells), self.color);
                writeln!(out, "{table}").map_err(io_err)
            }
        }
    }

    /// Print one record: a JSON object, or `field: value` lines.
    pub fn one<R: Record>(&self, item: &R) -> Result<()> {
        let mut out = io::stdout().lock();
        match self.format {
            Format::Json => writeln!(out, "{}", pretty(&item.json())).map_err(io_err),
            Format::Jsonl => writeln!(out, "{}", item.json()).map_err(io_err),
            Format::Csv => self.list(std::slice::from_ref(item)),
            Format::Table => {
                let width = R::headers().iter().map(|h| h.len()).max().unwrap_or(0);
                for (h, c) in R::headers().iter().zip(item.cells()) {
                    writeln!(
                        out,
                        "{:width$}  {c}",
                        format!("{}:", h.to_lowercase()),
                        width = width + 1
                    )
                    .map_err(io_err)?;
                }
                Ok(())
            }
        }
    }

    /// Print a JSON value as it is (json/jsonl), for raw SCIM resources.
    pub fn raw(&self, v: &Value) -> Result<()> {
        let mut out = io::stdout().lock();
        match self.format {
            Format::Jsonl => writeln!(out, "{v}").map_err(io_err),
            _ => writeln!(out, "{}", pretty(v)).map_err(io_err),
        }
    }
}

pub fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}

/// A table: drawn with borders on a terminal, plain columns otherwise.
/// With colour, the header is bold and status words are coloured.
pub fn table(headers: &[&str], rows: impl Iterator<Item = Vec<String>>, color: bool) -> Table {
    let mut t = Table::new();
    if io::stdout().is_terminal() {
        t.load_preset(presets::UTF8_HORIZONTAL_ONLY)
            .set_content_arrangement(ContentArrangement::Dynamic);
    } else {
        t.load_preset(presets::NOTHING);
    }
    if !color {
        t.set_header(headers.to_vec());
        for row in rows {
            t.add_row(row);
        }
        return t;
    }
    // comfy-table only styles when it thinks it writes to a terminal;
    // `--color always` means always.
    t.enforce_styling();
    t.set_header(
        headers
            .iter()
            .map(|h| Cell::new(h).add_attribute(Attribute::Bold)),
    );
    for row in rows {
        t.add_row(row.into_iter().map(|c| match status_color(&c) {
            Some(color) => Cell::new(c).fg(color),
            None => Cell::new(c),
        }));
    }
    t
}

/// The colour of a cell that holds only a status word.
fn status_color(text: &str) -> Option<Color> {
    match text {
        "active" | "enabled" | "yes" | "true" => Some(Color::Green),
        "grace" | "suspended" | "inactive" => Some(Color::Yellow),
        "revoked" | "expired" | "disabled" | "no" | "false" => Some(Color::Red),
        _ => None,
    }
}

/// `-` for an absent value in a table cell.
pub fn or_dash(v: Option<&str>) -> String {
    v.filter(|s| !s.is_empty()).unwrap_or("-").to_string()
}
