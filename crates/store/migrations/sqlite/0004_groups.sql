-- Groups (issue 14). A group's own columns are a row here; its members are
-- rows of group_members, one per (group, user), so that adding or removing
-- one member writes one small row whatever the group's size, and a listing
-- that leaves members out never reads them. f_display_name is the folded
-- displayName (scimctl's name fold, SPEC §6): the unique index on it is what
-- makes "one group per displayName, case-insensitively" hold, and it has the
-- name the users table gives the same fold, so one filter-to-SQL translation
-- serves both tables. `scim_groups` because GROUPS is an SQL keyword.
CREATE TABLE scim_groups (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    f_display_name TEXT NOT NULL UNIQUE,
    external_id TEXT,
    version INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    last_modified INTEGER NOT NULL
);
CREATE INDEX scim_groups_external_id ON scim_groups (external_id);

-- Deleting a user or a group deletes its memberships (ON DELETE CASCADE;
-- the writer connection enforces foreign keys). Ordered by the primary key:
-- a group's members in the order of their ids, which are time-ordered.
CREATE TABLE group_members (
    group_id TEXT NOT NULL REFERENCES scim_groups (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, user_id)
) WITHOUT ROWID;
CREATE INDEX group_members_user ON group_members (user_id);
