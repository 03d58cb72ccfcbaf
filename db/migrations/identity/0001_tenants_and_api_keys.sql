-- A tenant is one seller organisation; its id is the tenant_id of every row it owns.
CREATE TABLE tenants (
  id BIGINT UNSIGNED NOT NULL,
  name VARCHAR(200) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_tenants_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- API keys for REST integrations. Only a SHA-256 of the key is stored: the key is a 256-bit random
-- secret, shown once at creation. The token names its tenant and key id, so a lookup reads one row
-- by primary key.
CREATE TABLE api_keys (
  tenant_id BIGINT UNSIGNED NOT NULL,
  id BIGINT UNSIGNED NOT NULL,
  label VARCHAR(200) NOT NULL,
  key_hash CHAR(64) NOT NULL,
  roles VARCHAR(500) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  last_used_at DATETIME(6) NULL,
  revoked_at DATETIME(6) NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
