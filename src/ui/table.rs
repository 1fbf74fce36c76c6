//! Tables for people (docs/cli.md, "Output"): plain columns two spaces apart, one line
//! per record whatever its values. On a terminal the table fits the
//! window — the widest columns give way first and a cut cell ends in `…`,
//! never wrapping over lines — and times read as `3h ago`. Values from a
//! backend are shown, never executed: control and bidi-override
//! characters are escaped before they reach the screen.
//!
//! Rows stream: the first [`SAMPLE`] rows fix the column widths and are
//! printed, every later row is printed as it comes, in those widths, so a
//! listing of 100,000 users holds one row at a time. (comfy-table, used
//! before, lays a table out only once it has every row, and wraps cells
//! over several lines instead of cutting them.)

use std::io::Write;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::ui::stdout::io_err;
use scimctl_core::error::Result;
use scimctl_core::time::parse_rfc3339;

/// Rows read before the column widths are fixed.
pub const SAMPLE: usize = 100;

/// Space between two columns.
const GAP: &str = "  ";

/// How a table is drawn.
#[derive(Debug, Clone, Copy, Default)]
pub struct Style {
    /// Bold headers, coloured status words.
    pub color: bool,
    /// The terminal's width: fit the table into it. `None` for a pipe,
    /// where every value is printed whole.
    pub width: Option<usize>,
    /// The time now, to show RFC 3339 times relative to it (terminals only).
    pub now: Option<i64>,
}

impl Style {
    /// The style for stdout: fitted, with relative times, when stdout is
    /// a terminal.
    pub fn for_stdout(color: bool) -> Style {
        let term = console::Term::stdout();
        let width = term
            .is_term()
            .then(|| term.size_checked().map(|(_, cols)| usize::from(cols)))
            .flatten();
        Style {
            color,
            width,
            now: width.map(|_| scimctl_core::time::Clock::now(&scimctl_core::time::SystemClock)),
        }
    }
}

