//! One read of the team for a command that acts on many users: who exists,
//! under which id, with which values. With it, `users import` knows each
//! row's fate before it writes anything, so a re-run of an imported file
//! costs a request per page of users instead of one or two per row — what
//! matters against a SaaS service that allows 300 requests a minute.
//!
//! The census is an optimisation, never the authority: a user it missed
//! (created meanwhile, or a service that lists fewer users than it has)
//! still meets the service's 409 and is settled the slow way.

use std::collections::HashMap;

use serde_json::Value;

use super::bulk::Change;
use super::common::each_user_from;
use super::row::{Row, row_of};
use crate::backend::Backend;
use scimctl_core::model::name_key;

/// Below this many rows a read of the team is not worth its requests.
pub const FEW_ROWS: usize = 20;

/// A user the service has.
#[derive(Debug, Clone)]
pub struct Known {
    pub id: String,
    /// What the user is now, in the terms of an import row.
    pub row: Row,
}

/// The team's users by userName (compared as the service compares them:
/// case-insensitively, in the form `name_key` gives).
#[derive(Debug, Default)]
pub struct Census {
    users: HashMap<String, Known>,
}

/// Why there is no census: the caller goes row by row.
#[derive(Debug)]
pub enum Skipped {
    /// Too few rows, or more pages than rows: asking per row is cheaper.
    NotWorthIt,
    /// The read failed (a service that repeats pages, say). Rows still
    /// work one by one; the reason is worth a line in the log.
    Failed(scimctl_core::error::Error),
}

impl Census {
    /// Read the team once when that costs fewer requests than `rows`
    /// would: the first page says how many pages there are, and the read
    /// goes on only while the pages number at most half the rows (each
    /// row costs at least one request without a census).
    pub async fn take(backend: &dyn Backend, rows: usize) -> std::result::Result<Census, Skipped> {
        if rows < FEW_ROWS {
            return Err(Skipped::NotWorthIt);
        }
        let page_size = backend.page_size().await;
        let first = backend
            .users_page(None, 1, page_size)
            .await
            .map_err(Skipped::Failed)?;
        let got = first.resources.len() as u64;
        if got == 0 && first.total > 0 {
            // a service that counts users it does not show
            return Err(Skipped::NotWorthIt);
        }
        let pages = first.total.div_ceil(got.max(1));
        if pages > (rows as u64) / 2 {
            return Err(Skipped::NotWorthIt);
        }
        Census::read_on(backend, page_size, first)
            .await
            .map_err(Skipped::Failed)
    }

    /// Read the whole team, whatever it costs: `users sync` plans from it.
    /// A read that cannot be trusted (a service that repeats pages, or
    /// counts users it does not show) is an error, never a partial census.
    pub async fn read(backend: &dyn Backend) -> scimctl_core::error::Result<Census> {
        let page_size = backend.page_size().await;
        let first = backend.users_page(None, 1, page_size).await?;
        if first.resources.is_empty() && first.total > 0 {
            return Err(scimctl_core::error::Error::internal(format!(
                "the backend counts {} users but lists none, so the team cannot be read",
                first.total
            )));
        }
        Census::read_on(backend, page_size, first).await
    }

    async fn read_on(
        backend: &dyn Backend,
        page_size: u64,
        first: crate::backend::Page,
    ) -> scimctl_core::error::Result<Census> {
        let mut census = Census {
            users: HashMap::with_capacity(first.total.min(1 << 20) as usize),
        };
        each_user_from(backend, None, page_size, None, Some(first), |user| {
            census.add(&user);
            Ok(())
        })
        .await?;
        Ok(census)
    }

    fn add(&mut self, user: &Value) {
        let Some(id) = user.get("id").and_then(Value::as_str) else {
            return;
        };
        let row = row_of(user);
        if row.email.is_empty() {
            return;
        }
        self.users.insert(
            name_key(row.email.trim()),
            Known {
                id: id.to_string(),
                row,
            },
        );
    }

    /// The user of this email, if the service had one when it was read.
    pub fn get(&self, email: &str) -> Option<&Known> {
        self.users.get(&name_key(email.trim()))
    }

    /// Every user read, in no particular order.
    pub fn users(&self) -> impl Iterator<Item = &Known> {
        self.users.values()
    }

    pub fn len(&self) -> usize {
        self.users.len()
    }

    pub fn is_empty(&self) -> bool {
        self.users.is_empty()
    }
}

/// Whether `--if-exists update` would change anything: the names always
/// count, role, active and external id only when the row gives them (as
/// the update sends only those). A user already as the row says is left
/// alone, without a request.
pub fn differs(now: &Row, wanted: &Row) -> bool {
    !changes(now, wanted).is_empty()
}

/// What an update from `wanted` changes in `now`, by the rule of
/// [`differs`]; roles compare in any case.
pub fn changes(now: &Row, wanted: &Row) -> Vec<Change> {
    let mut out = Vec::new();
    let mut add = |field, from: Option<String>, to: String| {
        out.push(Change { field, from, to });
    };
    if now.first_name != wanted.first_name {
        add(
            "first_name",
            Some(now.first_name.clone()),
            wanted.first_name.clone(),
        );
    }
    if now.last_name != wanted.last_name {
        add(
            "last_name",
            Some(now.last_name.clone()),
            wanted.last_name.clone(),
        );
    }
    if let Some(r) = &wanted.role {
        let was = now.role.as_deref().map(str::to_ascii_lowercase);
        if was.as_ref() != Some(r) {
            add("role", was, r.clone());
        }
    }
    if let Some(a) = wanted.active
        && now.active != Some(a)
    {
        add("active", now.active.map(|b| b.to_string()), a.to_string());
    }
    if let Some(x) = &wanted.external_id
        && now.external_id.as_ref() != Some(x)
    {
        add("external_id", now.external_id.clone(), x.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(first: &str, role: Option<&str>, active: Option<bool>) -> Row {
        Row {
            email: "a@x.io".into(),
            first_name: first.into(),
            last_name: "B".into(),
            external_id: None,
            role: role.map(str::to_string),
            active,
            groups: None,
        }
    }

    #[test]
    fn only_what_a_row_gives_is_compared() {
        let now = row("A", Some("admin"), Some(false));
        // the row says nothing of role and active: the same user
        assert!(!differs(&now, &row("A", None, None)));
        assert!(!differs(&now, &row("A", Some("admin"), Some(false))));
        assert!(differs(&now, &row("Ann", None, None)));
        assert!(differs(&now, &row("A", Some("billing"), None)));
        assert!(differs(&now, &row("A", None, Some(true))));
        // a service without roles: a row with a role always updates
        assert!(differs(
            &row("A", None, None),
            &row("A", Some("admin"), None)
        ));
        let mut with_x = row("A", None, None);
        with_x.external_id = Some("x".into());
        assert!(differs(&now, &with_x));
        assert!(!differs(&with_x, &with_x.clone()));
        let told = changes(&now, &row("Ann", Some("billing"), None));
        let told: Vec<String> = told.iter().map(ToString::to_string).collect();
        assert_eq!(told, ["first_name: A → Ann", "role: admin → billing"]);
    }
}
