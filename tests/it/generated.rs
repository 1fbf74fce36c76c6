//! `completions/`, `man/` and the command reference of `docs/cli.md` are
//! generated from the clap definition and committed (docs/cli.md,
//! "Generated files"); this test fails when they are stale. Regenerate with
//! `SCIMCTL_BLESS=1 cargo test --test it generated`. The part of
//! docs/cli.md above [`REFERENCE_MARK`] is written by hand and kept as it is.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::CommandFactory;
use clap_complete::Shell;
use scimctl::cli::Cli;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The line of docs/cli.md after which everything is generated.
const REFERENCE_MARK: &str = "<!-- The command reference below is generated from the clap definition by tests/it/generated.rs: edit the clap doc comments, not this file. -->\n";

/// The hand-written part of docs/cli.md, up to and with the mark.
fn hand_written() -> String {
    let text = std::fs::read_to_string(root().join("docs/cli.md")).unwrap_or_default();
    match text.find(REFERENCE_MARK) {
        Some(at) => text[..at + REFERENCE_MARK.len()].to_string(),
        None => format!("# The scimctl command line\n\n# Command reference\n\n{REFERENCE_MARK}"),
    }
}

/// Every generated file, by path relative to the repository.
fn generate() -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::PowerShell,
        Shell::Elvish,
    ] {
        let mut buf = Vec::new();
        clap_complete::generate(shell, &mut Cli::command(), "scimctl", &mut buf);
        let name = match shell {
            Shell::Bash => "scimctl.bash",
            Shell::Zsh => "_scimctl",
            Shell::Fish => "scimctl.fish",
            Shell::PowerShell => "_scimctl.ps1",
            Shell::Elvish => "scimctl.elv",
            _ => unreachable!(),
        };
        files.insert(PathBuf::from("completions").join(name), buf);
    }
    let mut reference = hand_written();
    let mut cmd = Cli::command();
    cmd.build();
    walk(&cmd, &mut Vec::new(), &mut files, &mut reference);
    files.insert(PathBuf::from("docs/cli.md"), reference.into_bytes());
    files
}

/// One man page per command and subcommand, and a reference section each.
fn walk(
    cmd: &clap::Command,
    path: &mut Vec<String>,
    files: &mut BTreeMap<PathBuf, Vec<u8>>,
    reference: &mut String,
) {
    path.push(cmd.get_name().to_string());
    // clap names are 'static; a test can afford to leak a few strings.
    let name: &'static str = Box::leak(path.join("-").into_boxed_str());
    let title: &'static str = Box::leak(path.join(" ").into_boxed_str());
    let mut page = Vec::new();
    clap_mangen::Man::new(cmd.clone().name(name))
        .render(&mut page)
        .expect("render man page");
    files.insert(PathBuf::from("man").join(format!("{name}.1")), page);
    let help = cmd.clone().name(title).render_long_help().to_string();
    reference.push_str(&format!(
        "\n## {title}\n\n```text\n{}\n```\n",
        help.trim_end()
    ));
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        walk(sub, path, files, reference);
    }
    path.pop();
}

fn existing(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(root().join(dir))
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| dir.join(e.file_name()))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn generated_files_are_fresh() {
    let files = generate();
    let bless = std::env::var_os("SCIMCTL_BLESS").is_some();
    let mut stale = Vec::new();
    for (path, content) in &files {
        let full = root().join(path);
        if std::fs::read(&full).ok().as_deref() != Some(content.as_slice()) {
            if bless {
                std::fs::create_dir_all(full.parent().unwrap()).unwrap();
                std::fs::write(&full, content).unwrap();
            } else {
                stale.push(path.display().to_string());
            }
        }
    }
    // Pages of commands that no longer exist are stale too.
    for dir in ["completions", "man"] {
        for path in existing(Path::new(dir)) {
            if !files.contains_key(&path) {
                if bless {
                    std::fs::remove_file(root().join(&path)).unwrap();
                } else {
                    stale.push(format!("{} (no such command)", path.display()));
                }
            }
        }
    }
    assert!(
        stale.is_empty(),
        "generated files are stale: {}\nregenerate with: SCIMCTL_BLESS=1 cargo test --test it generated",
        stale.join(", ")
    );
    assert!(
        files
            .keys()
            .any(|p| p.ends_with("scimctl-users-deactivate.1"))
    );
}

#[test]
fn completions_command_prints_the_committed_script() {
    if std::env::var_os("SCIMCTL_BLESS").is_some() {
        return; // the files are being rewritten by the other test
    }
    let out = assert_cmd::Command::cargo_bin("scimctl")
        .unwrap()
        .args(["completions", "bash"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let committed = std::fs::read(root().join("completions/scimctl.bash")).unwrap_or_default();
    assert!(
        out.stdout == committed,
        "`scimctl completions bash` differs from completions/scimctl.bash; \
         regenerate with: SCIMCTL_BLESS=1 cargo test --test it generated"
    );
}
