//! The embedded backend: the team core on a local database, in-process.
//! No server and no credentials: access to the database file is the access
//! control, as it is for any local SQLite tool.

use std::time::Duration;

use async_trait::async_trait;
use serde_json::Value;

use super::ops::{Backend, Page};
use scimctl_core::Team;
use scimctl_core::error::Result;
use scimctl_core::groups::GroupQuery;
use scimctl_core::keys::{IssuedKey, IssuedToken, TokenInfo};
use scimctl_core::model::{Actor, AuditEntry, KeyInfo, MemberState, SsoType, UserRow};
use scimctl_core::scim::filter;
use scimctl_core::scim::patch::PatchOperation;
use scimctl_core::secret::Secret;
use scimctl_core::sso::{ScimStatus, SsoInfo};
use scimctl_core::store::AuditQuery;
use scimctl_core::users::ListQuery;

/// `meta.location` of embedded resources is relative: there is no server.
const BASE: &str = "";

pub struct Embedded {
    team: Team,
    actor: Actor,
    url: String,
    /// How invites this run opens are sent.
    mail: crate::mail::Settings,
}

impl Embedded {
    pub fn new(team: Team, actor: Actor, url: &str, mail: crate::mail::Settings) -> Self {
        Embedded {
            team,
            actor,
            url: url.to_string(),
            mail,
        }
    }

    /// The team, for a SCIM call: refused, as the SCIM API would refuse
    /// it, while the team does not take provisioning.
    async fn provisioning(&self) -> Result<&Team> {
        self.team.require_provisioning(&self.actor).await?;
        Ok(&self.team)
    }

    /// A user this run wrote, with the invite its write opened (if it did)
    /// delivered: the email goes out now, as `serve` would send it. A
    /// failed delivery fails nothing: the invite is kept, marked unsent,
    /// for `serve` or `scimctl invites resend` to try again.
    async fn delivered(&self, user: UserRow) -> Value {
        if user.membership.state == MemberState::Invited {
            self.deliver(std::slice::from_ref(&user.id)).await;
        }
        user.render(BASE)
    }

    async fn deliver(&self, ids: &[String]) {
        match crate::mail::deliver_for(&self.team, &self.mail, ids).await {
            Ok(attempts) => {
                for a in attempts.iter().filter(|a| a.outcome.is_err()) {
                    tracing::warn!(invite = %a.invite, "invite not sent; `scimctl invites list` shows why");
                }
            }
            Err(e) => tracing::warn!(error = %e, "invites not delivered"),
        }
    }
}

#[async_trait]
impl Backend for Embedded {
    fn names_ignore_case(&self) -> bool {
        true
    }

    fn describe(&self) -> String {
        format!("the embedded database {}", self.url)
    }

    async fn scim_status(&self) -> Result<ScimStatus> {
        self.team.scim_status().await
    }

    async fn scim_set(&self, enabled: bool, revoke_keys: bool) -> Result<ScimStatus> {
        if enabled {
            self.team.scim_enable(&self.actor).await
        } else {
            self.team.scim_disable(&self.actor, revoke_keys).await
        }
    }

    async fn sso_list(&self) -> Result<Vec<SsoInfo>> {
        self.team.sso_list().await
    }

    async fn sso_add(&self, kind: SsoType, name: &str) -> Result<SsoInfo> {
        self.team.sso_add(&self.actor, kind, name).await
    }

    async fn sso_remove(&self, id_or_name: &str) -> Result<()> {
        self.team
            .sso_remove(&self.actor, id_or_name)
            .await
            .map(|_| ())
    }

    async fn keys_list(&self) -> Result<Vec<KeyInfo>> {
        self.team.keys_list().await
    }

    async fn key_generate(&self, name: &str) -> Result<IssuedKey> {
        self.team.key_generate(&self.actor, name).await
    }

    async fn key_rotate(&self, key: &str, grace: Duration, force: bool) -> Result<IssuedKey> {
        self.team.key_rotate(&self.actor, key, grace, force).await
    }

    async fn key_revoke(&self, key: &str) -> Result<KeyInfo> {
        self.team.key_revoke(&self.actor, key).await
    }

    async fn audit(&self, query: &AuditQuery) -> Result<Vec<AuditEntry>> {
        self.team.audit(query).await
    }

