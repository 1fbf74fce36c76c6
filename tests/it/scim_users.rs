//! SCIM `/Users` of `serve` as Okta and Entra ID use it (docs/scim.md,
//! "Users"): their provisioning flows, filters, paging and projection,
//! ETags, SCIM error bodies, the key checked on every endpoint, the
//! discovery endpoints, canonical userNames and the caps of one request.

use reqwest::Method;
use serde_json::{Value, json};

use crate::common::{Auth, Server, enc, patch_op, user_body};

/// Okta's provisioning flow, step by step, as its SCIM validator runs it.
#[tokio::test(flavor = "multi_thread")]
async fn okta_flow() {
    let (s, key) = Server::provisioned().await;
    let filter = enc(r#"userName eq "ann@example.com""#);

    // 1. lookup: no match is an empty ListResponse, not a 404
    let r = s
        .scim(
            &key,
            Method::GET,
            &format!("/Users?filter={filter}&startIndex=1&count=100"),
            None,
        )
        .await
        .expect_status(200);
    assert_eq!(r.body["totalResults"], 0);
    assert_eq!(r.body["Resources"], json!([]));
    assert_eq!(
        r.body["schemas"],
        json!(["urn:ietf:params:scim:api:messages:2.0:ListResponse"])
    );

    // 2. create: 201, Location, the full resource, password never echoed
    let r = s
        .scim(
            &key,
            Method::POST,
            "/Users",
            Some(user_body("ann@example.com", "Ann", "Lee")),
        )
        .await
        .expect_status(201);
    let id = r.body["id"].as_str().unwrap().to_string();
    assert_eq!(
        r.header("location"),
        Some(format!("{}/scim/v2/Users/{id}", s.url).as_str())
    );
    assert_eq!(
        r.body["meta"]["location"],
        json!(format!("{}/scim/v2/Users/{id}", s.url))
    );
    assert_eq!(r.body["userName"], "ann@example.com");
    assert_eq!(r.body["name"]["givenName"], "Ann");
    assert_eq!(r.body["active"], true);
    assert_eq!(
        r.body["roles"],
        json!([{"value": "developer", "primary": true}])
    );
    assert_eq!(r.body["meta"]["resourceType"], "User");
    assert!(r.body["meta"]["created"].is_string());
    assert_eq!(r.header("etag"), r.body["meta"]["version"].as_str());
    assert!(r.body.get("password").is_none());
    assert!(!r.text.contains("1mz050nq"));

    // 3. a repeated POST is a uniqueness conflict (case-insensitively)
    let r = s
        .scim(
            &key,
            Method::POST,
            "/Users",
            Some(user_body("ANN@Example.COM", "Ann", "Lee")),
        )
        .await;
    r.assert_scim_error(409);
    assert_eq!(r.body["scimType"], "uniqueness");

    // 4. the lookup finds it now, whatever the case
    let upper = enc(r#"userName eq "ANN@EXAMPLE.COM""#);
    let r = s
        .scim(&key, Method::GET, &format!("/Users?filter={upper}"), None)
        .await
        .expect_status(200);
    assert_eq!(r.body["totalResults"], 1);
    assert_eq!(r.body["Resources"][0]["id"], json!(id));

    // 5. GET by id
    let r = s
        .scim(&key, Method::GET, &format!("/Users/{id}"), None)
        .await
        .expect_status(200);
    assert_eq!(r.body["userName"], "ann@example.com");

    // 6. full PUT (profile update)
    let mut body = user_body("ann@example.com", "Annie", "Lee-Smith");
    body["id"] = json!(id);
    let r = s
        .scim(&key, Method::PUT, &format!("/Users/{id}"), Some(body))
        .await
        .expect_status(200);
    assert_eq!(r.body["name"]["givenName"], "Annie");
    assert_eq!(r.body["name"]["familyName"], "Lee-Smith");
    assert_eq!(r.body["meta"]["version"], "W/\"2\"");

    // 7. deactivate with PATCH: data is kept
    let off = patch_op(json!([{"op": "replace", "value": {"active": false}}]));
    let r = s
        .scim(&key, Method::PATCH, &format!("/Users/{id}"), Some(off))
        .await
        .expect_status(200);
    assert_eq!(r.body["active"], false);
    assert_eq!(r.body["name"]["givenName"], "Annie");
    let r = s
        .scim(&key, Method::GET, &format!("/Users/{id}"), None)
        .await
        .expect_status(200);
    assert_eq!(r.body["active"], false);
    assert_eq!(r.body["emails"][0]["value"], "ann@example.com");

    // 8. reactivate
    let on = patch_op(json!([{"op": "replace", "value": {"active": true}}]));
    let r = s
        .scim(&key, Method::PATCH, &format!("/Users/{id}"), Some(on))
        .await
        .expect_status(200);
    assert_eq!(r.body["active"], true);
}

/// Entra ID's habits: capitalised ops, boolean strings, value-filter
/// paths, enterprise extension paths, and a bare key.
#[tokio::test(flavor = "multi_thread")]
async fn entra_quirks() {
    let (s, key) = Server::provisioned().await;
    let body = json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
        "externalId": "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef",
        "userName": "Test_User_ab6490ee@contoso.com",
        "active": "True",
        "displayName": "Test User",
        "emails": [{"primary": true, "type": "work", "value": "Test_User_ab6490ee@contoso.com"}],
        "name": {"formatted": "givenName familyName", "familyName": "familyName", "givenName": "givenName"},
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": "Eng", "employeeNumber": "42"}
    });
    let r = s
        .request(
            Method::POST,
            "/scim/v2/Users",
            Auth::Bare(&key),
            Some("application/json"),
            Some(body.to_string().into_bytes()),
            &[],
        )
        .await
        .expect_status(201);
    assert!(
        r.header("content-type")
            .unwrap()
            .starts_with("application/scim+json")
    );
    let id = r.body["id"].as_str().unwrap().to_string();
    assert_eq!(r.body["active"], true);
    assert_eq!(
        r.body["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]["department"],
        "Eng"
    );

    // Entra looks users up by externalId and by userName
    for f in [
        r#"externalId eq "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef""#,
        r#"userName eq "test_user_ab6490ee@contoso.com""#,
    ] {
        let r = s
            .scim(
                &key,
                Method::GET,
                &format!("/Users?filter={}", enc(f)),
                None,
            )
            .await
            .expect_status(200);
        assert_eq!(r.body["totalResults"], 1, "{f}");
    }

    let patch = patch_op(json!([
        {"op": "Replace", "path": "emails[type eq \"work\"].value", "value": "new@contoso.com"},
        {"op": "Add", "path": "phoneNumbers[type eq \"mobile\"].value", "value": "+1 555 0100"},
        {"op": "Replace", "path": "name.familyName", "value": "Updated"},
        {"op": "Add", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
         "value": {"value": "boss-id"}},
        {"op": "Replace", "value": {"displayName": "Renamed", "name.givenName": "Given"}},
        {"op": "Replace", "path": "active", "value": "False"}
    ]));
    let r = s
        .scim(&key, Method::PATCH, &format!("/Users/{id}"), Some(patch))
        .await
        .expect_status(200);
    assert_eq!(
        r.body["emails"],
        json!([{"primary": true, "type": "work", "value": "new@contoso.com"}])
    );
    assert_eq!(
        r.body["phoneNumbers"],
        json!([{"type": "mobile", "value": "+1 555 0100"}])
    );
    assert_eq!(r.body["name"]["familyName"], "Updated");
    assert_eq!(r.body["name"]["givenName"], "Given");
    assert_eq!(r.body["displayName"], "Renamed");
    assert_eq!(r.body["active"], false);
    assert_eq!(
        r.body["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]["manager"]["value"],
        "boss-id"
    );

    // a failing operation leaves the user untouched (PATCH is atomic)
    let bad = patch_op(
        json!([{"op": "Replace", "path": "displayName", "value": "Should not stick"},
                       {"op": "Replace", "path": "nosuchattribute", "value": "x"}]),
    );
    let r = s
        .scim(&key, Method::PATCH, &format!("/Users/{id}"), Some(bad))
        .await;
    r.assert_scim_error(400);
    assert_eq!(r.body["scimType"], "invalidPath");
    let r = s
        .scim(&key, Method::GET, &format!("/Users/{id}"), None)
        .await
        .expect_status(200);
    assert_eq!(r.body["displayName"], "Renamed");

    // custom Okta apps deactivate with PUT
    let mut put = r.body.clone();
    put["active"] = json!(true);
    let r = s
        .scim(&key, Method::PUT, &format!("/Users/{id}"), Some(put))
        .await
        .expect_status(200);
    assert_eq!(r.body["active"], true);
    assert_eq!(r.body["phoneNumbers"][0]["value"], "+1 555 0100");
}

async fn seed_users(s: &Server, key: &str, n: usize) -> Vec<Value> {
    let mut out = Vec::new();
    for i in 0..n {
        // one second apart, so that meta.created orders them
        s.clock.advance(std::time::Duration::from_secs(1));
        let mut body = user_body(&format!("user{i:02}@example.com"), &format!("G{i}"), "Fam");
        body["title"] = json!(if i % 2 == 0 { "Engineer" } else { "Manager" });
        body["active"] = json!(i % 3 != 0);
        body["emails"] = json!([
            {"value": format!("user{i:02}@example.com"), "type": "work", "primary": true},
            {"value": format!("home{i:02}@home.org"), "type": "home"}
        ]);
        out.push(
            s.scim(key, Method::POST, "/Users", Some(body))
                .await
                .expect_status(201)
                .body,
        );
    }
    out
}

async fn count(s: &Server, key: &str, filter: &str) -> u64 {
    let r = s
        .scim(
            key,
            Method::GET,
            &format!("/Users?filter={}", enc(filter)),
            None,
        )
        .await
        .expect_status(200);
    assert_eq!(
        r.body["totalResults"].as_u64(),
        Some(r.body["Resources"].as_array().unwrap().len() as u64)
    );
    r.body["totalResults"].as_u64().unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn filters_over_http() {
    let (s, key) = Server::provisioned().await;
    let users = seed_users(&s, &key, 12).await;
    let created = users[6]["meta"]["created"].as_str().unwrap().to_string();
    let cases: Vec<(String, u64)> = vec![
        (r#"userName eq "USER03@example.com""#.into(), 1),
        (r#"userName ne "user03@example.com""#.into(), 11),
        (r#"userName co "ER1""#.into(), 2),
        (r#"userName sw "user0""#.into(), 10),
        (r#"userName ew "@EXAMPLE.com""#.into(), 12),
        (r#"title pr"#.into(), 12),
        (r#"nickName pr"#.into(), 0),
        (r#"active eq true"#.into(), 8),
        (r#"active eq false and title eq "engineer""#.into(), 2),
        (
            r#"title eq "Manager" or userName eq "user00@example.com""#.into(),
            7,
        ),
        (r#"not (title eq "Manager")"#.into(), 6),
        (
            r#"(title eq "Manager" or title eq "Engineer") and active eq false"#.into(),
            4,
        ),
        (r#"emails[type eq "work" and value co "user1"]"#.into(), 2),
        (
            r#"emails[type eq "home" and value ew "HOME.org"]"#.into(),
            12,
        ),
        (r#"emails.value eq "home05@home.org""#.into(), 1),
        (r#"EMAILS[TYPE EQ "work"]"#.into(), 12),
        (format!(r#"meta.created ge "{created}""#), 6),
        (format!(r#"meta.created gt "{created}""#), 5),
        (format!(r#"meta.created lt "{created}""#), 6),
        (format!(r#"meta.created le "{created}""#), 7),
        (
            r#"meta.lastModified gt "2000-01-01T00:00:00Z""#.to_string(),
            12,
        ),
    ];
    for (f, want) in &cases {
        assert_eq!(count(&s, &key, f).await, *want, "{f}");
    }
    // filters that are not valid: 400 invalidFilter
    for bad in [
        r#"userName eq"#,
        r#"nosuch eq "x""#,
        r#"userName zz "x""#,
        r#"(title pr"#,
    ] {
        let r = s
            .scim(
                &key,
                Method::GET,
                &format!("/Users?filter={}", enc(bad)),
                None,
            )
            .await;
        r.assert_scim_error(400);
        assert_eq!(r.body["scimType"], "invalidFilter", "{bad}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn pagination_projection_and_search() {
    let (s, key) = Server::provisioned().await;
    let users = seed_users(&s, &key, 7).await;
    let ids: Vec<&str> = users.iter().map(|u| u["id"].as_str().unwrap()).collect();

    // 1-based startIndex, count, integer totals, stable creation order
    let mut seen = Vec::new();
    let mut start = 1;
    loop {
        let r = s
            .scim(
                &key,
                Method::GET,
                &format!("/Users?startIndex={start}&count=3"),
                None,
            )
            .await
            .expect_status(200);
        assert_eq!(r.body["totalResults"], 7);
        assert_eq!(r.body["startIndex"], start);
        let page = r.body["Resources"].as_array().unwrap().clone();
        assert_eq!(r.body["itemsPerPage"], page.len());
        if page.is_empty() {
            break;
        }
        seen.extend(page.iter().map(|u| u["id"].as_str().unwrap().to_string()));
        start += page.len();
    }
    assert_eq!(seen, ids);
    // startIndex < 1 is 1; count 0 gives only the total; count is clamped
    let r = s
        .scim(&key, Method::GET, "/Users?startIndex=0&count=0", None)
        .await
        .expect_status(200);
    assert_eq!(r.body["totalResults"], 7);
    assert_eq!(r.body["Resources"], json!([]));
    let r = s
        .scim(&key, Method::GET, "/Users?count=1000000", None)
        .await
        .expect_status(200);
    assert_eq!(r.body["Resources"].as_array().unwrap().len(), 7);
    let r = s.scim(&key, Method::GET, "/Users?count=ten", None).await;
    r.assert_scim_error(400);
    // filtered pages
    let f = enc(r#"title eq "Engineer""#);
    let r = s
        .scim(
            &key,
            Method::GET,
            &format!("/Users?filter={f}&startIndex=2&count=2"),
            None,
        )
        .await
        .expect_status(200);
    assert_eq!(r.body["totalResults"], 4);
    assert_eq!(r.body["Resources"][0]["id"], json!(ids[2]));
    assert_eq!(r.body["Resources"][1]["id"], json!(ids[4]));

    // attributes / excludedAttributes, on lists and single resources
    let r = s
        .scim(
            &key,
            Method::GET,
            "/Users?attributes=userName,name.givenName&count=1",
            None,
        )
        .await
        .expect_status(200);
    let u = &r.body["Resources"][0];
    let mut keys: Vec<&str> = u.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(keys, ["id", "name", "schemas", "userName"]);
    assert_eq!(u["name"], json!({"givenName": "G0"}));
    let r = s
        .scim(
            &key,
            Method::GET,
            &format!("/Users/{}?excludedAttributes=emails,meta,id", ids[0]),
            None,
        )
        .await
        .expect_status(200);
    assert!(r.body.get("emails").is_none());
    assert!(r.body.get("meta").is_none());
    assert_eq!(r.body["id"], json!(ids[0]), "id is always returned");

    // POST /Users/.search
    let r = s
        .scim(&key, Method::POST, "/Users/.search", Some(json!({
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
            "filter": "title eq \"Manager\"", "startIndex": 1, "count": 2, "attributes": ["userName"]})))
        .await
        .expect_status(200);
    assert_eq!(r.body["totalResults"], 3);
    assert_eq!(r.body["Resources"].as_array().unwrap().len(), 2);
    assert!(r.body["Resources"][0].get("title").is_none());
}

#[tokio::test(flavor = "multi_thread")]
async fn etags_delete_and_not_found() {
    let (s, key) = Server::provisioned().await;
    let u = s.create_user(&key, "e@example.com", "E", "T").await;
    let id = u["id"].as_str().unwrap();
    let v1 = u["meta"]["version"].as_str().unwrap().to_string();
    let patch =
        |name: &str| patch_op(json!([{"op": "replace", "path": "displayName", "value": name}]));
    // If-Match with the current version succeeds and bumps it
    let r = s
        .scim_with(
            &key,
            Method::PATCH,
            &format!("/Users/{id}"),
            Some(patch("One")),
            &[("If-Match", &v1)],
        )
        .await
        .expect_status(200);
    let v2 = r.body["meta"]["version"].as_str().unwrap().to_string();
    assert_ne!(v1, v2);
    // a stale version is 412 and nothing is written
    for method in [Method::PATCH, Method::PUT] {
        let body = if method == Method::PATCH {
            patch("Two")
        } else {
            user_body("e@example.com", "Two", "T")
        };
        let r = s
            .scim_with(
                &key,
                method,
                &format!("/Users/{id}"),
                Some(body),
                &[("If-Match", &v1)],
            )
            .await;
        r.assert_scim_error(412);
    }
    let r = s
        .scim_with(
            &key,
            Method::DELETE,
            &format!("/Users/{id}"),
            None,
            &[("If-Match", &v1)],
        )
        .await;
    r.assert_scim_error(412);
    let r = s
        .scim(&key, Method::GET, &format!("/Users/{id}"), None)
        .await
        .expect_status(200);
    assert_eq!(r.body["displayName"], "One");
    assert_eq!(r.body["meta"]["version"], json!(v2));
    // a PATCH that changes nothing keeps the version
    let r = s
        .scim(
            &key,
            Method::PATCH,
            &format!("/Users/{id}"),
            Some(patch("One")),
        )
        .await
        .expect_status(200);
    assert_eq!(r.body["meta"]["version"], json!(v2));

    // DELETE: 204, then 404 everywhere
    let r = s
        .scim(&key, Method::DELETE, &format!("/Users/{id}"), None)
        .await;
    assert_eq!(r.status, 204);
    assert!(r.text.is_empty());
    for method in [Method::GET, Method::DELETE] {
        s.scim(&key, method, &format!("/Users/{id}"), None)
            .await
            .assert_scim_error(404);
    }
    s.scim(
        &key,
        Method::PATCH,
        &format!("/Users/{id}"),
        Some(patch("x")),
    )
    .await
    .assert_scim_error(404);
    s.scim(
        &key,
        Method::PUT,
        &format!("/Users/{id}"),
        Some(user_body("e@example.com", "E", "T")),
    )
    .await
    .assert_scim_error(404);
}

/// Every failure is a SCIM error body with a string status.
#[tokio::test(flavor = "multi_thread")]
async fn errors_are_scim_errors() {
    let (s, key) = Server::provisioned().await;
    let post = |ct: Option<&'static str>, body: Vec<u8>| {
        let key = key.clone();
        let s = &s;
        async move {
            s.request(
                Method::POST,
                "/scim/v2/Users",
                Auth::Bearer(&key),
                ct,
                Some(body),
                &[],
            )
            .await
        }
    };
    // malformed JSON
    let r = post(Some("application/scim+json"), b"{\"userName\": ".to_vec()).await;
    r.assert_scim_error(400);
    assert_eq!(r.body["scimType"], "invalidSyntax");
    // not JSON at all
    post(Some("text/plain"), b"userName=x".to_vec())
        .await
        .assert_scim_error(415);
    // oversized body: refused from its Content-Length, before it is read.
    // (A raw socket, so that the client is not still writing the body when
    // the server answers and closes.)
    let (status, body) = raw_request(
        &s.url,
        &format!(
            "POST /scim/v2/Users HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\n\
             Content-Type: application/scim+json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            8 * 1024 * 1024
        ),
    )
    .await;
    assert_eq!(status, 413, "{body}");
    let body: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["status"], "413");
    assert_eq!(
        body["schemas"],
        json!(["urn:ietf:params:scim:api:messages:2.0:Error"])
    );
    // missing userName, wrong types
    let r = post(
        Some("application/scim+json"),
        br#"{"name": {"givenName": "No"}}"#.to_vec(),
    )
    .await;
    r.assert_scim_error(400);
    let r = post(
        Some("application/scim+json"),
        br#"{"userName": 7}"#.to_vec(),
    )
    .await;
    r.assert_scim_error(400);
    assert_eq!(r.body["scimType"], "invalidValue");
    // unknown routes and wrong methods
    s.scim(&key, Method::GET, "/Widgets", None)
        .await
        .assert_scim_error(404);
    s.request(Method::GET, "/nope", Auth::None, None, None, &[])
        .await
        .assert_scim_error(404);
    s.scim(&key, Method::DELETE, "/Users", None)
        .await
        .assert_scim_error(405);
    s.scim(
        &key,
        Method::POST,
        "/ServiceProviderConfig",
        Some(json!({})),
    )
    .await
    .assert_scim_error(405);
    // PATCH that is not a PatchOp
    let u = post(
        Some("application/scim+json"),
        user_body("p@example.com", "P", "Q")
            .to_string()
            .into_bytes(),
    )
    .await;
    let id = u.body["id"].as_str().unwrap();
    let r = s
        .scim(
            &key,
            Method::PATCH,
            &format!("/Users/{id}"),
            Some(json!({"op": "replace"})),
        )
        .await;
    r.assert_scim_error(400);
}

/// Send raw bytes, read the whole answer: (status, body).
async fn raw_request(url: &str, head: &str) -> (u16, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = url.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    let read = tokio::time::timeout(
        std::time::Duration::from_secs(20),
        stream.read_to_end(&mut answer),
    );
    read.await.expect("the server answers and closes").unwrap();
    let text = String::from_utf8_lossy(&answer).to_string();
    let status = text.split_whitespace().nth(1).unwrap().parse().unwrap();
    let body = text.split("\r\n\r\n").nth(1).unwrap_or("").to_string();
    (status, body)
}

#[tokio::test(flavor = "multi_thread")]
async fn credentials_are_checked_on_every_scim_endpoint() {
    let (s, key) = Server::provisioned().await;
    let endpoints = [
        "/scim/v2/Users",
        "/scim/v2/Users/some-id",
        "/scim/v2/ServiceProviderConfig",
        "/scim/v2/ResourceTypes",
        "/scim/v2/Schemas",
    ];
    let wrong = format!("scim_{}", "A".repeat(40));
    for path in endpoints {
        for auth in [
            Auth::None,
            Auth::Bearer(&wrong),
            Auth::Bearer(""),
            Auth::Bearer(&s.admin),
        ] {
            let r = s.request(Method::GET, path, auth, None, None, &[]).await;
            r.assert_scim_error(401);
            assert!(r.header("www-authenticate").is_some());
        }
        // Basic auth is not a SCIM key
        let r = s
            .request(
                Method::GET,
                path,
                Auth::Bare(&format!("Basic {key}")),
                None,
                None,
                &[],
            )
            .await;
        r.assert_scim_error(401);
        // the right key, with or without "Bearer"
        for auth in [Auth::Bearer(&key), Auth::Bare(&key)] {
            let r = s.request(Method::GET, path, auth, None, None, &[]).await;
            assert_ne!(r.status, 401, "{path}: {}", r.text);
        }
    }
    // the error text never echoes the presented key
    let r = s
        .request(
            Method::GET,
            "/scim/v2/Users",
            Auth::Bearer(&wrong),
            None,
            None,
            &[],
        )
        .await;
    assert!(!r.text.contains(&wrong));
}

#[tokio::test(flavor = "multi_thread")]
async fn discovery_endpoints() {
    let (s, key) = Server::provisioned().await;
    let r = s
        .scim(&key, Method::GET, "/ServiceProviderConfig", None)
        .await
        .expect_status(200);
    assert_eq!(r.body["patch"]["supported"], true);
    assert_eq!(r.body["bulk"]["supported"], false);
    assert_eq!(r.body["filter"]["supported"], true);
    assert_eq!(r.body["etag"]["supported"], true);
    assert_eq!(
        r.body["authenticationSchemes"][0]["type"],
        "oauthbearertoken"
    );

    let r = s
        .scim(&key, Method::GET, "/ResourceTypes", None)
        .await
        .expect_status(200);
    assert_eq!(r.body["totalResults"], 2);
    assert_eq!(r.body["Resources"][0]["endpoint"], "/Users");
    assert_eq!(r.body["Resources"][1]["endpoint"], "/Groups");
    s.scim(&key, Method::GET, "/ResourceTypes/User", None)
        .await
        .expect_status(200);
    s.scim(&key, Method::GET, "/ResourceTypes/Group", None)
        .await
        .expect_status(200);
    s.scim(&key, Method::GET, "/ResourceTypes/Widget", None)
        .await
        .assert_scim_error(404);

    let r = s
        .scim(&key, Method::GET, "/Schemas", None)
        .await
        .expect_status(200);
    assert_eq!(r.body["totalResults"], 4);
    let ids: Vec<&str> = r.body["Resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "urn:ietf:params:scim:schemas:core:2.0:User",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
            "urn:scimctl:schemas:extension:membership:1.0:User",
            "urn:ietf:params:scim:schemas:core:2.0:Group"
        ]
    );
    let r = s
        .scim(
            &key,
            Method::GET,
            "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User",
            None,
        )
        .await
        .expect_status(200);
    let user_name = r.body["attributes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == "userName")
        .unwrap();
    assert_eq!(user_name["uniqueness"], "server");
    assert_eq!(user_name["required"], true);
}

/// Identity hygiene over HTTP (docs/scim.md, "Names"), on SQLite and
/// (second pass) PostgreSQL: a padded userName is stored trimmed and found
/// by a filter; a NUL is a 400 SCIM error on both databases (PostgreSQL
/// answered 500 with its own message); look-alike names are one name.
#[tokio::test(flavor = "multi_thread")]
async fn user_names_are_canonical_on_every_store() {
    let (s, key) = Server::provisioned().await;
    let created = s
        .scim(
            &key,
            Method::POST,
            "/Users",
            Some(user_body("  spaced@x.com  ", "S", "P")),
        )
        .await
        .expect_status(201)
        .body;
    assert_eq!(created["userName"], "spaced@x.com");
    let found = s
        .scim(
            &key,
            Method::GET,
            &format!("/Users?filter={}", enc("userName eq \"spaced@x.com\"")),
            None,
        )
        .await
        .expect_status(200)
        .body;
    assert_eq!(found["totalResults"], 1);
    s.scim(
        &key,
        Method::POST,
        "/Users",
        Some(user_body("SPACED@x.com", "S", "P")),
    )
    .await
    .assert_scim_error(409);
    let nul = s
        .scim(
            &key,
            Method::POST,
            "/Users",
            Some(user_body("ada\u{0}@x.com", "A", "B")),
        )
        .await;
    nul.assert_scim_error(400);
    assert_eq!(nul.body["scimType"], "invalidValue");
    s.scim(
        &key,
        Method::POST,
        "/Users",
        Some(user_body("ad\u{e9}@x.com", "A", "B")),
    )
    .await
    .expect_status(201);
    s.scim(
        &key,
        Method::POST,
        "/Users",
        Some(user_body("ade\u{301}@x.com", "A", "B")),
    )
    .await
    .assert_scim_error(409);
}

/// Emails `0@x.com` … as a SCIM list.
fn emails(n: usize) -> Vec<Value> {
    (0..n)
        .map(|i| json!({"value": format!("{i}@x.com"), "type": "work"}))
        .collect()
}

/// Bounded cost (docs/scim.md, "Bounded cost"): one request may send at
/// most 100 values for a multi-valued attribute, 1,000 PATCH operations and
/// 200 attribute names; beyond, a 400 `tooMany` naming the cap, and at the
/// caps the request works as before (values applied, repeats dropped).
#[tokio::test(flavor = "multi_thread")]
async fn caps_on_values_operations_and_attribute_names() {
    let (s, key) = Server::provisioned().await;

    // 101 emails in a POST, then in a PUT: refused, nothing created
    let mut body = user_body("cap@x.com", "C", "P");
    body["emails"] = Value::Array(emails(101));
    let r = s
        .scim(&key, Method::POST, "/Users", Some(body.clone()))
        .await;
    r.assert_scim_error(400);
    assert_eq!(r.body["scimType"], "tooMany", "{}", r.text);
    assert!(
        r.body["detail"].as_str().unwrap().contains("at most 100"),
        "{}",
        r.text
    );
    let filter = enc(r#"userName eq "cap@x.com""#);
    let r = s
        .scim(&key, Method::GET, &format!("/Users?filter={filter}"), None)
        .await
        .expect_status(200);
    assert_eq!(r.body["totalResults"], 0);

    // exactly 100, with repeats and padding past 64 KiB (the body is then
    // worked on off the async workers): created, repeats gone, order kept
    let mut list = emails(100);
    list.insert(50, list[3].clone());
    list.truncate(100);
    body["emails"] = Value::Array(list);
    body["x-padding"] = json!("p".repeat(70 * 1024));
    let r = s
        .scim(&key, Method::POST, "/Users", Some(body.clone()))
        .await
        .expect_status(201);
    let id = r.body["id"].as_str().unwrap().to_string();
    let got = r.body["emails"].as_array().unwrap();
    assert_eq!(got.len(), 99);
    assert_eq!(got[..], emails(99)[..]);
    body["emails"] = Value::Array(emails(101));
    let r = s
        .scim(&key, Method::PUT, &format!("/Users/{id}"), Some(body))
        .await;
    r.assert_scim_error(400);
    assert_eq!(r.body["scimType"], "tooMany", "{}", r.text);

    // PATCH: one value too many through `add`
    let add = patch_op(json!([{"op": "add", "path": "emails",
                               "value": [{"value": "new@x.com"}, {"value": "more@x.com"}]}]));
    let r = s
        .scim(&key, Method::PATCH, &format!("/Users/{id}"), Some(add))
        .await;
    r.assert_scim_error(400);
    assert_eq!(r.body["scimType"], "tooMany", "{}", r.text);

    // 1,000 removals by value filter (each of the 99 emails and 901 that
    // are not there, longer than 64 KiB): accepted and applied
    let removals: Vec<Value> = (0..1000)
        .map(|i| {
            json!({"op": "remove",
                   "path": format!("emails[value eq \"{i}@x.com\" and type eq \"work\"]")})
        })
        .collect();
    let ops = patch_op(Value::Array(removals.clone()));
    assert!(ops.to_string().len() > 64 * 1024);
    let r = s
        .scim(&key, Method::PATCH, &format!("/Users/{id}"), Some(ops))
        .await
        .expect_status(200);
    assert!(r.body.get("emails").is_none(), "{}", r.text);
    assert_eq!(r.body["userName"], "cap@x.com");

    // 1,001 operations: refused, nothing applied
    let mut too_many = removals;
    too_many.push(json!({"op": "replace", "path": "displayName", "value": "Changed"}));
    let r = s
        .scim(
            &key,
            Method::PATCH,
            &format!("/Users/{id}"),
            Some(patch_op(Value::Array(too_many))),
        )
        .await;
    r.assert_scim_error(400);
    assert_eq!(r.body["scimType"], "tooMany", "{}", r.text);
    assert!(
        r.body["detail"].as_str().unwrap().contains("at most 1000"),
        "{}",
        r.text
    );
    let r = s
        .scim(&key, Method::GET, &format!("/Users/{id}"), None)
        .await
        .expect_status(200);
    assert_eq!(r.body["displayName"], "C P");

    // 200 attribute names (repeats included) are fine; 201 are not, in
    // GET /Users/{id}, GET /Users and POST /Users/.search
    let mut names: Vec<&str> = ["userName", "name.givenName", "NAME.givenName"]
        .into_iter()
        .cycle()
        .take(199)
        .collect();
    names.push("displayName");
    let attributes = names.join(",");
    let r = s
        .scim(
            &key,
            Method::GET,
            &format!("/Users/{id}?attributes={attributes}"),
            None,
        )
        .await
        .expect_status(200);
    assert_eq!(r.body["userName"], "cap@x.com");
    assert_eq!(r.body["name"], json!({"givenName": "C"}));
    assert_eq!(r.body["displayName"], "C P");
    assert!(r.body.get("emails").is_none(), "{}", r.text);
    let over = format!("{attributes},externalId");
    for path in [
        format!("/Users/{id}?attributes={over}"),
        format!("/Users?excludedAttributes={over}"),
    ] {
        let r = s.scim(&key, Method::GET, &path, None).await;
        r.assert_scim_error(400);
        assert_eq!(r.body["scimType"], "tooMany", "{}", r.text);
        assert!(
            r.body["detail"].as_str().unwrap().contains("at most 200"),
            "{}",
            r.text
        );
    }
    let search = json!({
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
        "attributes": over.split(',').collect::<Vec<_>>()
    });
    let r = s
        .scim(&key, Method::POST, "/Users/.search", Some(search))
        .await;
    r.assert_scim_error(400);
    assert_eq!(r.body["scimType"], "tooMany", "{}", r.text);
}
