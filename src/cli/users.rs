//! `scimctl users`

use std::io::Write;

use serde_json::{Value, json};

use crate::backend::Backend;
use crate::cli::Context;
use crate::cli::records::UserResource;
use crate::error::{Error, Kind, Result};
use crate::scim::patch::PatchOperation;
use crate::scim::schema::USER_SCHEMA;
use crate::ui::output::{Format, Record, table};

/// Users of the team, over SCIM: list, look up, create, update, deactivate
/// and reactivate. Works with `scimctl serve`, the embedded database, and
/// any SCIM 2.0 service.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List users, following pages to the end (or --limit).
    List(ListArgs),
    /// Show one user, by id or userName (email).
    Get(UserArg),
    /// Create a user. New users get the role `developer` unless --role says otherwise.
    Create(CreateArgs),
    /// Change a user's first name, last name or role.
    Update(UpdateArgs),
    /// Deactivate users: removed from the team and blocked from signing in; nothing is deleted. Asks first.
    Deactivate(ManyArgs),
    /// Reactivate users: back in the team, able to sign in.
    Reactivate(ManyArgs),
    Import(super::import::ImportArgs),
    Export(super::import::ExportArgs),
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// A SCIM filter, e.g. 'userName sw "ann"' or 'name.familyName eq "Lee"'.
    #[arg(long)]
    pub filter: Option<String>,
    /// Only active users.
    #[arg(long, conflicts_with = "inactive")]
    pub active: bool,
    /// Only deactivated users.
    #[arg(long)]
    pub inactive: bool,
    /// Stop after this many users.
    #[arg(long)]
    pub limit: Option<u64>,
    /// Users per request.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u64).range(1..=1000))]
    pub page_size: u64,
}

#[derive(Debug, clap::Args)]
pub struct UserArg {
    /// User id, or userName (email).
    pub user: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum IfExists {
    /// Fail with exit 6.
    Fail,
    /// Leave the existing user as it is.
    Skip,
    /// Update the existing user's name and role.
    Update,
}

#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    /// Email address; becomes the userName.
    pub email: String,
    /// First name.
    #[arg(long)]
    pub first: String,
    /// Last name.
    #[arg(long)]
    pub last: String,
    /// The IdP's identifier for the user.
    #[arg(long)]
    pub external_id: Option<String>,
    /// Team role [default: developer].
    #[arg(long)]
    pub role: Option<String>,
    /// What to do when the userName is taken.
    #[arg(long, value_enum, default_value_t = IfExists::Fail)]
    pub if_exists: IfExists,
}

#[derive(Debug, clap::Args)]
pub struct UpdateArgs {
    /// User id, or userName (email).
    pub user: String,
    /// New first name.
    #[arg(long)]
    pub first: Option<String>,
    /// New last name.
    #[arg(long)]
    pub last: Option<String>,
    /// New team role.
    #[arg(long)]
    pub role: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct ManyArgs {
    /// User ids or userNames (emails).
    #[arg(required = true)]
    pub users: Vec<String>,
}

pub async fn run(ctx: &Context, cmd: Command) -> Result<()> {
    let (backend, _) = ctx.backend().await?;
    let backend = backend.as_ref();
    match cmd {
        Command::List(a) => list(ctx, backend, a).await,
        Command::Get(a) => show(ctx, &find(backend, &a.user).await?),
        Command::Create(a) => create(ctx, backend, a).await,
        Command::Update(a) => update(ctx, backend, a).await,
        Command::Deactivate(a) => set_active(ctx, backend, a, false).await,
        Command::Reactivate(a) => set_active(ctx, backend, a, true).await,
        Command::Import(a) => super::import::import(ctx, backend, a).await,
        Command::Export(a) => super::import::export(ctx, backend, a).await,
    }
}

fn show(ctx: &Context, user: &Value) -> Result<()> {
    match ctx.out.format {
        Format::Json | Format::Jsonl => ctx.out.raw(user),
        _ => ctx.out.one(&UserResource(user.clone())),
    }
}

/// A SCIM string literal.
fn quote(s: &str) -> String {
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
    let filter = format!("userName eq {}", quote(user));
    backend
        .users_page(Some(&filter), 1, 2)
        .await?
        .resources
        .into_iter()
        .next()
        .ok_or_else(|| Error::not_found(format!("no user {user:?}")))
}

fn id_of(user: &Value) -> Result<String> {
    user.get("id")
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| Error::internal("the backend returned a user without an id"))
}

