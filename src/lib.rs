//! scimctl: SCIM 2.0 provisioning for team admins.
//!
//! - [`core`]: the team's rules (SSO prerequisite, SCIM toggle, keys, users, audit);
//! - [`store`]: persistence behind a trait, one implementation per database;
//! - [`scim`]: the SCIM wire types and semantics shared by server and client;
//! - `server`: `scimctl serve`, a thin HTTP adapter over the core;
//! - [`cli`]: the command line.

pub mod backend;
pub mod cli;
pub mod config;
pub mod core;
pub mod credentials;
pub mod error;
pub mod scim;
pub mod secret;
pub mod secrets;
#[cfg(feature = "server")]
pub mod server;
pub mod store;
pub mod time;
pub mod ui;
