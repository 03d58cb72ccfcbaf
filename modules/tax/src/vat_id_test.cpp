// VAT id checks against real ids published as examples (python-stdnum's documentation, HMRC,
// the Swiss UID register), and the same ids mistyped, which must fail.
#include <gtest/gtest.h>

#include <caravan/tax/tax.hpp>

using caravan::tax::checkVatId;

namespace {

struct Known {
  const char* given;
  const char* normalized;
  const char* country;
};

const Known kValid[] = {
    {"AT U13585627", "ATU13585627", "AT"},
    {"BE 428759497", "BE0428759497", "BE"},  // the old nine-digit form gains its 0
    {"BE0403019261", "BE0403019261", "BE"},
    {"BG 175 074 752", "BG175074752", "BG"},
    {"CY-10259033P", "CY10259033P", "CY"},
    {"CZ 25123891", "CZ25123891", "CZ"},
    {"CZ7103192745", "CZ7103192745", "CZ"},  // a birth number
    {"CZ640903926", "CZ640903926", "CZ"},    // a person without one
    {"DE 136,695 976", "DE136695976", "DE"},
    {"DK 13585628", "DK13585628", "DK"},
    {"EE 100 931 558", "EE100931558", "EE"},
    {"EE100594102", "EE100594102", "EE"},
    {"EL 094259216", "EL094259216", "GR"},
    {"GR 094259216", "EL094259216", "GR"},  // Greece's ISO code, rewritten to its VAT prefix
    {"ES B-58378431", "ESB58378431", "ES"},
    {"ESB64717838", "ESB64717838", "ES"},
    {"ES54362315K", "ES54362315K", "ES"},     // resident (DNI)
    {"ES X-5253868-R", "ESX5253868R", "ES"},  // foreigner (NIE)
    {"ESM1234567L", "ESM1234567L", "ES"},
    {"FI 20774740", "FI20774740", "FI"},
    {"Fr 40 303 265 045", "FR40303265045", "FR"},
    {"FR23334175221", "FR23334175221", "FR"},
    {"FRK7399859412", "FRK7399859412", "FR"},  // alphanumeric key
    {"FR4Z123456782", "FR4Z123456782", "FR"},
    {"HR 33392005961", "HR33392005961", "HR"},
    {"HU-12892312", "HU12892312", "HU"},
    {"IE 6433435F", "IE6433435F", "IE"},
    {"IE 6433435OA", "IE6433435OA", "IE"},  // 2013 form, two letters
    {"IE8D79739I", "IE8D79739I", "IE"},     // old form, letter in second place
    {"IT 00743110157", "IT00743110157", "IT"},
    {"LT 119511515", "LT119511515", "LT"},
    {"LT 100001919017", "LT100001919017", "LT"},
    {"LT100004801610", "LT100004801610", "LT"},  // second round of the check
    {"LU 150 274 42", "LU15027442", "LU"},
    {"LV 4000 3521 600", "LV40003521600", "LV"},
    {"LV161175-19997", "LV16117519997", "LV"},  // a person
    {"MT 1167-9112", "MT11679112", "MT"},
    {"NL004495445B01", "NL004495445B01", "NL"},
    {"NL002455799B11", "NL002455799B11", "NL"},  // MOD 97-10, issued since 2020
    {"PL 8567346215", "PL8567346215", "PL"},
    {"PT 501 964 843", "PT501964843", "PT"},
    {"RO 185 472 90", "RO18547290", "RO"},
    {"SE 123456789701", "SE123456789701", "SE"},
    {"SI 5022 3054", "SI50223054", "SI"},
    {"SK 202 274 96 19", "SK2022749619", "SK"},
    {"GB 980 7806 84", "GB980780684", "GB"},
    {"GB980780684001", "GB980780684001", "GB"},  // with a branch number
    {"GBGD001", "GBGD001", "GB"},                // a government department
    {"GBHA500", "GBHA500", "GB"},                // a health authority
    {"XI 980 7806 84", "XI980780684", "GB"},     // Northern Ireland
    {"NO 995 525 828 MVA", "NO995525828MVA", "NO"},
    {"CHE-107.787.577 IVA", "CHE107787577IVA", "CH"},
    {"CHE-107.787.577", "CHE107787577", "CH"},  // the suffix is optional
    {"che107787577mwst", "CHE107787577MWST", "CH"},
};

// The same companies mistyped in one digit (python-stdnum's counter-examples and ours).
const char* const kBadCheckDigit[] = {
    "ATU13585626",     "BE0403019262",   "BG175074751",   "CY10259033Z",   "CZ25123890",
    "DE136695978",     "DK13585627",     "EE100594103",   "EL123456781",   "ESB64717839",
    "FI20774741",      "FR84323140391",  "HR33392005962", "HU12892313",    "IE6433435E",
    "IT00743110158",   "LT100001919018", "LU15027443",    "LV40003521601", "MT11679113",
    "NL123456789B90",  "PL8567346216",   "PT501964842",   "RO18547291",    "SE123456789101",
    "SI50223055",      "SK2022749618",   "GB802311781",   "XI802311781",   "NO995525829MVA",
    "CHE107787578IVA",
};

}  // namespace

