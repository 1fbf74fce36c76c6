//! The one integration-test binary of scimctl.
//!
//! Modules are named by what they test: `cli_*` the command line, one
//! module per command group (each scenario on the embedded backend and
//! against `scimctl serve`); `scim_*` the SCIM resources `serve` offers and
//! `admin_api` its admin API; `client_*` the command line against other
//! SCIM services; and the rest by the property they check across all of
//! it (crashes, storage faults, races, transport, secrets in logs, …).

mod common;

mod account_api;
mod accounts;
mod admin_api;
mod cli_admin_token;
mod cli_audit;
mod cli_auth;
mod cli_groups;
mod cli_import;
mod cli_keys;
mod cli_output;
mod cli_profile;
mod cli_rate_limits;
mod cli_sso_scim;
mod cli_sync;
mod cli_teams;
mod cli_users;
mod client_discovery;
mod client_postman;
mod client_quirks;
mod client_scim2_server;
mod conformance;
mod crash;
mod domains;
mod faults;
mod generated;
mod invites;
// The real Secret Service and kernel keyring: Linux only.
#[cfg(target_os = "linux")]
mod keyring;
mod postgres;
mod process;
mod properties;
mod pty;
mod races;
// The core's rules, one test or more each, on a real SQLite store.
mod rules;
mod scim_filters;
mod scim_groups;
mod scim_users;
mod secret_scan;
mod serve_ops;
// A loopback SMTP server for the invite tests.
mod smtp;
mod transport;
