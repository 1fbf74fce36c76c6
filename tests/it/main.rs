//! The one integration-test binary of scimctl.

mod common;

mod admin;
mod cli;
mod conformance;
mod generated;
mod keyring;
mod process;
mod scim_users;
