//! scimctl, the binary crate: everything that faces the admin's machine.
//!
//! - [`cli`]: the command line, one module per command group;
//! - [`ui`]: output formats, tables that fit the terminal, prompts;
//! - [`backend`]: the operations commands are written against, on the
//!   embedded database (`scimctl_core::Team` in-process) or a remote
//!   backend over HTTP, and where a URL picks one;
//! - [`config`]: profiles and XDG paths;
//! - [`dns`]: the resolver domain verification asks;
//! - [`logging`]: the log lines, as text or JSON;
//! - [`mail`]: where invite emails go (SMTP or the outbox);
//! - [`secrets`]: the OS keyring, the explicit file, and where each secret
//!   of a run comes from.
//!
//! The rules and the SCIM protocol live in `scimctl-core`, the databases in
//! `scimctl-store`, `scimctl serve` in `scimctl-server`.

pub mod backend;
pub mod cli;
pub mod config;
pub mod dns;
pub mod logging;
pub mod mail;
pub mod secrets;
pub mod ui;
