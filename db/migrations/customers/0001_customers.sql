-- Customers: persons and companies a seller sells to. The name is kept in its original script,
-- beside its ICU transliteration (name_latin) and the search key (name_key: lower case ASCII
-- words) that searches and duplicate detection compare. Personal data throughout: every column
-- that holds it is declared by the module (registry.personalData).
CREATE TABLE customers (
  tenant_id BIGINT UNSIGNED NOT NULL,
  id BIGINT UNSIGNED NOT NULL,
  kind VARCHAR(10) NOT NULL,
  name VARCHAR(200) NOT NULL,
  name_latin VARCHAR(1000) NOT NULL,
  name_key VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  company_name VARCHAR(200) NULL,
  vat_id VARCHAR(20) NULL,
  country CHAR(2) NULL,
  language VARCHAR(35) NULL,
  currency CHAR(3) NULL,
  custom_attributes TEXT NULL,
  source_channel VARCHAR(32) NULL,
  notes TEXT NULL,
  version INT UNSIGNED NOT NULL DEFAULT 1,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_customers_name_key (tenant_id, name_key(100))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- E-mail addresses, several per customer, exactly one primary. `address` is what was typed
-- (domain in lower case); `address_key` the form addresses are matched by.
CREATE TABLE customer_emails (
  tenant_id BIGINT UNSIGNED NOT NULL,
  customer_id BIGINT UNSIGNED NOT NULL,
  position SMALLINT UNSIGNED NOT NULL,
  address VARCHAR(254) NOT NULL,
  address_key VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  is_primary BOOLEAN NOT NULL,
  PRIMARY KEY (tenant_id, customer_id, position),
  KEY ix_customer_emails_key (tenant_id, address_key(100))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Telephone numbers in E.164 (libphonenumber), with what was typed and the national
-- significant number (what people type without the country code).
CREATE TABLE customer_phones (
  tenant_id BIGINT UNSIGNED NOT NULL,
  customer_id BIGINT UNSIGNED NOT NULL,
  position SMALLINT UNSIGNED NOT NULL,
  e164 VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  raw VARCHAR(64) NOT NULL,
  national_number VARCHAR(17) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  type VARCHAR(10) NOT NULL,
  PRIMARY KEY (tenant_id, customer_id, position),
  KEY ix_customer_phones_e164 (tenant_id, e164)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Postal addresses, typed billing or shipping, at most one default of each type. `postal_key`
-- is the postal code in capitals and digits only, for duplicate detection.
CREATE TABLE customer_addresses (
  tenant_id BIGINT UNSIGNED NOT NULL,
  customer_id BIGINT UNSIGNED NOT NULL,
  position SMALLINT UNSIGNED NOT NULL,
  type VARCHAR(10) NOT NULL,
  is_default BOOLEAN NOT NULL,
  recipient_name VARCHAR(200) NULL,
  line1 VARCHAR(200) NOT NULL,
  line2 VARCHAR(200) NULL,
  postal_code VARCHAR(20) NULL,
  postal_key VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
  city VARCHAR(100) NOT NULL,
  region VARCHAR(100) NULL,
  country CHAR(2) NOT NULL,
  phone_e164 VARCHAR(16) NULL,
  phone_raw VARCHAR(64) NULL,
  phone_national VARCHAR(17) NULL,
  phone_kind VARCHAR(10) NULL,
  PRIMARY KEY (tenant_id, customer_id, position),
  KEY ix_customer_addresses_postal (tenant_id, postal_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who the customer is on each sales channel. `scope` is "store:<id>" for an identity tied to
-- one store, else "channel:<name>"; `external_key` the external id in lower case. One identity
-- belongs to one customer per tenant and scope (uq_customer_identities).
CREATE TABLE customer_identities (
  tenant_id BIGINT UNSIGNED NOT NULL,
  customer_id BIGINT UNSIGNED NOT NULL,
  position SMALLINT UNSIGNED NOT NULL,
  channel VARCHAR(32) NOT NULL,
  store_id BIGINT UNSIGNED NULL,
  scope VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  external_id VARCHAR(191) NOT NULL,
  external_key VARCHAR(191) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  PRIMARY KEY (tenant_id, customer_id, position),
  UNIQUE KEY uq_customer_identities (tenant_id, scope, external_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Tags in lower case; the second key serves `?tag=` filters.
CREATE TABLE customer_tags (
  tenant_id BIGINT UNSIGNED NOT NULL,
  customer_id BIGINT UNSIGNED NOT NULL,
  tag VARCHAR(64) NOT NULL,
  PRIMARY KEY (tenant_id, customer_id, tag),
  KEY ix_customer_tags_tag (tenant_id, tag, customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The search index: one row per searchable term of a customer, so that every search is a few
-- prefix ranges of one index, whatever the number of customers. `kind` says what the term is:
-- n whole name key, c whole company name key, w one word of either, e e-mail key, p E.164 phone,
-- l national phone number, i channel identity (lower case). Rebuilt with the customer.
CREATE TABLE customer_search_terms (
  tenant_id BIGINT UNSIGNED NOT NULL,
  term VARCHAR(191) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  kind CHAR(1) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  customer_id BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (tenant_id, term, kind, customer_id),
  KEY ix_customer_search_terms_customer (tenant_id, customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Custom attribute definitions per tenant: customers' custom_attributes are checked against
-- them. `options` is a JSON array of the values an enum allows.
CREATE TABLE customer_fields (
  tenant_id BIGINT UNSIGNED NOT NULL,
  id BIGINT UNSIGNED NOT NULL,
  field_key VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  type VARCHAR(10) NOT NULL,
  options TEXT NULL,
  required BOOLEAN NOT NULL,
  label VARCHAR(100) NULL,
  version INT UNSIGNED NOT NULL DEFAULT 1,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_customer_fields_key (tenant_id, field_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
