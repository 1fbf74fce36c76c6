//! The SCIM User schema (RFC 7643 §4.1) and the enterprise extension (§4.3),
//! as data.
//!
//! One table drives everything that depends on the shape of a User: the
//! `/Schemas` document, the case-insensitive normalisation of incoming
//! resources, boolean coercion of Entra's `"True"`/`"False"`, which string
//! comparisons in filters are case-exact, and which attributes are returned.

use serde_json::{Map, Value, json};

pub const USER_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
pub const ENTERPRISE_SCHEMA: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
pub const GROUP_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";
/// scimctl's read-only extension of a User: the team membership's state
/// (docs/scim.md, "Accounts and memberships"). It ends in `:User`, as the
/// enterprise extension does, so that the URN alone is an attribute path
/// (RFC 7644's `attrPath` needs a name after the URN's last colon; a bare
/// `…:1.0` is not one, and clients that build paths from /Schemas fail).
pub const MEMBERSHIP_SCHEMA: &str = "urn:scimctl:schemas:extension:membership:1.0:User";
/// The same extension as the product's first documents spell it, accepted
/// wherever a path names an attribute (`…:membership:1.0:state`).
pub const MEMBERSHIP_SCHEMA_SHORT: &str = "urn:scimctl:schemas:extension:membership:1.0";

/// Is `uri` the membership extension's URN, in either spelling?
pub fn is_membership_uri(uri: &str) -> bool {
    uri.eq_ignore_ascii_case(MEMBERSHIP_SCHEMA) || uri.eq_ignore_ascii_case(MEMBERSHIP_SCHEMA_SHORT)
}
pub const LIST_RESPONSE: &str = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
pub const PATCH_OP: &str = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
pub const ERROR: &str = "urn:ietf:params:scim:api:messages:2.0:Error";
pub const SERVICE_PROVIDER_CONFIG: &str =
    "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
pub const RESOURCE_TYPE: &str = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
pub const SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:Schema";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    String,
    Boolean,
    Decimal,
    Integer,
    DateTime,
    Reference,
    Binary,
    Complex,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mutability {
    ReadOnly,
    ReadWrite,
    Immutable,
    WriteOnly,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Returned {
    Always,
    Never,
    Default,
    Request,
}

/// One attribute definition.
#[derive(Debug)]
pub struct Attr {
    pub name: &'static str,
    pub ty: Type,
    pub multi: bool,
    pub required: bool,
    pub case_exact: bool,
    pub mutability: Mutability,
    pub returned: Returned,
    pub unique: bool,
    pub canonical: &'static [&'static str],
    pub reference_types: &'static [&'static str],
    pub sub: &'static [Attr],
    pub description: &'static str,
}

const fn attr(name: &'static str, ty: Type, description: &'static str) -> Attr {
    Attr {
        name,
        ty,
        multi: false,
        required: false,
        case_exact: false,
        mutability: Mutability::ReadWrite,
        returned: Returned::Default,
        unique: false,
        canonical: &[],
        reference_types: &[],
        sub: &[],
        description,
    }
}

const fn s(name: &'static str, description: &'static str) -> Attr {
    attr(name, Type::String, description)
}

const fn complex(name: &'static str, sub: &'static [Attr], description: &'static str) -> Attr {
    let mut a = attr(name, Type::Complex, description);
    a.sub = sub;
    a
}

impl Attr {
    const fn multi(mut self) -> Self {
        self.multi = true;
        self
    }
    const fn required(mut self) -> Self {
        self.required = true;
        self
    }
    const fn case_exact(mut self) -> Self {
        self.case_exact = true;
        self
    }
    const fn read_only(mut self) -> Self {
        self.mutability = Mutability::ReadOnly;
        self
    }
    const fn on_request(mut self) -> Self {
        self.returned = Returned::Request;
        self
    }
    const fn immutable(mut self) -> Self {
        self.mutability = Mutability::Immutable;
        self
    }
    const fn write_only(mut self) -> Self {
        self.mutability = Mutability::WriteOnly;
        self.returned = Returned::Never;
        self
    }
    const fn always(mut self) -> Self {
        self.returned = Returned::Always;
        self
    }
    const fn unique(mut self) -> Self {
        self.unique = true;
        self
    }
    const fn canonical(mut self, values: &'static [&'static str]) -> Self {
        self.canonical = values;
        self
    }
    const fn refs(mut self, types: &'static [&'static str]) -> Self {
        self.reference_types = types;
        self
    }

    /// A sub-attribute by name, case-insensitively.
    pub fn sub_attr(&self, name: &str) -> Option<&'static Attr> {
        find(self.sub, name)
    }

    /// Is this attribute's value kept and echoed back (not read-only, not write-only)?
    pub fn writable(&self) -> bool {
        matches!(
            self.mutability,
            Mutability::ReadWrite | Mutability::Immutable
        )
    }
}

