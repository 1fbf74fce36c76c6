//! `scimctl invites`: the team's invites (docs/scim.md, "Invites"). An
//! invited member joins by the one-time link of the invite email; until
//! then the membership is `invited`. Invites come from SCIM creates for an
//! account that exists already, from reactivating someone who never
//! joined, and from `invites create`.

use serde_json::Value;

use crate::cli::context::Context;
use crate::mail::MailArgs;
use crate::ui::output::{Format, Record};
use crate::ui::table::relative;
use scimctl_core::Team;
use scimctl_core::error::Result;
use scimctl_core::invites::Attempt;
use scimctl_core::model::{Actor, InviteRow};
use scimctl_core::time::Clock;

/// The team's invites: list them, invite an email by hand, revoke one,
/// send one again. On a database backend (sqlite://, postgres://) emails
/// go through SCIMCTL_SMTP_URL when it is set, else into the outbox, and
/// links start with SCIMCTL_PUBLIC_URL (default http://127.0.0.1:8787,
/// where `scimctl serve` listens); against `scimctl serve` the server
/// sends them, through its admin API.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List the team's open invites (pending, unsent, expired), newest
    /// first: email, state, age, who invited, and why an unsent one failed.
    #[command(
        after_help = "Examples:\n  scimctl invites list\n  scimctl invites list --all -o json"
    )]
    List(ListArgs),
    /// Invite an email to the team: an invited member (and an account,
    /// when there is none) and an email with a one-time link, valid 7
    /// days. The team's identity provider can later create the same user:
    /// the invite becomes its own instead of the create failing.
    #[command(
        after_help = "Examples:\n  scimctl invites create ann@example.com --first Ann --last Lee\n  SCIMCTL_SMTP_URL=smtp://mail.example.com:587?tls=required scimctl invites create ann@example.com"
    )]
    Create(CreateArgs),
    /// Revoke an invite: its link stops working and the membership is
    /// deactivated (nothing is deleted).
    #[command(after_help = "Examples:\n  scimctl invites revoke ann@example.com")]
    Revoke(WhichArgs),
    /// Send an invite again, with a new link valid 7 days; the old link
    /// stops working. Also for an expired invite, or one whose email could
    /// not be sent.
    #[command(after_help = "Examples:\n  scimctl invites resend ann@example.com")]
    Resend(ResendArgs),
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Also the closed ones: accepted, revoked, replaced by a resend.
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    /// The email to invite; compared case-insensitively, as userNames are.
    pub email: String,
    /// Given name.
    #[arg(long)]
    pub first: Option<String>,
    /// Family name.
    #[arg(long)]
    pub last: Option<String>,
    #[command(flatten)]
    pub mail: MailArgs,
}

#[derive(Debug, clap::Args)]
pub struct WhichArgs {
    /// The invite: its id, or the invited email.
    pub invite: String,
}

#[derive(Debug, clap::Args)]
pub struct ResendArgs {
    /// The invite: its id, or the invited email.
    pub invite: String,
    #[command(flatten)]
    pub mail: MailArgs,
}

/// An invite as the commands show it: a table row, or the JSON the admin
/// API answers with too ([`scimctl_core::invites::invite_json`]); built
/// from that JSON, so that both backends show the same.
pub struct InviteView {
    json: Value,
    age: String,
}

impl InviteView {
    fn field(&self, name: &str) -> String {
        self.json[name].as_str().unwrap_or_default().to_string()
    }
}

impl Record for InviteView {
    fn headers() -> &'static [&'static str] {
        &["EMAIL", "STATE", "AGE", "INVITED BY", "NOTE"]
    }
    fn cells(&self) -> Vec<String> {
        let state = self.field("state");
        let note = match (state.as_str(), self.json["last_error"].as_str()) {
            ("unsent", Some(why)) => format!("{} attempts: {why}", self.json["attempts"]),
            ("unsent", None) => "not sent yet".to_string(),
            ("pending", _) => format!("expires {}", self.field("expires_at")),
            ("expired", _) => "`invites resend` sends a new one".to_string(),
            _ => String::new(),
        };
        vec![
            self.field("email"),
            state,
            self.age.clone(),
            self.field("invited_by"),
            note,
        ]
    }
    fn json(&self) -> Value {
        self.json.clone()
    }
}

fn view_of(json: Value, now: i64) -> InviteView {
    let created = json["created_at"]
        .as_str()
        .and_then(scimctl_core::time::parse_rfc3339);
    let age = created.map_or_else(String::new, |at| {
        relative(at, now).trim_end_matches(" ago").to_string()
    });
    InviteView { json, age }
}

fn view(row: &InviteRow, now: i64) -> InviteView {
    view_of(scimctl_core::invites::invite_json(row, now), now)
}

