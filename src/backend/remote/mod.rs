//! The remote backend: SCIM at `{url}/scim/v2`, the admin API at
//! `{url}/admin/v1`, over one pooled HTTP client.
//!
//! Works with `scimctl serve` and, for the provisioning plane, with any SCIM
//! 2.0 service. What real services do that this client copes with: PATCH
//! answered with 204 and no body (then the user is read back), PATCH not
//! supported at all (then GET + PUT), 429/502/503/504 answered by retrying
//! with backoff that honours `Retry-After`, `itemsPerPage` that does not
//! match `count` (the caller pages by what it received).

mod discovery;
mod error_reply;
mod pace;
mod transport;

pub use self::transport::{DEFAULT_MAX_WAIT, Options};

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use async_trait::async_trait;
use reqwest::Method;
use serde_json::{Value, json};

use self::discovery::Provider;
use self::transport::{Reply, Transport};
use super::ops::{Backend, PAGE_SIZE, Page};
use scimctl_core::error::{Error, Kind, Result, ScimType};
use scimctl_core::keys::{IssuedKey, IssuedToken, TokenInfo};
use scimctl_core::model::{AuditEntry, KeyInfo, SsoType};
use scimctl_core::scim::patch::{self, PatchOperation, PatchRequest};
use scimctl_core::scim::schema::{PATCH_OP, USER_SCHEMA};
use scimctl_core::scim::{ListResponse, resource};
use scimctl_core::secret::Secret;
use scimctl_core::sso::{ScimStatus, SsoInfo};
use scimctl_core::store::AuditQuery;
use scimctl_core::time::to_rfc3339;

/// Where the remote backend's credentials come from; asked lazily, so that
/// a command touches the keyring only for the secret it needs.
pub trait CredentialSource: Send + Sync {
    /// The admin token, if one is configured.
    fn admin_token(&self) -> Result<Option<Secret>>;
    /// SCIM keys to try, preferred first.
    fn scim_keys(&self) -> Result<Vec<Secret>>;
    /// The profile name, for messages.
    fn profile(&self) -> String;
}

/// Fixed credentials (tests, and callers that already hold them).
pub struct Fixed {
    pub admin_token: Option<Secret>,
    pub scim_keys: Vec<Secret>,
}

impl CredentialSource for Fixed {
    fn admin_token(&self) -> Result<Option<Secret>> {
        Ok(self.admin_token.clone())
    }
    fn scim_keys(&self) -> Result<Vec<Secret>> {
        Ok(self.scim_keys.clone())
    }
    fn profile(&self) -> String {
        "(fixed)".into()
    }
}

/// Where SCIM lives under a backend URL unless told otherwise (docs/cli.md, "Backends and profiles").
pub const DEFAULT_SCIM_PATH: &str = "/scim/v2";

pub struct Remote {
    /// The backend URL, for messages; the admin API is `{root}/admin/v1`.
    root: String,
    /// The SCIM root: `{root}/scim/v2`, or what the profile says.
    scim_root: String,
    /// The client, the rate-limit schedule, the retries.
    http: Transport,
    creds: Arc<dyn CredentialSource>,
    /// Index of the SCIM key that worked last.
    key_in_use: AtomicUsize,
    /// The service refused a PATCH (no PATCH at all, or not on the paths we
    /// send): from then on, this run changes users by read-modify-PUT.
    put_only: std::sync::atomic::AtomicBool,
    /// `/ServiceProviderConfig`, read once when a command needs it.
    provider: tokio::sync::OnceCell<Provider>,
    /// Where the users are under the SCIM root when `/ResourceTypes` says
    /// it is not `/Users` (learnt when `/Users` was not found).
    users_path: std::sync::OnceLock<String>,
}

/// Split a backend URL into its root and its SCIM root. A URL that already
/// ends in `/scim/v2` names the SCIM root itself; `scim_path` (profile
/// setting `scim_path`, env `SCIMCTL_SCIM_PATH`) places SCIM elsewhere, e.g.
/// `/` for a service that serves `/Users` at its root.
pub fn roots(url: &str, scim_path: Option<&str>) -> (String, String) {
    let url = url.trim_end_matches('/');
    if let Some(path) = scim_path {
        let path = path.trim_end_matches('/');
        let sep = if path.is_empty() || path.starts_with('/') {
            ""
        } else {
            "/"
        };
        return (url.to_string(), format!("{url}{sep}{path}"));
    }
    let lower = url.to_ascii_lowercase();
    if lower.ends_with(DEFAULT_SCIM_PATH) {
        let root = &url[..url.len() - DEFAULT_SCIM_PATH.len()];
        return (root.to_string(), url.to_string());
    }
    (url.to_string(), format!("{url}{DEFAULT_SCIM_PATH}"))
}

