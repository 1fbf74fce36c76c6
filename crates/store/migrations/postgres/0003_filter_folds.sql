-- Derived columns for filters (issue 11): the folded name fields, the
-- folded email values and `active` as the document holds it, of each user, computed by scimctl on every write
-- (no database folds text as SPEC §6 does), so that a filter on them runs
-- as SQL over the table instead of in scimctl over every row. Existing
-- rows hold NULL in f_emails until scimctl fills them in when it opens the
-- database; the partial index finds those rows without a scan.
ALTER TABLE users ADD COLUMN f_display_name TEXT;
ALTER TABLE users ADD COLUMN f_given_name TEXT;
ALTER TABLE users ADD COLUMN f_family_name TEXT;
ALTER TABLE users ADD COLUMN f_formatted TEXT;
ALTER TABLE users ADD COLUMN f_middle_name TEXT;
ALTER TABLE users ADD COLUMN f_honorific_prefix TEXT;
ALTER TABLE users ADD COLUMN f_honorific_suffix TEXT;
-- `active` as the document holds it (NULL when a PATCH removed it), 0 or 1
ALTER TABLE users ADD COLUMN f_active INTEGER;
ALTER TABLE users ADD COLUMN f_emails TEXT;
CREATE INDEX users_unfolded ON users (seq) WHERE f_emails IS NULL;
