#pragma once

#include <caravan/customers/refusal.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace caravan::customers {

/// Shape rules for customer fields, independent of HTTP and storage.

/// An ISO 3166-1 alpha-2 code in capitals ("DE"). Refusal code `unknown_country`.
std::optional<Refusal> checkCountry(std::string_view code);
/// An ISO 4217 code of a currency in use ("EUR"), as caravan::money::Currency knows it. Refusal
/// code `unknown_currency`.
std::optional<Refusal> checkCurrency(std::string_view code);
/// A well-formed BCP 47 tag whose language ICU knows ("de", "de-CH", "zh-Hant-TW", "pt-br"),
/// returned in canonical form ("pt-BR"). Refusal code `unknown_language`.
Checked<std::string> canonicalLanguage(std::string_view tag);

/// A VAT or tax id as stored: spaces, dots, dashes and slashes removed, letters in capitals.
/// Refusal `invalid_format` unless 2 to 20 letters and digits remain.
Checked<std::string> normalizeTaxId(std::string_view input);

/// A channel name ("amazon", "shopify", "ebay", "web", "pos", "b2b-portal"): 1 to 32 of
/// a-z 0-9 _ -. Refusal code `invalid_format`.
std::optional<Refusal> checkChannel(std::string_view channel);

/// Tags as stored: trimmed, in lower case, sorted, without repeats. Refusal `invalid_format` for
/// an empty tag or one longer than 64 characters.
Checked<std::vector<std::string>> normalizeTags(const std::vector<std::string>& tags);

/// A postal code as duplicate detection compares it: capitals and digits only.
std::string postalKey(std::string_view postalCode);

}  // namespace caravan::customers
