//! The command line on a real pseudo-terminal: its prompts (docs/cli.md,
//! "Prompts") — confirmations answered both ways, the name prompt of `keys
//! generate`, the hidden token prompt of `auth login` — and what it prints
//! for a terminal (docs/cli.md, "Output"): tables that fit 80 columns,
//! hostile values escaped.

use std::process::Command;
use std::time::Duration;

use expectrl::{Eof, Session};

use crate::common::Machine;

fn pty_command(m: &Machine, args: &[&str]) -> Command {
    let mut cmd = m.std_command(args);
    cmd.env("TERM", "xterm");
    cmd
}

/// Run in a pty, let `talk` drive it, then return the exit code.
fn in_pty(m: &Machine, args: &[&str], talk: impl FnOnce(&mut Session)) -> i32 {
    in_pty_with(pty_command(m, args), talk)
}

fn in_pty_with(cmd: Command, talk: impl FnOnce(&mut Session)) -> i32 {
    let mut s = Session::spawn(cmd).expect("spawn in a pty");
    s.set_expect_timeout(Some(Duration::from_secs(20)));
    talk(&mut s);
    // (`talk` may have read to the end already)
    let _ = s.expect(Eof);
    let status = format!("{:?}", s.get_process().wait().expect("wait"));
    // WaitStatus::Exited(pid, code)
    status
        .trim_end_matches(')')
        .rsplit(", ")
        .next()
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("unexpected status {status}"))
}

/// Everything the program prints from here to its end. (`Eof` matches
/// the whole rest: it is the match, not what stands before it.)
fn to_the_end(s: &mut Session) -> String {
    let found = s.expect(Eof).unwrap();
    String::from_utf8_lossy(found.get(0).unwrap_or_default()).into_owned()
}

/// The same command started with the terminal's echo on, as a user's
/// terminal is. (`expectrl` opens its pty with echo off, so a prompt that
/// forgot to hide what is typed would pass unseen, and waiting for the
/// program to turn echo off would return at once.) `stty` runs in the
/// child before the program starts, so nothing races with the prompt.
fn echoing(cmd: Command) -> Command {
    let mut sh = Command::new("sh");
    // (`scimctl()` clears the environment; what it sets is in get_envs)
    sh.env_clear()
        .arg("-c")
        .arg(r#"stty echo && exec "$0" "$@""#)
        .arg(cmd.get_program())
        .args(cmd.get_args());
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => sh.env(k, v),
            None => sh.env_remove(k),
        };
    }
    if let Some(dir) = cmd.get_current_dir() {
        sh.current_dir(dir);
    }
    sh
}

