-- Invites (docs/scim.md, "Invites"); see migrations/sqlite/0008_invites.sql.
CREATE TABLE invites (
    id TEXT PRIMARY KEY,
    team_id BIGINT NOT NULL REFERENCES teams (id),
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT UNIQUE,
    owner TEXT NOT NULL CHECK (owner IN ('manual', 'scim')),
    invited_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    sent_at BIGINT,
    last_error TEXT,
    accepted_at BIGINT,
    revoked_at BIGINT,
    replaced_by TEXT
);
CREATE UNIQUE INDEX invites_open ON invites (user_id)
    WHERE accepted_at IS NULL AND revoked_at IS NULL;
CREATE INDEX invites_due ON invites (next_attempt_at)
    WHERE sent_at IS NULL AND accepted_at IS NULL AND revoked_at IS NULL;
CREATE INDEX invites_team ON invites (team_id, created_at);
