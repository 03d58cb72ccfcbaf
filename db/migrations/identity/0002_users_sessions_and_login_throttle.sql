-- Staff users of a tenant. E-mail addresses are unique across all tenants (user_logins), so that a
-- login names no tenant.
CREATE TABLE users (
  tenant_id BIGINT UNSIGNED NOT NULL,
  id BIGINT UNSIGNED NOT NULL,
  email VARCHAR(254) NOT NULL,
  display_name VARCHAR(200) NULL,
  password_hash VARCHAR(255) NOT NULL,
  roles VARCHAR(500) NOT NULL,
  status VARCHAR(16) NOT NULL DEFAULT 'active',
  last_login_at DATETIME(6) NULL,
  version INT UNSIGNED NOT NULL DEFAULT 1,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_users_email (tenant_id, email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The directory that finds a user's tenant from the e-mail given at login. Shared by all tenants
-- (like the outbox), keyed by the normalised address.
CREATE TABLE user_logins (
  email VARCHAR(254) NOT NULL,
  tenant_id BIGINT UNSIGNED NOT NULL,
  user_id BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Web sessions. Only a SHA-256 of the token is kept; the token names tenant and session id so that
-- a lookup reads one row by primary key.
CREATE TABLE sessions (
  tenant_id BIGINT UNSIGNED NOT NULL,
  id BIGINT UNSIGNED NOT NULL,
  user_id BIGINT UNSIGNED NOT NULL,
  token_hash CHAR(64) NOT NULL,
  csrf_token CHAR(43) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  revoked_at DATETIME(6) NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_sessions_user (tenant_id, user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed logins per e-mail address, whether or not a user has it, so that lockouts do not reveal
-- which addresses exist. Keyed by a SHA-256 of the normalised address: no personal data in clear.
CREATE TABLE login_failures (
  email_hash CHAR(64) NOT NULL,
  failures INT UNSIGNED NOT NULL,
  last_failure_at DATETIME(6) NOT NULL,
  locked_until DATETIME(6) NULL,
  PRIMARY KEY (email_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
