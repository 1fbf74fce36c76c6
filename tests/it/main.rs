//! The one integration-test binary of scimctl.

mod common;

mod admin;
mod bulk;
mod cli;
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
mod trust;
