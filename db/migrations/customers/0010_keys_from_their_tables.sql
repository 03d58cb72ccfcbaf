-- E-mail, phone and channel-identity duplicate candidates are looked up in customer_emails,
-- customer_phones, customer_addresses and customer_identities, whose indexes search keeps
-- anyway; customer_blocking_keys keeps only the name with postal code keys, which no table
-- holds as one value. 2.6 fewer index entries to write per imported customer.
DELETE FROM customer_blocking_keys WHERE kind IN ('e', 'p', 'i');

-- The whole address key, not its first 100 characters: the lookups and the scan's grouping read
-- the index alone, without the row.
ALTER TABLE customer_emails
  DROP KEY ix_customer_emails_key,
  ADD KEY ix_customer_emails_key (tenant_id, address_key);
