#include "personal_data.hpp"

namespace caravan::customers {

namespace {

PersonalColumn column(const char* name, PersonalCategory category, Erasure erasure,
                      bool exported = true) {
  return {.column = name, .category = category, .erasure = erasure, .exported = exported};
}

}  // namespace

void declarePersonalData(ModuleRegistry& registry) {
  using C = PersonalCategory;
  using E = Erasure;
  // The customer row stays (orders and invoices name it), its personal fields go. Derived forms
  // (transliteration, keys) are erased with what they derive from and are not exported: they
  // say nothing the originals do not.
  registry.personalData(
      {"customers",
       "id",
       {column("name", C::Identity, E::Redact), column("name_latin", C::Identity, E::Redact, false),
        column("name_key", C::Identity, E::Redact, false),
        column("company_name", C::Identity, E::Nullify),
        column("company_key", C::Identity, E::Nullify, false),
        // A company's VAT id is not personal, a person's is; one declaration covers both.
        column("vat_id", C::Financial, E::Nullify), column("notes", C::Communication, E::Nullify),
        column("custom_attributes", C::Other, E::Nullify),
        // Tied to an identified person, where they live and what they prefer is personal too.
        column("country", C::Address, E::Nullify), column("language", C::Behavioural, E::Nullify),
        column("currency", C::Behavioural, E::Nullify),
        column("source_channel", C::Behavioural, E::Nullify),
        // Another system's id for the person: it identifies them there.
        column("external_id", C::Identifier, E::Nullify)}});
  registry.personalData({"customer_emails",
                         "customer_id",
                         {column("address", C::Contact, E::DeleteRow),
                          column("address_key", C::Contact, E::DeleteRow, false)}});
  registry.personalData(
      {"customer_phones",
       "customer_id",
       {column("e164", C::Contact, E::DeleteRow), column("raw", C::Contact, E::DeleteRow),
        column("national_number", C::Contact, E::DeleteRow, false)}});
  registry.personalData(
      {"customer_addresses",
       "customer_id",
       {column("recipient_name", C::Address, E::DeleteRow),
        column("line1", C::Address, E::DeleteRow), column("line2", C::Address, E::DeleteRow),
        column("postal_code", C::Address, E::DeleteRow),
        column("postal_key", C::Address, E::DeleteRow, false),
        column("city", C::Address, E::DeleteRow), column("region", C::Address, E::DeleteRow),
        column("country", C::Address, E::DeleteRow), column("phone_e164", C::Contact, E::DeleteRow),
        column("phone_raw", C::Contact, E::DeleteRow),
        column("phone_national", C::Contact, E::DeleteRow, false),
        // A hash of the name with the postal code, for duplicate detection: pseudonymous,
        // derived, not exported.
        column("name_postal_hash", C::Address, E::DeleteRow, false)}});
  registry.personalData({"customer_identities",
                         "customer_id",
                         {column("external_id", C::Identifier, E::DeleteRow),
                          column("external_key", C::Identifier, E::DeleteRow, false)}});
  registry.personalData(
      {"customer_tags", "customer_id", {column("tag", C::Behavioural, E::DeleteRow)}});
  registry.personalData(
      {"customer_search_terms", "customer_id", {column("term", C::Identity, E::DeleteRow, false)}});
  // RFM scores profile a person's buying: personal, and shown in an access export.
  registry.personalData({"customer_rfm",
                         "customer_id",
                         {column("recency", C::Behavioural, E::DeleteRow),
                          column("frequency", C::Behavioural, E::DeleteRow),
                          column("monetary", C::Behavioural, E::DeleteRow)}});
  // An import job's pieces hold the file as sent: names, addresses, everything. They live until
  // the job has read them; erasure deletes a whole piece (it names no one customer).
  registry.personalData(
      {"customer_import_chunks", "job_id", {column("body", C::Other, E::DeleteRow, false)}});
}

}  // namespace caravan::customers
