//! The team core: every rule of the product lives here, once — SSO
//! prerequisite and SCIM toggle ([`sso`]), key lifecycle and
//! authentication ([`keys`]), users ([`users`]), the audit trail — on top of
//! a [`store::Store`] that offers atomic steps and decides nothing. It knows
//! nothing of HTTP or terminals; the server and the CLI's embedded backend
//! both call [`Team`].

pub mod groups;
pub mod keys;
pub mod model;
pub mod query;
pub mod sso;
pub mod store;
pub mod team;
pub mod users;

#[cfg(test)]
mod tests;

pub use team::Team;
