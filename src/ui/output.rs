//! Output formats (docs/cli.md, "Output"): data on stdout as a table, JSON, JSON Lines or
//! CSV; messages on stderr. Tables are plain aligned columns (see
//! [`crate::ui::table`]); CSV and JSON carry every value whole.

use std::io::{self, IsTerminal, Write};

use serde_json::Value;

use crate::ui::table::{self, Style, Table};

use scimctl_core::error::Result;

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
    /// Cells, in the order of [`Record::headers`]: whole values, empty for
    /// none (tables show `-`, CSV keeps them empty).
    fn cells(&self) -> Vec<String>;
    /// The JSON form (stable field names, documented in the README).
    fn json(&self) -> Value;
}

#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub format: Format,
    /// Whether `-o` was given (a command with another default than the
    /// table, `users export`, tells the two apart).
    pub chosen: bool,
    pub color: bool,
}

pub(crate) use super::stdout::outln;
pub use super::stdout::{csv_err, io_err};

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
                let terminal = io::stdout().is_terminal();
                let mut w = csv::Writer::from_writer(out);
                w.write_record(R::headers()).map_err(csv_err)?;
                for item in items {
                    w.write_record(csv_cells(item.cells(), terminal))
                        .map_err(csv_err)?;
                }
                w.flush().map_err(io_err)
            }
            Format::Table => {
                let mut t = Table::new(out, R::headers(), self.style());
                for item in items {
                    t.push(item.cells())?;
                }
                t.finish()
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
                let style = self.style();
                let width = R::headers().iter().map(|h| h.len()).max().unwrap_or(0);
                for (h, c) in R::headers().iter().zip(item.cells()) {
                    writeln!(
                        out,
                        "{:width$}  {}",
                        format!("{}:", h.to_lowercase()),
                        table::display_cell(&c, &style),
                        width = width + 1
                    )
                    .map_err(io_err)?;
                }
                Ok(())
            }
        }
    }

    /// How tables are drawn on this stdout.
    pub fn style(&self) -> Style {
        Style::for_stdout(self.color)
    }

    /// Print a JSON value as it is (json/jsonl), for raw SCIM resources.
    /// The answer of a command that prints one value: `text` as it is for a
    /// table (none when empty), `json` for JSON and JSON Lines; CSV is
    /// refused (exit 2), since one value has no columns to speak of.
    pub fn value(&self, command: &str, text: &str, json: &Value) -> Result<()> {
        match self.format {
            Format::Table if text.is_empty() => Ok(()),
            Format::Table => writeln!(io::stdout().lock(), "{text}").map_err(io_err),
            Format::Json | Format::Jsonl => self.raw(json),
            Format::Csv => Err(scimctl_core::error::Error::invalid(format!(
                "`scimctl {command}` has no CSV form"
            ))
            .with_hint("use -o json")),
        }
    }

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

/// CSV cells: whole values; escaped only when the CSV goes to a terminal,
/// where a control character would be obeyed rather than shown.
pub fn csv_cells(cells: Vec<String>, terminal: bool) -> Vec<String> {
    if terminal {
        cells.iter().map(|c| table::escape_controls(c)).collect()
    } else {
        cells
    }
}
