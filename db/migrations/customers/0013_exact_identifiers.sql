-- Identifiers compare byte for byte. Under utf8mb4_unicode_ci an import's external id "ab-1"
-- matched a customer imported as "AB-1" (another system's other customer, overwritten), and the
-- tag "muller" was the tag "müller". Tags are stored in lower case (normalizeTags), so a filter
-- lower-cases its tag the same way. Phone numbers on addresses are ASCII digits like those of
-- customer_phones, and now compare the same way, without a conversion between the two. Byte
-- comparisons are also what the indexes' B-trees do fastest.
ALTER TABLE customers
  MODIFY external_id VARCHAR(191) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;
ALTER TABLE customer_tags
  MODIFY tag VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE customer_addresses
  MODIFY phone_e164 VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NULL,
  MODIFY phone_national VARCHAR(17) CHARACTER SET ascii COLLATE ascii_bin NULL;
