-- Verified domains (docs/scim.md, "Verified domains"); see
-- migrations/sqlite/0007_domains.sql.
CREATE TABLE domains (
    team_id BIGINT NOT NULL REFERENCES teams (id),
    domain TEXT NOT NULL,
    token TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    verified_at BIGINT,
    PRIMARY KEY (team_id, domain)
);
CREATE UNIQUE INDEX domains_verified_once ON domains (domain) WHERE verified_at IS NOT NULL;
