//! Rate limits as a schedule, not an error (docs/cli.md, "Rate limits and retries").
//!
//! SaaS SCIM services cap requests per key (Postman: 300 a minute) and say
//! so in headers of every answer, in one of several spellings: the IETF
//! draft's `RateLimit` / `RateLimit-Policy` (both its older `limit=, remaining=,
//! reset=` form and the newer `r=;t=` one) or `RateLimit-Remaining` /
//! `RateLimit-Reset`, and the older `X-RateLimit-Limit/Remaining/Reset`,
//! `X-RateLimit-RetryAfter` and `Retry-After`. One [`Pacer`] per backend is
//! shared by every request of the run (an import's concurrent rows too):
//! it spaces requests so that they stay within what the service
//! advertised, and when the service answers 429 anyway, everybody waits as
//! long as it said — or, when it said nothing, an interval that doubles —
//! instead of retrying a few times and giving up.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use reqwest::header::HeaderMap;

/// First wait after a 429 that says nothing of when to come back; doubled
/// after each such 429 in a row, up to [`SILENT_WAIT_MAX`].
const SILENT_WAIT_FIRST: Duration = Duration::from_secs(1);
const SILENT_WAIT_MAX: Duration = Duration::from_secs(60);
/// The shortest pause after a 429, whatever the service says (a
/// `Retry-After: 0` that keeps coming would otherwise be a busy loop).
const SHORTEST_PAUSE: Duration = Duration::from_millis(250);
/// Never believe a header that asks for more than this at once.
const LONGEST_PAUSE: Duration = Duration::from_secs(3600);

/// What a service's headers say about its rate limit.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Advert {
    /// Requests allowed per window, and the window.
    pub policy: Option<(u64, Duration)>,
    /// Requests left in the current window.
    pub remaining: Option<u64>,
    /// Until the current window ends.
    pub reset: Option<Duration>,
    /// Until the service wants the next request (after a 429).
    pub retry_after: Option<Duration>,
}

fn header<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers.get(name)?.to_str().ok().map(str::trim)
}

/// A number of seconds from now. Some services send a Unix time instead
/// (in seconds or milliseconds); a number that large is read as one.
fn seconds_from_now(text: &str) -> Option<Duration> {
    let n: f64 = text.trim().trim_matches('"').parse().ok()?;
    if !n.is_finite() || n < 0.0 {
        return None;
    }
    let now = chrono::Utc::now().timestamp_millis() as f64 / 1000.0;
    let secs = if n > 1e12 {
        n / 1000.0 - now
    } else if n > 1e9 {
        n - now
    } else {
        n
    };
    Some(Duration::from_secs_f64(
        secs.clamp(0.0, LONGEST_PAUSE.as_secs_f64()),
    ))
}

/// `Retry-After`: seconds, or an HTTP date.
fn retry_after_value(text: &str) -> Option<Duration> {
    if let Some(d) = seconds_from_now(text) {
        return Some(d);
    }
    let at = chrono::DateTime::parse_from_rfc2822(text).ok()?;
    let left = at.timestamp_millis() - chrono::Utc::now().timestamp_millis();
    Some(Duration::from_millis(left.max(0) as u64).min(LONGEST_PAUSE))
}

/// The `key=value` parameters of a structured header, whatever the
/// separators (`limit=300, remaining=0` or `"default";r=0;t=42`).
fn params(text: &str) -> impl Iterator<Item = (&str, &str)> {
    text.split([',', ';']).filter_map(|part| {
        let (k, v) = part.split_once('=')?;
        Some((k.trim(), v.trim().trim_matches('"')))
    })
}

/// `300;w=60`, `"default";q=300;w=60` or `limit=300, window=60`.
fn policy(text: &str) -> Option<(u64, Duration)> {
    let mut quota = text
        .split([',', ';'])
        .next()
        .and_then(|first| first.trim().parse::<u64>().ok());
    let mut window = None;
    for (k, v) in params(text) {
        match k.to_ascii_lowercase().as_str() {
            "q" | "limit" => quota = v.parse().ok().or(quota),
            "w" | "window" => window = v.parse::<f64>().ok().filter(|w| *w > 0.0),
            _ => {}
        }
    }
    Some((quota.filter(|q| *q > 0)?, Duration::from_secs_f64(window?)))
}

impl Advert {
    pub fn read(headers: &HeaderMap) -> Advert {
        let mut ad = Advert::default();
        if let Some(v) = header(headers, "ratelimit") {
            for (k, v) in params(v) {
                match k.to_ascii_lowercase().as_str() {
                    "remaining" | "r" => ad.remaining = v.parse().ok(),
                    "reset" | "t" => ad.reset = seconds_from_now(v),
                    _ => {}
                }
            }
        }
        for name in ["ratelimit-policy", "x-ratelimit-policy"] {
            if ad.policy.is_none() {
                ad.policy = header(headers, name).and_then(policy);
            }
        }
        for name in ["ratelimit-remaining", "x-ratelimit-remaining"] {
            if ad.remaining.is_none() {
                ad.remaining = header(headers, name).and_then(|v| v.parse().ok());
            }
        }
        for name in ["ratelimit-reset", "x-ratelimit-reset"] {
            if ad.reset.is_none() {
                ad.reset = header(headers, name).and_then(seconds_from_now);
            }
        }
        ad.retry_after = header(headers, "retry-after")
            .and_then(retry_after_value)
            .or_else(|| header(headers, "x-ratelimit-retryafter").and_then(seconds_from_now));
        ad
    }

