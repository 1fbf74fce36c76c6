//! Who gets a connection when they are scarce.
//!
//! A plain cap on open connections is a lock-out waiting to happen: a
//! client that opens connections and sends nothing holds every slot, and
//! legitimate requests are closed on accept. Two rules keep the cap fair:
//!
//! - **Idle connections give way.** A connection that is not serving a
//!   request — still waiting for its first request's headers, or idle
//!   between keep-alive requests — costs the server nothing to drop and its
//!   client nothing it cannot redo. When the cap is reached, a new
//!   connection takes the slot of the oldest such one, so silent connections
//!   are evicted before anybody waiting for an answer is refused.
//! - **One peer, one share.** A peer (an IP address) may hold at most
//!   `max_per_peer` connections, busy or not, so that a client keeping
//!   requests in flight (a trickled body, say) cannot take every slot
//!   either. Behind a reverse proxy every connection comes from the proxy:
//!   set the share to the whole cap there (`--max-per-peer 0`).
//!
//! Refusals are logged at a bounded rate: a flood of connects must not
//! become a flood of log lines.

use std::collections::{BTreeMap, HashMap};
use std::net::IpAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use tokio::sync::Notify;

/// Why a connection was not admitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// This peer holds its share of connections already.
    PeerShare,
    /// Every slot is serving a request.
    AllBusy,
}

struct Entry {
    peer: IpAddr,
    busy: Arc<AtomicUsize>,
    evict: Arc<Notify>,
}

#[derive(Default)]
struct Registry {
    next: u64,
    /// Open connections by age (the key grows with each admission).
    open: BTreeMap<u64, Entry>,
    per_peer: HashMap<IpAddr, usize>,
}

impl Registry {
    /// Take the slot of the oldest idle connection that `whose` picks, and
    /// tell it to close.
    fn evict_oldest_idle(&mut self, whose: impl Fn(&Entry) -> bool) -> Option<()> {
        let id = self
            .open
            .iter()
            .find(|(_, e)| whose(e) && e.busy.load(Ordering::Acquire) == 0)
            .map(|(id, _)| *id)?;
        self.forget(id)?.evict.notify_one();
        Some(())
    }

    fn forget(&mut self, id: u64) -> Option<Entry> {
        let entry = self.open.remove(&id)?;
        if let Some(n) = self.per_peer.get_mut(&entry.peer) {
            *n -= 1;
            if *n == 0 {
                self.per_peer.remove(&entry.peer);
            }
        }
        Some(entry)
    }
}

/// The open connections of one server.
pub struct Connections {
    max_total: usize,
    max_per_peer: usize,
    registry: Mutex<Registry>,
}

impl Connections {
    /// `max_per_peer` 0 means the whole cap.
    pub fn new(max_total: usize, max_per_peer: usize) -> Arc<Connections> {
        let max_total = max_total.max(1);
        let max_per_peer = match max_per_peer {
            0 => max_total,
            n => n.min(max_total),
        };
        Arc::new(Connections {
            max_total,
            max_per_peer,
            registry: Mutex::new(Registry::default()),
        })
    }

    /// Admit a connection from `peer`, evicting the oldest idle one when
    /// every slot is taken.
    pub fn admit(self: &Arc<Self>, peer: IpAddr) -> Result<Ticket, Refused> {
        let mut reg = self.registry.lock().unwrap_or_else(|p| p.into_inner());
        // A peer at its share makes room among its own connections; anyone
        // else at the cap, among everybody's.
        if reg.per_peer.get(&peer).copied().unwrap_or(0) >= self.max_per_peer {
            reg.evict_oldest_idle(|e| e.peer == peer)
                .ok_or(Refused::PeerShare)?;
        } else if reg.open.len() >= self.max_total {
            reg.evict_oldest_idle(|_| true).ok_or(Refused::AllBusy)?;
        }
        let id = reg.next;
        reg.next += 1;
        let busy = Arc::new(AtomicUsize::new(0));
        let evict = Arc::new(Notify::new());
        reg.open.insert(
            id,
            Entry {
                peer,
                busy: busy.clone(),
                evict: evict.clone(),
            },
        );
        *reg.per_peer.entry(peer).or_default() += 1;
        Ok(Ticket {
            id,
            connections: Arc::clone(self),
            busy,
            evict,
        })
    }

    #[cfg(test)]
    fn open(&self) -> usize {
        self.registry.lock().unwrap().open.len()
    }
}

