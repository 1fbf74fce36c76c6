//! What `serve --metrics-listen` reports of each team at scrape time: how
//! many users it has in each state, and how long each key in its grace
//! period has left. Read fresh on every scrape rather than kept in step
//! with every write, so that the numbers hold whatever wrote the database
//! (another `serve`, the CLI on the same file).

use super::Team;
use super::query::Pred;
use crate::error::Result;

/// One team's gauges.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamGauges {
    pub team: String,
    pub active: u64,
    pub inactive: u64,
    /// `(key name, seconds until its grace period ends)` for every key
    /// that a rotation replaced and that is still accepted. Several such
    /// keys of one name (rotated twice within the grace) report the one
    /// that ends first: an alert wants the soonest end.
    pub grace_ends: Vec<(String, f64)>,
}

impl Team {
    /// The gauges of every team of the database, oldest team first.
    pub async fn gauges(&self) -> Result<Vec<TeamGauges>> {
        let now = self.now();
        let mut out = Vec::new();
        for row in self.store.list_teams().await? {
            let team = self.in_team(row.id);
            let total = team.store.count_users().await?;
            let inactive = team.store.count_where(&Pred::Active(false)).await?;
            let mut grace_ends: Vec<(String, f64)> = Vec::new();
            for key in team.store.list_keys().await? {
                let Some(end) = key.expires_at else { continue };
                if key.revoked_at.is_some() || end <= now {
                    continue;
                }
                let left = (end - now) as f64 / 1000.0;
                match grace_ends.iter_mut().find(|(name, _)| *name == key.name) {
                    Some((_, soonest)) => *soonest = soonest.min(left),
                    None => grace_ends.push((key.name, left)),
                }
            }
            out.push(TeamGauges {
                team: row.name,
                active: total.saturating_sub(inactive),
                inactive,
                grace_ends,
            });
        }
        Ok(out)
    }
}
