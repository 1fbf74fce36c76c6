//! What the user sees: output formats, prompts.

pub mod output;
pub mod prompt;
pub mod stdout;
pub mod table;
