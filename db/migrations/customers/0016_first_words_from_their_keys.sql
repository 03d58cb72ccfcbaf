-- A name's first word is the start of its key, which the customers' name index holds, and a
-- company name's first word the start of its whole-key term (kind c): search finds first words
-- there (CustomerRepository::wordPass), so they are no longer rows of their own. About one term
-- row fewer per customer, each written to two indexes: an import of a million customers spent
-- 5 to 10 s less of the database's CPU (docs/benchmarks.md). A word that is the first of one
-- key and a later word of the other goes too: its first place still finds it.
--
-- The words a customer has are checked on its own row, in the name key and the company name's
-- key (company_key, new here and filled from the whole-key terms, which are cut at 191 bytes;
-- new rows keep the whole key), instead of one join per word of q into the terms.
ALTER TABLE customers
  ADD COLUMN company_key VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL
    AFTER company_name;

UPDATE customers c
  JOIN customer_search_terms t ON t.tenant_id = c.tenant_id AND t.customer_id = c.id
    AND t.kind = 'c'
  SET c.company_key = t.term;

DELETE t FROM customer_search_terms t
  JOIN customers c ON c.tenant_id = t.tenant_id AND c.id = t.customer_id
  WHERE t.kind = 'w' AND (t.term = SUBSTRING_INDEX(c.name_key, ' ', 1)
    OR t.term = SUBSTRING_INDEX(c.company_key, ' ', 1));
