#pragma once

#include <caravan/customers/customer.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace caravan::customers {

/// One row of the search index (customer_search_terms).
struct SearchTerm {
  std::string term;
  char kind;  ///< see kTerm*
  bool operator==(const SearchTerm& other) const {
    return term == other.term && kind == other.kind;
  }
};

/// What no other table indexes: the words of names and company names, and whole company name
/// keys. Whole names, e-mails, phones and identities are searched in their own tables' indexes.
inline constexpr char kTermCompany = 'c';  ///< the whole company name key
inline constexpr char kTermWord = 'w';     ///< one word of the name or company name key
inline constexpr std::size_t kMaxTermBytes = 191;
/// The longest name or company name key kept (customers.name_key, company_key).
inline constexpr std::size_t kMaxNameKeyBytes = 1000;

/// The search key of the customer's company name (customers.company_key): its companyKey, worked
/// out when a reader did not; empty without a company name. The word search reads it with the
/// name key.
std::string companyKeyOf(const Customer& customer);

/// The rows of customer_search_terms for `customer`, without repeats.
std::vector<SearchTerm> searchTerms(const Customer& customer);

/// What one `?q=` searches for, in each form the index holds.
struct SearchPlan {
  std::string nameKey;                  ///< searchKey(q): names and company names
  std::vector<std::string> words;       ///< its words (at most kMaxWords): words in any order
  std::string plain;                    ///< q trimmed, lower case: e-mails and identities
  std::optional<std::string> e164;      ///< when q is an international number (or parses as one)
  std::optional<std::string> national;  ///< when q looks like a phone number: its national digits
  bool empty() const { return nameKey.empty() && plain.empty(); }
};

inline constexpr std::size_t kMaxWords = 5;

/// Normalises `q` every way the index is keyed. A q that looks like a phone number is parsed
/// with libphonenumber, numbers without a country code in `region` (the `country` parameter;
/// may be empty).
SearchPlan planSearch(std::string_view q, std::string_view region);

/// `text` with the LIKE wildcards % and _ (and the escape \) escaped.
std::string likeEscape(std::string_view text);

/// `text` cut to at most `bytes` bytes, not inside a UTF-8 sequence.
std::string cutUtf8(std::string_view text, std::size_t bytes);

}  // namespace caravan::customers
