//! The whole suite's logs, scanned for secrets (docs/cli.md, "Secrets").
//!
//! `scripts/test` runs the suite with `SCIMCTL_TEST_LOG_DIR` set: every
//! in-process server, core and database call logs at trace level into that
//! directory, every `scimctl` process the tests start runs with
//! `SCIMCTL_LOG=trace` and has its stderr kept there. Then it runs this
//! test, which reads all of it and fails on anything shaped like a secret.
//! (Each test that issues secrets also scans its own database and config
//! directory: see `no_plaintext_secret_in_the_database_file` and
//! `secrets_do_not_leak`.)

use std::path::Path;

/// Literal secrets the tests use besides issued keys and tokens: user
/// passwords, and the test server's database password.
fn known_secrets() -> Vec<String> {
    let mut known: Vec<String> = ["1mz050nq", "pw-9f8e7d", "pw-7c1d9e"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    if let Some(url) = crate::common::postgres_base()
        && let Some((userinfo, _)) = url.split_once("://").and_then(|(_, r)| r.rsplit_once('@'))
        && let Some((_, password)) = userinfo.split_once(':')
    {
        known.push(password.to_string());
    }
    known
}

/// Every place in `text` that holds a secret: a SCIM key, admin token,
/// invite link's or account's token (`scim_`/`scimadm_`/`inv_`/`acct_` and 20 or more base62
/// characters — displayed prefixes are 6), a bearer credential, or one of
/// `known`.
pub fn findings(text: &str, known: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for marker in ["scimadm_", "scim_", "inv_", "acct_"] {
        let mut from = 0;
        while let Some(at) = text[from..].find(marker) {
            let start = from + at + marker.len();
            let run = text[start..]
                .bytes()
                .take_while(u8::is_ascii_alphanumeric)
                .count();
            if run >= 20 {
                found.push(format!("{marker}{}…", &text[start..start + 4]));
            }
            from = start;
        }
    }
    let lower = text.to_ascii_lowercase();
    if lower.contains("bearer ") && lower.contains("authorization") {
        found.push("an Authorization header".into());
    }
    for k in known {
        if text.contains(k.as_str()) {
            found.push(format!("{}…", &k[..3]));
        }
    }
    found
}

#[test]
fn the_scanner_finds_planted_secrets() {
    let key = "scim_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd";
    let text = format!("INFO request done\nDEBUG presented {key} at /Users\n");
    assert_eq!(findings(&text, &[]).len(), 1);
    let token = "scimadm_0123456789012345678901234567890123456789";
    assert!(!findings(&format!("x {token} y"), &[]).is_empty());
    assert!(!findings("authorization: Bearer x", &[]).is_empty());
    let link = "GET /invites/inv_AYJkFBgklgS1SIxBsuh2kXbWPGHPG2kZOgqHrCly";
    assert!(!findings(link, &[]).is_empty());
    assert!(!findings("password=hunter2", &["hunter2".into()]).is_empty());
    // a key's displayed prefix is not a secret
    assert!(findings("created key scim_AbCdEf (okta)", &[]).is_empty());
}

fn read_all(dir: &Path, into: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).expect("log dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            read_all(&path, into);
        } else {
            let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
            into.push((path.display().to_string(), text));
        }
    }
}

#[test]
#[ignore = "run by scripts/test after the whole suite, on the logs it left"]
fn the_whole_suites_logs_hold_no_secret() {
    let dir = crate::common::log_dir()
        .expect("SCIMCTL_TEST_LOG_DIR names the directory the suite logged into");
    let mut files = Vec::new();
    read_all(&dir, &mut files);
    let bytes: usize = files.iter().map(|(_, t)| t.len()).sum();
    let all = files.iter().map(|(_, t)| t.as_str()).collect::<String>();
    // The logs are real and complete enough to mean something: requests of
    // both APIs, from in-process servers and from `serve` processes, at
    // trace level, and key prefixes (which are fine to log) are there.
    assert!(files.len() > 20, "only {} log files", files.len());
    for expected in ["TRACE", "/scim/v2/Users", "/admin/v1/keys", "listening on"] {
        assert!(
            all.contains(expected),
            "no {expected:?} in {bytes} bytes of logs"
        );
    }
    let known = known_secrets();
    let mut leaks = Vec::new();
    for (path, text) in &files {
        for f in findings(text, &known) {
            leaks.push(format!("{path}: {f}"));
        }
    }
    eprintln!(
        "secret scan: {} files, {bytes} bytes of logs, {} findings",
        files.len(),
        leaks.len()
    );
    assert!(
        leaks.is_empty(),
        "secrets in the logs:\n{}",
        leaks.join("\n")
    );
}
