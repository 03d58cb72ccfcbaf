-- A tenant's own tax rates: US state sales tax where it has nexus, or an override of a shipped
-- rate (modules/tax/data/tax-rates.csv); the tenant's row wins over the shipped one for the same
-- (country, region, rate_class) on a day. region is '' for a national rate. The application keeps
-- the tenant's rows of one key from overlapping in time. Codes are ASCII compared byte by byte,
-- so that keyset pages order them as the application does.
CREATE TABLE tenant_tax_rates (
  tenant_id BIGINT UNSIGNED NOT NULL,
  id BIGINT UNSIGNED NOT NULL,
  country CHAR(2) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  region VARCHAR(3) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '',
  rate_class VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  rate DECIMAL(13, 12) NOT NULL,
  valid_from DATE NOT NULL,
  valid_to DATE NULL,
  tax_name VARCHAR(32) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_tenant_tax_rates_key (tenant_id, country, region, rate_class, valid_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A tenant's tax registrations: EU OSS/IOSS, the EUR 10,000 distance-sales threshold, and the
-- countries (and US states as 'US-CA') where it is registered, as a comma-separated list.
-- version 0 means never saved. The row also serialises a tenant's tax writes (see
-- TaxSettingsRepository::lockTenant).
CREATE TABLE tax_settings (
  tenant_id BIGINT UNSIGNED NOT NULL,
  oss_registered BOOLEAN NOT NULL DEFAULT FALSE,
  eu_distance_sales_above_threshold BOOLEAN NOT NULL DEFAULT FALSE,
  ioss_number CHAR(12) NULL,
  registered_countries VARCHAR(2000) NOT NULL DEFAULT '',
  version INT UNSIGNED NOT NULL DEFAULT 0,
  updated_at DATETIME(6) NULL,
  PRIMARY KEY (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