fn find(attrs: &'static [Attr], name: &str) -> Option<&'static Attr> {
    attrs.iter().find(|a| a.name.eq_ignore_ascii_case(name))
}

/// The sub-attributes shared by most multi-valued complex attributes.
macro_rules! plural {
    ($value:expr, $types:expr) => {
        &[
            $value,
            s(
                "display",
                "A human-readable name, primarily used for display purposes.",
            ),
            s("type", "A label indicating the attribute's function.").canonical($types),
            attr(
                "primary",
                Type::Boolean,
                "Indicates the 'primary' or preferred attribute value for this attribute.",
            ),
        ]
    };
}

static NAME_SUB: &[Attr] = &[
    s(
        "formatted",
        "The full name, including all middle names, titles, and suffixes as appropriate, formatted for display.",
    ),
    s("familyName", "The family name of the User, or last name."),
    s("givenName", "The given name of the User, or first name."),
    s("middleName", "The middle name(s) of the User."),
    s(
        "honorificPrefix",
        "The honorific prefix(es) of the User, or title.",
    ),
    s(
        "honorificSuffix",
        "The honorific suffix(es) of the User, or suffix.",
    ),
];

static EMAILS_SUB: &[Attr] = plural!(
    s("value", "Email addresses for the user."),
    &["work", "home", "other"]
);
static PHONES_SUB: &[Attr] = plural!(
    s("value", "Phone number of the User."),
    &["work", "home", "mobile", "fax", "pager", "other"]
);
static IMS_SUB: &[Attr] = plural!(
    s("value", "Instant messaging address for the User."),
    &["aim", "gtalk", "icq", "xmpp", "msn", "skype", "qq", "yahoo"]
);
static PHOTOS_SUB: &[Attr] = plural!(
    attr("value", Type::Reference, "URL of a photo of the User.").refs(&["external"]),
    &["photo", "thumbnail"]
);
static ENTITLEMENTS_SUB: &[Attr] = plural!(s("value", "The value of an entitlement."), &[]);
static ROLES_SUB: &[Attr] = plural!(s("value", "The value of a role."), &[]);
static CERTS_SUB: &[Attr] = plural!(
    attr("value", Type::Binary, "The value of an X.509 certificate.").case_exact(),
    &[]
);
static ADDRESS_SUB: &[Attr] = &[
    s(
        "formatted",
        "The full mailing address, formatted for display.",
    ),
    s("streetAddress", "The full street address component."),
    s("locality", "The city or locality component."),
    s("region", "The state or region component."),
    s("postalCode", "The zip code or postal code component."),
    s("country", "The country name component."),
    s("type", "A label indicating the attribute's function.").canonical(&["work", "home", "other"]),
    attr(
        "primary",
        Type::Boolean,
        "Indicates the preferred mailing address.",
    ),
];

/// A user's `groups` (RFC 7643 §4.1.2): read-only, kept by the service from
/// the groups' `members`.
static USER_GROUPS_SUB: &[Attr] = &[
    s("value", "The identifier of the User's group.").read_only(),
    attr(
        "$ref",
        Type::Reference,
        "The URI of the corresponding 'Group' resource to which the user belongs.",
    )
    .refs(&["Group"])
    .read_only(),
    s("display", "The displayName of the User's group.").read_only(),
    s(
        "type",
        "How the membership was derived: always `direct` here.",
    )
    .canonical(&["direct", "indirect"])
    .read_only(),
];

/// RFC 7643 §4.1.
pub static USER_ATTRS: &[Attr] = &[
    s("userName", "Unique identifier for the User, typically used to sign in. REQUIRED.")
        .required()
        .unique(),
    complex("name", NAME_SUB, "The components of the user's real name."),
    s("displayName", "The name of the User, suitable for display to end-users."),
    s("nickName", "The casual way to address the user in real life."),
    attr("profileUrl", Type::Reference, "A fully qualified URL pointing to a page representing the User's online profile.").refs(&["external"]),
    s("title", "The user's title, such as \"Vice President\"."),
    s("userType", "Used to identify the relationship between the organization and the user."),
    s("preferredLanguage", "Indicates the User's preferred written or spoken language."),
    s("locale", "Used to indicate the User's default location for localization purposes."),
    s("timezone", "The User's time zone in the 'Olson' time zone database format."),
    attr("active", Type::Boolean, "A Boolean value indicating the User's administrative status."),
    s("password", "The User's cleartext password. Accepted and discarded: this service does not sign users in.")
        .write_only(),
    complex("emails", EMAILS_SUB, "Email addresses for the user.").multi(),
    complex("phoneNumbers", PHONES_SUB, "Phone numbers for the User.").multi(),
    complex("ims", IMS_SUB, "Instant messaging addresses for the User.").multi(),
    complex("photos", PHOTOS_SUB, "URLs of photos of the User.").multi(),
    complex("addresses", ADDRESS_SUB, "A physical mailing address for this User.").multi(),
    complex("entitlements", ENTITLEMENTS_SUB, "A list of entitlements for the User.").multi(),
    complex("roles", ROLES_SUB, "A list of roles for the User. New users get `developer`.").multi(),
    complex("x509Certificates", CERTS_SUB, "A list of certificates issued to the User.").multi(),
    complex("groups", USER_GROUPS_SUB, "The groups the user belongs to, kept in step with each group's members.")
        .multi()
        .read_only(),
];

static MEMBERS_SUB: &[Attr] = &[
    s("value", "The id of a User who is a member of the Group.")
        .case_exact()
        .immutable(),
    attr(
        "$ref",
        Type::Reference,
        "The URI of the member's User resource.",
    )
    .refs(&["User"])
    .immutable(),
    s(
        "display",
        "The member's userName (returned when asked for: attributes=members.display).",
    )
    .read_only()
    .on_request(),
    s("type", "The type of the member: always `User` here.")
        .canonical(&["User"])
        .immutable(),
];

/// RFC 7643 §4.2. Members are users (no nested groups).
pub static GROUP_ATTRS: &[Attr] = &[
    s(
        "displayName",
        "A human-readable name for the Group, unique on the team (compared case-insensitively). REQUIRED.",
    )
    .required()
    .unique(),
    complex("members", MEMBERS_SUB, "The members of the Group.").multi(),
];

static MANAGER_SUB: &[Attr] = &[
    s(
        "value",
        "The id of the SCIM resource representing the User's manager.",
    ),
    attr(
        "$ref",
        Type::Reference,
        "The URI of the SCIM resource representing the User's manager.",
    )
    .refs(&["User"]),
    s("displayName", "The displayName of the User's manager.").read_only(),
];

/// RFC 7643 §4.3.
pub static ENTERPRISE_ATTRS: &[Attr] = &[
    s(
        "employeeNumber",
        "Numeric or alphanumeric identifier assigned to a person.",
    ),
    s("costCenter", "Identifies the name of a cost center."),
    s("organization", "Identifies the name of an organization."),
    s("division", "Identifies the name of a division."),
    s("department", "Identifies the name of a department."),
    complex("manager", MANAGER_SUB, "The User's manager."),
];

/// The membership extension: read-only, set by the service.
pub static MEMBERSHIP_ATTRS: &[Attr] = &[
    Attr {
        canonical: &["invited", "active", "deactivated"],
        ..s(
            "state",
            "Where the team's membership of the account stands: invited (the account \
             exists elsewhere and has not accepted yet), active, or deactivated.",
        )
        .read_only()
        .case_exact()
    },
    attr(
        "invitedAt",
        Type::DateTime,
        "When the account was invited to the team, if it was.",
    )
    .read_only(),
    attr(
        "joinedAt",
        Type::DateTime,
        "When the account joined the team (created by it, or accepted its invite).",
    )
    .read_only(),
];

static META_SUB: &[Attr] = &[
    s(
        "resourceType",
        "The name of the resource type of the resource.",
    )
    .read_only()
    .case_exact(),
    attr("created", Type::DateTime, "When the resource was added.").read_only(),
    attr(
        "lastModified",
        Type::DateTime,
        "When the resource was last updated.",
    )
    .read_only(),
    attr("location", Type::Reference, "The URI of the resource.")
        .read_only()
        .case_exact(),
    s("version", "The version (ETag) of the resource.")
        .read_only()
        .case_exact(),
];

/// Attributes common to every resource (RFC 7643 §3.1).
pub static COMMON_ATTRS: &[Attr] = &[
    s("id", "Unique identifier assigned by the service provider.")
        .read_only()
        .always()
        .case_exact(),
    s(
        "externalId",
        "Identifier assigned by the provisioning client.",
    )
    .case_exact(),
    complex("meta", META_SUB, "Resource metadata.").read_only(),
];

/// Where an attribute lives in a User document.
#[derive(Debug, Clone, Copy)]
pub struct Located {
    /// `Some(ENTERPRISE_SCHEMA)` for extension attributes, which sit in an
    /// object under that key; `None` for top-level attributes.
    pub container: Option<&'static str>,
    pub attr: &'static Attr,
}

/// Resolve an attribute name, optionally qualified by a schema URN, to its
/// definition. Names and URNs are matched case-insensitively (RFC 7643 §2.1).
pub fn resolve(uri: Option<&str>, name: &str) -> Option<Located> {
    match uri {
        None => find(COMMON_ATTRS, name)
            .or_else(|| find(USER_ATTRS, name))
            .map(|attr| Located {
                container: None,
                attr,
            }),
        Some(u) if u.eq_ignore_ascii_case(USER_SCHEMA) => {
            find(USER_ATTRS, name).map(|attr| Located {
                container: None,
                attr,
            })
        }
        Some(u) if u.eq_ignore_ascii_case(ENTERPRISE_SCHEMA) => {
            find(ENTERPRISE_ATTRS, name).map(|attr| Located {
                container: Some(ENTERPRISE_SCHEMA),
                attr,
            })
        }
        Some(u) if is_membership_uri(u) => find(MEMBERSHIP_ATTRS, name).map(|attr| Located {
            container: Some(MEMBERSHIP_SCHEMA),
            attr,
        }),
        Some(_) => None,
    }
}

/// [`resolve`] for a Group: the common attributes and the Group schema's.
pub fn resolve_group(uri: Option<&str>, name: &str) -> Option<Located> {
    let attrs: &[&'static [Attr]] = match uri {
        None => &[COMMON_ATTRS, GROUP_ATTRS],
        Some(u) if u.eq_ignore_ascii_case(GROUP_SCHEMA) => &[GROUP_ATTRS],
        Some(_) => return None,
    };
    attrs
        .iter()
        .find_map(|a| find(a, name))
        .map(|attr| Located {
            container: None,
            attr,
        })
}

/// Split `urn:…:User:name.sub` or `name.sub` into (uri, name, sub).
pub fn split_path(path: &str) -> (Option<&str>, &str, Option<&str>) {
    let (uri, rest) = for_known_schema(path);
    match rest.split_once('.') {
        Some((name, sub)) => (uri, name, Some(sub)),
        None => (uri, rest, None),
    }
}

/// Strip a known schema URN prefix (followed by `:`) from a path.
fn for_known_schema(path: &str) -> (Option<&'static str>, &str) {
    for schema in [
        ENTERPRISE_SCHEMA,
        MEMBERSHIP_SCHEMA,
        USER_SCHEMA,
        GROUP_SCHEMA,
    ] {
        // `get` rather than indexing: the cut may fall inside a character.
        if let (Some(head), Some(rest)) = (path.get(..schema.len()), path.get(schema.len()..))
            && head.eq_ignore_ascii_case(schema)
            && let Some(rest) = rest.strip_prefix(':')
        {
            return (Some(schema), rest);
        }
    }
    (None, path)
}

/// Is `key` the enterprise extension's URN?
pub fn is_enterprise_key(key: &str) -> bool {
    key.eq_ignore_ascii_case(ENTERPRISE_SCHEMA)
}

fn type_name(t: Type) -> &'static str {
    match t {
        Type::String => "string",
        Type::Boolean => "boolean",
        Type::Decimal => "decimal",
        Type::Integer => "integer",
        Type::DateTime => "dateTime",
        Type::Reference => "reference",
        Type::Binary => "binary",
        Type::Complex => "complex",
    }
}

