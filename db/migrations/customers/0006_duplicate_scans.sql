-- When a scan or a lookup last found a pair's shared keys. A whole-tenant scan removes the open
-- pairs it did not find again (the customers no longer share a key) and that no lookup found
-- since the scan began; dismissed and merged pairs stay, as a person decided them.
ALTER TABLE customer_duplicates ADD COLUMN seen_at DATETIME(6) NULL;

-- Scans of all of a tenant's customers for duplicate candidates, asked for through the API and
-- run by the `customers.duplicate_scan` job: status queued, running, done or failed.
CREATE TABLE customer_duplicate_scans (
  tenant_id BIGINT UNSIGNED NOT NULL,
  id BIGINT UNSIGNED NOT NULL,
  status VARCHAR(10) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  keys_read INT UNSIGNED NOT NULL DEFAULT 0,
  pairs_found INT UNSIGNED NOT NULL DEFAULT 0,
  pairs_removed INT UNSIGNED NOT NULL DEFAULT 0,
  failure VARCHAR(500) NULL,
  created_at DATETIME(6) NOT NULL,
  started_at DATETIME(6) NULL,
  finished_at DATETIME(6) NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
