-- no-transaction
-- Many teams in one database (docs/scim.md, "Teams"). The one team of
-- an older database becomes team 1, named `default`; every row it had is
-- kept and now belongs to it.
--
-- The unique indexes that held per database (a userName, a group's
-- displayName, an SSO method's name) now hold per team. SQLite cannot drop
-- a UNIQUE constraint, so those three tables are rebuilt the way SQLite
-- documents it: foreign keys off (outside a transaction, where the pragma
-- takes effect), then in one transaction create, copy, drop, rename; then
-- foreign keys back on. Dropping `users` with foreign keys on would have
-- emptied group_members through its ON DELETE CASCADE.
PRAGMA foreign_keys = OFF;
BEGIN IMMEDIATE;

CREATE TABLE teams (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_lower TEXT NOT NULL UNIQUE,
    scim_enabled INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
INSERT INTO teams (id, name, name_lower, scim_enabled, created_at)
    SELECT id, 'default', 'default', scim_enabled,
           COALESCE((SELECT min(at) FROM audit),
                    CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
    FROM team;
DROP TABLE team;

CREATE TABLE sso_methods_new (
    id TEXT PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES teams (id),
    kind TEXT NOT NULL CHECK (kind IN ('saml', 'oidc')),
    name TEXT NOT NULL,
    name_lower TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (team_id, name_lower)
);
INSERT INTO sso_methods_new (rowid, id, team_id, kind, name, name_lower, created_at)
    SELECT rowid, id, 1, kind, name, name_lower, created_at FROM sso_methods;
DROP TABLE sso_methods;
ALTER TABLE sso_methods_new RENAME TO sso_methods;

-- Keys and tokens stay unique by hash across the database: the hash is
-- what picks the team of a request.
ALTER TABLE api_keys ADD COLUMN team_id INTEGER NOT NULL DEFAULT 1 REFERENCES teams (id);
CREATE INDEX api_keys_team ON api_keys (team_id);
ALTER TABLE admin_tokens ADD COLUMN team_id INTEGER NOT NULL DEFAULT 1 REFERENCES teams (id);
CREATE INDEX admin_tokens_team ON admin_tokens (team_id);

CREATE TABLE users_new (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    team_id INTEGER NOT NULL REFERENCES teams (id),
    user_name TEXT NOT NULL,
    user_name_lower TEXT NOT NULL,
    external_id TEXT,
    active INTEGER NOT NULL,
    version INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    last_modified INTEGER NOT NULL,
    doc TEXT NOT NULL,
    f_display_name TEXT,
    f_given_name TEXT,
    f_family_name TEXT,
    f_formatted TEXT,
    f_middle_name TEXT,
    f_honorific_prefix TEXT,
    f_honorific_suffix TEXT,
    f_active INTEGER,
    f_emails TEXT,
    UNIQUE (team_id, user_name_lower)
);
INSERT INTO users_new (seq, id, team_id, user_name, user_name_lower, external_id, active,
        version, created_at, last_modified, doc, f_display_name, f_given_name,
        f_family_name, f_formatted, f_middle_name, f_honorific_prefix, f_honorific_suffix,
        f_active, f_emails)
    SELECT seq, id, 1, user_name, user_name_lower, external_id, active, version, created_at,
        last_modified, doc, f_display_name, f_given_name, f_family_name, f_formatted,
        f_middle_name, f_honorific_prefix, f_honorific_suffix, f_active, f_emails
    FROM users;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;
CREATE INDEX users_external_id ON users (team_id, external_id);
-- A team's users in creation order: what offset paging steps through (a
-- compact index, so a deep page skips index entries, not table pages).
CREATE INDEX users_team_seq ON users (team_id, seq);
CREATE INDEX users_unfolded ON users (seq) WHERE f_emails IS NULL;

CREATE TABLE scim_groups_new (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    team_id INTEGER NOT NULL REFERENCES teams (id),
    display_name TEXT NOT NULL,
    f_display_name TEXT NOT NULL,
    external_id TEXT,
    version INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    last_modified INTEGER NOT NULL,
    UNIQUE (team_id, f_display_name)
);
INSERT INTO scim_groups_new (seq, id, team_id, display_name, f_display_name, external_id,
        version, created_at, last_modified)
    SELECT seq, id, 1, display_name, f_display_name, external_id, version, created_at,
        last_modified
    FROM scim_groups;
DROP TABLE scim_groups;
ALTER TABLE scim_groups_new RENAME TO scim_groups;
CREATE INDEX scim_groups_external_id ON scim_groups (team_id, external_id);
CREATE INDEX scim_groups_team_seq ON scim_groups (team_id, seq);

-- The audit trail is append-only (its triggers refuse UPDATE and DELETE):
-- a new column with the old team as its value rewrites no row.
ALTER TABLE audit ADD COLUMN team_id INTEGER NOT NULL DEFAULT 1 REFERENCES teams (id);
CREATE INDEX audit_team_seq ON audit (team_id, seq);

COMMIT;
PRAGMA foreign_keys = ON;