impl Remote {
    /// The remote backend at `url`: SCIM at `{url}/scim/v2` unless
    /// `scim_path` says otherwise.
    pub fn new(
        url: &str,
        scim_path: Option<&str>,
        creds: Arc<dyn CredentialSource>,
        options: &Options,
    ) -> Result<Self> {
        let (root, scim_root) = roots(url, scim_path);
        let http = Transport::new(&root, options)?;
        Ok(Remote {
            root,
            scim_root,
            http,
            creds,
            key_in_use: AtomicUsize::new(0),
            put_only: std::sync::atomic::AtomicBool::new(false),
            provider: tokio::sync::OnceCell::new(),
            users_path: std::sync::OnceLock::new(),
        })
    }

    // ------------------------------------------------------------ admin API

    async fn admin(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> Result<Option<Value>> {
        let url = format!("{}/admin/v1{path}", self.root);
        let token = match self.creds.admin_token() {
            Ok(t) => t,
            Err(e) => {
                self.require_admin_api(None).await?;
                return Err(e);
            }
        };
        let Some(token) = token else {
            // Say "no admin API" rather than "no token" to someone pointing
            // scimctl at a plain SCIM service.
            self.require_admin_api(None).await?;
            return Err(Error::unauthorized(format!(
                "no admin token for profile {:?}",
                self.creds.profile()
            ))
            .with_hint(
                "store one with `scimctl auth login --url URL --with-token < token-file`, or set SCIMCTL_TOKEN",
            ));
        };
        match self
            .http
            .send(method, &url, Some(&token), body.as_ref())
            .await
        {
            Ok(reply) => Ok(reply.body),
            Err(e) if e.kind() == Kind::NotFound || e.kind() == Kind::MethodNotAllowed => {
                self.require_admin_api(Some(&token)).await?;
                Err(e)
            }
            Err(e) if e.kind() == Kind::Unauthorized => Err(Error::unauthorized(format!(
                "the admin token was rejected: {}",
                e.message()
            ))
            .with_hint("check SCIMCTL_TOKEN or run `scimctl auth login` again")),
            Err(e) => Err(e),
        }
    }

    /// Fail with "no admin API" when `GET /admin/v1/scim` does not exist.
    async fn require_admin_api(&self, token: Option<&Secret>) -> Result<()> {
        let url = format!("{}/admin/v1/scim", self.root);
        match self.http.send(Method::GET, &url, token, None).await {
            Err(e) if matches!(e.kind(), Kind::NotFound | Kind::MethodNotAllowed) => Err(Error::new(
                Kind::Unsupported,
                format!("this backend has no admin API ({} is a plain SCIM service)", self.root),
            )
            .with_hint("admin commands need `scimctl serve`; users commands work with any SCIM 2.0 service")),
            _ => Ok(()),
        }
    }

    /// [`Self::admin`]'s answer, `null` for one without a body.
    async fn admin_value(&self, method: Method, path: &str, body: Option<Value>) -> Result<Value> {
        Ok(self.admin(method, path, body).await?.unwrap_or(Value::Null))
    }

    async fn admin_json<T: serde::de::DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> Result<T> {
        let v = self.admin_value(method, path, body).await?;
        serde_json::from_value(v)
            .map_err(|e| Error::internal(format!("unexpected answer from the admin API: {e}")))
    }

    // ----------------------------------------------------------------- SCIM

    /// A SCIM call with the preferred stored key, moving on to the next
    /// stored key when one is rejected (a rotated key past its window).
    async fn scim(&self, method: Method, path: &str, body: Option<&Value>) -> Result<Reply> {
        let keys = self.creds.scim_keys()?;
        if keys.is_empty() {
            return Err(Error::unauthorized(format!(
                "no SCIM API key for profile {:?}",
                self.creds.profile()
            ))
            .with_hint("set SCIMCTL_SCIM_KEY, or generate one with `scimctl keys generate`"));
        }
        let url = format!("{}{path}", self.scim_root);
        let first = self.key_in_use.load(Ordering::Relaxed).min(keys.len() - 1);
        let mut last_err = None;
        for i in (first..keys.len()).chain(0..first) {
            match self
                .http
                .send(method.clone(), &url, Some(&keys[i]), body)
                .await
            {
                Err(e) if e.kind() == Kind::Unauthorized => last_err = Some(e),
                other => {
                    self.key_in_use.store(i, Ordering::Relaxed);
                    return other;
                }
            }
        }
        Err(last_err
            .unwrap_or_else(|| Error::unauthorized("every SCIM key was rejected"))
            .with_hint(
                "check SCIMCTL_SCIM_KEY, or the key stored for this profile with `scimctl keys test`",
            ))
    }
}

/// A PATCH the service will not take, whatever its operations' values: no
/// PATCH at all (405, 501), or not on the paths sent (RFC 7644 scimTypes
/// `invalidPath`, `noTarget`, `mutability`).
pub fn patch_refused(e: &Error) -> bool {
    matches!(e.kind(), Kind::MethodNotAllowed | Kind::Unsupported)
        || (e.kind() == Kind::Invalid
            && matches!(
                e.scim_type(),
                Some(ScimType::InvalidPath | ScimType::NoTarget | ScimType::Mutability)
            ))
}

impl Remote {
    /// The users' collection under the SCIM root.
    fn users(&self) -> &str {
        self.users_path.get().map_or("/Users", String::as_str)
    }