fn attr_json(a: &Attr) -> Value {
    let mut m = Map::new();
    m.insert("name".into(), json!(a.name));
    m.insert("type".into(), json!(type_name(a.ty)));
    m.insert("multiValued".into(), json!(a.multi));
    m.insert("description".into(), json!(a.description));
    m.insert("required".into(), json!(a.required));
    if a.ty != Type::Complex && a.ty != Type::Boolean {
        m.insert("caseExact".into(), json!(a.case_exact));
    }
    if !a.canonical.is_empty() {
        m.insert("canonicalValues".into(), json!(a.canonical));
    }
    if !a.reference_types.is_empty() {
        m.insert("referenceTypes".into(), json!(a.reference_types));
    }
    let mutability = match a.mutability {
        Mutability::ReadOnly => "readOnly",
        Mutability::ReadWrite => "readWrite",
        Mutability::Immutable => "immutable",
        Mutability::WriteOnly => "writeOnly",
    };
    m.insert("mutability".into(), json!(mutability));
    let returned = match a.returned {
        Returned::Always => "always",
        Returned::Never => "never",
        Returned::Default => "default",
        Returned::Request => "request",
    };
    m.insert("returned".into(), json!(returned));
    m.insert(
        "uniqueness".into(),
        json!(if a.unique { "server" } else { "none" }),
    );
    if !a.sub.is_empty() {
        m.insert(
            "subAttributes".into(),
            Value::Array(a.sub.iter().map(attr_json).collect()),
        );
    }
    Value::Object(m)
}