/// Wait until the program has turned the terminal's echo off. A hidden
/// prompt prints its question first and then switches echo off with
/// `TCSAFLUSH`, which throws away whatever was typed before the switch
/// (as sudo and ssh do); a test that answers as soon as it sees the
/// question loses that race now and then and waits forever.
fn wait_until_echo_is_off(s: &Session) {
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while s
        .get_process()
        .get_echo()
        .expect("read the terminal's flags")
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the hidden prompt never turned echo off"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn confirmations_and_name_prompt_on_a_terminal() {
    let m = Machine::embedded().await;
    crate::common::sso_and_scim(&m).await;
    m.run(&[
        "users",
        "create",
        "ann@example.com",
        "--first",
        "Ann",
        "--last",
        "Lee",
    ])
    .await
    .ok();
    let active = async || {
        m.run(&["users", "get", "ann@example.com", "-o", "json"])
            .await
            .ok()
            .json()["active"]
            .clone()
    };

    // declined: exit 3, nothing changes
    let m2 = &m;
    let code = tokio::task::block_in_place(|| {
        in_pty(m2, &["users", "deactivate", "ann@example.com"], |s| {
            s.expect("Deactivate 1 user").unwrap();
            s.send_line("n").unwrap();
        })
    });
    assert_eq!(code, 3);
    assert_eq!(active().await, true);

    // A line answers, never one keystroke (docs/cli.md, "Prompts"). "maybe"
    // holds a "y" (a one-key prompt took it as yes); here it is asked
    // again, and the whole line "yes" answers — nothing is left over for
    // the shell.
    let code = tokio::task::block_in_place(|| {
        in_pty(m2, &["users", "deactivate", "ann@example.com"], |s| {
            s.expect("Deactivate 1 user").unwrap();
            s.send_line("maybe").unwrap();
            s.expect("Answer yes or no").unwrap();
            s.send_line("yes").unwrap();
            s.expect("Deactivated ann@example.com").unwrap();
        })
    });
    assert_eq!(code, 0);
    assert_eq!(active().await, false);

    // "y" then Enter answers too
    m.run(&["users", "reactivate", "ann@example.com"])
        .await
        .ok();
    let code = tokio::task::block_in_place(|| {
        in_pty(m2, &["users", "deactivate", "ann@example.com"], |s| {
            s.expect("Deactivate 1 user").unwrap();
            s.send_line("y").unwrap();
            s.expect("Deactivated ann@example.com").unwrap();
        })
    });
    assert_eq!(code, 0);
    assert_eq!(active().await, false);

    // --no-input on a terminal: no prompt, exit 3
    // (and says that --no-input is why, not a missing terminal)
    let code = tokio::task::block_in_place(|| {
        in_pty(m2, &["scim", "disable", "--no-input"], |s| {
            s.expect("--no-input (or SCIMCTL_NO_INPUT) says not to ask")
                .unwrap();
        })
    });
    assert_eq!(code, 3);

    // the name prompt of keys generate
    let code = tokio::task::block_in_place(|| {
        in_pty(m2, &["keys", "generate", "--no-store"], |s| {
            s.expect("Name of the new SCIM API key").unwrap();
            s.send_line("typed-name").unwrap();
            s.expect("scim_").unwrap();
        })
    });
    assert_eq!(code, 0);
    let keys = m.run(&["keys", "list", "-o", "json"]).await.ok().json();
    assert_eq!(keys[0]["name"], "typed-name");
}

/// `auth login` on a terminal asks for the admin token without echoing it,
/// checks it against the server and keeps it.
#[tokio::test(flavor = "multi_thread")]
async fn auth_login_prompts_for_the_token_hidden() {
    let mut m = Machine::remote().await;
    let token = m.server.as_ref().unwrap().admin.clone();
    m.env.retain(|(k, _)| k != "SCIMCTL_TOKEN");
    let url = m.url.clone();
    let m2 = &m;
    let mut seen = String::new();
    let code = tokio::task::block_in_place(|| {
        in_pty_with(
            echoing(pty_command(
                m2,
                &["--url", &url, "auth", "login", "--insecure-storage"],
            )),
            |s| {
                s.expect("Admin token").unwrap();
                wait_until_echo_is_off(s);
                s.send_line(&token).unwrap();
                seen = to_the_end(s);
            },
        )
    });
    assert_eq!(code, 0, "{seen}");
    assert!(
        seen.contains("Logged in"),
        "the rest of the run was not read: {seen}"
    );
    assert!(!seen.contains(&token), "the token was echoed: {seen}");
    // the kept token works for the next command
    m.run(&["scim", "status"]).await.ok();
}

