-- RFM scores: recency, frequency and monetary value in quintiles per tenant (1 lowest, 5 highest:
-- 5 is the most recent, most frequent, biggest spender), scored by the `customers.rfm` job from
-- the purchase history another module supplies (customers::PurchaseHistory). Customers who
-- bought nothing have no row. Rebuilt whole for a tenant on each run.
CREATE TABLE customer_rfm (
  tenant_id BIGINT UNSIGNED NOT NULL,
  customer_id BIGINT UNSIGNED NOT NULL,
  recency TINYINT UNSIGNED NOT NULL,
  frequency TINYINT UNSIGNED NOT NULL,
  monetary TINYINT UNSIGNED NOT NULL,
  computed_at DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, customer_id),
  CONSTRAINT ck_customer_rfm_quintiles CHECK (recency BETWEEN 1 AND 5 AND frequency BETWEEN 1 AND 5
    AND monetary BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
