//! A small SMTP server on loopback for the invite tests: it speaks enough
//! of RFC 5321 for a real client (lettre, inside `scimctl serve` and the
//! CLI) to hand it mail, keeps each message it accepts, and can refuse
//! recipients the way a real server does (550 at RCPT TO).

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// What the sink does with a recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Accept,
    /// `550 5.1.1 mailbox unavailable` at RCPT TO.
    RefuseRecipients,
}

struct Shared {
    mails: Vec<String>,
    mode: Mode,
}

pub struct SmtpSink {
    pub addr: SocketAddr,
    shared: Arc<Mutex<Shared>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl SmtpSink {
    /// A sink on a port of its own.
    pub async fn start(mode: Mode) -> SmtpSink {
        SmtpSink::start_on("127.0.0.1:0".parse().unwrap(), mode).await
    }

    /// A sink on `addr` (a port a test reserved, for a server that was
    /// down and comes back).
    pub async fn start_on(addr: SocketAddr, mode: Mode) -> SmtpSink {
        let listener = TcpListener::bind(addr).await.expect("bind the SMTP sink");
        let addr = listener.local_addr().unwrap();
        let shared = Arc::new(Mutex::new(Shared {
            mails: Vec::new(),
            mode,
        }));
        let for_task = shared.clone();
        let task = tokio::spawn(async move {
            while let Ok((conn, _)) = listener.accept().await {
                tokio::spawn(session(conn, for_task.clone()));
            }
        });
        SmtpSink { addr, shared, task }
    }

    /// `smtp://127.0.0.1:PORT`
    pub fn url(&self) -> String {
        format!("smtp://{}", self.addr)
    }

    pub fn mails(&self) -> Vec<String> {
        self.shared.lock().unwrap().mails.clone()
    }

    /// Wait (at most 30 s) until the sink holds `n` messages; them.
    pub async fn wait_for(&self, n: usize) -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let mails = self.mails();
            if mails.len() >= n || Instant::now() > deadline {
                return mails;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

/// One SMTP session: greeting, then a command per line until QUIT.
async fn session(conn: TcpStream, shared: Arc<Mutex<Shared>>) {
    let (read, mut write) = conn.into_split();
    let mut lines = BufReader::new(read);
    let say = async |write: &mut tokio::net::tcp::OwnedWriteHalf, text: &str| {
        write.write_all(text.as_bytes()).await.is_ok()
    };
    if !say(&mut write, "220 sink.test ESMTP ready\r\n").await {
        return;
    }
    let mut line = String::new();
    loop {
        line.clear();
        match lines.read_line(&mut line).await {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        let verb = line.trim_end().to_ascii_uppercase();
        let reply = if verb.starts_with("EHLO") {
            "250-sink.test\r\n250-8BITMIME\r\n250 SIZE 10485760\r\n".to_string()
        } else if verb.starts_with("HELO") {
            "250 sink.test\r\n".to_string()
        } else if verb.starts_with("MAIL FROM") || verb.starts_with("RSET") || verb == "NOOP" {
            "250 2.0.0 OK\r\n".to_string()
        } else if verb.starts_with("RCPT TO") {
            match shared.lock().unwrap().mode {
                Mode::RefuseRecipients => "550 5.1.1 mailbox unavailable\r\n".to_string(),
                Mode::Accept => "250 2.1.5 OK\r\n".to_string(),
            }
        } else if verb == "DATA" {
            if !say(&mut write, "354 end with <CRLF>.<CRLF>\r\n").await {
                return;
            }
            let mut message = String::new();
            loop {
                line.clear();
                match lines.read_line(&mut line).await {
                    Ok(0) | Err(_) => return,
                    Ok(_) => {}
                }
                if line == ".\r\n" || line == ".\n" {
                    break;
                }
                // (dot-stuffing: a line that began with "." was sent as "..")
                message.push_str(line.strip_prefix('.').unwrap_or(&line));
            }
            shared.lock().unwrap().mails.push(message);
            "250 2.0.0 queued\r\n".to_string()
        } else if verb == "QUIT" {
            let _ = say(&mut write, "221 2.0.0 bye\r\n").await;
            return;
        } else {
            "502 5.5.2 command not recognised\r\n".to_string()
        };
        if !say(&mut write, &reply).await {
            return;
        }
    }
}

/// The invite link a message carries.
pub fn link_in(mail: &str) -> String {
    let at = mail.find("http").expect("a link in the mail");
    let link: String = mail[at..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    assert!(link.contains("/invites/inv_"), "{link}");
    link
}

/// A loopback port nothing listens on (bound, then let go): a mail server
/// that is down. A sink can start on it later.
pub fn closed_port() -> SocketAddr {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap()
}
