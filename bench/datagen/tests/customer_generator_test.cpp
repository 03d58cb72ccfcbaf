#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>
#include <phonenumbers/phonenumberutil.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "caravan/datagen/customer.hpp"
#include "caravan/datagen/text.hpp"
#include "caravan/datagen/vat_id.hpp"
#include "csv_reader.hpp"

namespace caravan::datagen {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;
using testing::readCsv;

constexpr std::string_view kHeader[] = {"external_id",
                                        "kind",
                                        "name",
                                        "company_name",
                                        "emails",
                                        "phones",
                                        "country",
                                        "language",
                                        "currency",
                                        "tags",
                                        "vat_id",
                                        "source_channel",
                                        "address_type",
                                        "address_line1",
                                        "address_line2",
                                        "postal_code",
                                        "city",
                                        "region",
                                        "address_country",
                                        "identity_channel",
                                        "identity_external_id",
                                        "notes"};

enum Column {
  kExternalId,
  kKind,
  kName,
  kCompany,
  kEmails,
  kPhones,
  kCountry,
  kLanguage,
  kCurrency,
  kTags,
  kVatId,
  kChannel,
  kAddressType,
  kLine1,
  kLine2,
  kPostal,
  kCity,
  kRegion,
  kAddressCountry,
  kIdentityChannel,
  kIdentityId,
  kNotes
};

std::string generate(std::uint64_t rows, std::uint64_t seed, bool csv, double duplicates = 0.05) {
  CustomerOptions options;
  options.seed = seed;
  options.duplicateShare = duplicates;
  CustomerGenerator generator(options);
  std::string out;
  if (csv)
    out += customerCsvHeader();
  for (std::uint64_t i = 0; i < rows; ++i) {
    if (csv) {
      appendCustomerCsv(out, generator.next());
    } else {
      appendCustomerJson(out, generator.next());
    }
  }
  return out;
}

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(text);
  while (std::getline(in, part, ';'))
    parts.push_back(part);
  return parts;
}