/// Make a value safe to print to a terminal: control characters (C0, DEL,
/// C1: ESC sequences, CR that rewrites a line, …) and the bidi controls
/// that reorder what follows them become visible escapes.
pub fn escape_controls(text: &str) -> String {
    if !text.chars().any(needs_escape) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if needs_escape(c) {
            let n = u32::from(c);
            if n < 0x100 {
                out.push_str(&format!("\\x{n:02x}"));
            } else {
                out.push_str(&format!("\\u{{{n:04x}}}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The same for a message of several lines (an error, a hint): line
/// breaks stay, everything else is escaped.
pub fn escape_message(text: &str) -> String {
    text.split('\n')
        .map(escape_controls)
        .collect::<Vec<_>>()
        .join("\n")
}

fn needs_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `3h ago`, `in 2d`, `just now`.
pub fn relative(at: i64, now: i64) -> String {
    let secs = (now - at) / 1000;
    let (n, future) = if secs < 0 {
        (-secs, true)
    } else {
        (secs, false)
    };
    let text = match n {
        0..=59 => return "just now".to_string(),
        60..=3_599 => format!("{}m", n / 60),
        3_600..=86_399 => format!("{}h", n / 3_600),
        _ => format!("{}d", n / 86_400),
    };
    if future {
        format!("in {text}")
    } else {
        format!("{text} ago")
    }
}

/// A cell as a person reads it: escaped, `-` when empty, a time relative
/// to now on a terminal.
pub fn display_cell(value: &str, style: &Style) -> String {
    if value.is_empty() {
        return "-".to_string();
    }
    if let Some(now) = style.now
        && let Some(at) = parse_rfc3339(value)
    {
        return relative(at, now);
    }
    escape_controls(value)
}

/// Cut `text` to `width` columns, ending in `…` when cut.
fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// The colour of a cell that holds only a status word.
fn status_color(text: &str) -> Option<&'static str> {
    match text {
        "active" | "enabled" | "yes" | "true" => Some("32"),
        "grace" | "suspended" | "inactive" => Some("33"),
        "revoked" | "expired" | "disabled" | "no" | "false" => Some("31"),
        _ => None,
    }
}

/// Prints a table row by row (see the module note).
pub struct Table<W: Write> {
    out: W,
    style: Style,
    headers: Vec<String>,
    pending: Vec<Vec<String>>,
    widths: Option<Vec<usize>>,
}

impl<W: Write> Table<W> {
    pub fn new(out: W, headers: &[&str], style: Style) -> Table<W> {
        Table {
            out,
            style,
            headers: headers.iter().map(|h| h.to_string()).collect(),
            pending: Vec::new(),
            widths: None,
        }
    }

    /// Add a row of raw values (one per header).
    pub fn push(&mut self, values: Vec<String>) -> Result<()> {
        let cells: Vec<String> = values
            .iter()
            .map(|v| display_cell(v, &self.style))
            .collect();
        match &self.widths {
            Some(_) => self.write_row(&cells, false),
            None => {
                self.pending.push(cells);
                if self.pending.len() >= SAMPLE {
                    self.fix_widths()?;
                }
                Ok(())
            }
        }
    }

    /// Print what is still held (and the header of an empty table).
    pub fn finish(mut self) -> Result<()> {
        if self.widths.is_none() {
            self.fix_widths()?;
        }
        self.out.flush().map_err(io_err)
    }

    /// Choose the column widths from the rows so far, then print the
    /// header and those rows.
    fn fix_widths(&mut self) -> Result<()> {
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.width()).collect();
        for row in &self.pending {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.width());
            }
        }
        if let Some(limit) = self.style.width {
            // The widest column gives way first, down to its header's
            // width (or 4 columns, whichever is more), until the table fits.
            let floor: Vec<usize> = self.headers.iter().map(|h| h.width().max(4)).collect();
            let total =
                |w: &[usize]| w.iter().sum::<usize>() + GAP.len() * w.len().saturating_sub(1);
            while total(&widths) > limit {
                let Some((i, _)) = widths
                    .iter()
                    .enumerate()
                    .filter(|(i, w)| **w > floor[*i])
                    .max_by_key(|(_, w)| **w)
                else {
                    break;
                };
                widths[i] -= 1;
            }
        }
        self.widths = Some(widths);
        let headers = self.headers.clone();
        self.write_row(&headers, true)?;
        for row in std::mem::take(&mut self.pending) {
            self.write_row(&row, false)?;
        }
        Ok(())
    }

    fn write_row(&mut self, cells: &[String], header: bool) -> Result<()> {
        let widths = self.widths.as_ref().expect("widths are fixed first");
        let last = cells.len().saturating_sub(1);
        let mut line = String::new();
        for (i, (cell, width)) in cells.iter().zip(widths).enumerate() {
            // On a terminal a cell is cut to its column; on a pipe a longer
            // value than the sample's pushes the rest of its line along.
            let text = match self.style.width {
                Some(_) => fit(cell, *width),
                None => cell.clone(),
            };
            let pad = if i == last {
                0
            } else {
                width.saturating_sub(text.width())
            };
            let code = if !self.style.color {
                None
            } else if header {
                Some("1")
            } else {
                status_color(cell)
            };
            match code {
                Some(code) => line.push_str(&format!("\x1b[{code}m{text}\x1b[0m")),
                None => line.push_str(&text),
            }
            if i != last {
                line.push_str(&" ".repeat(pad));
                line.push_str(GAP);
            }
        }
        writeln!(self.out, "{line}").map_err(io_err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(rows: &[&[&str]], style: Style) -> String {
        let mut buf = Vec::new();
        let mut t = Table::new(&mut buf, &["ID", "NAME", "STATUS"], style);
        for r in rows {
            t.push(r.iter().map(|s| s.to_string()).collect()).unwrap();
        }
        t.finish().unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn columns_two_spaces_apart_and_dashes_for_empty_cells() {
        let text = render(
            &[&["1", "okta", "active"], &["22", "", "revoked"]],
            Style::default(),
        );
        assert_eq!(
            text,
            "ID  NAME  STATUS\n1   okta  active\n22  -     revoked\n"
        );
    }

    #[test]
    fn a_terminal_table_fits_its_width_and_never_wraps() {
        let id = "0f6c1b9e-3a51-4c2e-9d7b-2b1f0a9c8e77";
        let style = Style {
            width: Some(30),
            ..Style::default()
        };
        let text = render(&[&[id, "a-rather-long-name", "active"]], style);
        for line in text.lines() {
            assert!(line.width() <= 30, "{line:?} is {} wide", line.width());
        }
        assert_eq!(text.lines().count(), 2);
        assert!(text.contains('…'), "{text}");
        // a pipe gets every value whole
        let piped = render(&[&[id, "a-rather-long-name", "active"]], Style::default());
        assert!(piped.contains(id));
    }

    #[test]
    fn control_characters_are_shown_not_obeyed() {
        let hostile = "ann\x1b]0;owned\x07\r\nFAKE\u{202e}txt";
        let escaped = escape_controls(hostile);
        assert_eq!(escaped, "ann\\x1b]0;owned\\x07\\x0d\\x0aFAKE\\u{202e}txt");
        let text = render(&[&["1", hostile, "active"]], Style::default());
        assert_eq!(text.lines().count(), 2, "{text:?}");
        assert!(!text.contains('\x1b'));
    }

    #[test]
    fn times_are_relative_on_a_terminal() {
        let now = parse_rfc3339("2026-12-02T12:00:00Z").unwrap();
        let style = Style {
            width: Some(80),
            now: Some(now),
            ..Style::default()
        };
        let text = render(&[&["1", "2026-12-02T09:00:00.000Z", "active"]], style);
        assert!(text.contains("3h ago"), "{text}");
        assert_eq!(relative(now + 2 * 86_400_000, now), "in 2d");
        assert_eq!(relative(now - 20_000, now), "just now");
    }

    #[test]
    fn rows_after_the_sample_stream_in_its_widths() {
        let mut rows: Vec<Vec<String>> = (0..SAMPLE)
            .map(|i| vec![i.to_string(), "x".into(), "active".into()])
            .collect();
        rows.push(vec!["late".into(), "y".into(), "active".into()]);
        let mut buf = Vec::new();
        let mut t = Table::new(&mut buf, &["ID", "NAME", "STATUS"], Style::default());
        for (i, r) in rows.into_iter().enumerate() {
            t.push(r).unwrap();
            if i == SAMPLE - 1 {
                // the sample is printed as soon as it is complete
                assert!(!t.out.is_empty());
            }
        }
        t.finish().unwrap();
        let text = String::from_utf8(buf).unwrap();
        assert_eq!(text.lines().count(), SAMPLE + 2);
        let last = text.lines().last().unwrap();
        assert!(last.starts_with("late  y"), "{last:?}");
    }
}
