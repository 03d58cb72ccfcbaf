-- Price lists: one per market (a set of countries and a currency). Prices are effective-dated;
-- the newest row valid on a date wins. The tenant's default list serves every country no other
-- list names, and is what a market without its own price converts from (rounded to the market's
-- price points, and marked as converted).
CREATE TABLE price_lists (
  tenant_id BIGINT UNSIGNED NOT NULL,
  id BIGINT UNSIGNED NOT NULL,
  name VARCHAR(100) NOT NULL,
  currency CHAR(3) NOT NULL,
  prices_include_tax BOOLEAN NOT NULL,
  -- Converted prices are rounded up to the next multiple of the step, then to the given ending:
  -- step 1 and ending 0.99 gives x.99; step 100 with no ending gives whole hundreds of yen.
  price_point_step DECIMAL(20,4) NULL,
  price_point_ending DECIMAL(20,4) NULL,
  -- TRUE on the default list and NULL elsewhere, so that the unique key allows one default.
  is_default BOOLEAN NULL,
  version INT UNSIGNED NOT NULL DEFAULT 1,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_price_lists_name (tenant_id, name),
  UNIQUE KEY uq_price_lists_default (tenant_id, is_default)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The countries of each list's market. A country belongs to one list at most.
CREATE TABLE price_list_countries (
  tenant_id BIGINT UNSIGNED NOT NULL,
  country CHAR(2) NOT NULL,
  price_list_id BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (tenant_id, country),
  KEY ix_price_list_countries_list (tenant_id, price_list_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A price of one SKU on one list from a date on, in the list's currency.
CREATE TABLE price_list_prices (
  tenant_id BIGINT UNSIGNED NOT NULL,
  price_list_id BIGINT UNSIGNED NOT NULL,
  sku VARCHAR(64) NOT NULL,
  valid_from DATE NOT NULL,
  amount DECIMAL(24,4) NOT NULL,
  updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (tenant_id, price_list_id, sku, valid_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Per-tenant pricing settings; a tenant without a row uses the configured defaults.
CREATE TABLE pricing_settings (
  tenant_id BIGINT UNSIGNED NOT NULL,
  max_rate_age_days INT UNSIGNED NOT NULL,
  version INT UNSIGNED NOT NULL DEFAULT 1,
  updated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
