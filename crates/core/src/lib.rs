//! scimctl-core: what the product *is*, with no way of reaching it.
//!
//! This crate holds the SCIM protocol and the team's rules, and nothing
//! that talks to a network, a terminal or a database driver. The stores
//! (`scimctl-store`), the HTTP server (`scimctl-server`) and the command
//! line (`scimctl`) all build on it, so a rule written here holds for every
//! way in.
//!
//! - [`error`]: the one error type, whose [`error::Kind`] maps to an HTTP
//!   status, a SCIM `scimType` and an exit code;
//! - [`time`], [`secret`]: clocks (a manual one for tests) and the
//!   [`secret::Secret`] type, whose `Debug` and `Display` show only a prefix;
//! - [`scim`]: the SCIM 2.0 wire types and semantics (schemas, filters,
//!   PATCH, the stored document) shared by the server and the client;
//! - the rules, each an `impl Team` block of its own: [`sso`] (SSO methods
//!   and the SCIM toggle), [`keys`] (SCIM API keys, grace windows, admin
//!   tokens, authentication), [`users`], [`groups`], [`accounts`] (who a
//!   create joins, across teams), [`account_api`] (what a person may do
//!   with their own account), [`domains`] (verified domains), [`invites`] (invites and their
//!   delivery), and the
//!   audit trail in [`team`];
//! - [`query`]: a SCIM filter as a predicate a store can answer;
//! - [`store`]: the [`store::Store`] trait — atomic steps and lookups, no
//!   decisions — that each database implements;
//! - [`model`]: the domain types (users, keys, audit entries, actors) and
//!   the one case-folding rule for names.

pub mod error;
pub mod scim;
pub mod secret;
pub mod time;

pub mod account_api;
pub mod accounts;
pub mod domains;
pub mod gauges;
pub mod groups;
pub mod invites;
pub mod keys;
pub mod model;
pub mod query;
pub mod sso;
pub mod store;
pub mod team;
pub mod users;

pub use team::Team;
