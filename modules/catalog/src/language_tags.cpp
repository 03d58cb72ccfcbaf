#include "language_tags.hpp"

#include <unicode/uloc.h>

#include <caravan/platform/iso_codes.hpp>
#include <set>

namespace caravan::catalog {

namespace {

bool isKnownLanguage(const std::string& code) {
  static const std::set<std::string, std::less<>> known = [] {
    std::set<std::string, std::less<>> codes;
    for (const char* const* language = uloc_getISOLanguages(); *language; ++language)
      codes.insert(*language);
    return codes;
  }();
  return known.count(code) > 0;
}

// ASCII only: the C library's classes would also take letters of the current locale.
bool asciiLetters(std::string_view text) {
  for (char c : text) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
      return false;
  }
  return true;
}

bool asciiDigits(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9')
      return false;
  }
  return true;
}

std::string asciiCased(std::string_view text, bool upper) {
  std::string out(text);
  for (char& c : out) {
    if (upper && c >= 'a' && c <= 'z')
      c = static_cast<char>(c - 'a' + 'A');
    else if (!upper && c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

std::optional<std::string> canonicalLanguage(std::string_view tag) {
  const auto dash = tag.find('-');
  const std::string_view language = tag.substr(0, dash);
  if (language.size() < 2 || language.size() > 3 || !asciiLetters(language))
    return std::nullopt;
  std::string canonical = asciiCased(language, false);
  if (!isKnownLanguage(canonical))
    return std::nullopt;
  if (dash == std::string_view::npos)
    return canonical;
  const std::string_view region = tag.substr(dash + 1);
  if (region.size() == 2 && asciiLetters(region)) {
    const std::string upper = asciiCased(region, true);
    if (!isIsoCountry(upper))
      return std::nullopt;
    return canonical + "-" + upper;
  }
  if (region.size() == 3 && asciiDigits(region))
    return canonical + "-" + std::string(region);
  return std::nullopt;
}

std::vector<std::string> languageFallbacks(const std::string& requested) {
  if (requested.empty())
    return {};
  const auto dash = requested.find('-');
  if (dash == std::string::npos)
    return {requested};
  return {requested, requested.substr(0, dash)};
}

}  // namespace caravan::catalog
