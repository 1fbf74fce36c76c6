//! The team core: every rule of the product lives here (SSO prerequisite,
//! SCIM toggle, key lifecycle, users, audit). It knows nothing of HTTP or
//! terminals; the server and the CLI's embedded backend both call [`Team`].

pub mod model;
pub mod store;
pub mod team;

pub use team::Team;
