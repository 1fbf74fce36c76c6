-- Invites (docs/scim.md, "Invites"): an invited membership has one open
-- invite, which the invitee accepts by the emailed one-time link. Only
-- the token's digest is kept; each delivery attempt draws a new token (a
-- token no mail carried is worth nothing), and a resend closes the invite
-- and opens another (`replaced_by`). `owner` says who answers for it: an
-- invite an admin made by hand is taken over by the identity provider's
-- create for the same email.
CREATE TABLE invites (
    id TEXT PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES teams (id),
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT UNIQUE,
    owner TEXT NOT NULL CHECK (owner IN ('manual', 'scim')),
    invited_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    sent_at INTEGER,
    last_error TEXT,
    accepted_at INTEGER,
    revoked_at INTEGER,
    replaced_by TEXT
);
CREATE UNIQUE INDEX invites_open ON invites (user_id)
    WHERE accepted_at IS NULL AND revoked_at IS NULL;
CREATE INDEX invites_due ON invites (next_attempt_at)
    WHERE sent_at IS NULL AND accepted_at IS NULL AND revoked_at IS NULL;
CREATE INDEX invites_team ON invites (team_id, created_at);
