//! What every command prints, and how (docs/cli.md, "Output"): `scimctl …
//! | head -1` ends quietly, each output format is honoured or refused
//! (never swapped for another), control characters from a backend are
//! escaped, `--color` is followed, every command's help ends with
//! examples, and dynamic completion knows this machine's profiles, keys
//! and groups.

use std::io::{BufRead, BufReader, Read};
use std::process::Stdio;

use crate::common::{Machine, add_user, ready, scenarios, users_csv};

scenarios! {
    a_closed_stdout_ends_every_command_quietly,
}

/// `scimctl ARGS | head -1`: read one line of stdout, close the pipe, and
/// return the exit code and what reached stderr.
fn first_line_then_close(m: &Machine, args: &[&str]) -> (i32, String, String) {
    let mut child = m
        .std_command(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn scimctl");
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    drop(stdout);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let code = child.wait().unwrap().code().unwrap_or(-1);
    let messages = crate::common::Out {
        args: Vec::new(),
        code,
        stdout: String::new(),
        stderr,
    }
    .messages();
    (code, line, messages)
}

/// `scimctl … | head -1` exits 0 with nothing on stderr, in every format
/// (docs/cli.md, "Output"). Each output here is far larger than a pipe's
/// buffer, so the writer meets the closed pipe. (Before: a panic with exit
/// 101 for tables, "cannot write output" with exit 1 for the others, exit
/// 130 for the audit table.)
async fn a_closed_stdout_ends_every_command_quietly(m: Machine) {
    ready(&m).await;
    let file = m.write_file("many.csv", &users_csv(0, 3000));
    m.run(&["users", "import", &file]).await.ok();
    let commands: &[&[&str]] = &[
        &["users", "list"],
        &["users", "list", "-o", "json"],
        &["users", "list", "-o", "jsonl"],
        &["users", "list", "-o", "csv"],
        &["users", "export"],
        &["users", "export", "-o", "jsonl"],
        &["audit", "list"],
        &["audit", "list", "-o", "json"],
        &["audit", "list", "-o", "csv"],
        &["completions", "bash"],
    ];
    for args in commands {
        let (code, line, messages) = first_line_then_close(&m, args);
        assert!(!line.is_empty(), "{args:?} printed nothing");
        assert_eq!(
            (code, messages.as_str()),
            (0, ""),
            "`scimctl {}` | head -1",
            args.join(" ")
        );
    }
}

/// Every format means the same everywhere, or is refused with exit 2 —
/// never a silent substitute; CSV and JSON hold whole values and fixed
/// words (docs/cli.md, "Output").
#[tokio::test(flavor = "multi_thread")]
async fn formats_are_honoured_or_refused() {
    let m = Machine::remote().await;
    ready(&m).await;
    add_user(&m, "ann@example.com").await;
    for format in ["json", "table"] {
        let out = m.run(&["users", "export", "-o", format]).await.code(2);
        assert!(out.messages().contains("csv or jsonl"), "{}", out.stderr);
    }
    let csv = m.run(&["users", "export"]).await.ok().stdout;
    assert!(csv.starts_with("email,first_name,last_name"), "{csv}");
    let jsonl = m.run(&["users", "export", "-o", "jsonl"]).await.ok().stdout;
    assert!(jsonl.starts_with("{\"email\""), "{jsonl}");
    // keys as CSV: the whole prefix, empty cells empty
    let keys = m.run(&["keys", "list", "-o", "csv"]).await.ok().stdout;
    let row = keys.lines().nth(1).unwrap();
    assert!(
        !row.contains('…') && !row.contains(",-,") && !row.ends_with(",-"),
        "{row}"
    );
    // auth status: CSV is CSV, JSON holds fixed words
    let csv = m.run(&["auth", "status", "-o", "csv"]).await.ok().stdout;
    assert!(
        csv.starts_with("profile,url,backend,admin_token_status"),
        "{csv}"
    );
    let json = m.run(&["auth", "status", "-o", "json"]).await.ok().json();
    assert_eq!(json["admin_token"]["status"], "accepted");
    assert_eq!(json["scim_key"]["status"], "accepted");
    // import -o table: one line per row
    let file = m.write_file("two.csv", &users_csv(100, 2));
    let table = m.run(&["users", "import", &file, "-o", "table"]).await.ok();
    assert_eq!(table.stdout.lines().count(), 3, "{}", table.stdout);
    assert!(table.stdout.starts_with("ROW  EMAIL"), "{}", table.stdout);
}

/// Values from a backend are shown, never executed (docs/cli.md, "Output").
/// A user whose name would retitle the terminal window and fake a table row
/// is printed escaped, on one line; JSON and CSV on a pipe keep the value
/// whole.
#[tokio::test(flavor = "multi_thread")]
async fn control_characters_from_a_backend_are_escaped() {
    // (scimctl serve refuses such names; a third-party service may not)
    let hostile = "Ann\u{1b}]0;owned\u{7}\r\nFAKE  row";
    let (url, _) = crate::common::foreign_service(vec![serde_json::json!({
        "id": "id-0",
        "userName": "ann@example.com",
        "name": {"givenName": hostile, "familyName": "Lee"},
        "active": true,
    })])
    .await;
    let m = Machine::against(url);
    let table = m.run(&["users", "list"]).await;
    assert_eq!(table.code, 0, "{}", table.stderr);
    assert!(!table.stdout.contains('\u{1b}') && !table.stdout.contains('\r'));
    assert_eq!(table.stdout.lines().count(), 2, "{}", table.stdout);
    assert!(
        table.stdout.contains("Ann\\x1b]0;owned\\x07\\x0d\\x0aFAKE"),
        "{}",
        table.stdout
    );
    let one = m.run(&["users", "get", "ann@example.com"]).await;
    assert!(!one.stdout.contains('\u{1b}'), "{}", one.stdout);
    // machine formats carry the value whole
    let json = m.run(&["users", "list", "-o", "json"]).await.json();
    assert_eq!(json[0]["name"]["givenName"], hostile);
}

/// `--color always` styles tables and error prefixes; `never` and a
/// non-terminal (the default `auto`) print plain text.
#[tokio::test(flavor = "multi_thread")]
async fn colour_follows_the_flag() {
    let m = Machine::embedded().await;
    m.run(&["sso", "add", "--type", "saml", "--name", "Okta"])
        .await
        .ok();
    let esc = '\u{1b}';
    let always = m.run(&["--color", "always", "sso", "list"]).await.ok();
    assert!(always.stdout.contains(esc), "{:?}", always.stdout);
    assert!(always.stdout.contains("Okta"));
    for plain in [vec!["--color", "never", "sso", "list"], vec!["sso", "list"]] {
        let out = m.run(&plain).await.ok();
        assert!(!out.stdout.contains(esc), "{plain:?}: {:?}", out.stdout);
    }
    let failed = m
        .run(&["--color", "always", "users", "get", "nobody@example.com"])
        .await;
    assert_ne!(failed.code, 0);
    // (line by line: the suite may run with trace logs on stderr too)
    let red = format!("{esc}[1;31merror:");
    assert!(
        failed.stderr.lines().any(|l| l.starts_with(&red)),
        "{:?}",
        failed.stderr
    );
    let failed = m.run(&["users", "get", "nobody@example.com"]).await;
    assert!(
        failed.stderr.lines().any(|l| l.starts_with("error:")),
        "{:?}",
        failed.stderr
    );
}

/// Every command ends its help with examples, and the global options stand
/// in their own section (docs/cli.md, "Generated files").
#[test]
fn every_command_has_examples_and_a_global_options_section() {
    use clap::CommandFactory;
    fn leaves(cmd: &clap::Command, path: String, out: &mut Vec<(String, clap::Command)>) {
        let mut subs = cmd
            .get_subcommands()
            .filter(|c| c.get_name() != "help")
            .peekable();
        if subs.peek().is_none() {
            out.push((path, cmd.clone()));
            return;
        }
        for sub in subs {
            leaves(sub, format!("{path} {}", sub.get_name()), out);
        }
    }
    let root = scimctl::cli::Cli::command();
    let mut all = Vec::new();
    leaves(&root, "scimctl".into(), &mut all);
    assert!(all.len() > 30, "{} commands", all.len());
    for (path, _) in all {
        // the help as a user gets it, from the binary
        let words: Vec<&str> = path.split(' ').skip(1).collect();
        let out = std::process::Command::new(crate::common::BIN)
            .args(&words)
            .arg("--help")
            .output()
            .unwrap();
        let help = String::from_utf8_lossy(&out.stdout);
        assert!(
            help.contains("Examples:\n  scimctl"),
            "{path} has no examples:\n{help}"
        );
        assert!(
            help.contains("Global options:"),
            "{path}: no global options section"
        );
    }
}

/// Dynamic completion (`source <(COMPLETE=bash scimctl)`): profile names
/// and the names of stored keys come from this machine's configuration.
#[tokio::test(flavor = "multi_thread")]
async fn completion_knows_profiles_and_key_names() {
    let m = Machine::embedded().await;
    ready(&m).await;
    let complete = |words: &[&str]| {
        let mut cmd = m.std_command(&[]);
        cmd.env("COMPLETE", "fish")
            .arg("--")
            .arg("scimctl")
            .args(words);
        let out = crate::common::Out::from(cmd.output().unwrap());
        assert_eq!(out.code, 0, "{}", out.stderr);
        out.stdout
            .lines()
            .map(|l| l.split('\t').next().unwrap_or_default().to_string())
            .collect::<Vec<_>>()
    };
    assert!(complete(&["--profile", ""]).contains(&"local".to_string()));
    assert_eq!(complete(&["keys", "rotate", "ok"]), ["okta"]);
    assert_eq!(complete(&["keys", "show", "x"]), Vec::<String>::new());
    // group names: those the groups commands saw, renamed and deleted ones
    // forgotten
    assert_eq!(complete(&["groups", "get", "Eng"]), Vec::<String>::new());
    for args in [
        &["groups", "create", "Engineering"][..],
        &["groups", "create", "Sales"],
        &["groups", "rename", "Sales", "Sales EMEA"],
    ] {
        m.run(args).await.ok();
    }
    assert_eq!(complete(&["groups", "get", "Eng"]), ["Engineering"]);
    assert_eq!(complete(&["groups", "add", "Sa"]), ["Sales EMEA"]);
    m.run(&["groups", "delete", "Engineering", "--yes"])
        .await
        .ok();
    assert_eq!(complete(&["groups", "members", "E"]), Vec::<String>::new());
}
