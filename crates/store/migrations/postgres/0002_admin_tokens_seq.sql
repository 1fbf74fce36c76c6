-- Admin tokens listed in the order they were issued (`admin-token list`):
-- creation times can tie, ids are random.
ALTER TABLE admin_tokens ADD COLUMN seq BIGINT GENERATED ALWAYS AS IDENTITY;
