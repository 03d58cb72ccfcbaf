-- Saved quotes: the priced basket exactly as it was answered, with every exchange and tax rate it
-- used, so that a later rate change never re-prices it. The document is the JSON served; the
-- columns beside it are what lists filter and sort by. The buyer's VAT id number is not kept
-- (only whether it passed and its country): a sole trader's VAT id is personal data, and a quote
-- names no customer to account for it under.
CREATE TABLE quotes (
  tenant_id BIGINT UNSIGNED NOT NULL,
  id BIGINT UNSIGNED NOT NULL,
  store_id BIGINT UNSIGNED NOT NULL,
  quote_date DATE NOT NULL,
  destination_country CHAR(2) NOT NULL,
  currency CHAR(3) NOT NULL,
  gross DECIMAL(24,4) NOT NULL,
  tax_rule VARCHAR(40) NOT NULL,
  document MEDIUMTEXT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_quotes_store (tenant_id, store_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
