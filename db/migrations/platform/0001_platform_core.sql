-- The platform's own tables. Tenant-owned tables lead every key with tenant_id; the outbox and
-- the node registry are infrastructure shared by all tenants.

CREATE TABLE platform_nodes (
  node_id SMALLINT UNSIGNED NOT NULL,
  holder VARCHAR(255) NOT NULL,
  heartbeat_at DATETIME(6) NOT NULL,
  PRIMARY KEY (node_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE outbox_events (
  id BIGINT UNSIGNED NOT NULL,
  tenant_id BIGINT UNSIGNED NOT NULL,
  topic VARCHAR(128) NOT NULL,
  payload LONGTEXT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_outbox_events_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE outbox_deliveries (
  consumer VARCHAR(128) NOT NULL,
  event_id BIGINT UNSIGNED NOT NULL,
  attempts INT NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  last_error VARCHAR(500) NULL,
  PRIMARY KEY (consumer, event_id),
  KEY ix_outbox_deliveries_due (next_attempt_at, event_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only: the application never updates or deletes these rows. Field names only, no values,
-- so the log holds no personal data and survives erasure requests unchanged.
CREATE TABLE audit_log (
  tenant_id BIGINT UNSIGNED NOT NULL,
  id BIGINT UNSIGNED NOT NULL,
  occurred_at DATETIME(6) NOT NULL,
  actor VARCHAR(64) NOT NULL,
  action VARCHAR(128) NOT NULL,
  method VARCHAR(8) NOT NULL,
  route VARCHAR(255) NOT NULL,
  status SMALLINT NOT NULL,
  entity_type VARCHAR(64) NULL,
  entity_id VARCHAR(64) NULL,
  changed_fields TEXT NULL,
  request_id VARCHAR(64) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_audit_entity (tenant_id, entity_type, entity_id, id),
  KEY ix_audit_time (tenant_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE idempotency_keys (
  tenant_id BIGINT UNSIGNED NOT NULL,
  actor VARCHAR(64) NOT NULL,
  idem_key VARCHAR(255) NOT NULL,
  route VARCHAR(255) NOT NULL,
  request_hash CHAR(64) NOT NULL,
  status SMALLINT NOT NULL DEFAULT 0,
  content_type VARCHAR(128) NULL,
  response_headers TEXT NULL,
  response_body LONGTEXT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, actor, idem_key),
  KEY ix_idempotency_created (tenant_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
