-- The last kind of blocking key, the name with a postal code, moves onto the address it comes
-- from: a column of the address row instead of a row of its own. An import of a million customers
-- wrote a million rows less (docs/benchmarks.md). The hash is what C++ computes (blockingHash of
-- namePostalKey): the first 8 bytes of the MD5 of "postal key|name key", cut to 191 characters
-- (name and postal keys are ASCII, so characters are bytes).
ALTER TABLE customer_addresses
  ADD COLUMN name_postal_hash BIGINT UNSIGNED NULL,
  ADD KEY ix_customer_addresses_name_postal (tenant_id, name_postal_hash);

UPDATE customer_addresses a
  JOIN customers c ON c.tenant_id = a.tenant_id AND c.id = a.customer_id
  SET a.name_postal_hash =
    CAST(CONV(LEFT(MD5(LEFT(CONCAT(a.postal_key, '|', c.name_key), 191)), 16), 16, 10) AS UNSIGNED)
  WHERE a.postal_key IS NOT NULL AND a.postal_key <> '' AND c.name_key <> '';

DROP TABLE customer_blocking_keys;
