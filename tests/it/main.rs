//! The one integration-test binary of scimctl.

mod common;

mod admin;
mod cli_admin_token;
mod cli_audit;
mod cli_auth;
mod cli_import;
mod cli_keys;
mod cli_output;
mod cli_profile;
mod cli_rate_limits;
mod cli_sso_scim;
mod cli_users;
mod client_quirks;
mod conformance;
mod crash;
mod discovery;
mod faults;
mod filters;
mod generated;
mod groups;
mod groups_cli;
mod interop;
// The real Secret Service and kernel keyring: Linux only.
#[cfg(target_os = "linux")]
mod keyring;
mod postgres;
mod postman;
mod process;
mod properties;
mod pty;
mod races;
// The core's rules, one test or more each, on a real SQLite store.
mod rules;
mod scim_users;
mod secret_scan;
mod sync;
mod transport;
