//! Verified domains (docs/scim.md, "Verified domains"): `scimctl domains
//! add|verify|list|remove` against a real DNS responder on loopback (a
//! small UDP server this module runs, answering TXT queries from what the
//! test published), one team per verified domain, and the second of the
//! four create outcomes: an account of another team joins at once when
//! the creating team verified the email's domain.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use hickory_proto::op::{Message, MessageType, ResponseCode};
use hickory_proto::rr::rdata::TXT;
use hickory_proto::rr::{RData, Record, RecordType};
use reqwest::Method;

use crate::accounts::TwoTeams;
use crate::cli_teams::call;
use crate::common::{Machine, each};

const EXT: &str = "urn:scimctl:schemas:extension:membership:1.0:User";

/// A DNS server on 127.0.0.1 that answers TXT queries with what was
/// published for the name (NXDOMAIN otherwise), until the test ends.
struct Dns {
    addr: SocketAddr,
    records: Arc<Mutex<HashMap<String, Vec<String>>>>,
}

impl Dns {
    async fn start() -> Dns {
        let socket = tokio::net::UdpSocket::bind("127.0.0.1:0").await.unwrap();
        let addr = socket.local_addr().unwrap();
        let records: Arc<Mutex<HashMap<String, Vec<String>>>> = Arc::default();
        let served = records.clone();
        tokio::spawn(async move {
            let mut buf = [0u8; 4096];
            while let Ok((n, peer)) = socket.recv_from(&mut buf).await {
                let Ok(query) = Message::from_vec(&buf[..n]) else {
                    continue;
                };
                let mut answer = Message::new();
                answer
                    .set_id(query.id())
                    .set_message_type(MessageType::Response)
                    .set_op_code(query.op_code())
                    .set_recursion_desired(query.recursion_desired())
                    .set_recursion_available(true);
                for q in query.queries() {
                    answer.add_query(q.clone());
                    let name = q.name().to_ascii().trim_end_matches('.').to_lowercase();
                    let texts = served.lock().unwrap().get(&name).cloned();
                    match texts {
                        Some(texts) if q.query_type() == RecordType::TXT => {
                            for t in texts {
                                let rdata = RData::TXT(TXT::new(vec![t]));
                                answer.add_answer(Record::from_rdata(q.name().clone(), 60, rdata));
                            }
                        }
                        _ => {
                            answer.set_response_code(ResponseCode::NXDomain);
                        }
                    }
                }
                if let Ok(bytes) = answer.to_vec() {
                    let _ = socket.send_to(&bytes, peer).await;
                }
            }
        });
        Dns { addr, records }
    }

