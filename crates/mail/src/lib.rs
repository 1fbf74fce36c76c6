//! scimctl-mail: where invite emails go (docs/scim.md, "Invites").
//!
//! Two [`Mailer`]s, both writing the same message (lettre's builder: the
//! headers, the encoding of a non-ASCII name, the line endings):
//! - [`Smtp`]: handed to an SMTP server (`smtp://HOST:PORT`, with
//!   `?tls=required` for STARTTLS, or `smtps://` for implicit TLS);
//! - [`Outbox`]: written as one `.eml` file per email into a directory,
//!   readable by its owner only, for a machine with no mail server (and
//!   for trying things out). The file holds the one-time link, as a mail
//!   spool would: it is the delivery.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Body, Mailbox, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use scimctl_core::error::{Error, Result};
use scimctl_core::invites::{InviteMail, Mailer};

/// The sender when none is configured.
pub const DEFAULT_FROM: &str = "scimctl <noreply@localhost>";

/// How long one SMTP exchange may take before it counts as failed (and is
/// retried later).
const SMTP_TIMEOUT: Duration = Duration::from_secs(20);

/// Where mail goes, as configured: an SMTP URL (`None`: the outbox), the
/// sender, and the outbox directory.
pub fn mailer(
    smtp_url: Option<&str>,
    from: Option<&str>,
    outbox: &Path,
) -> Result<Arc<dyn Mailer>> {
    let from = sender(from.unwrap_or(DEFAULT_FROM))?;
    Ok(match smtp_url.map(str::trim).filter(|u| !u.is_empty()) {
        Some(url) => Arc::new(Smtp::new(url, from)?),
        None => Arc::new(Outbox::new(outbox, from)),
    })
}

fn sender(from: &str) -> Result<Mailbox> {
    from.parse()
        .map_err(|e| Error::invalid(format!("{from:?} is not a sender address: {e}")))
}

/// The email for an invite, from `from`.
fn message(from: &Mailbox, mail: &InviteMail) -> std::result::Result<Message, String> {
    let to: Mailbox = mail
        .to
        .parse()
        .map_err(|e| format!("{:?} is not an address mail can go to: {e}", mail.to))?;
    // 8bit, never quoted-printable: the link stays on one line, whole, for
    // whoever reads the message as it is (an outbox file, a test). lettre
    // would pick quoted-printable for any line over 76 characters; 8bit
    // allows 998 (RFC 5322 §2.1.1), which is checked here.
    let text = mail.body().replace('\n', "\r\n");
    if text.split("\r\n").any(|line| line.len() > 998) || text.contains('\0') {
        return Err("the email's text has a line too long for mail".to_string());
    }
    let body = Body::dangerous_pre_encoded(text.into_bytes(), ContentTransferEncoding::EightBit);
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(mail.subject())
        .singlepart(
            SinglePart::builder()
                .header(ContentType::TEXT_PLAIN)
                .body(body),
        )
        .map_err(|e| format!("the email could not be written: {e}"))
}

/// An SMTP server.
pub struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    shown: String,
}

impl Smtp {
    pub fn new(url: &str, from: Mailbox) -> Result<Smtp> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| {
                Error::invalid(format!("{} is not an SMTP URL: {e}", shown(url))).with_hint(
                    "smtp://HOST:PORT (add ?tls=required for STARTTLS) or smtps://HOST:PORT",
                )
            })?
            .timeout(Some(SMTP_TIMEOUT))
            .build();
        Ok(Smtp {
            transport,
            from,
            shown: shown(url),
        })
    }
}

/// An SMTP URL as messages show it: scheme, host and port, without the
/// credentials or options it may carry.
fn shown(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("smtp", url));
    let rest = rest.rsplit_once('@').map_or(rest, |(_, host)| host);
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    format!("{scheme}://{host}")
}

#[async_trait]
impl Mailer for Smtp {
    async fn send(&self, mail: &InviteMail) -> std::result::Result<(), String> {
        let message = message(&self.from, mail)?;
        self.transport
            .send(message)
            .await
            .map(|_| ())
            .map_err(|e| format!("{}: {e}", self.shown))
    }

