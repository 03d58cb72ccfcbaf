-- Duplicate detection. Blocking keys are the values two records of one customer are likely to
-- share (see duplicate_scoring.hpp): kind e normalised e-mail, p E.164 phone, n name key with
-- postal key, i channel identity regardless of store. Candidates are found by lookups on this
-- table's primary key, never by comparing customers pairwise. Rebuilt with the customer.
CREATE TABLE customer_blocking_keys (
  tenant_id BIGINT UNSIGNED NOT NULL,
  kind CHAR(1) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  key_value VARCHAR(191) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  customer_id BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (tenant_id, kind, key_value, customer_id),
  KEY ix_customer_blocking_keys_customer (tenant_id, customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The review queue: one row per pair of customers (customer_a < customer_b), its score in
-- hundredths (0..100), the kinds of key the two share (comma-separated: email, phone,
-- name_postal, identity) and its status: open, dismissed (a person said they differ) or merged.
CREATE TABLE customer_duplicates (
  tenant_id BIGINT UNSIGNED NOT NULL,
  id BIGINT UNSIGNED NOT NULL,
  customer_a BIGINT UNSIGNED NOT NULL,
  customer_b BIGINT UNSIGNED NOT NULL,
  score SMALLINT UNSIGNED NOT NULL,
  reasons VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  status VARCHAR(10) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  version INT UNSIGNED NOT NULL DEFAULT 1,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_customer_duplicates_pair (tenant_id, customer_a, customer_b),
  KEY ix_customer_duplicates_b (tenant_id, customer_b),
  KEY ix_customer_duplicates_queue (tenant_id, status, score, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
