-- The account side (docs/scim.md, "The account API"); see
-- migrations/sqlite/0009_account_api.sql.
ALTER TABLE accounts ADD COLUMN password_hash TEXT;
CREATE TABLE account_tokens (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);
