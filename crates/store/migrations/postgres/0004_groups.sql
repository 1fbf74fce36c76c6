-- Groups (issue 14): see migrations/sqlite/0004_groups.sql for the shape.
-- The unique index on the folded displayName keeps one group per name
-- across instances; the foreign keys make a membership of a user or group
-- that another instance deletes at the same moment impossible.
CREATE TABLE scim_groups (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    f_display_name TEXT NOT NULL UNIQUE,
    external_id TEXT,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    last_modified BIGINT NOT NULL
);
CREATE INDEX scim_groups_external_id ON scim_groups (external_id);

CREATE TABLE group_members (
    group_id TEXT NOT NULL REFERENCES scim_groups (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_members_user ON group_members (user_id);
