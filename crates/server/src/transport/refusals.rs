//! SCIM bodies for the refusals hyper writes itself.
//!
//! A request whose header section is larger than hyper's read buffer (a
//! 1 MB cookie, say), or that is not HTTP/1.1 at all, never reaches the
//! router: hyper answers it on its own — `431 Request Header Fields Too
//! Large` or `400 Bad Request` with no body — and closes the connection. A
//! SCIM client then gets nothing to show its user. hyper has no hook for
//! those answers, so the connection's stream is wrapped: a response that
//! starts with one of those two status lines and carries no
//! `content-type` (every answer of the router has one) is replaced, as it
//! is written, by the same status with a SCIM error body. Nothing else on
//! the connection is touched.
//!
//! The wrapper says it cannot write vectored, so that hyper flattens each
//! response head into one buffer, which is what is inspected.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// A stream whose hyper-made refusals get SCIM bodies.
pub struct ScimRefusals<S> {
    inner: S,
    /// The replacement being written, and how much of it is out.
    pending: Option<(Vec<u8>, usize)>,
}

impl<S> ScimRefusals<S> {
    pub fn new(inner: S) -> Self {
        ScimRefusals {
            inner,
            pending: None,
        }
    }
}

/// The replacement for a response head hyper wrote itself, if `head` is one.
fn replacement(head: &[u8]) -> Option<Vec<u8>> {
    let (status, reason, detail) = if head.starts_with(b"HTTP/1.1 431 ") {
        (
            431,
            "Request Header Fields Too Large",
            "the request's header fields are larger (or more) than the server accepts",
        )
    } else if head.starts_with(b"HTTP/1.1 400 ") {
        (
            400,
            "Bad Request",
            "the request could not be read as HTTP/1.1",
        )
    } else {
        return None;
    };
    let end = head
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or(head.len());
    let has_type = head[..end]
        .split(|b| *b == b'\n')
        .any(|line| line.to_ascii_lowercase().starts_with(b"content-type:"));
    if has_type {
        return None;
    }
    let body = serde_json::json!({
        "schemas": [scimctl_core::scim::schema::ERROR],
        "status": status.to_string(),
        "detail": detail,
    })
    .to_string();
    Some(
        format!(
            "HTTP/1.1 {status} {reason}\r\ncontent-type: application/scim+json\r\n\
             content-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        )
        .into_bytes(),
    )
}

impl<S: AsyncWrite + Unpin> ScimRefusals<S> {
    /// Write out what is left of a replacement.
    fn flush_pending(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while let Some((bytes, sent)) = &mut self.pending {
            if *sent == bytes.len() {
                self.pending = None;
                break;
            }
            let n = ready!(Pin::new(&mut self.inner).poll_write(cx, &bytes[*sent..]))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            *sent += n;
        }
        Poll::Ready(Ok(()))
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for ScimRefusals<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for ScimRefusals<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        // A replacement still going out stands for the bytes hyper is
        // writing again (it retries what was not taken).
        if self.pending.is_some() {
            ready!(self.flush_pending(cx))?;
            return Poll::Ready(Ok(buf.len()));
        }
        if let Some(bytes) = replacement(buf) {
            self.pending = Some((bytes, 0));
            ready!(self.flush_pending(cx))?;
            return Poll::Ready(Ok(buf.len()));
        }
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.flush_pending(cx))?;
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.flush_pending(cx))?;
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    fn is_write_vectored(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_hypers_own_refusals_are_replaced() {
        let hyper =
            b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\ndate: x\r\n\r\n";
        let out = String::from_utf8(replacement(hyper).unwrap()).unwrap();
        assert!(out.starts_with("HTTP/1.1 431 "));
        assert!(out.contains("application/scim+json"));
        let body: serde_json::Value =
            serde_json::from_str(out.split("\r\n\r\n").nth(1).unwrap()).unwrap();
        assert_eq!(body["status"], "431");
        assert!(replacement(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n").is_some());
        // the router's own answers have a content type, and stay as they are
        let ours = b"HTTP/1.1 400 Bad Request\r\nContent-Type: application/scim+json\r\ncontent-length: 2\r\n\r\n{}";
        assert!(replacement(ours).is_none());
        assert!(replacement(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n").is_none());
    }
}