    /// The spacing between requests that keeps within this advert: the
    /// policy's rate, or — while few requests are left — what is left of
    /// the window shared among them.
    fn interval(&self) -> Duration {
        let by_policy = self
            .policy
            .map(|(quota, window)| window / quota.min(u64::from(u32::MAX)) as u32)
            .unwrap_or_default();
        let by_remaining = match (self.remaining, self.reset) {
            (Some(left), Some(reset)) if left > 0 => reset / left.min(u64::from(u32::MAX)) as u32,
            _ => Duration::ZERO,
        };
        by_policy.max(by_remaining)
    }
}

#[derive(Default)]
struct State {
    /// The earliest moment the next request may be sent.
    next: Option<Instant>,
    /// Spacing between requests, from the last advert.
    interval: Duration,
    /// Nobody goes before this (a 429, or a spent window).
    paused_until: Option<Instant>,
    /// 429s in a row that said nothing of when to come back.
    silent_429s: u32,
    /// Spacing learnt from 429s where the service advertises nothing (or
    /// advertises too generously): doubled by each 429 that is news, a
    /// sixteenth shorter after each answer that is not a 429 — so a run
    /// settles near the rate the service really takes instead of sending
    /// every waiting request at once each time a pause ends.
    learned: Duration,
}

/// Bounds of [`State::learned`].
const LEARNED_FIRST: Duration = Duration::from_millis(20);
const LEARNED_MAX: Duration = Duration::from_secs(5);

/// One backend's schedule, shared by every request of the run.
#[derive(Default)]
pub struct Pacer {
    state: Mutex<State>,
}

impl Pacer {
    /// Wait for this request's turn, unless that takes longer than
    /// `budget`: then `Err` with the wait it would have taken. `Ok` with
    /// how long it waited. A pause that begins while a request waits for
    /// its turn (another request got a 429) holds it back too.
    pub async fn turn(&self, budget: Duration) -> Result<Duration, Duration> {
        let started = Instant::now();
        loop {
            let at = {
                let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
                let now = Instant::now();
                let at = [s.next, s.paused_until]
                    .into_iter()
                    .flatten()
                    .fold(now, Instant::max);
                let waited = now - started;
                let need = at - now;
                if need > budget.saturating_sub(waited) {
                    return Err(waited + need);
                }
                s.next = Some(at + s.interval.max(s.learned));
                at
            };
            tokio::time::sleep_until(at.into()).await;
            let paused = self
                .state
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .paused_until
                .is_some_and(|p| p > Instant::now());
            if !paused {
                return Ok(started.elapsed());
            }
        }
    }

    /// Learn from an answer that was not a 429.
    /// How long the current rate-limit pause lasts yet, if one is on (for
    /// the progress bar).
    pub fn paused_for(&self) -> Option<Duration> {
        let until = self
            .state
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .paused_until?;
        until
            .checked_duration_since(Instant::now())
            .filter(|d| !d.is_zero())
    }

    pub fn observe(&self, ad: &Advert) {
        let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        s.silent_429s = 0;
        s.interval = ad.interval();
        let shorter = s.learned - s.learned / 16;
        s.learned = shorter;
        if s.learned < Duration::from_millis(1) {
            s.learned = Duration::ZERO;
        }
        if let (Some(0), Some(reset)) = (ad.remaining, ad.reset) {
            // The window is spent: nobody goes before it ends.
            push_back(&mut s, Instant::now() + reset);
        }
    }

    /// A 429: everybody waits until the service said to come back (or, if
    /// it did not say, for an interval that doubles). How long that is,
    /// and whether it is news: a 429 to a request that went before the
    /// current pause began tells nothing new.
    pub fn refused(&self, ad: &Advert) -> (Duration, bool) {
        let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let news = s.paused_until.is_none_or(|p| p <= Instant::now());
        if news {
            s.learned = (s.learned * 2).clamp(LEARNED_FIRST, LEARNED_MAX);
        }
        let told = ad
            .retry_after
            .or(ad.reset.filter(|_| ad.remaining.is_none_or(|r| r == 0)));
        let wait = match told {
            Some(d) => {
                s.silent_429s = 0;
                d.max(SHORTEST_PAUSE)
            }
            // Refused while a pause is on: an answer to a request that went
            // before the pause began, no news — the pause stands as it is.
            None if !news => {
                let left = s.paused_until.map_or(Duration::ZERO, |p| {
                    p.saturating_duration_since(Instant::now())
                });
                return (left, false);
            }
            None => {
                let d = SILENT_WAIT_FIRST
                    .saturating_mul(1 << s.silent_429s.min(6))
                    .min(SILENT_WAIT_MAX);
                s.silent_429s += 1;
                d
            }
        };
        s.interval = s.interval.max(ad.interval());
        push_back(&mut s, Instant::now() + wait);
        (wait, news)
    }
}

