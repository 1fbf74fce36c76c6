//! Per-key rate limiting: a token bucket for each SCIM API key.
//!
//! Off by default. With `serve --rate-limit N`, each key may make N
//! requests a second on average, in bursts of up to N; beyond that the
//! answer is 429 with `Retry-After`. The buckets live in this process: with
//! several instances, each enforces the limit on its own share.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

use scimctl_core::error::{Error, Kind, Result};

#[derive(Debug)]
pub struct RateLimiter {
    per_second: f64,
    burst: f64,
    buckets: Mutex<HashMap<String, Bucket>>,
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

impl RateLimiter {
    pub fn new(per_second: u32) -> Self {
        let rate = f64::from(per_second.max(1));
        RateLimiter {
            per_second: rate,
            burst: rate,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Take one token for `key`, or say how long to wait for one.
    pub fn check(&self, key: &str) -> Result<()> {
        self.check_at(key, Instant::now())
    }

    fn check_at(&self, key: &str, now: Instant) -> Result<()> {
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        let bucket = buckets.entry(key.to_string()).or_insert(Bucket {
            tokens: self.burst,
            at: now,
        });
        let elapsed = now.saturating_duration_since(bucket.at).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * self.per_second).min(self.burst);
        bucket.at = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            return Ok(());
        }
        let wait = ((1.0 - bucket.tokens) / self.per_second).ceil().max(1.0) as u64;
        Err(Error::new(
            Kind::RateLimited,
            format!("too many requests for this SCIM API key; try again in {wait}s"),
        )
        .with_retry_after(wait))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn bursts_then_refills() {
        let l = RateLimiter::new(3);
        let t0 = Instant::now();
        for _ in 0..3 {
            l.check_at("k", t0).unwrap();
        }
        let err = l.check_at("k", t0).unwrap_err();
        assert_eq!(err.kind(), Kind::RateLimited);
        assert_eq!(err.retry_after(), Some(1));
        // another key has its own bucket
        l.check_at("other", t0).unwrap();
        // a third of a second later one token is back
        l.check_at("k", t0 + Duration::from_millis(340)).unwrap();
        assert!(l.check_at("k", t0 + Duration::from_millis(340)).is_err());
    }
}
