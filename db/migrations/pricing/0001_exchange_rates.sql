-- Exchange rates per tenant: units of `quote` for one unit of `base`, valid from a date, as
-- published by `source` (e.g. "ECB"). A re-import of the same file changes nothing.
CREATE TABLE exchange_rates (
  tenant_id BIGINT UNSIGNED NOT NULL,
  source VARCHAR(32) NOT NULL,
  base CHAR(3) NOT NULL,
  quote CHAR(3) NOT NULL,
  valid_from DATE NOT NULL,
  rate DECIMAL(30,12) NOT NULL,
  imported_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (tenant_id, base, quote, valid_from, source),
  KEY ix_exchange_rates_quote (tenant_id, quote, base, valid_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