fn push_back(s: &mut State, until: Instant) {
    let until = s.paused_until.map_or(until, |p| p.max(until));
    s.paused_until = Some(until);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, v.parse().unwrap());
        }
        h
    }

    fn secs(d: Option<Duration>) -> Option<u64> {
        d.map(|d| d.as_secs_f64().round() as u64)
    }

    #[test]
    fn every_spelling_of_a_rate_limit_is_read() {
        let ad = Advert::read(&headers(&[
            ("ratelimit", "limit=300, remaining=7, reset=42"),
            ("ratelimit-policy", "300;w=60"),
        ]));
        assert_eq!(ad.remaining, Some(7));
        assert_eq!(secs(ad.reset), Some(42));
        assert_eq!(ad.policy, Some((300, Duration::from_secs(60))));

        let ad = Advert::read(&headers(&[
            ("ratelimit", "\"default\";r=0;t=9"),
            ("ratelimit-policy", "\"default\";q=100;w=10"),
        ]));
        assert_eq!((ad.remaining, secs(ad.reset)), (Some(0), Some(9)));
        assert_eq!(ad.policy, Some((100, Duration::from_secs(10))));

        let epoch = (chrono::Utc::now().timestamp() + 30).to_string();
        let ad = Advert::read(&headers(&[
            ("x-ratelimit-limit", "300"),
            ("x-ratelimit-remaining", "0"),
            ("x-ratelimit-reset", &epoch),
            ("x-ratelimit-retryafter", "12"),
        ]));
        assert_eq!(ad.remaining, Some(0));
        assert!((29..=30).contains(&secs(ad.reset).unwrap()), "{ad:?}");
        assert_eq!(secs(ad.retry_after), Some(12));

        let date = (chrono::Utc::now() + chrono::Duration::seconds(20))
            .format("%a, %d %b %Y %H:%M:%S GMT")
            .to_string();
        let ad = Advert::read(&headers(&[("retry-after", &date)]));
        assert!((19..=20).contains(&secs(ad.retry_after).unwrap()), "{ad:?}");
        assert_eq!(
            Advert::read(&headers(&[("retry-after", "soon")])),
            Advert::default()
        );
    }

    #[test]
    fn the_pace_keeps_within_the_advert() {
        let ad = Advert {
            policy: Some((300, Duration::from_secs(60))),
            ..Advert::default()
        };
        assert_eq!(ad.interval(), Duration::from_millis(200));
        // few left: what is left of the window, shared among them
        let ad = Advert {
            remaining: Some(4),
            reset: Some(Duration::from_secs(8)),
            ..ad
        };
        assert_eq!(ad.interval(), Duration::from_secs(2));
    }

    #[test]
    fn a_silent_429_waits_longer_each_time_and_a_told_one_as_told() {
        let p = Pacer::default();
        // (as if each pause had run out before the next 429)
        let after_the_pause = |wait: Duration| {
            p.state.lock().unwrap().paused_until = None;
            wait
        };
        let silent = Advert::default();
        assert_eq!(
            after_the_pause(p.refused(&silent).0),
            Duration::from_secs(1)
        );
        assert_eq!(
            after_the_pause(p.refused(&silent).0),
            Duration::from_secs(2)
        );
        // a 429 to a request sent before the pause began is no news: the
        // pause stands, it does not double
        assert_eq!(p.refused(&silent).0, Duration::from_secs(4));
        assert!(p.refused(&silent).0 <= Duration::from_secs(4));
        after_the_pause(Duration::ZERO);
        let told = Advert {
            retry_after: Some(Duration::from_secs(7)),
            ..Advert::default()
        };
        assert_eq!(after_the_pause(p.refused(&told).0), Duration::from_secs(7));
        let at_once = Advert {
            retry_after: Some(Duration::ZERO),
            ..Advert::default()
        };
        assert_eq!(after_the_pause(p.refused(&at_once).0), SHORTEST_PAUSE);
        assert_eq!(
            after_the_pause(p.refused(&silent).0),
            Duration::from_secs(1)
        );
        for _ in 0..20 {
            after_the_pause(p.refused(&silent).0);
        }
        assert_eq!(p.refused(&silent).0, SILENT_WAIT_MAX);
    }

    #[tokio::test]
    async fn a_turn_past_the_budget_is_refused_at_once() {
        let p = Pacer::default();
        assert!(p.turn(Duration::ZERO).await.is_ok(), "nothing to wait for");
        p.refused(&Advert {
            retry_after: Some(Duration::from_secs(30)),
            ..Advert::default()
        });
        // (what the progress bar shows meanwhile)
        assert!(p.paused_for().is_some_and(|d| d > Duration::from_secs(29)));
        let started = Instant::now();
        let needed = p.turn(Duration::from_secs(1)).await.unwrap_err();
        assert!(needed > Duration::from_secs(29), "{needed:?}");
        assert!(started.elapsed() < Duration::from_secs(1), "it waited");
    }
}
