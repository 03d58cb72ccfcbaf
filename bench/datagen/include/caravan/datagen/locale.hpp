#pragma once

#include <span>
#include <string_view>

namespace caravan::datagen {

/// A name as written in its own script, and its Latin-ASCII form. The Latin form is empty for
/// names already in Latin script: foldToAscii (text.hpp) derives it.
struct Name {
  std::string_view native;      ///< as the customer writes it: "Müller", "张", "Иванов"
  std::string_view latin = {};  ///< romanised ("Zhang", "Ivanov"); empty for Latin names
};

/// How given and family name combine into a full name.
enum class NameOrder {
  GivenFamily,        ///< "Anna Müller"
  FamilyGiven,        ///< "Nguyễn Văn An"
  FamilyGivenJoined,  ///< "张三", "山田太郎", "김민준": no space
};

/// The writing system of a country's names (used to check that every script appears).
enum class Script {
  Latin,
  Cyrillic,
  Greek,
  Han,
  Japanese,
  Hangul,
  Arabic,
  Hebrew,
  Thai,
  Devanagari
};

/// A country's common names. Where family names change with gender (Kowalski/Kowalska,
/// Иванов/Иванова), familyFemale runs parallel to familyMale; otherwise it is empty.
struct NameSet {
  std::span<const Name> givenMale;
  std::span<const Name> givenFemale;
  std::span<const Name> familyMale;
  std::span<const Name> familyFemale;
  NameOrder order = NameOrder::GivenFamily;
  Script script = Script::Latin;
};

/// A city with the leading part of its postal codes and, where the country uses one in
/// addresses (US, CA, AU), its region code.
struct City {
  std::string_view name;
  std::string_view postalPrefix;
  std::string_view region = {};
};

/// Everything the generators need to know about one country. Patterns use `%n` for a house or
/// unit number, `%s` for a street, `%f` for a family name in its script and `%F` for its Latin
/// form. A postal pattern uses `#` for a digit and `@` for a capital letter; the city's prefix
/// fills its first placeholders, or replaces a `*` when the pattern has one ("* #@@" for GB).
struct Locale {
  std::string_view country;   ///< ISO 3166-1 alpha-2
  std::string_view language;  ///< ISO 639-1
  std::string_view currency;  ///< ISO 4217
  unsigned weight;            ///< relative share of customers
  bool eu;                    ///< an EU member state
  std::string_view tld;       ///< for company e-mail domains: "de", "co.uk"
  const NameSet* names;
  std::span<const std::string_view> emailDomains;
  std::span<const City> cities;
  std::span<const std::string_view> streets;
  std::string_view streetPattern;  ///< "%s %n", "%n %s", "%s%n号"
  std::span<const std::string_view> line2;
  std::string_view postalPattern;  ///< empty: the country has no postal codes (AE)
  std::span<const std::string_view> companyForms;
};

/// Every country the generators use, in a fixed order.
std::span<const Locale> locales();

}  // namespace caravan::datagen
