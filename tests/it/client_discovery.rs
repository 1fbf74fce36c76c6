//! The client against a service that describes itself its own way
//! (docs/scim.md, "The client against other services"): a real `scimctl
//! serve` behind a loopback front that answers as Postman's SCIM API
//! documents — `/ResourceTypes` a bare array, at most 100 users a page (a
//! larger `count` is refused, not clamped), non-SCIM bodies on 401 — and,
//! beyond Postman, keeps its users at `/people`, with an HTML 404 page at
//! `/Users`.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::{Value, json};

use crate::common::{Machine, Server, user_names_in};

/// The front's URL and the number of requests it received.
async fn described_service(backend: String, key: String) -> (String, Arc<AtomicUsize>) {
    use axum::body::Bytes;
    use axum::http::{HeaderMap, Method, StatusCode, Uri, header};
    use axum::response::IntoResponse;
    let asked = Arc::new(AtomicUsize::new(0));
    let counter = asked.clone();
    let http = reqwest::Client::new();
    let app = axum::Router::new().fallback(
        move |method: Method, uri: Uri, headers: HeaderMap, body: Bytes| {
            counter.fetch_add(1, Ordering::SeqCst);
            let (http, backend, key) = (http.clone(), backend.clone(), key.clone());
            async move {
                let json_answer = |status: StatusCode, v: Value| {
                    (status, [(header::CONTENT_TYPE, "application/json")], v.to_string())
                        .into_response()
                };
                let bearer = headers
                    .get(header::AUTHORIZATION)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default();
                if bearer != format!("Bearer {key}") {
                    return json_answer(
                        StatusCode::UNAUTHORIZED,
                        json!({"error": {"name": "AuthenticationError",
                            "message": "Invalid API Key. Every request requires a valid API Key to be sent."}}),
                    );
                }
                let path = uri.path();
                match path {
                    "/scim/v2/ServiceProviderConfig" => {
                        return json_answer(
                            StatusCode::OK,
                            json!({
                                "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
                                "patch": {"supported": true},
                                "bulk": {"supported": false, "maxOperations": 0, "maxPayloadSize": 0},
                                "filter": {"supported": true, "maxResults": 100},
                            }),
                        );
                    }
                    "/scim/v2/ResourceTypes" => {
                        return json_answer(
                            StatusCode::OK,
                            json!([{
                                "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
                                "id": "User", "name": "User", "endpoint": "/people",
                                "schema": "urn:ietf:params:scim:schemas:core:2.0:User"
                            }]),
                        );
                    }
                    _ => {}
                }
                let Some(rest) = path.strip_prefix("/scim/v2/people") else {
                    return (
                        StatusCode::NOT_FOUND,
                        [(header::CONTENT_TYPE, "text/html")],
                        "<!DOCTYPE html><html><head><title>Page not found</title></head><body>Sorry.</body></html>",
                    )
                        .into_response();
                };
                let query = uri.query().unwrap_or_default();
                let count = query
                    .split('&')
                    .find_map(|p| p.strip_prefix("count="))
                    .and_then(|c| c.parse::<u64>().ok())
                    .unwrap_or(0);
                if count > 100 {
                    return json_answer(
                        StatusCode::BAD_REQUEST,
                        json!({"error": {"name": "invalidParamError",
                            "message": "count must not be more than 100"}}),
                    );
                }
                let target = match query {
                    "" => format!("{backend}/scim/v2/Users{rest}"),
                    q => format!("{backend}/scim/v2/Users{rest}?{q}"),
                };
                let mut req = http.request(method, target).body(body);
                for name in ["authorization", "content-type", "if-match"] {
                    if let Some(v) = headers.get(name) {
                        req = req.header(name, v);
                    }
                }
                let resp = req.send().await.unwrap();
                let status = resp.status();
                let content_type = resp
                    .headers()
                    .get(header::CONTENT_TYPE)
                    .cloned()
                    .unwrap_or(header::HeaderValue::from_static("application/json"));
                (
                    status,
                    [(header::CONTENT_TYPE, content_type)],
                    resp.bytes().await.unwrap().to_vec(),
                )
                    .into_response()
            }
        },
    );
    let url = crate::common::serve_on_loopback(app).await;
    (url, asked)
}

/// Before: `users list` asked `/Users?count=1000` and stopped at the HTML
/// 404 ("answered HTTP 404 Not Found", nothing more); past it, a count of
/// 1000 would have been refused with a 400 whose words were dropped.
#[tokio::test(flavor = "multi_thread")]
async fn a_service_that_describes_itself_is_read_as_it_says() {
    let server = Server::start().await;
    let key = server.provision().await;
    let (url, asked) = described_service(server.url.clone(), key.clone()).await;
    let mut m = Machine::against(url.clone());
    m.env = vec![("SCIMCTL_SCIM_KEY".into(), key.clone())];
    let file = m.home.path().join("team.csv");
    std::fs::write(&file, crate::common::users_csv(0, 250)).unwrap();

    // an import of 250 rows: the census pages by 100 at /people
    let out = m
        .run(&["users", "import", file.to_str().unwrap(), "-o", "jsonl"])
        .await;
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout.lines().count(), 250);

    // a listing with default flags: every user once, in pages of 100
    let before = asked.load(Ordering::SeqCst);
    let out = m.run(&["users", "list", "-o", "jsonl"]).await;
    assert_eq!(out.code, 0, "{}", out.stderr);
    let names: std::collections::HashSet<String> = user_names_in(&out.stdout).into_iter().collect();
    assert_eq!(names.len(), 250);
    assert_eq!(out.stdout.lines().count(), 250);
    let cost = asked.load(Ordering::SeqCst) - before;
    // ServiceProviderConfig, /Users (404), /ResourceTypes, three pages
    assert!(cost <= 6, "{cost} requests to list 250 users");

    // one user, a change, a deactivation: all at /people
    m.run(&["users", "get", "user7@example.com", "-o", "json"])
        .await
        .ok();
    m.run(&["users", "update", "user7@example.com", "--last", "Renamed"])
        .await
        .ok();
    m.run(&["users", "deactivate", "user7@example.com", "--yes"])
        .await
        .ok();
    let user7 = m
        .run(&["users", "get", "user7@example.com", "-o", "json"])
        .await
        .ok()
        .json();
    assert_eq!(user7["name"]["familyName"], "Renamed");
    assert_eq!(user7["active"], false);

    // a page size asked for beyond the service's: its own words come back
    let out = m
        .run(&["users", "list", "--page-size", "500"])
        .await
        .code(2);
    assert!(
        out.stderr.contains("count must not be more than 100"),
        "{}",
        out.stderr
    );

    // a key it refuses: exit 4 with the service's words, not a bare status
    let mut wrong = Machine::against(url.clone());
    wrong.env = vec![(
        "SCIMCTL_SCIM_KEY".into(),
        "scim_1111111111111111111111111111111111111111".into(),
    )];
    let out = wrong.run(&["users", "list"]).await.code(4);
    assert!(out.stderr.contains("Invalid API Key"), "{}", out.stderr);

    // a URL where no SCIM lives: the HTML page is named, with a hint
    let nowhere = Machine::against(format!("{url}/nothing/here"));
    let mut nowhere = nowhere;
    nowhere.env = vec![("SCIMCTL_SCIM_KEY".into(), key.clone())];
    let out = nowhere.run(&["users", "list"]).await.code(5);
    assert!(
        out.stderr.contains("an HTML page") && out.stderr.contains("scim_path"),
        "{}",
        out.stderr
    );
}
