//! What a SCIM service says of itself (RFC 7644 §4), read the way real
//! services write it: `/ServiceProviderConfig` for the page size it allows
//! and whether it takes PATCH, `/ResourceTypes` (a ListResponse, or a bare
//! array as Postman's API answers) for where its users live.
//!
//! Each document is read at most once per run, and only when the answer
//! changes what the client does: the page size when a command pages with
//! the default, the users' endpoint when `/Users` is not found.

use serde_json::Value;

use scimctl_core::scim::schema::USER_SCHEMA;
use scimctl_core::scim::stored::get_ci;

/// What `/ServiceProviderConfig` tells the client.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Provider {
    /// `filter.maxResults`: the most resources one page may hold.
    pub max_results: Option<u64>,
    /// `patch.supported`.
    pub patch: Option<bool>,
}

impl Provider {
    pub fn read(doc: &Value) -> Provider {
        let feature = |name: &str| get_ci(doc, name);
        let max_results = feature("filter")
            .and_then(|f| get_ci(f, "maxResults"))
            .and_then(|m| match m {
                Value::Number(n) => n.as_u64(),
                // ("100", as some services write numbers)
                Value::String(s) => s.trim().parse().ok(),
                _ => None,
            })
            .filter(|n| *n > 0);
        let patch = feature("patch")
            .and_then(|p| get_ci(p, "supported"))
            .and_then(|s| match s {
                Value::Bool(b) => Some(*b),
                Value::String(s) if s.eq_ignore_ascii_case("true") => Some(true),
                Value::String(s) if s.eq_ignore_ascii_case("false") => Some(false),
                _ => None,
            });
        Provider { max_results, patch }
    }

    /// The page size to ask for by default: what the service allows, at
    /// most `cap`.
    pub fn page_size(&self, cap: u64) -> u64 {
        self.max_results.map_or(cap, |m| m.min(cap))
    }
}

/// The endpoint of the User resource type in a `/ResourceTypes` answer,
/// a ListResponse or a bare array of resource types.
pub fn user_endpoint(doc: &Value) -> Option<String> {
    let types = match doc {
        Value::Array(items) => items.as_slice(),
        _ => get_ci(doc, "Resources")?.as_array()?.as_slice(),
    };
    types
        .iter()
        .find(|t| {
            get_ci(t, "schema").and_then(Value::as_str) == Some(USER_SCHEMA)
                || get_ci(t, "name")
                    .and_then(Value::as_str)
                    .is_some_and(|n| n.eq_ignore_ascii_case("User"))
        })
        .and_then(|t| get_ci(t, "endpoint")?.as_str())
        .map(|e| {
            let e = e.trim().trim_end_matches('/');
            // an absolute URL: its last segment, under the SCIM root we use
            // (never another host)
            let e = match e.contains("://") {
                true => e.rsplit('/').next().unwrap_or(""),
                false => e,
            };
            format!("/{}", e.trim_matches('/'))
        })
        .filter(|e| e.len() > 1 && !e.contains(['?', '#', ' ', ':']) && !e.contains(".."))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn provider_config_as_services_write_it() {
        let p = Provider::read(&json!({
            "patch": {"supported": true},
            "filter": {"supported": true, "maxResults": 100},
            "bulk": {"supported": false}
        }));
        assert_eq!(
            p,
            Provider {
                max_results: Some(100),
                patch: Some(true)
            }
        );
        assert_eq!(p.page_size(1000), 100);
        let p = Provider::read(
            &json!({"Patch": {"Supported": "False"}, "filter": {"maxResults": "5000"}}),
        );
        assert_eq!(p.patch, Some(false));
        assert_eq!(p.page_size(1000), 1000);
        assert_eq!(
            Provider::read(&json!({"filter": {"maxResults": 0}})).page_size(1000),
            1000
        );
        assert_eq!(Provider::read(&json!("nonsense")), Provider::default());
    }

    #[test]
    fn resource_types_as_a_list_or_a_bare_array() {
        let user = json!({"name": "User", "endpoint": "/Users", "schema": USER_SCHEMA});
        let group = json!({"name": "Group", "endpoint": "/Groups"});
        assert_eq!(
            user_endpoint(&json!({"Resources": [group, user]})).as_deref(),
            Some("/Users")
        );
        assert_eq!(
            user_endpoint(&json!([{"name": "user", "endpoint": "users/"}])).as_deref(),
            Some("/users")
        );
        assert_eq!(user_endpoint(&json!([group])), None);
        assert_eq!(
            user_endpoint(
                &json!([{"name": "User", "endpoint": "https://other.example/scim/Users"}])
            )
            .as_deref(),
            Some("/Users")
        );
        // nothing that would leave the SCIM root or carry a query
        assert_eq!(
            user_endpoint(&json!([{"name": "User", "endpoint": "/../admin"}])),
            None
        );
        assert_eq!(
            user_endpoint(&json!([{"name": "User", "endpoint": "/u?x=1"}])),
            None
        );
        assert_eq!(
            user_endpoint(&json!([{"name": "User", "endpoint": "/"}])),
            None
        );
    }
}