    fn describe(&self) -> String {
        self.shown.clone()
    }
}

/// A directory of `.eml` files.
pub struct Outbox {
    dir: PathBuf,
    from: Mailbox,
}

impl Outbox {
    pub fn new(dir: &Path, from: Mailbox) -> Outbox {
        Outbox {
            dir: dir.to_path_buf(),
            from,
        }
    }

    fn write(&self, bytes: &[u8]) -> std::io::Result<PathBuf> {
        use std::io::Write;
        let mut dirs = std::fs::DirBuilder::new();
        dirs.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut dirs, 0o700);
        dirs.create(&self.dir)?;
        // Named so that a listing sorts by time; written under a temporary
        // name and renamed, so a reader never sees half an email.
        let name = format!("{}.eml", uuid::Uuid::now_v7());
        let path = self.dir.join(&name);
        let partial = self.dir.join(format!(".{name}.partial"));
        let mut open = std::fs::OpenOptions::new();
        open.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut open, 0o600);
        let mut file = open.open(&partial)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&partial, &path)?;
        Ok(path)
    }
}

#[async_trait]
impl Mailer for Outbox {
    async fn send(&self, mail: &InviteMail) -> std::result::Result<(), String> {
        let bytes = message(&self.from, mail)?.formatted();
        let outbox = Outbox::new(&self.dir, self.from.clone());
        tokio::task::spawn_blocking(move || outbox.write(&bytes))
            .await
            .map_err(|e| format!("the outbox write stopped: {e}"))?
            .map(|_| ())
            .map_err(|e| format!("cannot write to the outbox {}: {e}", self.dir.display()))
    }

    fn describe(&self) -> String {
        format!("the outbox {}", self.dir.display())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail() -> InviteMail {
        InviteMail {
            to: "Ann@Example.com".into(),
            team: "Ünïcode Team".into(),
            link: "http://127.0.0.1:8787/invites/inv_x".into(),
            expires_at: 0,
        }
    }

    #[test]
    fn urls_are_shown_without_credentials() {
        assert_eq!(
            shown("smtp://bob:hunter2@mail.example:587?tls=required"),
            "smtp://mail.example:587"
        );
        assert_eq!(shown("smtps://mail.example"), "smtps://mail.example");
    }

    #[test]
    fn a_bad_smtp_url_is_a_usage_error_that_hides_the_password() {
        let from = sender(DEFAULT_FROM).unwrap();
        let e = Smtp::new("ftp://bob:hunter2@x", from).err().unwrap();
        assert_eq!(e.kind(), scimctl_core::error::Kind::Invalid);
        assert!(!e.to_string().contains("hunter2"), "{e}");
    }

    #[tokio::test]
    async fn the_outbox_holds_one_private_file_per_email() {
        let dir = tempfile::tempdir().unwrap();
        let outbox = Outbox::new(&dir.path().join("out"), sender(DEFAULT_FROM).unwrap());
        outbox.send(&mail()).await.unwrap();
        outbox.send(&mail()).await.unwrap();
        let files: Vec<_> = std::fs::read_dir(dir.path().join("out"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(files.len(), 2, "{files:?}");
        let text = std::fs::read_to_string(&files[0]).unwrap();
        assert!(
            text.contains("http://127.0.0.1:8787/invites/inv_x"),
            "{text}"
        );
        assert!(text.contains("To: Ann@Example.com"), "{text}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&files[0]).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "{mode:o}");
        }
    }

    #[tokio::test]
    async fn an_address_mail_cannot_reach_is_a_failed_attempt() {
        let dir = tempfile::tempdir().unwrap();
        let outbox = Outbox::new(dir.path(), sender(DEFAULT_FROM).unwrap());
        let bad = InviteMail {
            to: "not an address".into(),
            ..mail()
        };
        assert!(outbox.send(&bad).await.is_err());
    }
}
