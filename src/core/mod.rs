//! The team core: every rule of the product lives here (SSO prerequisite,
//! SCIM toggle, key lifecycle, users, audit). It knows nothing of HTTP or
//! terminals; the server and the CLI's embedded backend both call [`Team`].

pub mod clock;
pub mod error;
pub mod model;
pub mod secret;
pub mod team;

pub use error::{Error, Kind, Result};
pub use team::Team;
