//! The one integration-test binary of scimctl.

mod common;

mod admin;
mod conformance;
mod process;
mod scim_users;