/// The `/Schemas` representation of one schema.
pub fn schema_json(id: &str, base: &str) -> Option<Value> {
    let (canonical_id, name, description, attrs) = if id.eq_ignore_ascii_case(USER_SCHEMA) {
        (USER_SCHEMA, "User", "User Account", USER_ATTRS)
    } else if id.eq_ignore_ascii_case(ENTERPRISE_SCHEMA) {
        (
            ENTERPRISE_SCHEMA,
            "EnterpriseUser",
            "Enterprise User",
            ENTERPRISE_ATTRS,
        )
    } else if is_membership_uri(id) {
        (
            MEMBERSHIP_SCHEMA,
            "Membership",
            "The team's membership of the person's account",
            MEMBERSHIP_ATTRS,
        )
    } else if id.eq_ignore_ascii_case(GROUP_SCHEMA) {
        (GROUP_SCHEMA, "Group", "Group", GROUP_ATTRS)
    } else {
        return None;
    };
    Some(json!({
        "schemas": [SCHEMA],
        "id": canonical_id,
        "name": name,
        "description": description,
        "attributes": attrs.iter().map(attr_json).collect::<Vec<_>>(),
        "meta": {
            "resourceType": "Schema",
            "location": format!("{base}/Schemas/{canonical_id}"),
        }
    }))
}

