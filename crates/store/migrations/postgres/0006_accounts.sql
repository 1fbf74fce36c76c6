-- Accounts across teams (docs/scim.md, "Accounts and memberships"); see
-- migrations/sqlite/0006_accounts.sql. Every user of an older database
-- becomes a membership of an account keyed by its folded userName.
CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    email_key TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);

ALTER TABLE users ADD COLUMN account_id TEXT REFERENCES accounts (id);
ALTER TABLE users ADD COLUMN state TEXT NOT NULL DEFAULT 'active'
    CHECK (state IN ('invited', 'active', 'deactivated'));
ALTER TABLE users ADD COLUMN invited_at BIGINT;
ALTER TABLE users ADD COLUMN joined_at BIGINT;

INSERT INTO accounts (id, email, email_key, created_at)
    SELECT DISTINCT ON (user_name_lower) id, user_name, user_name_lower, created_at
    FROM users
    ORDER BY user_name_lower, seq;
UPDATE users SET
    account_id = a.id,
    state = CASE WHEN users.active THEN 'active' ELSE 'deactivated' END,
    joined_at = users.created_at
FROM accounts a
WHERE a.email_key = users.user_name_lower;

CREATE INDEX users_account ON users (account_id);
CREATE INDEX users_team_state ON users (team_id, state);
