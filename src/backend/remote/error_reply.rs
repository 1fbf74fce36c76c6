//! What a service's failed answer says, whatever shape it has.
//!
//! A SCIM service should answer errors with RFC 7644's body, but real ones
//! also send `status` as a number, a bare `{"error": …}` from the gateway
//! in front of them (Postman's 401s), a problem+json, an HTML page from a
//! proxy, or plain text. Each becomes one clear line with the service's own
//! words in it, cut to a readable length and with control characters
//! removed (they would reach the terminal), and the SCIM `scimType` kept
//! where there is one: the client decides by it (PUT where a PATCH path is
//! refused).

use serde_json::Value;

use scimctl_core::error::{Error, Kind};
use scimctl_core::scim::ErrorBody;
use scimctl_core::scim::schema::ERROR;
use scimctl_core::scim::stored::get_ci;

/// The most of a service's own words a message quotes.
const MAX_QUOTE: usize = 200;

/// The error an answer with a failure status means. `who` names the
/// service in messages (its URL).
pub fn error_of(who: &str, status: reqwest::StatusCode, text: &str) -> Error {
    let code = status.as_u16();
    let json: Option<Value> = serde_json::from_str(text).ok();
    if let Some(body) = json.as_ref().and_then(scim_error) {
        return body.into_error(code);
    }
    let kind = Kind::from_http_status(code);
    let said = match &json {
        Some(v) => message_in(v, 0),
        None if looks_like_html(text) => html_title(text).map(|t| format!("an HTML page, {t:?}")),
        None => text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .map(str::to_string),
    }
    .map(|s| clean(&s))
    .filter(|s| !s.is_empty());
    let err = Error::new(
        kind,
        match said {
            Some(s) => format!("{who} answered HTTP {status}: {s}"),
            None => format!("{who} answered HTTP {status}"),
        },
    );
    if json.is_none() && looks_like_html(text) && matches!(code, 404 | 405) {
        return err.with_hint(
            "an HTML page is not a SCIM answer: check the URL, or set scim_path to where /Users is",
        );
    }
    err
}

/// A success answer with an HTML page: a login page or a proxy's where
/// SCIM was expected.
pub fn not_json(who: &str, text: &str) -> Error {
    let what = match html_title(text) {
        Some(t) => format!("an HTML page ({:?})", clean(&t)),
        None => "an HTML page".to_string(),
    };
    Error::new(
        Kind::Internal,
        format!("{who} answered with {what}, not SCIM"),
    )
    .with_hint("check the URL, or set scim_path to where /Users is")
}

/// RFC 7644 §3.12's body, as services really send it: `status` a string
/// or a number (or missing), `schemas` naming the error schema — or, when
/// `schemas` is missing, a `scimType` or `detail` that only SCIM uses so.
fn scim_error(v: &Value) -> Option<ErrorBody> {
    let obj = v.as_object()?;
    let named = get_ci(v, "schemas")
        .and_then(Value::as_array)
        .is_some_and(|s| s.iter().any(|x| x.as_str() == Some(ERROR)));
    let text = |k: &str| get_ci(v, k).and_then(Value::as_str).map(str::to_string);
    let scim_type = text("scimType");
    if !named && scim_type.is_none() && !(obj.contains_key("detail") && obj.contains_key("status"))
    {
        return None;
    }
    let status = match get_ci(v, "status") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    Some(ErrorBody {
        schemas: vec![ERROR.to_string()],
        status,
        scim_type,
        // (a SCIM detail is passed on as written, lines and all, as the
        // embedded backend's are: the error printer escapes it)
        detail: text("detail"),
    })
}

/// The human words in a JSON error of some other shape.
fn message_in(v: &Value, depth: u8) -> Option<String> {
    if depth > 3 {
        return None;
    }
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Array(items) => items.iter().find_map(|x| message_in(x, depth + 1)),
        Value::Object(_) => {
            for key in [
                "detail",
                "message",
                "error_description",
                "errorMessage",
                "title",
                "error",
                "errors",
                "description",
            ] {
                if let Some(found) = get_ci(v, key).and_then(|x| message_in(x, depth + 1)) {
                    return Some(found);
                }
            }
            None
        }
        _ => None,
    }
}

