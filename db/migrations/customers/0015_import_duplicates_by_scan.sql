-- A job whose file holds more rows than its tenant has customers looks for duplicate candidates
-- once, with a whole-tenant scan after its last piece, instead of each piece looking its own
-- customers' keys up in their indexes: one ordered pass over each index costs less than a random
-- lookup per imported key once the import is most of the tenant (docs/benchmarks.md). The job
-- stays running until its scan is done.
ALTER TABLE customer_import_jobs ADD COLUMN duplicates_by_scan BOOLEAN NOT NULL DEFAULT FALSE;