    /// `/ServiceProviderConfig`, read at most once; a service without one
    /// (or with one we cannot read) gets the defaults.
    async fn provider(&self) -> Provider {
        *self
            .provider
            .get_or_init(|| async {
                match self.scim(Method::GET, "/ServiceProviderConfig", None).await {
                    Ok(Reply {
                        body: Some(doc), ..
                    }) => Provider::read(&doc),
                    Ok(_) => Provider::default(),
                    Err(e) => {
                        tracing::debug!("no ServiceProviderConfig from {}: {e}", self.root);
                        Provider::default()
                    }
                }
            })
            .await
    }

    /// After `/Users` was not found: ask `/ResourceTypes` where the users
    /// are. `Some` with a new path to use, once per run.
    async fn rediscover_users(&self) -> Option<String> {
        if self.users_path.get().is_some() {
            return None;
        }
        let reply = self.scim(Method::GET, "/ResourceTypes", None).await;
        let found = reply
            .ok()
            .and_then(|r| discovery::user_endpoint(r.body.as_ref()?));
        // (asked once: whatever the answer, `/Users` stays or the new path
        // holds for the rest of the run)
        let endpoint = found.unwrap_or_else(|| "/Users".to_string());
        let _ = self.users_path.set(endpoint.clone());
        if endpoint == "/Users" {
            return None;
        }
        tracing::info!(
            "{} lists its users at {endpoint} (its /ResourceTypes says so)",
            self.root
        );
        Some(endpoint)
    }

    /// Read the user, apply the operations here, PUT the result.
    async fn patch_by_put(&self, id: &str, ops: &[PatchOperation]) -> Result<Value> {
        let current = self.user_get(id).await?;
        let doc = resource::normalize_user(&current)?;
        let mut next = Value::Object(patch::apply(&doc, ops)?);
        next["schemas"] = json!([USER_SCHEMA]);
        next["id"] = json!(id);
        self.user_replace(id, &next).await
    }
}

pub fn enc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn expect_body(reply: Reply) -> Result<Value> {
    reply.body.ok_or_else(|| {
        Error::internal(format!(
            "the backend answered HTTP {} without a body",
            reply.status
        ))
    })
}

#[async_trait]
impl Backend for Remote {
    fn rate_limit_pause(&self) -> Option<Duration> {
        self.http.paused_for()
    }

    fn describe(&self) -> String {
        self.root.clone()
    }

    async fn scim_status(&self) -> Result<ScimStatus> {
        self.admin_json(Method::GET, "/scim", None).await
    }

    async fn scim_set(&self, enabled: bool, revoke_keys: bool) -> Result<ScimStatus> {
        let body = json!({"enabled": enabled, "revoke_keys": revoke_keys});
        self.admin_json(Method::PUT, "/scim", Some(body)).await
    }

    async fn sso_list(&self) -> Result<Vec<SsoInfo>> {
        self.admin_json(Method::GET, "/sso", None).await
    }

    async fn sso_add(&self, kind: SsoType, name: &str) -> Result<SsoInfo> {
        let body = json!({"type": kind, "name": name});
        self.admin_json(Method::POST, "/sso", Some(body)).await
    }

    async fn sso_remove(&self, id_or_name: &str) -> Result<()> {
        self.admin(Method::DELETE, &format!("/sso/{}", enc(id_or_name)), None)
            .await
            .map(|_| ())
    }

    async fn keys_list(&self) -> Result<Vec<KeyInfo>> {
        self.admin_json(Method::GET, "/keys", None).await
    }