    fn publish(&self, name: &str, text: &str) {
        self.records
            .lock()
            .unwrap()
            .entry(name.to_string())
            .or_default()
            .push(text.to_string());
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_verified_domain_lets_an_account_of_another_team_join_at_once() {
    let dns = Dns::start().await;
    let server = dns.addr.to_string();
    let teams = TwoTeams::start().await;
    let TwoTeams { m, home, acme, s } = &teams;
    let post = async |key: &str, email: &str| teams.post(key, email).await;
    let (st, _) = post(home, "ann@example.com").await;
    assert_eq!(st, 201);
    // a look-alike: the Cyrillic а makes this another domain
    let (st, _) = post(home, "bob@exаmple.com").await;
    assert_eq!(st, 201);

    let acme_run = async |args: &[&str]| {
        let mut all = vec!["--team", "acme", "domains"];
        all.extend_from_slice(args);
        m.run(&all).await
    };
    // add prints the record to publish (alone on stdout, for a script)
    let added = acme_run(&["add", "Example.COM"]).await.ok();
    let record = added.stdout.trim().to_string();
    assert!(record.starts_with("scimctl-verification="), "{record}");
    acme_run(&["add", "example.com"]).await.code(6);
    acme_run(&["add", "exаmple.com"]).await.code(2);
    acme_run(&["add", "example"]).await.code(2);

    // nothing published yet: not verified (exit 5), and nothing changes
    let out = acme_run(&["verify", "example.com", "--dns-server", &server])
        .await
        .code(5);
    assert!(out.stderr.contains("no TXT record"), "{}", out.stderr);
    let (st, refused) = post(acme, "ann@example.com").await;
    assert_eq!(st, 409, "{refused}");
    // another team's record, and then the team's own, at the domain
    dns.publish("example.com", "v=spf1 -all");
    dns.publish("example.com", "scimctl-verification=someone-elses");
    acme_run(&["verify", "example.com", "--dns-server", &server])
        .await
        .code(5);
    dns.publish("example.com", &record);
    // (the server may come from the environment too)
    let verified = m
        .command(&[
            "--team",
            "acme",
            "domains",
            "verify",
            "example.com",
            "-o",
            "json",
        ])
        .env("SCIMCTL_DNS_SERVER", &server)
        .output()
        .await
        .unwrap();
    assert!(
        verified.status.success(),
        "{}",
        String::from_utf8_lossy(&verified.stderr)
    );
    let verified: serde_json::Value = serde_json::from_slice(&verified.stdout).unwrap();
    assert_eq!(verified["verified"], true);
    assert_eq!(verified["domain"], "example.com");

    // outcome 2: ann's account is in the default team, acme verified
    // example.com: she joins acme at once, active
    let (st, ann) = post(acme, "Ann@Example.com").await;
    assert_eq!(st, 201, "{ann}");
    assert_eq!(ann[EXT]["state"], "active");
    assert!(ann[EXT]["joinedAt"].is_string());
    // the look-alike domain is not the verified one
    let (st, refused) = post(acme, "bob@exаmple.com").await;
    assert_eq!(st, 409, "{refused}");

    // one team at a time: the default team cannot add it now
    let taken = m.run(&["domains", "add", "example.com"]).await.code(6);
    assert!(taken.stderr.contains("another team"), "{}", taken.stderr);
    let listed = acme_run(&["list", "-o", "json"]).await.ok().json();
    assert_eq!(each(&listed, "domain"), ["example.com"]);
    assert_eq!(listed[0]["txt_record"], record);
    let audit = m
        .run(&[
            "--team", "acme", "audit", "list", "--action", "domain", "-o", "json",
        ])
        .await
        .ok()
        .json();
    assert_eq!(
        each(&audit, "action"),
        ["domain.verify", "domain.add"],
        "{audit}"
    );

    // removed, it is free for another team; the member who joined stays
    acme_run(&["remove", "example.com"]).await.ok();
    acme_run(&["remove", "example.com"]).await.code(5);
    m.run(&["domains", "add", "example.com"]).await.ok();
    let (_, list) = call(&s.url, acme, Method::GET, "/scim/v2/Users", None).await;
    assert_eq!(each(&list["Resources"], "userName"), ["Ann@Example.com"]);
}

/// A DNS server that does not answer is the backend being unavailable
/// (exit 7), not a missing record.
#[tokio::test(flavor = "multi_thread")]
async fn an_unreachable_dns_server_is_unavailable() {
    let m = Machine::embedded().await;
    m.run(&["domains", "add", "example.com"]).await.ok();
    // a UDP port that was just free: nothing listens on it
    let closed = std::net::UdpSocket::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .to_string();
    let out = m
        .run(&["domains", "verify", "example.com", "--dns-server", &closed])
        .await
        .code(7);
    assert!(out.stderr.contains("DNS lookup"), "{}", out.stderr);
    m.run(&[
        "domains",
        "verify",
        "example.com",
        "--dns-server",
        "not-an-ip",
    ])
    .await
    .code(2);
}

/// A member's userName change moves the account's email with it: freely
/// while the account is this team's alone, and once the account is in
/// another team too, only to a domain this team verified (400 `mutability`
/// otherwise, nothing changed).
#[tokio::test(flavor = "multi_thread")]
async fn a_user_name_change_moves_the_account_email_only_as_the_team_may() {
    let dns = Dns::start().await;
    let teams = TwoTeams::start().await;
    let TwoTeams { m, home, s, .. } = &teams;
    let (st, ann) = teams.post(home, "ann@example.com").await;
    assert_eq!(st, 201, "{ann}");
    let path = format!("/scim/v2/Users/{}", ann["id"].as_str().unwrap());
    let rename = async |to: &str| {
        let body = serde_json::json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [{"op": "replace", "path": "userName", "value": to}]});
        call(&s.url, home, Method::PATCH, &path, Some(body)).await
    };
    let emails = async || {
        let out = m.run(&["accounts", "list", "-o", "json"]).await.ok();
        each(&out.json(), "email")
            .into_iter()
            .map(str::to_string)
            .collect::<Vec<_>>()
    };

    // the team's alone: the identity provider renames as it likes
    let (st, body) = rename("ann.lee@example.com").await;
    assert_eq!(st, 200, "{body}");
    assert_eq!(emails().await, ["ann.lee@example.com"]);