pub fn looks_like_html(text: &str) -> bool {
    let start = text
        .trim_start()
        .get(..15)
        .unwrap_or("")
        .to_ascii_lowercase();
    start.starts_with("<!doctype html") || start.starts_with("<html") || start.starts_with("<head")
}

fn html_title(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let open = lower.find("<title")?;
    let start = open + lower[open..].find('>')? + 1;
    let end = start + lower[start..].find("</title")?;
    Some(text.get(start..end)?.trim().to_string()).filter(|t| !t.is_empty())
}

/// One line, no control or format characters, at most [`MAX_QUOTE`]
/// characters.
fn clean(s: &str) -> String {
    let mut out = String::new();
    let mut count = 0;
    for c in s.split_whitespace().flat_map(|w| w.chars().chain([' '])) {
        if scimctl_core::model::forbidden_in_names(c) {
            continue;
        }
        if count == MAX_QUOTE {
            out = out.trim_end().to_string();
            out.push('…');
            return out;
        }
        out.push(c);
        count += 1;
    }
    out.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::StatusCode;

    fn err(status: u16, text: &str) -> Error {
        error_of(
            "https://api.example.com",
            StatusCode::from_u16(status).unwrap(),
            text,
        )
    }

    #[test]
    fn scim_bodies_with_a_number_for_status_keep_their_words_and_type() {
        let e = err(
            400,
            r#"{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":400,"scimType":"invalidPath","detail":"no such path"}"#,
        );
        assert_eq!(e.kind(), Kind::Invalid);
        assert_eq!(
            e.scim_type(),
            Some(scimctl_core::error::ScimType::InvalidPath)
        );
        assert_eq!(e.message(), "no such path");
        // no schemas, but a scimType: still SCIM
        let e = err(409, r#"{"scimType":"uniqueness","detail":"taken"}"#);
        assert_eq!(e.kind(), Kind::Conflict);
        assert_eq!(e.message(), "taken");
    }

    #[test]
    fn other_shapes_are_quoted() {
        let cases = [
            (
                401,
                r#"{"error":{"name":"AuthenticationError","message":"Invalid API Key. Every request requires a valid API Key to be sent."}}"#,
                "Invalid API Key.",
            ),
            (403, r#"{"error":"forbidden","message":"nope"}"#, "nope"),
            (
                400,
                r#"{"type":"about:blank","title":"Bad Request","detail":"count too large"}"#,
                "count too large",
            ),
            (500, r#"{"errors":[{"message":"boom"}]}"#, "boom"),
            (502, "Bad gateway\nmore", "Bad gateway"),
        ];
        for (status, body, want) in cases {
            let e = err(status, body);
            assert_eq!(e.kind(), Kind::from_http_status(status), "{status} {body}");
            assert!(
                e.message().contains(want) && e.message().contains("api.example.com"),
                "{}",
                e.message()
            );
            assert!(e.scim_type().is_none());
        }
    }

    #[test]
    fn html_pages_say_what_they_are() {
        let page =
            "<!DOCTYPE html><html><head><title>404 Not Found</title></head><body>…</body></html>";
        let e = err(404, page);
        assert_eq!(e.kind(), Kind::NotFound);
        assert!(
            e.message().contains("an HTML page, \"404 Not Found\""),
            "{}",
            e.message()
        );
        assert!(e.hint().unwrap().contains("scim_path"));
        assert!(not_json("x", page).message().contains("HTML page"));
    }

    #[test]
    fn quotes_are_one_short_line_without_control_characters() {
        let long = format!(
            "{{\"message\":\"{}\\u001b[31m\\r\\nnext\"}}",
            "a".repeat(500)
        );
        let e = err(500, &long);
        assert!(
            !e.message().chars().any(char::is_control),
            "{:?}",
            e.message()
        );
        assert!(e.message().ends_with('…'));
        assert!(e.message().chars().count() < MAX_QUOTE + 80);
        // an empty or blank body: the status alone
        assert_eq!(
            err(503, "  ").message(),
            "https://api.example.com answered HTTP 503 Service Unavailable"
        );
    }
}