    async fn key_generate(&self, name: &str) -> Result<IssuedKey> {
        let body = json!({"name": name});
        IssuedKey::from_json(&self.admin_value(Method::POST, "/keys", Some(body)).await?)
    }

    async fn key_rotate(&self, key: &str, grace: Duration, force: bool) -> Result<IssuedKey> {
        let body = json!({"grace": grace.as_secs(), "force": force});
        let path = format!("/keys/{}/rotate", enc(key));
        IssuedKey::from_json(&self.admin_value(Method::POST, &path, Some(body)).await?)
    }

    async fn key_revoke(&self, key: &str) -> Result<KeyInfo> {
        self.admin_json(Method::POST, &format!("/keys/{}/revoke", enc(key)), None)
            .await
    }

    async fn audit(&self, query: &AuditQuery) -> Result<Vec<AuditEntry>> {
        let mut path = format!("/audit?limit={}", query.limit);
        if let Some(t) = query.since {
            path.push_str(&format!("&since={}", enc(&to_rfc3339(t))));
        }
        if let Some(actor) = &query.actor {
            path.push_str(&format!("&actor={}", enc(actor)));
        }
        if let Some(action) = &query.action {
            path.push_str(&format!("&action={}", enc(action)));
        }
        self.admin_json(Method::GET, &path, None).await
    }

