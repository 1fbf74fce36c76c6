//! Secrets: generation, hashing, and a type that will not print itself.
//!
//! A secret is shown to a person exactly once, when it is issued. The
//! database keeps only its SHA-256, and a candidate is checked by hashing it
//! and comparing the digests in constant time. The [`Secret`] type's `Debug`
//! and `Display` show only the public prefix, so a stray `{:?}` in a log line
//! cannot leak one.

use std::fmt;

use rand::Rng;
use rand::distr::Alphanumeric;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// Prefix of SCIM API keys (docs/scim.md, "Admin plane").
pub const SCIM_KEY_PREFIX: &str = "scim_";
/// Prefix of admin tokens.
pub const ADMIN_TOKEN_PREFIX: &str = "scimadm_";
/// Random characters after the prefix: 40 base62 characters are ~238 bits.
const RANDOM_LEN: usize = 40;
/// Random characters that are part of the public prefix.
const PUBLIC_RANDOM_LEN: usize = 6;

/// A secret value. Only [`Secret::expose`] gives the plaintext.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// Generate a fresh secret: `kind_prefix` + 40 random base62 characters
    /// from the thread-local CSPRNG (ChaCha, seeded by the operating system).
    pub fn generate(kind_prefix: &str) -> Self {
        let random: String = rand::rng()
            .sample_iter(&Alphanumeric)
            .take(RANDOM_LEN)
            .map(char::from)
            .collect();
        Secret(format!("{kind_prefix}{random}"))
    }

    /// The plaintext. Call it only where the secret must leave the process:
    /// printed once to stdout, written to the keyring, sent in a header.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The non-secret prefix that identifies the secret in listings and
    /// logs: the kind prefix plus the first six random characters.
    pub fn public_prefix(&self) -> String {
        public_prefix(&self.0)
    }

    /// Hex SHA-256 of the secret, the only form kept at rest.
    pub fn hash(&self) -> String {
        hash_hex(&self.0)
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret({}…)", self.public_prefix())
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}…", self.public_prefix())
    }
}

/// The public prefix of a presented secret. Works on anything, including a
/// malformed token, without ever returning more than a few characters.
pub fn public_prefix(value: &str) -> String {
    let kind_len = if value.starts_with(ADMIN_TOKEN_PREFIX) {
        ADMIN_TOKEN_PREFIX.len()
    } else if value.starts_with(SCIM_KEY_PREFIX) {
        SCIM_KEY_PREFIX.len()
    } else {
        0
    };
    value.chars().take(kind_len + PUBLIC_RANDOM_LEN).collect()
}

pub fn hash_hex(value: &str) -> String {
    let digest = Sha256::digest(value.as_bytes());
    let mut out = String::with_capacity(64);
    for byte in digest {
        out.push_str(&format!("{byte:02x}"));
    }
    out
}

/// Compare two digests in constant time.
pub fn digests_equal(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// Does `value` look like a secret of this kind (prefix + ≥32 base62)?
pub fn well_formed(value: &str, kind_prefix: &str) -> bool {
    value
        .strip_prefix(kind_prefix)
        .is_some_and(|rest| rest.len() >= 32 && rest.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_keys_have_the_documented_shape() {
        let a = Secret::generate(SCIM_KEY_PREFIX);
        let b = Secret::generate(SCIM_KEY_PREFIX);
        assert_ne!(a, b);
        assert!(well_formed(a.expose(), SCIM_KEY_PREFIX));
        assert_eq!(a.expose().len(), SCIM_KEY_PREFIX.len() + RANDOM_LEN);
        assert_eq!(
            a.public_prefix().len(),
            SCIM_KEY_PREFIX.len() + PUBLIC_RANDOM_LEN
        );
        assert!(a.expose().starts_with(&a.public_prefix()));
    }

    #[test]
    fn debug_and_display_do_not_reveal_the_secret() {
        let s = Secret::generate(ADMIN_TOKEN_PREFIX);
        let shown = format!("{s:?} {s}");
        assert!(!shown.contains(s.expose()));
        assert!(!shown.contains(&s.expose()[ADMIN_TOKEN_PREFIX.len() + PUBLIC_RANDOM_LEN..]));
    }

    #[test]
    fn hashes_compare_in_constant_time_and_correctly() {
        // The FIPS 180-2 test vector for "abc".
        assert_eq!(
            hash_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let s = Secret::new("scim_abc");
        assert!(digests_equal(&s.hash(), &hash_hex("scim_abc")));
        assert!(!digests_equal(&s.hash(), &hash_hex("scim_abd")));
        assert!(!digests_equal(&s.hash(), "short"));
    }
}
