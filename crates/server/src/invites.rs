//! Invite links (docs/scim.md, "Invites"): `GET /invites/{token}` shows
//! what the invite is, `POST` accepts it. The token is the credential:
//! no key or session. A browser (one that asks for HTML) gets a small page
//! with an Accept button; anything else gets JSON. And the delivery loop
//! that sends the invites that are due.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::header::{ACCEPT, CACHE_CONTROL, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use super::http::ApiError;
use super::state::{AppState, Delivery};
use scimctl_core::Team;
use scimctl_core::error::Error;
use scimctl_core::invites::InviteView;
use scimctl_core::model::{MemberState, UserRow};

/// After a SCIM write left `user` invited: send its invite now, in the
/// background (the answer does not wait for the mail server). If it fails,
/// the invite is kept unsent and [`deliver`] tries again later.
pub fn soon(state: &AppState, user: &UserRow) {
    let Some(mail) = state.mail.clone() else {
        return;
    };
    if user.membership.state != MemberState::Invited {
        return;
    }
    let (team, id) = (state.team.clone(), user.id.clone());
    tokio::spawn(async move {
        let Ok(_turn) = mail.sending.acquire().await else {
            return;
        };
        let done = team
            .invites_deliver_for(mail.mailer.as_ref(), &mail.public_url, &[id])
            .await;
        log_round(done);
    });
}

fn log_round(done: scimctl_core::error::Result<Vec<scimctl_core::invites::Attempt>>) {
    match done {
        Ok(attempts) => {
            for a in attempts {
                match a.outcome {
                    Ok(()) => tracing::info!(invite = %a.invite, "invite sent"),
                    Err(_) => tracing::warn!(
                        invite = %a.invite,
                        "invite not sent; it is retried later (scimctl invites list shows why)"
                    ),
                }
            }
        }
        Err(e) => tracing::warn!(error = %e, "invite delivery failed"),
    }
}

/// How often `serve` looks for invites that are due.
pub const DELIVERY_EVERY: Duration = Duration::from_secs(1);

fn wants_html(headers: &HeaderMap) -> bool {
    headers
        .get(ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
}

/// An invite page: no cache may keep it (the link is a secret).
fn private(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn escape(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '&' => "&amp;".to_string(),
            '<' => "&lt;".to_string(),
            '>' => "&gt;".to_string(),
            '"' => "&quot;".to_string(),
            '\'' => "&#39;".to_string(),
            c => c.to_string(),
        })
        .collect()
}

fn page(status: StatusCode, title: &str, text: &str, button: bool) -> Response {
    let form = if button {
        "<form method=\"post\"><button type=\"submit\">Accept the invitation</button></form>"
    } else {
        ""
    };
    let html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"referrer\" content=\"no-referrer\"><title>{title}</title></head>\
         <body><h1>{title}</h1><p>{text}</p>{form}</body></html>\n",
        title = escape(title),
        text = escape(text),
    );
    let mut response = (status, html).into_response();
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    private(response)
}

fn answer(headers: &HeaderMap, done: Result<InviteView, Error>, accepted: bool) -> Response {
    match (done, wants_html(headers)) {
        (Ok(view), false) => private(axum::Json(view).into_response()),
        (Ok(view), true) if accepted => page(
            StatusCode::OK,
            &format!("Welcome to {}", view.team),
            &format!("{} is now a member of {}.", view.email, view.team),
            false,
        ),
        (Ok(view), true) => page(
            StatusCode::OK,
            &format!("Join {}", view.team),
            &format!(
                "{} is invited to join {}. The invitation can be accepted once, until {}.",
                view.email, view.team, view.expires_at
            ),
            true,
        ),
        (Err(e), true) => {
            let status = StatusCode::from_u16(e.kind().http_status())
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            page(status, "This invitation cannot be used", e.message(), false)
        }
        (Err(e), false) => private(ApiError(e).into_response()),
    }
}

/// `GET /invites/{token}`.
pub async fn show(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Response {
    let done = state.team.invite_show(&token).await;
    answer(&headers, done, false)
}

/// `POST /invites/{token}`: accept.
pub async fn accept(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Response {
    let done = state.team.invite_accept(&token).await;
    answer(&headers, done, true)
}

/// Send the invites that are due, every [`DELIVERY_EVERY`], until `stop`
/// changes or closes. Links start with `public_url`. A failed round (the
/// database unreachable) is logged and tried again at the next tick; a
/// failed email is the invite's own business (it is retried later, and
/// the admin sees it in `scimctl invites list`). Log lines name the
/// invite, never the email or the link.
pub async fn deliver(team: Team, mail: Arc<Delivery>, mut stop: tokio::sync::watch::Receiver<()>) {
    tracing::info!(to = %mail.mailer.describe(), "invite delivery on");
    let mut tick = tokio::time::interval(DELIVERY_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            _ = stop.changed() => return,
        }
        let done = team
            .invites_deliver(mail.mailer.as_ref(), &mail.public_url, true)
            .await;
        log_round(done);
    }
}