async fn list(ctx: &Context, backend: &dyn Backend, a: ListArgs) -> Result<()> {
    let active = if a.active {
        Some("active eq true")
    } else if a.inactive {
        Some("active eq false")
    } else {
        None
    };
    let filter = match (a.filter.as_deref(), active) {
        (Some(f), Some(x)) => Some(format!("({f}) and {x}")),
        (Some(f), None) => Some(f.to_string()),
        (None, Some(x)) => Some(x.to_string()),
        (None, None) => None,
    };
    let mut printer = Streamer::new(ctx.out);
    each_user(backend, filter.as_deref(), a.page_size, a.limit, |user| {
        printer.push(user)
    })
    .await?;
    printer.finish()
}

/// Call `f` on every user, page by page, fetching the next page while the
/// current one is handled (the server works while the client prints).
/// Pages advance by what arrived, never by `itemsPerPage` or `count`.
pub async fn each_user(
    backend: &dyn Backend,
    filter: Option<&str>,
    page_size: u64,
    limit: Option<u64>,
    mut f: impl FnMut(Value) -> Result<()>,
) -> Result<()> {
    let want = |seen: u64| match limit {
        Some(l) => page_size.min(l.saturating_sub(seen)),
        None => page_size,
    };
    let mut start = 1;
    let mut seen = 0u64;
    if want(0) == 0 {
        return Ok(());
    }
    let mut page = backend.users_page(filter, start, want(0)).await?;
    loop {
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

/// Prints users as they arrive, so a long listing runs in constant memory
/// (tables excepted: their columns need every row).
struct Streamer {
    format: Format,
    color: bool,
    count: usize,
    rows: Vec<Vec<String>>,
    csv: Option<csv::Writer<std::io::Stdout>>,
}

impl Streamer {
    fn new(out: crate::ui::output::Output) -> Self {
        Streamer {
            format: out.format,
            color: out.color,
            count: 0,
            rows: Vec::new(),
            csv: None,
        }
    }

    fn push(&mut self, user: Value) -> Result<()> {
        let mut out = std::io::stdout().lock();
        let io = |e: std::io::Error| Error::internal(format!("cannot write output: {e}"));
        match self.format {
            Format::Json => {
                let sep = if self.count == 0 { "[\n" } else { ",\n" };
                write!(out, "{sep}{}", indent(&user)).map_err(io)?;
            }
            Format::Jsonl => writeln!(out, "{user}").map_err(io)?,
            Format::Csv => {
                let w = self.csv.get_or_insert_with(|| {
                    let mut w = csv::Writer::from_writer(std::io::stdout());
                    let _ = w.write_record(UserResource::headers());
                    w
                });
                w.write_record(UserResource(user).cells())
                    .map_err(|e| Error::internal(format!("cannot write CSV: {e}")))?;
            }
            Format::Table => self.rows.push(UserResource(user).cells()),
        }
        self.count += 1;
        Ok(())
    }

    fn finish(mut self) -> Result<()> {
        let io = |e: std::io::Error| Error::internal(format!("cannot write output: {e}"));
        match self.format {
            Format::Json if self.count == 0 => println!("[]"),
            Format::Json => println!("\n]"),
            Format::Csv => {
                let w = self.csv.get_or_insert_with(|| {
                    let mut w = csv::Writer::from_writer(std::io::stdout());
                    let _ = w.write_record(UserResource::headers());
                    w
                });
                w.flush().map_err(io)?;
            }
            Format::Table => {
                println!(
                    "{}",
                    table(UserResource::headers(), self.rows.into_iter(), self.color)
                );
            }
            Format::Jsonl => {}
        }
        Ok(())
    }
}

fn indent(v: &Value) -> String {
    serde_json::to_string_pretty(v)
        .unwrap_or_default()
        .lines()
        .map(|l| format!("  {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn user_body(a: &CreateArgs) -> Value {
    let mut body = json!({
        "schemas": [USER_SCHEMA],
        "userName": a.email,
        "name": {"givenName": a.first, "familyName": a.last},
        "displayName": format!("{} {}", a.first, a.last),
        "emails": [{"value": a.email, "type": "work", "primary": true}],
        "active": true,
    });
    if let Some(x) = &a.external_id {
        body["externalId"] = json!(x);
    }
    if let Some(r) = &a.role {
        body["roles"] = json!([{"value": r, "primary": true}]);
    }
    body
}

fn profile_ops(first: Option<&str>, last: Option<&str>, role: Option<&str>) -> Vec<PatchOperation> {
    let mut ops = Vec::new();
    if let Some(f) = first {
        ops.push(PatchOperation::replace(Some("name.givenName"), json!(f)));
    }
    if let Some(l) = last {
        ops.push(PatchOperation::replace(Some("name.familyName"), json!(l)));
    }
    if let Some(r) = role {
        ops.push(PatchOperation::replace(
            Some("roles"),
            json!([{"value": r, "primary": true}]),
        ));
    }
    ops
}

async fn create(ctx: &Context, backend: &dyn Backend, a: CreateArgs) -> Result<()> {
    match backend.user_create(&user_body(&a)).await {
        Ok(user) => {
            eprintln!("Created user {} ({}).", a.email, id_of(&user)?);
            show(ctx, &user)
        }
        Err(e) if e.kind() == Kind::Conflict && a.if_exists != IfExists::Fail => {
            let existing = find(backend, &a.email).await?;
            let user = if a.if_exists == IfExists::Update {
                let ops = profile_ops(Some(&a.first), Some(&a.last), a.role.as_deref());
                let u = backend.user_patch(&id_of(&existing)?, &ops).await?;
                eprintln!("User {} exists; updated.", a.email);
                u
            } else {
                eprintln!("User {} exists; skipped.", a.email);
                existing
            };
            show(ctx, &user)
        }
        Err(e) if e.kind() == Kind::Conflict => {
            Err(Error::conflict(format!("user {} already exists", a.email))
                .with_hint("--if-exists skip or --if-exists update handle existing users"))
        }
        Err(e) => Err(e),
    }
}

async fn update(ctx: &Context, backend: &dyn Backend, a: UpdateArgs) -> Result<()> {
    let ops = profile_ops(a.first.as_deref(), a.last.as_deref(), a.role.as_deref());
    if ops.is_empty() {
        return Err(Error::invalid("nothing to update").with_hint("pass --first, --last or --role"));
    }
    let user = find(backend, &a.user).await?;
    let updated = backend.user_patch(&id_of(&user)?, &ops).await?;
    eprintln!("Updated user {}.", a.user);
    show(ctx, &updated)
}

async fn set_active(ctx: &Context, backend: &dyn Backend, a: ManyArgs, active: bool) -> Result<()> {
    // Resolve every user first: a typo in the fifth name must not leave four
    // users changed and one not.
    let mut users = Vec::with_capacity(a.users.len());
    for u in &a.users {
        users.push((u.clone(), find(backend, u).await?));
    }
    if !active {
        let names: Vec<&str> = a.users.iter().map(String::as_str).collect();
        ctx.prompt.confirm(&format!(
            "Deactivate {} user{} ({})? They are removed from the team and cannot sign in; nothing is deleted.",
            users.len(),
            if users.len() == 1 { "" } else { "s" },
            names.join(", ")
        ))?;
    }
    let op = PatchOperation::replace(None, json!({"active": active}));
    let mut changed = Vec::with_capacity(users.len());
    for (name, user) in &users {
        let updated = backend
            .user_patch(&id_of(user)?, std::slice::from_ref(&op))
            .await?;
        eprintln!(
            "{} {name}.",
            if active { "Reactivated" } else { "Deactivated" }
        );
        changed.push(UserResource(updated));
    }
    match ctx.out.format {
        Format::Json | Format::Jsonl => {
            for u in &changed {
                ctx.out.raw(&u.0)?;
            }
            Ok(())
        }
        _ => ctx.out.list(&changed),
    }
}
