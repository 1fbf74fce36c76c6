-- Accounts across teams (docs/scim.md, "Accounts and memberships"). A
-- person has one account, keyed by the folded email (the same fold as a
-- userName's key); a row of `users` is now a team's membership of an
-- account, with the state SCIM shows in the membership extension.
--
-- Every user of an older database becomes the active (or, when inactive,
-- deactivated) membership of an account; users of several teams with the
-- same folded userName share one account, whose id is that of its oldest
-- membership and whose email is that membership's userName.
CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    email_key TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);

ALTER TABLE users ADD COLUMN account_id TEXT REFERENCES accounts (id);
ALTER TABLE users ADD COLUMN state TEXT NOT NULL DEFAULT 'active'
    CHECK (state IN ('invited', 'active', 'deactivated'));
ALTER TABLE users ADD COLUMN invited_at INTEGER;
ALTER TABLE users ADD COLUMN joined_at INTEGER;

INSERT INTO accounts (id, email, email_key, created_at)
    SELECT u.id, u.user_name, u.user_name_lower, u.created_at
    FROM users u
    WHERE u.seq = (SELECT min(o.seq) FROM users o WHERE o.user_name_lower = u.user_name_lower);
UPDATE users SET
    account_id = (SELECT a.id FROM accounts a WHERE a.email_key = users.user_name_lower),
    state = CASE WHEN active THEN 'active' ELSE 'deactivated' END,
    joined_at = created_at;

-- An account's memberships: what a create in another team counts.
CREATE INDEX users_account ON users (account_id);
CREATE INDEX users_team_state ON users (team_id, state);