#[cfg(test)]
mod tests {
    /// Found by the `user_body` fuzz target: a key with a multi-byte
    /// character where a schema URN would end made the prefix check slice
    /// inside the character, and panic.
    #[test]
    fn paths_with_multibyte_characters_at_the_urn_boundary() {
        let user = format!("{}ɿ@", &"n".repeat(USER_SCHEMA.len() - 1));
        assert_eq!(split_path(&user), (None, user.as_str(), None));
        let ent = format!("{}ɿ:department", &"x".repeat(ENTERPRISE_SCHEMA.len() - 1));
        assert_eq!(split_path(&ent).0, None);
        assert!(resolve(None, &user).is_none());
    }

    use super::*;

    #[test]
    fn resolves_names_case_insensitively_and_by_urn() {
        let l = resolve(None, "USERNAME").unwrap();
        assert_eq!(l.attr.name, "userName");
        assert!(l.container.is_none());
        let l = resolve(Some(&ENTERPRISE_SCHEMA.to_uppercase()), "employeenumber").unwrap();
        assert_eq!(l.attr.name, "employeeNumber");
        assert_eq!(l.container, Some(ENTERPRISE_SCHEMA));
        assert!(resolve(None, "employeeNumber").is_none());
        assert!(resolve(Some("urn:x"), "userName").is_none());
    }

    #[test]
    fn splits_qualified_paths() {
        assert_eq!(
            split_path("name.givenName"),
            (None, "name", Some("givenName"))
        );
        assert_eq!(
            split_path("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value"),
            (Some(ENTERPRISE_SCHEMA), "manager", Some("value"))
        );
        assert_eq!(
            split_path("urn:ietf:params:scim:schemas:core:2.0:User:userName"),
            (Some(USER_SCHEMA), "userName", None)
        );
    }

    #[test]
    fn schema_document_lists_every_attribute() {
        let doc = schema_json(USER_SCHEMA, "http://x").unwrap();
        let names: Vec<_> = doc["attributes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["name"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(names.len(), USER_ATTRS.len());
        assert!(names.contains(&"emails".to_string()));
        assert!(schema_json("urn:nope", "http://x").is_none());
    }
}