    // in another team too (acme's admin invited her): only to a verified domain
    m.run(&["--team", "acme", "invites", "create", "ann.lee@example.com"])
        .await
        .ok();
    let (st, refused) = rename("ann@corp.test").await;
    assert_eq!(st, 400, "{refused}");
    assert_eq!(refused["scimType"], "mutability", "{refused}");
    assert!(
        refused["detail"].as_str().unwrap().contains("corp.test"),
        "{refused}"
    );
    assert_eq!(emails().await, ["ann.lee@example.com"]);
    let (_, still) = call(&s.url, home, Method::GET, &path, None).await;
    assert_eq!(still["userName"], "ann.lee@example.com");

    let record = m.run(&["domains", "add", "corp.test"]).await.ok().stdout;
    dns.publish("corp.test", record.trim());
    m.run(&[
        "domains",
        "verify",
        "corp.test",
        "--dns-server",
        &dns.addr.to_string(),
    ])
    .await
    .ok();
    let (st, body) = rename("ann@corp.test").await;
    assert_eq!(st, 200, "{body}");
    assert_eq!(emails().await, ["ann@corp.test"]);
    // (acme's membership keeps the userName acme gave it: each team names
    // its own member)
    let acme = m
        .run(&["--team", "acme", "invites", "list", "-o", "json"])
        .await
        .ok();
    assert_eq!(
        acme.json()[0]["email"],
        "ann.lee@example.com",
        "acme's userName is acme's own"
    );
}

/// The same over the admin API of a `serve` that asks the DNS server
/// `--dns-server` names: add (the record to publish), verify (404 before
/// it is published, verified after), list, remove.
#[tokio::test(flavor = "multi_thread")]
async fn domains_over_the_admin_api_are_verified_with_serves_resolver() {
    let dns = Dns::start().await;
    let m = Machine::embedded().await;
    let (token, _) = crate::process::admin_token(m.home.path(), &m.url);
    let s = crate::common::serve(
        m.home.path(),
        &m.url,
        &["--dns-server", &dns.addr.to_string()],
    );
    let admin = |method: Method, path: &str, body: Option<serde_json::Value>| {
        let url = s.url.clone();
        let token = token.clone();
        let path = path.to_string();
        async move { call(&url, &token, method, &format!("/admin/v1{path}"), body).await }
    };
    let (st, added) = admin(
        Method::POST,
        "/domains",
        Some(serde_json::json!({"domain": "Example.ORG"})),
    )
    .await;
    assert_eq!(st, 201, "{added}");
    assert_eq!(added["domain"], "example.org");
    assert_eq!(added["verified"], false);
    let record = added["txt_record"].as_str().unwrap().to_string();
    assert!(record.starts_with("scimctl-verification="), "{record}");

    let (st, e) = admin(Method::POST, "/domains/example.org/verify", None).await;
    assert_eq!(st, 404, "{e}");
    dns.publish("example.org", &record);
    let (st, done) = admin(Method::POST, "/domains/example.org/verify", None).await;
    assert_eq!(st, 200, "{done}");
    assert_eq!(done["verified"], true);
    let (st, list) = admin(Method::GET, "/domains", None).await;
    assert_eq!(st, 200);
    assert_eq!(each(&list, "domain"), ["example.org"]);
    let (st, e) = admin(Method::POST, "/domains/nope.example/verify", None).await;
    assert_eq!(st, 404, "{e}");
    let (st, _) = admin(Method::DELETE, "/domains/example.org", None).await;
    assert_eq!(st, 204);
    let (_, list) = admin(Method::GET, "/domains", None).await;
    assert!(list.as_array().unwrap().is_empty(), "{list}");
    let audit = m.run(&["audit", "list", "-o", "json"]).await.ok().json();
    let actions = each(&audit, "action");
    for a in ["domain.add", "domain.verify", "domain.remove"] {
        assert!(actions.contains(&a), "{a} in {actions:?}");
    }

    // the CLI against that serve: the same commands, through the admin API
    let remote = Machine {
        home: tempfile::tempdir().unwrap(),
        url: s.url.clone(),
        env: vec![("SCIMCTL_TOKEN".into(), token.clone())],
        server: None,
    };
    let record = remote
        .run(&["domains", "add", "example.net"])
        .await
        .ok()
        .stdout;
    remote
        .run(&["domains", "verify", "example.net"])
        .await
        .code(5);
    dns.publish("example.net", record.trim());
    remote.run(&["domains", "verify", "example.net"]).await.ok();
    let list = remote
        .run(&["domains", "list", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(list[0]["domain"], "example.net", "{list}");
    assert_eq!(list[0]["verified"], true, "{list}");
    remote.run(&["domains", "remove", "example.net"]).await.ok();
    remote
        .run(&["domains", "remove", "example.net"])
        .await
        .code(5);
}