/// The rows of 20,000 generated customers, shared by the tests that read them.
const std::vector<std::vector<std::string>>& sampleRows() {
  static const auto rows = [] {
    auto records = readCsv(generate(20'000, 2026, true));
    return records;
  }();
  return rows;
}

TEST(Customers, SameSeedSameBytesOtherSeedOtherBytes) {
  const auto a = generate(3'000, 7, true);
  EXPECT_EQ(a, generate(3'000, 7, true));
  EXPECT_NE(a, generate(3'000, 8, true));
  const auto json = generate(1'000, 7, false);
  EXPECT_EQ(json, generate(1'000, 7, false));
}

TEST(Customers, CsvReadsBackWithTheHeaderAnd22FieldsPerRow) {
  const auto& rows = sampleRows();
  ASSERT_EQ(rows.size(), 20'001u);
  ASSERT_EQ(rows[0].size(), std::size(kHeader));
  for (std::size_t i = 0; i < std::size(kHeader); ++i)
    EXPECT_EQ(rows[0][i], kHeader[i]);
  std::set<std::string> ids;
  int quotedNotes = 0;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    ASSERT_EQ(rows[r].size(), 22u) << "row " << r;
    ids.insert(rows[r][kExternalId]);
    EXPECT_TRUE(rows[r][kKind] == "person" || rows[r][kKind] == "company");
    EXPECT_EQ(rows[r][kKind] == "company", !rows[r][kCompany].empty());
    EXPECT_FALSE(rows[r][kEmails].empty());
    EXPECT_TRUE(rows[r][kAddressType] == "shipping" || rows[r][kAddressType] == "billing");
    const auto& notes = rows[r][kNotes];
    quotedNotes += notes.find_first_of(",\"\n") != std::string::npos;
  }
  EXPECT_EQ(rows[1][kExternalId], "C0000001");
  EXPECT_EQ(ids.size(), 20'000u);
  EXPECT_GT(quotedNotes, 100);  // quoting is exercised
}

TEST(Customers, EveryPhoneIsValidForTheRowsCountry) {
  auto* util = PhoneNumberUtil::GetInstance();
  const auto& rows = sampleRows();
  std::size_t phones = 0;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    for (const auto& raw : split(rows[r][kPhones])) {
      PhoneNumber parsed;
      ASSERT_EQ(util->Parse(raw, rows[r][kCountry], &parsed), PhoneNumberUtil::NO_PARSING_ERROR)
          << raw;
      ASSERT_TRUE(util->IsValidNumberForRegion(parsed, rows[r][kCountry]))
          << rows[r][kCountry] << " " << raw;
      ++phones;
    }
  }
  EXPECT_GT(phones, 20'000u);
}

TEST(Customers, EveryCountryAndScriptAppears) {
  static constexpr std::string_view kCountries[] = {
      "DE", "AT", "FR", "ES", "IT", "PL", "CZ", "SE", "NO", "DK", "PT", "NL",
      "TR", "VN", "RU", "UA", "BG", "GR", "CN", "TW", "JP", "KR", "SA", "AE",
      "EG", "IL", "TH", "IN", "GB", "US", "CA", "AU", "NZ", "IE", "SG"};
  static const std::map<std::string_view, UScriptCode> kScripts = {
      {"RU", USCRIPT_CYRILLIC}, {"UA", USCRIPT_CYRILLIC},  {"BG", USCRIPT_CYRILLIC},
      {"GR", USCRIPT_GREEK},    {"CN", USCRIPT_HAN},       {"TW", USCRIPT_HAN},
      {"JP", USCRIPT_HAN},      {"KR", USCRIPT_HANGUL},    {"SA", USCRIPT_ARABIC},
      {"AE", USCRIPT_ARABIC},   {"EG", USCRIPT_ARABIC},    {"IL", USCRIPT_HEBREW},
      {"TH", USCRIPT_THAI},     {"IN", USCRIPT_DEVANAGARI}};
  std::map<std::string, int> perCountry;
  std::set<int> scripts;
  for (std::size_t r = 1; r < sampleRows().size(); ++r) {
    const auto& row = sampleRows()[r];
    if (row[kName].empty())
      continue;
    ++perCountry[row[kCountry]];
    // The script of the name's first letter.
    const auto& name = row[kName];
    int32_t offset = 0;
    UChar32 cp = 0;
    U8_NEXT(name.data(), offset, static_cast<int32_t>(name.size()), cp);
    UErrorCode status = U_ZERO_ERROR;
    const auto script = uscript_getScript(cp, &status);
    scripts.insert(script);
    const auto expected = kScripts.find(row[kCountry]);
    // Duplicates may carry the romanised name, hence Latin is accepted everywhere.
    if (expected != kScripts.end() && script != USCRIPT_LATIN) {
      EXPECT_EQ(script, expected->second) << row[kCountry] << " " << name;
    }
  }
  for (const auto country : kCountries) {
    EXPECT_GT(perCountry[std::string(country)], 0) << country;
  }
  EXPECT_EQ(perCountry.size(), std::size(kCountries));
  for (const auto script :
       {USCRIPT_LATIN, USCRIPT_CYRILLIC, USCRIPT_GREEK, USCRIPT_HAN, USCRIPT_HANGUL, USCRIPT_ARABIC,
        USCRIPT_HEBREW, USCRIPT_THAI, USCRIPT_DEVANAGARI}) {
    EXPECT_TRUE(scripts.contains(script)) << uscript_getName(script);
  }
  EXPECT_GT(perCountry["DE"], perCountry["GB"]);
  EXPECT_GT(perCountry["GB"], perCountry["IT"]);
}

TEST(Customers, VatIdsPassTheirCheckDigits) {
  int withVat = 0;
  for (std::size_t r = 1; r < sampleRows().size(); ++r) {
    const auto& row = sampleRows()[r];
    if (row[kVatId].empty())
      continue;
    ++withVat;
    EXPECT_EQ(row[kKind], "company");
    EXPECT_TRUE(canMakeVatId(row[kCountry])) << row[kCountry];
    EXPECT_TRUE(isValidVatId(row[kVatId])) << row[kVatId];
  }
  EXPECT_GT(withVat, 200);
}

/// What a deduplicating importer would compare: the name in Latin letters, lower case, with
/// nothing but letters and digits (ICU's Any-Latin; Latin-ASCII, as the customers issue says).
class NameKey {
 public:
  NameKey() {
    UErrorCode status = U_ZERO_ERROR;
    transliterator_.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower",
                                                              UTRANS_FORWARD, status));
    if (U_FAILURE(status))
      throw std::runtime_error("no ICU transliterator");
  }
  std::string operator()(const std::string& name) const {
    auto text = icu::UnicodeString::fromUTF8(name);
    transliterator_->transliterate(text);
    std::string latin;
    text.toUTF8String(latin);
    std::string key;
    for (char c : latin) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        key += c;
    }
    return key;
  }

 private:
  std::unique_ptr<icu::Transliterator> transliterator_;
};

TEST(Customers, DuplicatesAreFoundByTheirBlockingKeysAtTheRequestedShare) {
  auto* util = PhoneNumberUtil::GetInstance();
  const NameKey nameKey;
  const auto& rows = sampleRows();
  std::set<std::string> seen;
  std::size_t found = 0;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    std::vector<std::string> keys;
    for (const auto& email : split(row[kEmails]))
      keys.push_back("e:" + toLowerAscii(email));
    for (const auto& raw : split(row[kPhones])) {
      PhoneNumber parsed;
      util->Parse(raw, row[kCountry], &parsed);
      std::string e164;
      util->Format(parsed, PhoneNumberUtil::E164, &e164);
      keys.push_back("p:" + e164);
    }
    if (!row[kPostal].empty())
      keys.push_back("n:" + nameKey(row[kName]) + "|" + row[kPostal]);
    if (!row[kIdentityChannel].empty()) {
      keys.push_back("i:" + row[kIdentityChannel] + ":" + row[kIdentityId]);
    }
    bool duplicate = false;
    for (const auto& key : keys)
      duplicate = duplicate || seen.contains(key);
    found += duplicate;
    seen.insert(keys.begin(), keys.end());
  }
  const double share = static_cast<double>(found) / static_cast<double>(rows.size() - 1);
  EXPECT_NEAR(share, 0.05, 0.01);
}

TEST(Customers, GeneratorCountsDuplicatesAtTheRequestedShare) {
  for (const double requested : {0.0, 0.05, 0.2}) {
    CustomerOptions options;
    options.seed = 11;
    options.duplicateShare = requested;
    CustomerGenerator generator(options);
    std::map<DuplicateKind, int> kinds;
    for (int i = 0; i < 20'000; ++i)
      ++kinds[generator.next().duplicateKind];
    const double share = static_cast<double>(generator.stats().duplicates) / 20'000.0;
    EXPECT_NEAR(share, requested, 0.01);
    if (requested > 0) {
      for (const auto kind : {DuplicateKind::Full, DuplicateKind::Email, DuplicateKind::Phone,
                              DuplicateKind::NamePostal, DuplicateKind::Identity}) {
        EXPECT_GT(kinds[kind], 0) << static_cast<int>(kind);
      }
    }
  }
}

TEST(Customers, EmailsAreUniqueExceptInDuplicates) {
  CustomerGenerator generator(CustomerOptions{});
  std::set<std::string> emails;
  for (int i = 0; i < 20'000; ++i) {
    const auto& customer = generator.next();
    for (const auto& email : customer.emailList()) {
      const bool fresh = emails.insert(toLowerAscii(email)).second;
      if (customer.duplicateKind == DuplicateKind::None) {
        EXPECT_TRUE(fresh) << email;
      }
    }
  }
}

TEST(Customers, JsonLinesHaveTheApiShape) {
  const auto text = generate(2'000, 9, false);
  std::istringstream lines(text);
  std::string line;
  int count = 0;
  int withPhones = 0;
  Poco::JSON::Parser parser;
  while (std::getline(lines, line)) {
    ++count;
    const auto object = parser.parse(line).extract<Poco::JSON::Object::Ptr>();
    parser.reset();
    for (const auto* key : {"external_id", "kind", "name", "emails", "country", "language",
                            "currency", "source_channel", "addresses"}) {
      ASSERT_TRUE(object->has(key)) << key << " in " << line;
    }
    for (const auto* empty : {"company_name", "vat_id", "notes"}) {
      if (object->has(empty)) {
        EXPECT_FALSE(object->getValue<std::string>(empty).empty());
      }
    }
    const auto address = object->getArray("addresses")->getObject(0);
    EXPECT_TRUE(address->has("type") && address->has("line1") && address->has("city") &&
                address->has("country"));
    if (object->has("phones")) {
      ++withPhones;
      const auto phones = object->getArray("phones");
      ASSERT_GT(phones->size(), 0u);
      EXPECT_FALSE(phones->getObject(0)->getValue<std::string>("raw").empty());
    }
    if (object->has("identities")) {
      const auto identity = object->getArray("identities")->getObject(0);
      EXPECT_TRUE(identity->has("channel") && identity->has("external_id"));
    }
  }
  EXPECT_EQ(count, 2'000);
  EXPECT_GT(withPhones, 1'500);
}

TEST(Customers, ChannelIdentitiesHaveTheirChannelsShape) {
  for (std::size_t r = 1; r < sampleRows().size(); ++r) {
    const auto& row = sampleRows()[r];
    const auto& id = row[kIdentityId];
    if (row[kIdentityChannel] == "amazon") {
      EXPECT_TRUE(id.starts_with("amzn1.account.AF")) << id;
      EXPECT_EQ(id.size() - std::string_view("amzn1.account.").size(), 28u) << id;
    } else if (row[kIdentityChannel] == "shopify") {
      EXPECT_EQ(id.size(), 13u) << id;
      EXPECT_EQ(id.find_first_not_of("0123456789"), std::string::npos) << id;
    } else if (row[kIdentityChannel] == "web") {
      EXPECT_NE(id.find('@'), std::string::npos) << id;
    } else if (row[kIdentityChannel] == "ebay") {
      EXPECT_FALSE(id.empty());
    } else {
      EXPECT_EQ(row[kIdentityChannel], "");
      EXPECT_EQ(id, "");
    }
  }
}

}  // namespace
}  // namespace caravan::datagen
