//! The one integration-test binary of scimctl.

mod common;

mod admin;
mod scim_users;
