-- Variants, names and descriptions per language, dimensions, customs text and tax class.
--
-- A variant is a row of products with parent_id set: it shares the tenant-wide SKU key with every
-- product, and a NULL in it means "as the parent" (the catalogue resolves that when it reads). Its
-- attributes are stored in one canonical JSON text (keys lower case and sorted, values NFC), so
-- that the same combination is always the same text and the same hash: the unique key on the
-- hash stops two variants of one parent from describing the same thing. A product's own name
-- (column name) is the one in its default language; other languages live in product_translations.
ALTER TABLE products
  MODIFY name VARCHAR(255) NULL,
  ADD COLUMN parent_id BIGINT UNSIGNED NULL AFTER id,
  ADD COLUMN attributes TEXT NULL AFTER sku,
  ADD COLUMN attributes_hash BINARY(32) AS (UNHEX(SHA2(attributes, 256))) STORED AFTER attributes,
  ADD COLUMN default_language VARCHAR(12) NULL DEFAULT 'en' AFTER description,
  ADD COLUMN length_mm INT UNSIGNED NULL AFTER weight_grams,
  ADD COLUMN width_mm INT UNSIGNED NULL AFTER length_mm,
  ADD COLUMN height_mm INT UNSIGNED NULL AFTER width_mm,
  ADD COLUMN customs_description VARCHAR(255) NULL AFTER height_mm,
  ADD COLUMN tax_class VARCHAR(16) NULL DEFAULT 'standard' AFTER customs_description,
  ADD UNIQUE KEY uq_products_variant_attributes (tenant_id, parent_id, attributes_hash);

-- The rules the application keeps, held by the database as well: a product has a name, a default
-- language and a tax class and no attributes; a variant has attributes and takes its parent's
-- default language; dimensions are all three or none.
ALTER TABLE products
  ADD CONSTRAINT ck_products_kind CHECK (
    (parent_id IS NULL AND attributes IS NULL AND name IS NOT NULL
       AND default_language IS NOT NULL AND tax_class IS NOT NULL)
    OR (parent_id IS NOT NULL AND attributes IS NOT NULL AND default_language IS NULL)),
  ADD CONSTRAINT ck_products_tax_class CHECK (
    tax_class IN ('standard', 'reduced', 'reduced2', 'super_reduced', 'zero')),
  ADD CONSTRAINT ck_products_dimensions CHECK (
    (length_mm IS NULL AND width_mm IS NULL AND height_mm IS NULL)
    OR (length_mm IS NOT NULL AND width_mm IS NOT NULL AND height_mm IS NOT NULL));

-- Names and descriptions in languages other than the product's default. Either may be NULL (a
-- language with a description but no name of its own falls back to the default name).
CREATE TABLE product_translations (
  tenant_id BIGINT UNSIGNED NOT NULL,
  product_id BIGINT UNSIGNED NOT NULL,
  language VARCHAR(12) NOT NULL,
  name VARCHAR(255) NULL,
  description TEXT NULL,
  PRIMARY KEY (tenant_id, product_id, language)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
