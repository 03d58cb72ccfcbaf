#pragma once

#include <string>
#include <vector>

namespace caravan {

/// What kind of personal data a column holds (GDPR Art. 4; used to group access exports).
enum class PersonalCategory {
  Identity,       ///< names, dates of birth
  Contact,        ///< e-mail addresses, phone numbers
  Address,        ///< postal addresses
  Identifier,     ///< marketplace buyer ids, usernames, customer numbers from other systems
  Financial,      ///< payment references, tax ids of persons
  Communication,  ///< free-text notes, ticket messages
  Behavioural,    ///< order history derived scores, preferences, consent choices
  Other,
};

/// What erasure does to a column.
enum class Erasure {
  Nullify,    ///< set to NULL
  Redact,     ///< overwrite with a fixed marker that keeps the row readable ("erased")
  DeleteRow,  ///< delete the whole row
  Retain,     ///< keep: a legal obligation applies (invoices); `retainReason` says which
};

struct PersonalColumn {
  std::string column;
  PersonalCategory category;
  Erasure erasure;
  bool exported = true;           ///< included in an access export (Art. 15/20)
  std::string retainReason = {};  ///< required when erasure is Retain
};

/// A table holding personal data, and how to find one data subject's rows in it: rows where
/// `subjectColumn` equals the subject's id, within the tenant (`tenant_id`).
struct PersonalDataTable {
  std::string table;
  std::string subjectColumn;  ///< e.g. "customer_id" (or "id" in the subject's own table)
  std::vector<PersonalColumn> columns;
  std::string module = {};  ///< filled in by the platform at registration
};

const char* toString(PersonalCategory category);
const char* toString(Erasure erasure);

}  // namespace caravan
