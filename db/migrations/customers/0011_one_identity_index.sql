-- One index on identities instead of two: the unique key leads with the identity key, so that it
-- also serves search (external_key LIKE 'q%') and duplicate lookups by key whatever the store,
-- which had an index of their own. Uniqueness is unchanged: one customer per tenant, scope and
-- key. One index entry less to write per identity.
ALTER TABLE customer_identities
  DROP KEY uq_customer_identities,
  DROP KEY ix_customer_identities_key,
  ADD UNIQUE KEY uq_customer_identities (tenant_id, external_key, scope);
