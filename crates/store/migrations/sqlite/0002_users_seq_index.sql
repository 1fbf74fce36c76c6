-- SCIM pages by offset (startIndex). Skipping rows in the table itself
-- reads every skipped row's page; this index holds only `seq`, so a deep
-- page finds its first row by stepping through a few compact index pages.
CREATE INDEX users_seq ON users (seq);