pub async fn run(ctx: &Context, cmd: Command) -> Result<()> {
    if crate::backend::is_remote(&ctx.resolved()?.url) {
        return remote(ctx, cmd).await;
    }
    let team = ctx.database_team("invites").await?;
    let actor = Actor::local();
    match cmd {
        Command::List(a) => {
            let now = team.now();
            let views: Vec<InviteView> = team
                .invites_list(a.all)
                .await?
                .iter()
                .map(|i| view(i, now))
                .collect();
            ctx.out.list(&views)
        }
        Command::Create(a) => {
            // (the mail settings are checked before anything is written)
            let sender = Sender::of(ctx, &a.mail)?;
            let (_, invite) = team
                .invite_create(&actor, &a.email, a.first.as_deref(), a.last.as_deref())
                .await?;
            eprintln!("Invited {} to the team.", invite.email);
            deliver(ctx, &team, &sender, &invite).await
        }
        Command::Revoke(a) => {
            let invite = team.invite_revoke(&actor, &a.invite).await?;
            eprintln!(
                "Revoked the invite for {}: its link no longer works, and the membership is deactivated.",
                invite.email
            );
            ctx.out.one(&view(&invite, team.now()))
        }
        Command::Resend(a) => {
            let sender = Sender::of(ctx, &a.mail)?;
            let invite = team.invite_resend(&actor, &a.invite).await?;
            eprintln!(
                "A new invite for {} replaces the old one, whose link no longer works.",
                invite.email
            );
            deliver(ctx, &team, &sender, &invite).await
        }
    }
}

/// Where this run's invite emails go: the flags and environment, else the
/// profile's settings.
struct Sender {
    mailer: std::sync::Arc<dyn scimctl_core::invites::Mailer>,
    public_url: String,
}

impl Sender {
    fn of(ctx: &Context, mail: &MailArgs) -> Result<Sender> {
        let profile = ctx.resolved()?.profile;
        Ok(Sender {
            mailer: mail.or_profile(&profile)?.mailer()?,
            public_url: crate::mail::public_url(&profile),
        })
    }
}

/// The same against a remote `serve`, through its admin API: the server
/// sends the emails, with its own mail settings.
async fn remote(ctx: &Context, cmd: Command) -> Result<()> {
    use crate::backend::remote::enc;
    let (backend, _) = ctx.backend().await?;
    let now = scimctl_core::time::SystemClock.now();
    let answer = match cmd {
        Command::List(a) => {
            let path = if a.all {
                "/invites?all=true"
            } else {
                "/invites"
            };
            let list = backend.admin_call("GET", path, None).await?;
            let views: Vec<InviteView> = list
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .map(|v| view_of(v, now))
                .collect();
            return ctx.out.list(&views);
        }
        Command::Create(a) => {
            let body =
                serde_json::json!({"email": a.email, "givenName": a.first, "familyName": a.last});
            let made = backend.admin_call("POST", "/invites", Some(body)).await?;
            eprintln!(
                "Invited {} to the team.",
                made["email"].as_str().unwrap_or_default()
            );
            made
        }
        Command::Revoke(a) => {
            let path = format!("/invites/{}/revoke", enc(&a.invite));
            backend.admin_call("POST", &path, None).await?
        }
        Command::Resend(a) => {
            let path = format!("/invites/{}/resend", enc(&a.invite));
            backend.admin_call("POST", &path, None).await?
        }
    };
    match (answer["state"].as_str(), answer["last_error"].as_str()) {
        (Some("unsent"), Some(why)) => eprintln!(
            "warning: the server could not send the invite email ({why}); it tries again."
        ),
        (Some("pending"), _) => eprintln!("The server sent the invite email."),
        _ => {}
    }
    let view = view_of(answer, now);
    if ctx.out.format == Format::Table {
        ctx.out.list(&[view])
    } else {
        ctx.out.one(&view)
    }
}

/// Send the invite now, say where it went (or why it did not), and show it.
async fn deliver(ctx: &Context, team: &Team, sender: &Sender, invite: &InviteRow) -> Result<()> {
    let mailer = &sender.mailer;
    let attempts = team
        .invites_deliver_for(
            mailer.as_ref(),
            &sender.public_url,
            std::slice::from_ref(&invite.user_id),
        )
        .await?;
    match attempts.first() {
        Some(Attempt {
            outcome: Ok(()), ..
        }) => {
            eprintln!("The invite email went to {}.", mailer.describe());
        }
        Some(Attempt {
            outcome: Err(why), ..
        }) => eprintln!(
            "warning: the invite email was not sent ({why}). The invite is kept as unsent: \
             `scimctl serve` tries again, or run `scimctl invites resend {}`.",
            invite.email
        ),
        None => {}
    }
    let now = team.now();
    let current = team.invite_find(&invite.id).await?;
    if ctx.out.format == Format::Table {
        ctx.out.list(&[view(&current, now)])
    } else {
        ctx.out.one(&view(&current, now))
    }
}