/// One admitted connection; gives its slot back when dropped.
pub struct Ticket {
    id: u64,
    connections: Arc<Connections>,
    busy: Arc<AtomicUsize>,
    evict: Arc<Notify>,
}

impl Ticket {
    /// Resolves when a newer connection has taken this one's slot.
    pub async fn evicted(&self) {
        self.evict.notified().await
    }

    /// Held while a request is being served (until its response body has
    /// been sent): the connection is not idle meanwhile.
    pub fn busy(&self) -> Busy {
        self.busy.fetch_add(1, Ordering::AcqRel);
        Busy(self.busy.clone())
    }
}

impl Drop for Ticket {
    fn drop(&mut self) {
        let mut reg = self
            .connections
            .registry
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        reg.forget(self.id);
    }
}

/// See [`Ticket::busy`].
pub struct Busy(Arc<AtomicUsize>);

impl Drop for Busy {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// A response body that keeps its connection busy until it has been sent
/// (or dropped), so that a long download is never taken for an idle
/// connection. Everything else — size hint, end of stream — is the inner
/// body's, so `Content-Length` is kept.
pub struct TrackedBody {
    inner: axum::body::Body,
    _busy: Busy,
}

impl TrackedBody {
    pub fn new(inner: axum::body::Body, busy: Busy) -> Self {
        TrackedBody { inner, _busy: busy }
    }
}

impl http_body::Body for TrackedBody {
    type Data = bytes::Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        Pin::new(&mut self.inner).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.inner.size_hint()
    }
}

/// Refused connections, logged at most once per `every`: the first at
/// once, then how many there were since.
pub struct RefusalLog {
    every: Duration,
    since_last: AtomicU64,
    last: Mutex<Option<Instant>>,
}

impl RefusalLog {
    pub fn new(every: Duration) -> Self {
        RefusalLog {
            every,
            since_last: AtomicU64::new(0),
            last: Mutex::new(None),
        }
    }

    /// Count one refusal; `Some(count)` when it is time to log `count`.
    pub fn refused(&self) -> Option<u64> {
        self.since_last.fetch_add(1, Ordering::AcqRel);
        let mut last = self.last.lock().unwrap_or_else(|p| p.into_inner());
        let due = last.is_none_or(|at| at.elapsed() >= self.every);
        if !due {
            return None;
        }
        *last = Some(Instant::now());
        Some(self.since_last.swap(0, Ordering::AcqRel))
    }
}

#[cfg(test)]
mod tests {
    use futures::FutureExt;

    use super::*;

    fn ip(last: u8) -> IpAddr {
        IpAddr::from([127, 0, 0, last])
    }

    #[test]
    fn the_oldest_idle_connection_gives_way() {
        let c = Connections::new(2, 0);
        let first = c.admit(ip(1)).unwrap();
        let second = c.admit(ip(1)).unwrap();
        let _serving = second.busy();
        // full: the idle `first` is evicted, the busy `second` kept
        let third = c.admit(ip(1)).unwrap();
        assert_eq!(c.open(), 2);
        // (the eviction was signalled: resolves at once)
        assert!(first.evict.notified().now_or_never().is_some());
        let _serving_too = third.busy();
        assert_eq!(c.admit(ip(2)).err(), Some(Refused::AllBusy));
        drop(first);
        assert_eq!(c.open(), 2, "an evicted ticket frees no second slot");
    }

    #[test]
    fn a_peer_gets_its_share_and_no_more() {
        let c = Connections::new(10, 3);
        let held: Vec<_> = (0..3).map(|_| c.admit(ip(2)).unwrap()).collect();
        let mut serving: Vec<_> = held.iter().map(Ticket::busy).collect();
        assert_eq!(c.admit(ip(2)).err(), Some(Refused::PeerShare));
        // others are not held back by it
        let other = c.admit(ip(1)).unwrap();
        // an idle one of its own gives way to its next connection; never
        // another peer's
        drop(serving.remove(0));
        let _again = c.admit(ip(2)).unwrap();
        assert!(other.evict.notified().now_or_never().is_none());
        assert_eq!(c.open(), 4);
        drop(held);
        assert!(c.admit(ip(2)).is_ok());
    }

    #[test]
    fn refusals_are_logged_at_a_bounded_rate() {
        let log = RefusalLog::new(Duration::from_secs(3600));
        assert_eq!(log.refused(), Some(1));
        assert!((0..10_000).all(|_| log.refused().is_none()));
        let log = RefusalLog::new(Duration::ZERO);
        assert_eq!(log.refused(), Some(1));
        assert_eq!(log.refused(), Some(1));
    }
}
