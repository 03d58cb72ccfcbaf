#include "customer_rules.hpp"

#include <unicode/locid.h>
#include <unicode/uloc.h>

#include <algorithm>
#include <caravan/platform/iso_codes.hpp>
#include <caravan/platform/money.hpp>
#include <caravan/platform/text.hpp>
#include <set>
#include <unordered_map>

#include "lower_case.hpp"

namespace caravan::customers {

namespace {

bool isAlnum(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

const std::set<std::string, std::less<>>& isoLanguages() {
  static const std::set<std::string, std::less<>> known = [] {
    std::set<std::string, std::less<>> codes;
    for (const char* const* language = uloc_getISOLanguages(); *language; ++language)
      codes.insert(*language);
    return codes;
  }();
  return known;
}

}  // namespace

std::optional<Refusal> checkCountry(std::string_view code) {
  if (!isIsoCountry(code))
    return Refusal{"unknown_country", "must be an ISO 3166-1 alpha-2 code such as \"DE\""};
  return std::nullopt;
}

std::optional<Refusal> checkCurrency(std::string_view code) {
  try {
    money::Currency::of(code);
    return std::nullopt;
  } catch (const money::MoneyError&) {
    return Refusal{"unknown_currency",
                   "must be an ISO 4217 code of a currency in use, such as \"EUR\""};
  }
}

namespace {

Checked<std::string> readLanguage(std::string_view tag) {
  const Refusal unknown{"unknown_language",
                        "must be a BCP 47 language tag such as \"de\", \"de-CH\" or \"zh-Hant\""};
  if (tag.empty() || tag.size() > 35 ||
      !std::all_of(tag.begin(), tag.end(), [](char c) { return isAlnum(c) || c == '-'; })) {
    return unknown;
  }
  UErrorCode status = U_ZERO_ERROR;
  int32_t parsed = 0;
  const std::string text(tag);
  icu::Locale locale = icu::Locale::forLanguageTag(text, status);
  if (U_FAILURE(status))
    return unknown;
  // forLanguageTag accepts a prefix of a malformed tag; only a tag read to its end is well-formed.
  char localeId[ULOC_FULLNAME_CAPACITY];
  status = U_ZERO_ERROR;
  uloc_forLanguageTag(text.c_str(), localeId, sizeof localeId, &parsed, &status);
  if (U_FAILURE(status) || parsed != static_cast<int32_t>(text.size()))
    return unknown;
  if (!isoLanguages().count(std::string_view(locale.getLanguage())))
    return unknown;
  status = U_ZERO_ERROR;
  std::string canonical = locale.toLanguageTag<std::string>(status);
  if (U_FAILURE(status) || canonical.empty())
    return unknown;
  return canonical;
}

}  // namespace

Checked<std::string> canonicalLanguage(std::string_view tag) {
  // A shop's customers speak a few dozen languages; ICU's parsing of a tag costs more than the
  // rest of a customer's fields, so each thread remembers the tags it has read.
  constexpr std::size_t kRemembered = 512;
  thread_local std::unordered_map<std::string, Checked<std::string>> read;
  std::string key(tag);
  if (auto found = read.find(key); found != read.end())
    return found->second;
  if (read.size() >= kRemembered)
    read.clear();
  auto checked = readLanguage(tag);
  read.emplace(std::move(key), checked);
  return checked;
}

Checked<std::string> normalizeTaxId(std::string_view input) {
  std::string id;
  for (char c : input) {
    if (c == ' ' || c == '.' || c == '-' || c == '/' || c == '\t')
      continue;
    id.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
  }
  if (id.size() < 2 || id.size() > 20 || !std::all_of(id.begin(), id.end(), isAlnum))
    return Refusal{"invalid_format", "must be 2 to 20 letters and digits, such as DE123456789"};
  return id;
}

std::optional<Refusal> checkChannel(std::string_view channel) {
  const bool good =
      !channel.empty() && channel.size() <= 32 &&
      std::all_of(channel.begin(), channel.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
      });
  if (!good)
    return Refusal{"invalid_format", "must be 1 to 32 of a-z, 0-9, _ and -, such as \"amazon\""};
  return std::nullopt;
}

Checked<std::vector<std::string>> normalizeTags(const std::vector<std::string>& tags) {
  std::set<std::string> unique;
  for (const auto& tag : tags) {
    std::string lower = lowerCase(trim(tag));
    // Characters, not bytes: every byte but a UTF-8 continuation byte starts one.
    const auto characters = std::count_if(lower.begin(), lower.end(), [](char c) {
      return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    });
    if (characters == 0 || characters > 64)
      return Refusal{"invalid_format", "each tag must be 1 to 64 characters"};
    unique.insert(std::move(lower));
  }
  return std::vector<std::string>(unique.begin(), unique.end());
}

std::string postalKey(std::string_view postalCode) {
  std::string key;
  for (char c : postalCode) {
    if (isAlnum(c))
      key.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
  }
  return key;
}

}  // namespace caravan::customers
