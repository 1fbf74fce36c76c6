// Shared by the targets: a rendered user to evaluate filters against and
// to patch, and the rule every refusal must follow.

use scimctl_core::error::{Error, Kind};
use scimctl_core::scim::stored::Doc;
use scimctl_core::scim::resource;
use serde_json::{Value, json};

pub fn user_doc() -> Doc {
    resource::normalize_user(&json!({
        "userName": "ann@example.com",
        "name": {"givenName": "Ann", "familyName": "Lee"},
        "emails": [{"value": "ann@example.com", "type": "work", "primary": true}],
        "active": true,
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": "R&D"}
    }))
    .expect("a valid user")
}

pub fn render(doc: Doc) -> Value {
    resource::render(
        resource::Rendered {
            id: "u1",
            doc,
            created: 0,
            last_modified: 0,
            version: 1,
            default_role: Some("developer"),
            groups: &[],
        },
        "http://h/scim/v2",
    )
}

/// Client input may be refused, but only as a client error.
pub fn refused(e: &Error) {
    assert_eq!(e.kind(), Kind::Invalid, "{e:?}");
}