TEST(VatIdCheck, AcceptsPublishedIdsOfEveryCountry) {
  for (const auto& known : kValid) {
    const auto check = checkVatId(known.given);
    EXPECT_TRUE(check.valid) << known.given << ": " << check.errorCode << " " << check.errorMessage;
    EXPECT_EQ(check.normalized, known.normalized) << known.given;
    EXPECT_EQ(check.country, known.country) << known.given;
    EXPECT_EQ(check.errorCode, "") << known.given;
  }
}

TEST(VatIdCheck, RefusesMistypedCheckDigits) {
  for (const char* id : kBadCheckDigit) {
    const auto check = checkVatId(id);
    EXPECT_FALSE(check.valid) << id;
    EXPECT_EQ(check.errorCode, "invalid_check_digit") << id << ": " << check.errorMessage;
  }
}

TEST(VatIdCheck, ChangingTheLastDigitOfAValidIdBreaksIt) {
  for (const auto& known : kValid) {
    std::string id = known.normalized;
    // The last digit (Irish and Cypriot ids end in letters; Swiss and Norwegian in suffixes).
    const auto at = id.find_last_of("0123456789");
    if (at == std::string::npos || at + 1 != id.size())
      continue;
    if (std::string(known.normalized).rfind("CZ7", 0) == 0 ||
        std::string(known.normalized).rfind("GBGD", 0) == 0 ||
        std::string(known.normalized) == "NL004495445B01" ||
        std::string(known.normalized).rfind("GBHA", 0) == 0 ||
        std::string(known.normalized) == "GB980780684001") {
      continue;  // birth numbers may stay a valid date; branch and BSN suffixes and GD/HA are
                 // unchecked
    }
    id[at] = static_cast<char>('0' + (id[at] - '0' + 1) % 10);
    EXPECT_FALSE(checkVatId(id).valid) << known.normalized << " -> " << id;
  }
}

TEST(VatIdCheck, NamesFormatErrors) {
  for (const char* id : {"",
                         "DE",
                         "123456789",
                         "DE12345678",
                         "DE1234567890",
                         "DE0123456789",
                         "ATX13585627",
                         "NL004495445C01",
                         "NO995525828",
                         "CHE10778757",
                         "CHE107787577XYZ",
                         "GBHA499",
                         "GBGD500",
                         "ESI64717838",
                         "IT00000000000",
                         "BE2403019261",
                         "SE123456789702",
                         "LT119511525",
                         "FRIO334175221",
                         "EL12345678901",
                         "RO0123",
                         "CZ91234567",
                         "LV161375-19997"}) {
    const auto check = checkVatId(id);
    EXPECT_FALSE(check.valid) << id;
    EXPECT_EQ(check.errorCode, "invalid_format") << "\"" << id << "\": " << check.errorMessage;
    EXPECT_FALSE(check.errorMessage.empty()) << id;
  }
}

TEST(VatIdCheck, SaysWhichCountriesItCannotCheck) {
  for (const char* id : {"US123456789", "AU51824753556", "JPT1234567890123"}) {
    const auto check = checkVatId(id);
    EXPECT_FALSE(check.valid) << id;
    EXPECT_EQ(check.errorCode, "unsupported_country") << id;
  }
}
