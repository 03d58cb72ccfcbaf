#pragma once

#include <caravan/customers/customer.hpp>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace caravan::customers {

/// What two customers share that makes them duplicate candidates.
enum class MatchReason { Identity, Email, Phone, NamePostal };

/// One blocking key of a customer: customers that share a key are candidates, so candidates are
/// found by index lookups instead of pairwise comparison (key_holders.hpp says which index).
struct BlockingKey {
  char kind;  ///< see kKey*
  std::string value;
  bool operator<(const BlockingKey& other) const {
    return kind != other.kind ? kind < other.kind : value < other.value;
  }
  bool operator==(const BlockingKey& other) const {
    return kind == other.kind && value == other.value;
  }
};

inline constexpr char kKeyEmail = 'e';       ///< EmailAddress::key
inline constexpr char kKeyPhone = 'p';       ///< E.164, of the customer and of its addresses
inline constexpr char kKeyNamePostal = 'n';  ///< postal key "|" name key, per address (hashed)
inline constexpr char kKeyIdentity = 'i';    ///< channel "|" identity key, whatever the store

/// A key held by more customers than this says nothing about any two of them (a shop's own
/// switchboard number typed for every walk-in customer): it is not followed.
inline constexpr std::size_t kMaxHoldersPerKey = 50;

/// Every blocking key of `customer`, sorted, without repeats. A name is only a key together with
/// a postal code: names alone repeat too often (thousands of "anna muller") to mean anything.
std::vector<BlockingKey> blockingKeys(const Customer& customer);

/// The name-with-postal-code key of a customer's address: "postal key|name key", cut to 191
/// bytes; none without a postal code or a name key.
std::optional<std::string> namePostalKey(const std::string& nameKey,
                                         const std::optional<std::string>& postalCode);

/// What customer_addresses.name_postal_hash stores of a name-with-postal-code key: the first 8
/// bytes of its MD5, big-endian (migrations 0008 and 0012 compute the same in SQL). Keys are only
/// ever compared for equality.
std::uint64_t blockingHash(const std::string& value);

/// The reason a key of this kind stands for.
MatchReason reasonOf(char kind);
/// "identity", "email", "phone", "name_postal".
std::string_view reasonName(MatchReason reason);

/// How likely two customers sharing `reasons` are one, in hundredths (0..100).
///
/// Each reason alone has a weight: a channel identity 100 (the same buyer account), an e-mail
/// 90 (shared family or office addresses exist), a phone 80 (households and switchboards share
/// numbers), name with postal code 60 (namesakes in one town exist). Several reasons combine as
/// independent evidence, 1 - (1 - a)(1 - b)...: e-mail and phone give 98, phone and name 92;
/// the result is rounded to hundredths and never exceeds 100.
int duplicateScore(const std::set<MatchReason>& reasons);

/// The reasons as stored and answered: their names in the order of MatchReason, comma-separated.
std::string reasonList(const std::set<MatchReason>& reasons);

/// A score in hundredths as the API writes it: "0.98", "1.00".
std::string scoreText(int hundredths);

}  // namespace caravan::customers
