-- The account side (docs/scim.md, "The account API"): an account's own
-- tokens (digests only) and its password (an Argon2id PHC string).
ALTER TABLE accounts ADD COLUMN password_hash TEXT;
CREATE TABLE account_tokens (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);
