-- A telephone number given on an address is also a row of customer_phones, at position 1000 plus
-- the address's position (CustomerRepository::kAddressPhonePositions), so that search and
-- duplicate detection find every phone in that table's indexes. The address keeps the number it
-- shows, no longer indexed: most addresses have no phone, and each wrote two index entries for
-- nothing, 5 % of an import's database time (docs/benchmarks.md).
INSERT INTO customer_phones (tenant_id, customer_id, position, e164, raw, national_number, type)
  SELECT tenant_id, customer_id, 1000 + position, phone_e164, phone_raw, phone_national,
         COALESCE(phone_kind, 'other')
  FROM customer_addresses
  WHERE phone_e164 IS NOT NULL;

ALTER TABLE customer_addresses
  DROP KEY ix_customer_addresses_phone,
  DROP KEY ix_customer_addresses_national;
