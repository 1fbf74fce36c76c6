//! What several users commands share: finding a user by id or userName,
//! paging through every user, printing one user, `--if-exists`.

use serde_json::Value;

use crate::backend::{Backend, Page};
use crate::cli::context::Context;
use crate::cli::views::UserDetail;
use crate::ui::output::Format;
use scimctl_core::error::{Error, Kind, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum IfExists {
    /// Fail with exit 6.
    Fail,
    /// Leave the existing user as it is.
    Skip,
    /// Update the existing user's name and role.
    Update,
}

pub fn show(ctx: &Context, user: &Value) -> Result<()> {
    match ctx.out.format {
        Format::Json | Format::Jsonl => ctx.out.raw(user),
        _ => ctx.out.one(&UserDetail(user.clone())),
    }
}

/// A SCIM string literal.
pub fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// A user by id, or by `userName eq` when that finds nothing (or the
/// argument is an email).
pub async fn find(backend: &dyn Backend, user: &str) -> Result<Value> {
    if !user.contains('@') {
        match backend.user_get(user).await {
            Ok(v) => return Ok(v),
            Err(e) if e.kind() == Kind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    // Only a user whose userName is the one asked for: a service that
    // ignores the filter answers with other users (the first of them was
    // once deactivated in the place of the one named).
    let wanted = scimctl_core::model::name_key(user.trim());
    let is_wanted = |u: &Value| {
        scimctl_core::scim::stored::get_ci(u, "userName")
            .and_then(Value::as_str)
            .is_some_and(|n| scimctl_core::model::name_key(n) == wanted)
    };
    let mut others = false;
    // SCIM compares userNames case-insensitively, but some services compare
    // them byte for byte; emails are mostly held in lower case, so a name
    // given in another case is asked a second time in lower case.
    let lower = user.trim().to_lowercase();
    let mut asks = vec![user.trim()];
    if lower != user.trim() && !backend.names_ignore_case() {
        asks.push(&lower);
    }
    for name in asks {
        let filter = format!("userName eq {}", quote(name));
        let page = backend.users_page(Some(&filter), 1, 2).await?;
        if let Some(found) = page.resources.into_iter().find(|u| {
            let hit = is_wanted(u);
            others |= !hit;
            hit
        }) {
            return Ok(found);
        }
    }
    let mut err = Error::not_found(format!("no user {user:?}"));
    if others {
        err = err.with_hint(
            "the backend answered with other users: it may not honour SCIM filters, so nothing was changed",
        );
    } else if !backend.names_ignore_case() {
        err = err.with_hint(
            "if the service compares userNames case-sensitively, give the email in the case it holds (`scimctl users list` shows it)",
        );
    }
    Err(err)
}

pub fn id_of(user: &Value) -> Result<String> {
    user.get("id")
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| Error::internal("the backend returned a user without an id"))
}

/// Call `f` on every user, page by page, fetching the next page while the
/// current one is handled (the server works while the client prints).
/// Pages advance by what arrived, never by `itemsPerPage` or `count`.
pub async fn each_user(
    backend: &dyn Backend,
    filter: Option<&str>,
    page_size: u64,
    limit: Option<u64>,
    f: impl FnMut(Value) -> Result<()>,
) -> Result<()> {
    each_user_from(backend, filter, page_size, limit, None, f).await
}

/// [`each_user`] when the first page (from startIndex 1) is at hand
/// already: the caller read it to decide whether to read on.
pub async fn each_user_from(
    backend: &dyn Backend,
    filter: Option<&str>,
    page_size: u64,
    limit: Option<u64>,
    first: Option<Page>,
    mut f: impl FnMut(Value) -> Result<()>,
) -> Result<()> {
    let want = |seen: u64| match limit {
        Some(l) => page_size.min(l.saturating_sub(seen)),
        None => page_size,
    };
    let mut start = 1;
    let mut seen = 0u64;
    // Ids already printed, as 64-bit hashes (800 KB for 100,000 users): a
    // service that ignores startIndex serves the first page again, and
    // that must be an error, not duplicated output.
    let mut ids: std::collections::HashSet<u64> = std::collections::HashSet::new();
    let hash = |id: &str| {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        id.hash(&mut h);
        h.finish()
    };
    if want(0) == 0 {
        return Ok(());
    }
    let mut page = match first {
        Some(page) => page,
        None => backend.users_page(filter, start, want(0)).await?,
    };
    loop {
        for user in &page.resources {
            let id = user.get("id").and_then(Value::as_str).unwrap_or_default();
            if !id.is_empty() && !ids.insert(hash(id)) {
                return Err(Error::internal(format!(
                    "the backend served user {id:?} twice while paging (from startIndex {start})"
                ))
                .with_hint(
                    "it seems not to honour startIndex; a smaller --limit, or --page-size large enough for every user, avoids paging",
                ));
            }
        }
        let asked = want(seen);
        let got = page.resources.len() as u64;
        seen += got.min(asked);
        start += got;
        let more = got > 0 && start <= page.total && want(seen) > 0;
        let fetch = async {
            if more {
                Some(backend.users_page(filter, start, want(seen)).await)
            } else {
                None
            }
        };
        let handle = async {
            for (i, user) in page.resources.into_iter().take(asked as usize).enumerate() {
                f(user)?;
                if i % 64 == 63 {
                    // let the next page's request make progress
                    tokio::task::yield_now().await;
                }
            }
            Ok::<(), Error>(())
        };
        let (handled, next) = futures::join!(handle, fetch);
        handled?;
        match next {
            Some(next) => page = next?,
            None => return Ok(()),
        }
    }
}
