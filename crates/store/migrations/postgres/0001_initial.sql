-- The PostgreSQL schema mirrors the SQLite one (migrations/sqlite); times are
-- Unix milliseconds, the user document is JSON text (see src/store/rows.rs).
-- sqlx holds an advisory lock while it migrates, so several `scimctl serve`
-- instances starting at once on an empty database apply this exactly once.

-- The team's settings: one row. Its row lock is what serialises the SSO /
-- SCIM-toggle rules between instances (src/store/postgres.rs).
CREATE TABLE team (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    scim_enabled BOOLEAN NOT NULL DEFAULT FALSE
);
INSERT INTO team (id, scim_enabled) VALUES (1, FALSE);

CREATE TABLE sso_methods (
    seq BIGINT GENERATED ALWAYS AS IDENTITY,
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('saml', 'oidc')),
    name TEXT NOT NULL,
    name_lower TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);

-- SCIM API keys: only the SHA-256 of the secret is kept.
CREATE TABLE api_keys (
    seq BIGINT GENERATED ALWAYS AS IDENTITY,
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT,
    expires_at BIGINT,
    revoked_at BIGINT,
    replaced_by TEXT REFERENCES api_keys (id)
);
CREATE INDEX api_keys_replaced_by ON api_keys (replaced_by);

CREATE TABLE admin_tokens (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);

-- Users: indexed columns for lookups, the canonical SCIM document as text.
-- `seq` gives the creation order that pagination relies on. The unique index
-- on the lower-cased userName is what makes "one user per userName" hold
-- across instances.
CREATE TABLE users (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    user_name TEXT NOT NULL,
    user_name_lower TEXT NOT NULL UNIQUE,
    external_id TEXT,
    active BOOLEAN NOT NULL,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    last_modified BIGINT NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX users_external_id ON users (external_id);

-- The audit trail is append-only: no API updates or deletes it, and the
-- database refuses to.
CREATE TABLE audit (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail TEXT
);
CREATE INDEX audit_at ON audit (at);

CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only';
END;
$$;
CREATE TRIGGER audit_no_update BEFORE UPDATE OR DELETE ON audit
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