/// On a terminal of 80 columns (docs/cli.md, "Output"): a table fits the
/// window (cells cut with `…`, one line per user — IDs used to wrap over
/// four lines) and times read as "… ago".
#[tokio::test(flavor = "multi_thread")]
async fn tables_fit_an_80_column_terminal() {
    let m = Machine::embedded().await;
    crate::common::sso_and_scim(&m).await;
    m.run(&["keys", "generate", "--name", "okta", "--no-store"])
        .await
        .ok();
    for who in ["ann", "bob", "cyd"] {
        let email = format!("{who}@a-rather-long-domain-name.example.com");
        m.run(&["users", "create", &email, "--first", who, "--last", "Lee"])
            .await
            .ok();
    }
    let m2 = &m;
    for args in [
        &["users", "list"][..],
        &["keys", "list"],
        &["audit", "list"],
    ] {
        let mut seen = String::new();
        let mut full = args.to_vec();
        full.extend(["--color", "never"]);
        let code = tokio::task::block_in_place(|| {
            in_pty(m2, &full, |s| {
                // (the header's first word, then the rest to the end)
                let header = if args[0] == "audit" { "SEQ" } else { "ID" };
                s.expect(header).unwrap();
                seen = format!("{header}{}", to_the_end(s));
            })
        });
        assert_eq!(code, 0, "{seen}");
        let lines: Vec<&str> = seen.lines().map(|l| l.trim_end_matches('\r')).collect();
        for line in &lines {
            assert!(
                unicode_width::UnicodeWidthStr::width(*line) <= 80,
                "{args:?}: a line of {} columns: {line:?}",
                unicode_width::UnicodeWidthStr::width(*line)
            );
        }
        if args[0] == "users" {
            assert_eq!(lines.len(), 4, "one line per user: {seen}");
            assert!(seen.contains('…'), "{seen}");
        } else {
            assert!(seen.contains("just now") || seen.contains(" ago"), "{seen}");
        }
    }
    // A question wider than the terminal is said once (a one-key prompt
    // redrew it, repeating its first line at each redraw).
    let mut seen = String::new();
    let users: Vec<String> = ["ann", "bob", "cyd"]
        .iter()
        .map(|w| format!("{w}@a-rather-long-domain-name.example.com"))
        .collect();
    let mut args = vec!["users", "deactivate"];
    args.extend(users.iter().map(String::as_str));
    let code = tokio::task::block_in_place(|| {
        in_pty(m2, &args, |s| {
            s.expect("[y/N]").unwrap();
            s.send("ye").unwrap();
            s.send_line("s").unwrap();
            seen = to_the_end(s);
        })
    });
    assert_eq!(code, 0, "{seen}");
    assert_eq!(seen.matches("Deactivated").count(), 3, "{seen}");
    assert!(
        !seen.contains("Deactivate 3 users"),
        "the question was said again: {seen}"
    );
}

/// On a real terminal (docs/cli.md, "Output"): a name from a backend that
/// holds an OSC title sequence, CR and LF reaches the screen escaped, on
/// one line.
#[tokio::test(flavor = "multi_thread")]
async fn hostile_values_are_escaped_on_a_terminal() {
    // (scimctl serve refuses such names; a third-party service may not)
    let (url, _) = crate::common::foreign_service(vec![serde_json::json!({
        "id": "id-0",
        "userName": "ann@example.com",
        "name": {"givenName": "Ann\u{1b}]0;owned\u{7}\r\nFAKE", "familyName": "Lee"},
        "active": true,
    })])
    .await;
    let m = Machine::against(url);
    let m2 = &m;
    let mut seen = String::new();
    let code = tokio::task::block_in_place(|| {
        in_pty(m2, &["users", "list", "--color", "never"], |s| {
            s.expect("ID").unwrap();
            seen = to_the_end(s);
        })
    });
    assert_eq!(code, 0, "{seen}");
    assert!(
        !seen.contains('\u{1b}'),
        "an escape sequence reached the terminal: {seen:?}"
    );
    assert!(seen.contains("Ann\\x1b]0;o"), "{seen:?}");
    let rows: Vec<&str> = seen.lines().filter(|l| l.contains("Lee")).collect();
    assert_eq!(rows.len(), 1, "{seen:?}");
    assert!(
        !seen.lines().any(|l| l.trim_start().starts_with("FAKE")),
        "{seen:?}"
    );
}