    async fn tokens_list(&self) -> Result<Vec<TokenInfo>> {
        self.team.admin_tokens_list().await
    }

    async fn token_create(&self, name: &str) -> Result<IssuedToken> {
        self.team.admin_token_create(&self.actor, name).await
    }

    async fn token_revoke(&self, token: &str) -> Result<TokenInfo> {
        self.team.admin_token_revoke(&self.actor, token).await
    }

    async fn key_check(&self, secret: &Secret) -> Result<()> {
        self.team
            .authenticate_scim(secret.expose())
            .await
            .map(|_| ())
    }

    async fn users_page(&self, filter: Option<&str>, start_index: u64, count: u64) -> Result<Page> {
        let team = self.provisioning().await?;
        let filter = filter.map(filter::parse).transpose()?;
        let page = team
            .user_list(&ListQuery {
                filter,
                start_index,
                count,
            })
            .await?;
        Ok(Page {
            total: page.total,
            resources: page
                .users
                .into_iter()
                .map(|u| u.into_resource(BASE))
                .collect(),
        })
    }

    async fn user_get(&self, id: &str) -> Result<Value> {
        let team = self.provisioning().await?;
        Ok(team.user_get(id).await?.render(BASE))
    }

    async fn user_create(&self, body: &Value) -> Result<Value> {
        let team = self.provisioning().await?;
        let user = team.user_create(&self.actor, body).await?;
        Ok(self.delivered(user).await)
    }

    fn creates_in_batches(&self) -> bool {
        true
    }

    async fn user_create_many(&self, bodies: &[Value]) -> Vec<Result<String>> {
        if let Err(e) = self.team.require_provisioning(&self.actor).await {
            return bodies.iter().map(|_| Err(e.clone())).collect();
        }
        let rows = self.team.user_create_many(&self.actor, bodies).await;
        let invited: Vec<String> = rows
            .iter()
            .flatten()
            .filter(|u| u.membership.state == MemberState::Invited)
            .map(|u| u.id.clone())
            .collect();
        self.deliver(&invited).await;
        rows.into_iter().map(|r| r.map(|row| row.id)).collect()
    }

    async fn user_patch(&self, id: &str, ops: &[PatchOperation]) -> Result<Value> {
        let team = self.provisioning().await?;
        let user = team.user_patch(&self.actor, id, ops, None).await?;
        Ok(self.delivered(user).await)
    }

    async fn user_replace(&self, id: &str, body: &Value) -> Result<Value> {
        let team = self.provisioning().await?;
        let user = team.user_replace(&self.actor, id, body, None).await?;
        Ok(self.delivered(user).await)
    }

    async fn user_set_active(&self, id: &str, active: bool) -> Result<Value> {
        let team = self.provisioning().await?;
        let user = team.user_set_active(&self.actor, id, active).await?;
        Ok(self.delivered(user).await)
    }

    async fn groups_page(
        &self,
        filter: Option<&str>,
        start_index: u64,
        count: u64,
        members: bool,
    ) -> Result<Page> {
        let team = self.provisioning().await?;
        let filter = filter.map(filter::parse).transpose()?;
        let page = team
            .group_list(&GroupQuery {
                filter,
                start_index,
                count,
                members,
            })
            .await?;
        Ok(Page {
            total: page.total,
            resources: page.groups.iter().map(|g| g.render(BASE, true)).collect(),
        })
    }

    async fn group_get(&self, id: &str, members: bool) -> Result<Value> {
        let team = self.provisioning().await?;
        Ok(team.group_get(id, members).await?.render(BASE, true))
    }

    async fn group_create(&self, body: &Value) -> Result<Value> {
        let team = self.provisioning().await?;
        Ok(team
            .group_create(&self.actor, body)
            .await?
            .render(BASE, true))
    }

    async fn group_patch(&self, id: &str, ops: &[PatchOperation]) -> Result<()> {
        let team = self.provisioning().await?;
        team.group_patch(&self.actor, id, ops, None).await?;
        Ok(())
    }

    async fn group_replace(&self, id: &str, body: &Value) -> Result<Value> {
        let team = self.provisioning().await?;
        Ok(team
            .group_replace(&self.actor, id, body, None)
            .await?
            .render(BASE, true))
    }

    async fn group_delete(&self, id: &str) -> Result<()> {
        let team = self.provisioning().await?;
        team.group_delete(&self.actor, id, None).await
    }
}
