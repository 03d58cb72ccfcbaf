-- Segments: named, rule-based groups of customers ("German-speaking VIPs"), evaluated in SQL when
-- asked (count, members, export), never materialised, so that they always agree with the data.
-- `rules` is the validated JSON the API accepted ({"match": "all", "rules": [...]}).
CREATE TABLE customer_segments (
  tenant_id BIGINT UNSIGNED NOT NULL,
  id BIGINT UNSIGNED NOT NULL,
  name VARCHAR(100) NOT NULL,
  rules TEXT NOT NULL,
  version INT UNSIGNED NOT NULL DEFAULT 1,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_customer_segments_name (tenant_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
