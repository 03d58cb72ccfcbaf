#include "duplicate_scoring.hpp"

#include <Poco/MD5Engine.h>

#include "customer_repository.hpp"
#include "customer_rules.hpp"
#include "customer_search.hpp"

namespace caravan::customers {

namespace {

constexpr std::size_t kMaxKeyBytes = 191;

int weight(MatchReason reason) {
  switch (reason) {
    case MatchReason::Identity:
      return 100;
    case MatchReason::Email:
      return 90;
    case MatchReason::Phone:
      return 80;
    case MatchReason::NamePostal:
      return 60;
  }
  return 0;
}

}  // namespace

std::vector<BlockingKey> blockingKeys(const Customer& customer) {
  std::set<BlockingKey> keys;
  for (const auto& email : customer.emails)
    keys.insert({kKeyEmail, email.key});
  for (const auto& phone : customer.phones)
    keys.insert({kKeyPhone, phone.number.e164});
  for (const auto& address : customer.addresses) {
    if (address.phone)
      keys.insert({kKeyPhone, address.phone->e164});
    if (auto key = namePostalKey(customer.nameKey, address.postalCode))
      keys.insert({kKeyNamePostal, std::move(*key)});
  }
  for (const auto& identity : customer.identities) {
    keys.insert({kKeyIdentity, identity.channel + "|" + identityKey(identity.externalId)});
  }
  return {keys.begin(), keys.end()};
}

std::optional<std::string> namePostalKey(const std::string& nameKey,
                                         const std::optional<std::string>& postalCode) {
  if (!postalCode || nameKey.empty())
    return std::nullopt;
  const std::string postal = postalKey(*postalCode);
  if (postal.empty())
    return std::nullopt;
  // The postal code goes first so that a long name is what gets cut.
  return cutUtf8(postal + "|" + nameKey, kMaxKeyBytes);
}

std::uint64_t blockingHash(const std::string& value) {
  Poco::MD5Engine md5;
  md5.update(value);
  const auto& digest = md5.digest();
  std::uint64_t hash = 0;
  for (std::size_t i = 0; i < 8; ++i)
    hash = (hash << 8) | digest[i];
  return hash;
}

MatchReason reasonOf(char kind) {
  switch (kind) {
    case kKeyIdentity:
      return MatchReason::Identity;
    case kKeyEmail:
      return MatchReason::Email;
    case kKeyPhone:
      return MatchReason::Phone;
    default:
      return MatchReason::NamePostal;
  }
}

std::string_view reasonName(MatchReason reason) {
  switch (reason) {
    case MatchReason::Identity:
      return "identity";
    case MatchReason::Email:
      return "email";
    case MatchReason::Phone:
      return "phone";
    case MatchReason::NamePostal:
      return "name_postal";
  }
  return "";
}

int duplicateScore(const std::set<MatchReason>& reasons) {
  // In integers: the chance that all reasons mislead, in millionths of the product's scale.
  std::int64_t misleading = 1;
  std::int64_t scale = 1;
  for (auto reason : reasons) {
    misleading *= 100 - weight(reason);
    scale *= 100;
  }
  if (reasons.empty())
    return 0;
  // 100 * (1 - misleading / scale), rounded half up.
  const std::int64_t score = (200 * (scale - misleading) + scale) / (2 * scale);
  return static_cast<int>(std::min<std::int64_t>(score, 100));
}

std::string reasonList(const std::set<MatchReason>& reasons) {
  std::string text;
  for (auto reason : reasons) {
    if (!text.empty())
      text += ",";
    text += reasonName(reason);
  }
  return text;
}

std::string scoreText(int hundredths) {
  const int whole = hundredths / 100;
  const int cents = hundredths % 100;
  return std::to_string(whole) + "." + (cents < 10 ? "0" : "") + std::to_string(cents);
}

}  // namespace caravan::customers
