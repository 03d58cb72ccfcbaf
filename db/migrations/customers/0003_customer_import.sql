-- Bulk import: a customer's id in the system it was imported from, unique per tenant, so that
-- importing the same file again updates the customers it made instead of making them twice.
ALTER TABLE customers
  ADD COLUMN external_id VARCHAR(191) NULL AFTER id,
  ADD UNIQUE KEY uq_customers_external_id (tenant_id, external_id);

-- Imports too large to run within their request, worked off by the `customers.import` job.
-- format is csv or ndjson; a dry run checks every row and writes none; status queued, running, done or failed. rows_done counts rows read
-- (good and bad), failed_count the bad ones; error_count counts their errors, of which the
-- first 1000 are kept below.
CREATE TABLE customer_import_jobs (
  tenant_id BIGINT UNSIGNED NOT NULL,
  id BIGINT UNSIGNED NOT NULL,
  format VARCHAR(10) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  dry_run BOOLEAN NOT NULL,
  status VARCHAR(10) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  header TEXT NULL,
  rows_total INT UNSIGNED NOT NULL,
  rows_done INT UNSIGNED NOT NULL DEFAULT 0,
  created_count INT UNSIGNED NOT NULL DEFAULT 0,
  updated_count INT UNSIGNED NOT NULL DEFAULT 0,
  failed_count INT UNSIGNED NOT NULL DEFAULT 0,
  error_count INT UNSIGNED NOT NULL DEFAULT 0,
  failure VARCHAR(500) NULL,
  created_at DATETIME(6) NOT NULL,
  started_at DATETIME(6) NULL,
  finished_at DATETIME(6) NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The file of a job in pieces of whole rows (each well under max_allowed_packet). A piece is
-- imported in one transaction that also deletes it and advances the job, so that a crash
-- repeats whole pieces and never leaves half of one written.
CREATE TABLE customer_import_chunks (
  tenant_id BIGINT UNSIGNED NOT NULL,
  job_id BIGINT UNSIGNED NOT NULL,
  seq INT UNSIGNED NOT NULL,
  first_line INT UNSIGNED NOT NULL,
  body LONGBLOB NOT NULL,
  PRIMARY KEY (tenant_id, job_id, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The first 1000 bad rows of a job: line, field (null for the whole row), code and message.
-- Messages describe the rule broken, never the value.
CREATE TABLE customer_import_errors (
  tenant_id BIGINT UNSIGNED NOT NULL,
  job_id BIGINT UNSIGNED NOT NULL,
  seq INT UNSIGNED NOT NULL,
  line INT UNSIGNED NOT NULL,
  field VARCHAR(100) NULL,
  code VARCHAR(50) NOT NULL,
  message VARCHAR(500) NOT NULL,
  PRIMARY KEY (tenant_id, job_id, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
