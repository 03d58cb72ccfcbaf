-- When the customer's personal data was erased (a GDPR erasure, done by the privacy module
-- through customers::markErased). The record stays, so that orders and invoices keep the id they
-- name; an erased customer is never merged with another, which would bring personal data back
-- into it or carry the erasure over to a living customer.
ALTER TABLE customers ADD COLUMN erased_at DATETIME(6) NULL;
