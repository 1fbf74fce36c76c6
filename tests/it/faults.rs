//! Faults of the storage under a real `scimctl serve` (docs/scim.md,
//! "Storage faults"): a failed write fails that request only, `/healthz`
//! says 503 while writes cannot succeed, and once the cause is gone the
//! next write works without a restart — with every acknowledged user still
//! there.
//!
//! The full disk is real: the team database lives on a small tmpfs that the
//! test fills with a file. Mounting needs root (CI runs as root); where
//! `mount` is refused the test says so and does nothing else. SQLite only:
//! a PostgreSQL server's disk is not ours to fill.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::common::{Machine, postgres_base, serve, user_body};
use crate::process::call;

/// A tmpfs of a few megabytes on a temporary directory, unmounted on drop.
struct Tmpfs(tempfile::TempDir);

impl Tmpfs {
    fn mount(size: &str) -> Option<Tmpfs> {
        let dir = tempfile::tempdir().unwrap();
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size},mode=0700")])
            .arg("tmpfs")
            .arg(dir.path())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        mounted.then_some(Tmpfs(dir))
    }

    fn path(&self) -> &Path {
        self.0.path()
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(self.path()).status();
    }
}

/// Write a file until the file system says it is full; its size.
fn fill(path: &Path) -> u64 {
    let mut file = std::fs::File::create(path).unwrap();
    let chunk = vec![0x5a_u8; 16 * 1024];
    let mut written = 0;
    // (bounded: the tmpfs is far smaller than this)
    while written < 1 << 30 {
        match file.write(&chunk) {
            Ok(0) | Err(_) => break,
            Ok(n) => written += n as u64,
        }
    }
    let _ = file.sync_all();
    written
}

fn is_scim_error(body: &Value) -> bool {
    body["schemas"][0] == "urn:ietf:params:scim:api:messages:2.0:Error"
}

#[tokio::test(flavor = "multi_thread")]
async fn a_full_disk_fails_writes_until_space_returns_without_a_restart() {
    if postgres_base().is_some() {
        eprintln!("skipped: a SQLite test (the database here is PostgreSQL)");
        return;
    }
    let Some(disk) = Tmpfs::mount("16m") else {
        eprintln!("skipped: mount -t tmpfs was refused (not root?)");
        return;
    };
    let mut m = Machine::embedded().await;
    let db = format!("sqlite://{}", disk.path().join("team.db").display());
    m.url = db.clone();
    let key = m.provision().await;
    let server = serve(m.home.path(), &db, &[]);
    let users = format!("{}/scim/v2/Users", server.url);
    let health = format!("{}/healthz", server.url);
    let create = async |n: usize| {
        let body = user_body(&format!("full{n}@example.com"), "Full", "Disk");
        call("POST", &users, &key, Some(body)).await
    };
    let ready = format!("{}/readyz", server.url);
    assert_eq!(create(0).await.0, 201);
    assert_eq!(reqwest::get(&health).await.unwrap().status(), 200);
    let answer = reqwest::get(&ready).await.unwrap();
    assert_eq!(answer.status(), 200);
    assert_eq!(answer.text().await.unwrap(), "ready\n");

    // Fill the disk, then create users until the database cannot take one.
    let filler = disk.path().join("filler");
    let filled = fill(&filler);
    assert!(filled > 0, "nothing could be written to the tmpfs");
    let mut acknowledged = vec!["full0@example.com".to_string()];
    let mut refused = None;
    for n in 1..20_000 {
        let (status, body) = create(n).await;
        if status == 201 {
            acknowledged.push(format!("full{n}@example.com"));
        } else {
            refused = Some((status, body));
            break;
        }
    }
    let (status, body) = refused.expect("20,000 users fitted on a full 16 MB disk");
    // The storage refused, not the request: 503 with a SCIM error body.
    assert_eq!(status, 503, "{body}");
    assert!(is_scim_error(&body), "{body}");
    assert!(
        body["detail"]
            .as_str()
            .unwrap_or_default()
            .contains("cannot write"),
        "{body}"
    );
    // While writes fail, the health check says so; reads still work.
    let unhealthy = reqwest::get(&health).await.unwrap();
    assert_eq!(unhealthy.status(), 503);
    let unready = reqwest::get(&ready).await.unwrap();
    assert_eq!(unready.status(), 503);
    let reason = unready.text().await.unwrap();
    assert!(reason.contains("not ready"), "{reason}");
    let (status, _) = call("GET", &format!("{users}?count=1"), &key, None).await;
    assert_eq!(status, 200);

    // Space comes back: the next write works, in the same process.
    std::fs::remove_file(&filler).unwrap();
    let (status, body) = create(1_000_000).await;
    assert_eq!(status, 201, "the first write after freeing space: {body}");
    acknowledged.push("full1000000@example.com".into());
    assert_eq!(reqwest::get(&health).await.unwrap().status(), 200);
    assert_eq!(reqwest::get(&ready).await.unwrap().status(), 200);
    let (status, _) = create(1_000_001).await;
    assert_eq!(status, 201);
    acknowledged.push("full1000001@example.com".into());

    // Every acknowledged user is there, and nothing that was refused.
    let mut stored: Vec<String> = Vec::new();
    loop {
        let page = format!("{users}?startIndex={}&count=1000", stored.len() + 1);
        let (status, list) = call("GET", &page, &key, None).await;
        assert_eq!(status, 200);
        let resources = list["Resources"].as_array().cloned().unwrap_or_default();
        if resources.is_empty() {
            break;
        }
        stored.extend(
            resources
                .iter()
                .map(|u| u["userName"].as_str().unwrap().to_string()),
        );
    }
    stored.sort();
    acknowledged.sort();
    assert_eq!(stored, acknowledged);
    drop(server);
}
