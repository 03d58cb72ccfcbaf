-- Legal entities: the companies (or sole traders) a seller trades as. Invoices take their number
-- series prefix and base currency from here. The VAT id is stored normalised ("DE123456789").
CREATE TABLE legal_entities (
  tenant_id BIGINT UNSIGNED NOT NULL,
  id BIGINT UNSIGNED NOT NULL,
  registered_name VARCHAR(200) NOT NULL,
  country CHAR(2) NOT NULL,
  address_line1 VARCHAR(200) NOT NULL,
  address_line2 VARCHAR(200) NULL,
  postal_code VARCHAR(20) NULL,
  city VARCHAR(100) NOT NULL,
  region VARCHAR(100) NULL,
  vat_id VARCHAR(15) NULL,
  other_tax_id VARCHAR(64) NULL,
  base_currency CHAR(3) NOT NULL,
  invoice_series_prefix VARCHAR(20) NOT NULL DEFAULT 'INV-',
  version INT UNSIGNED NOT NULL DEFAULT 1,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Stores: the sales channels a seller sells through ("Amazon DE", "Web shop"), each owned by one
-- legal entity of the same tenant. The application checks that the legal entity exists (holding
-- a share lock on it) and refuses to delete one that a store names; no foreign keys, as elsewhere.
-- Names are unique per tenant, compared without regard to case.
CREATE TABLE stores (
  tenant_id BIGINT UNSIGNED NOT NULL,
  id BIGINT UNSIGNED NOT NULL,
  name VARCHAR(100) NOT NULL,
  channel VARCHAR(16) NOT NULL,
  marketplace_id VARCHAR(64) NULL,
  country CHAR(2) NOT NULL,
  currency CHAR(3) NOT NULL,
  legal_entity_id BIGINT UNSIGNED NOT NULL,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  version INT UNSIGNED NOT NULL DEFAULT 1,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_stores_name (tenant_id, name),
  KEY ix_stores_legal_entity (tenant_id, legal_entity_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
