-- Verified domains (docs/scim.md, "Verified domains"): a team proves it
-- owns a domain by publishing a DNS TXT record; a create for an email of a
-- domain the team verified joins the account at once. A domain may be
-- added by several teams, and verified by one at a time (the partial
-- unique index).
CREATE TABLE domains (
    team_id INTEGER NOT NULL REFERENCES teams (id),
    domain TEXT NOT NULL,
    token TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    verified_at INTEGER,
    PRIMARY KEY (team_id, domain)
);
CREATE UNIQUE INDEX domains_verified_once ON domains (domain) WHERE verified_at IS NOT NULL;
