//! Time as the core sees it.
//!
//! All rules that depend on time (grace windows, key expiry, `last_used_at`)
//! read it from a [`Clock`], so tests move time forward instead of sleeping.
//! Timestamps are milliseconds since the Unix epoch: the same integer in
//! SQLite and PostgreSQL, and trivially comparable.

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use chrono::{DateTime, SecondsFormat, Utc};

/// Milliseconds since the Unix epoch, UTC.
pub type Millis = i64;

pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> Millis;
}

/// The wall clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Millis {
        Utc::now().timestamp_millis()
    }
}

/// A clock that only moves when told to; for tests.
#[derive(Debug)]
pub struct ManualClock(AtomicI64);

impl ManualClock {
    pub fn new(start: Millis) -> Self {
        ManualClock(AtomicI64::new(start))
    }

    /// A manual clock starting at the current wall-clock time.
    pub fn starting_now() -> Self {
        ManualClock::new(SystemClock.now())
    }

    pub fn advance(&self, by: Duration) {
        self.0.fetch_add(by.as_millis() as i64, Ordering::SeqCst);
    }

    pub fn set(&self, to: Millis) {
        self.0.store(to, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Millis {
        self.0.load(Ordering::SeqCst)
    }
}

/// RFC 3339 with millisecond precision and a `Z` suffix, the form SCIM `meta`
/// and every JSON output of scimctl use.
pub fn to_rfc3339(ms: Millis) -> String {
    DateTime::<Utc>::from_timestamp_millis(ms)
        .unwrap_or_default()
        .to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Parse an RFC 3339 timestamp into milliseconds.
pub fn parse_rfc3339(s: &str) -> Option<Millis> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.timestamp_millis())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_round_trip() {
        let ms = 1_700_000_000_123;
        let s = to_rfc3339(ms);
        assert_eq!(s, "2023-11-14T22:13:20.123Z");
        assert_eq!(parse_rfc3339(&s), Some(ms));
        assert_eq!(parse_rfc3339("2023-11-14T23:13:20.123+01:00"), Some(ms));
    }

    #[test]
    fn manual_clock_moves_only_when_told() {
        let c = ManualClock::new(1000);
        assert_eq!(c.now(), 1000);
        c.advance(Duration::from_secs(2));
        assert_eq!(c.now(), 3000);
    }
}
