-- The team's settings: one row.
CREATE TABLE team (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    scim_enabled INTEGER NOT NULL DEFAULT 0
);
INSERT INTO team (id, scim_enabled) VALUES (1, 0);

CREATE TABLE sso_methods (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('saml', 'oidc')),
    name TEXT NOT NULL,
    name_lower TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);

-- SCIM API keys: only the SHA-256 of the secret is kept.
CREATE TABLE api_keys (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    last_used_at INTEGER,
    expires_at INTEGER,
    revoked_at INTEGER,
    replaced_by TEXT REFERENCES api_keys (id)
);
CREATE INDEX api_keys_replaced_by ON api_keys (replaced_by);

CREATE TABLE admin_tokens (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
);

-- Users: indexed columns for lookups, the canonical SCIM document as JSON.
-- `seq` gives the stable creation order that pagination relies on.
CREATE TABLE users (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    user_name TEXT NOT NULL,
    user_name_lower TEXT NOT NULL UNIQUE,
    external_id TEXT,
    active INTEGER NOT NULL,
    version INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    last_modified INTEGER NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX users_external_id ON users (external_id);

-- The audit trail is append-only: no API updates or deletes it, and the
-- database refuses to.
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail TEXT
);
CREATE INDEX audit_at ON audit (at);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