    async fn admin_call(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value> {
        let method = Method::from_bytes(method.as_bytes())
            .map_err(|_| Error::internal(format!("no HTTP method {method}")))?;
        self.admin_value(method, path, body).await
    }

    async fn tokens_list(&self) -> Result<Vec<TokenInfo>> {
        self.admin_json(Method::GET, "/tokens", None).await
    }

    async fn token_create(&self, name: &str) -> Result<IssuedToken> {
        let body = json!({"name": name});
        IssuedToken::from_json(
            &self
                .admin_value(Method::POST, "/tokens", Some(body))
                .await?,
        )
    }

    async fn token_revoke(&self, token: &str) -> Result<TokenInfo> {
        self.admin_json(
            Method::POST,
            &format!("/tokens/{}/revoke", enc(token)),
            None,
        )
        .await
    }

    async fn key_check(&self, secret: &Secret) -> Result<()> {
        // Okta's "Test API Credentials" lists one user.
        let url = format!("{}{}?startIndex=1&count=1", self.scim_root, self.users());
        self.http
            .send(Method::GET, &url, Some(secret), None)
            .await
            .map(|_| ())
    }

    async fn page_size(&self) -> u64 {
        self.provider().await.page_size(PAGE_SIZE)
    }

    async fn users_page(&self, filter: Option<&str>, start_index: u64, count: u64) -> Result<Page> {
        let query = |users: &str| {
            let mut path = format!("{users}?startIndex={start_index}&count={count}");
            if let Some(f) = filter {
                path.push_str(&format!("&filter={}", enc(f)));
            }
            path
        };
        let reply = match self.scim(Method::GET, &query(self.users()), None).await {
            Err(e) if e.kind() == Kind::NotFound => match self.rediscover_users().await {
                Some(users) => self.scim(Method::GET, &query(&users), None).await?,
                // (a service may answer a filter that matches nobody with
                // 404: that is no news of the endpoint)
                None if filter.is_some() => return Err(e),
                None => {
                    return Err(e.with_hint(format!(
                        "no users at {}{}: check the URL, or set scim_path (SCIMCTL_SCIM_PATH) to the SCIM root",
                        self.scim_root,
                        self.users()
                    )));
                }
            },
            other => other?,
        };
        let body = expect_body(reply)?;
        let list: ListResponse = serde_json::from_value(body)
            .map_err(|e| Error::internal(format!("not a SCIM ListResponse: {e}")))?;
        Ok(Page {
            total: list.total_results,
            resources: list.resources,
        })
    }

    async fn user_get(&self, id: &str) -> Result<Value> {
        expect_body(
            self.scim(Method::GET, &format!("{}/{}", self.users(), enc(id)), None)
                .await?,
        )
    }

    async fn user_create(&self, body: &Value) -> Result<Value> {
        expect_body(self.scim(Method::POST, self.users(), Some(body)).await?)
    }

    async fn user_patch(&self, id: &str, ops: &[PatchOperation]) -> Result<Value> {
        let request = PatchRequest {
            schemas: vec![PATCH_OP.to_string()],
            operations: ops.to_vec(),
        };
        let body = serde_json::to_value(&request).unwrap_or_default();
        let path = format!("{}/{}", self.users(), enc(id));
        // (a ServiceProviderConfig read for this run that says no PATCH is
        // believed; none is read just for this)
        let no_patch = self.provider.get().is_some_and(|p| p.patch == Some(false));
        if no_patch || self.put_only.load(Ordering::Relaxed) {
            return self.patch_by_put(id, ops).await;
        }
        match self.scim(Method::PATCH, &path, Some(&body)).await {
            // 204 No Content: read the user back.
            Ok(Reply { body: None, .. }) => self.user_get(id).await,
            Ok(Reply { body: Some(v), .. }) => Ok(v),
            // No PATCH on this service, or not on these paths (services that
            // take names only through PUT): apply the operations here and
            // PUT, now and for the rest of the run.
            Err(e) if patch_refused(&e) => {
                tracing::info!(
                    "{} refused a PATCH ({}); changing users by PUT from now on",
                    self.root,
                    e.message()
                );
                self.put_only.store(true, Ordering::Relaxed);
                self.patch_by_put(id, ops).await
            }
            Err(e) => Err(e),
        }
    }

    async fn user_replace(&self, id: &str, body: &Value) -> Result<Value> {
        let path = format!("{}/{}", self.users(), enc(id));
        match self.scim(Method::PUT, &path, Some(body)).await? {
            Reply { body: Some(v), .. } => Ok(v),
            Reply { body: None, .. } => self.user_get(id).await,
        }
    }

    async fn user_set_active(&self, id: &str, active: bool) -> Result<Value> {
        // The form every SCIM service takes: replace with a path.
        let op = PatchOperation::replace(Some("active"), Value::Bool(active));
        self.user_patch(id, std::slice::from_ref(&op)).await
    }

    async fn groups_page(
        &self,
        filter: Option<&str>,
        start_index: u64,
        count: u64,
        members: bool,
    ) -> Result<Page> {
        let mut path = format!(
            "/Groups?startIndex={start_index}&count={count}&{}",
            group_view(members)
        );
        if let Some(f) = filter {
            path.push_str(&format!("&filter={}", enc(f)));
        }
        let body = expect_body(self.scim(Method::GET, &path, None).await?)?;
        let list: ListResponse = serde_json::from_value(body)
            .map_err(|e| Error::internal(format!("not a SCIM ListResponse: {e}")))?;
        Ok(Page {
            total: list.total_results,
            resources: list.resources,
        })
    }

    async fn group_get(&self, id: &str, members: bool) -> Result<Value> {
        let path = format!("/Groups/{}?{}", enc(id), group_view(members));
        expect_body(self.scim(Method::GET, &path, None).await?)
    }

    async fn group_create(&self, body: &Value) -> Result<Value> {
        expect_body(self.scim(Method::POST, "/Groups", Some(body)).await?)
    }

    async fn group_patch(&self, id: &str, ops: &[PatchOperation]) -> Result<()> {
        let request = PatchRequest {
            schemas: vec![PATCH_OP.to_string()],
            operations: ops.to_vec(),
        };
        let body = serde_json::to_value(&request).unwrap_or_default();
        self.scim(Method::PATCH, &format!("/Groups/{}", enc(id)), Some(&body))
            .await
            .map(|_| ())
    }

    async fn group_replace(&self, id: &str, body: &Value) -> Result<Value> {
        let path = format!("/Groups/{}", enc(id));
        match self.scim(Method::PUT, &path, Some(body)).await? {
            Reply { body: Some(v), .. } => Ok(v),
            Reply { body: None, .. } => self.group_get(id, true).await,
        }
    }

    async fn group_delete(&self, id: &str) -> Result<()> {
        self.scim(Method::DELETE, &format!("/Groups/{}", enc(id)), None)
            .await
            .map(|_| ())
    }
}

/// The query that asks a group's members (with their `display`, which
/// `scimctl serve` returns only when asked for by name) or leaves them out.
fn group_view(members: bool) -> &'static str {
    if members {
        "attributes=displayName,externalId,meta,members,members.display"
    } else {
        "excludedAttributes=members"
    }
}

#[cfg(test)]
mod tests {
    use super::roots;

    #[test]
    fn scim_roots() {
        let r = |u: &str, p: Option<&str>| roots(u, p);
        assert_eq!(
            r("https://h/", None),
            ("https://h".into(), "https://h/scim/v2".into())
        );
        assert_eq!(
            r("https://h/t/scim/v2/", None),
            ("https://h/t".into(), "https://h/t/scim/v2".into())
        );
        assert_eq!(
            r("http://h:8080", Some("/")),
            ("http://h:8080".into(), "http://h:8080".into())
        );
        assert_eq!(
            r("http://h", Some("api/scim")),
            ("http://h".into(), "http://h/api/scim".into())
        );
    }
}
