// Every rule of decide(), one sale each, and the edges between them (thresholds, Northern
// Ireland, VAT ids of the wrong country).
#include <gtest/gtest.h>

#include <caravan/tax/tax.hpp>

using namespace caravan;
using namespace caravan::tax;

namespace {

money::Money eur(const char* amount) {
  return money::Money::parse(amount, money::Currency::of("EUR"));
}

money::Money local(const char* amount, const char* currency) {
  return money::Money::parse(amount, money::Currency::of(currency));
}

/// A German seller shipping from Germany on 2025-03-01; tests change what they are about.
SaleContext sale(const std::string& destination, const std::string& region = "") {
  SaleContext s;
  s.date = "2025-03-01";
  s.sellerCountry = "DE";
  s.shipFromCountry = "DE";
  s.destinationCountry = destination;
  s.destinationRegion = region;
  s.consignmentValueEur = eur("80.00");
  return s;
}

const char* kValidFrenchId = "FR40303265045";
const char* kValidGbId = "GB980780684";

}  // namespace

TEST(Decide, DomesticSalesChargeTheSellersCountryEvenToBusinesses) {
  auto s = sale("DE");
  s.buyerIsBusiness = true;
  s.buyerVatId = "DE136695976";
  const auto d = decide(s);
  EXPECT_EQ(d.rule, "domestic");
  EXPECT_TRUE(d.chargeTax);
  EXPECT_EQ(d.taxCountry, "DE");
  ASSERT_TRUE(d.buyerVatId);
  EXPECT_TRUE(d.buyerVatId->valid);
}

TEST(Decide, AboveTheThresholdOrInOssEuDistanceSalesTakeTheDestinationsVat) {
  auto s = sale("FR");
  s.settings.euDistanceSalesAboveThreshold = true;
  auto d = decide(s);
  EXPECT_EQ(d.rule, "eu_distance_sale_oss");
  EXPECT_TRUE(d.chargeTax);
  EXPECT_EQ(d.taxCountry, "FR");

  s.settings.euDistanceSalesAboveThreshold = false;
  s.settings.ossRegistered = true;  // opted in below the threshold
  EXPECT_EQ(decide(s).rule, "eu_distance_sale_oss");
}

TEST(Decide, BelowTheThresholdEuDistanceSalesTakeTheSellersVat) {
  const auto d = decide(sale("FR"));
  EXPECT_EQ(d.rule, "eu_distance_sale_origin");
  EXPECT_TRUE(d.chargeTax);
  EXPECT_EQ(d.taxCountry, "DE");
  EXPECT_FALSE(d.buyerVatId);
}

TEST(Decide, TheThresholdHelpsOnlyASellerShippingFromItsOwnMemberState) {
  auto s = sale("FR");
  s.shipFromCountry = "PL";  // a German seller's Polish warehouse
  EXPECT_EQ(decide(s).rule, "eu_distance_sale_oss");
  EXPECT_EQ(decide(s).taxCountry, "FR");
  s.sellerCountry = "US";  // a seller from outside the EU with stock in the EU
  EXPECT_EQ(decide(s).rule, "eu_distance_sale_oss");
}

TEST(Decide, EuBusinessWithAValidIdOfTheDestinationIsReverseCharged) {
  auto s = sale("FR");
  s.buyerIsBusiness = true;
  s.buyerVatId = "FR 40 303 265 045";
  const auto d = decide(s);
  EXPECT_EQ(d.rule, "eu_reverse_charge");
  EXPECT_FALSE(d.chargeTax);
  EXPECT_EQ(d.taxCountry, "");
  EXPECT_NE(d.invoiceNote.find("Article 138"), std::string::npos) << d.invoiceNote;
  EXPECT_NE(d.invoiceNote.find("Article 196"), std::string::npos) << d.invoiceNote;
  EXPECT_NE(d.invoiceNote.find("2006/112/EC"), std::string::npos) << d.invoiceNote;
  ASSERT_TRUE(d.buyerVatId);
  EXPECT_EQ(d.buyerVatId->normalized, kValidFrenchId);
}

TEST(Decide, AFailedOrForeignVatIdIsTaxedAsAConsumer) {
  auto s = sale("FR");
  s.buyerIsBusiness = true;
  s.buyerVatId = "FR40303265046";  // mistyped
  auto d = decide(s);
  EXPECT_EQ(d.rule, "eu_b2b_invalid_vat_id");
  EXPECT_TRUE(d.chargeTax);
  EXPECT_EQ(d.taxCountry, "DE") << "below the threshold: the seller's VAT, as for a consumer";
  ASSERT_TRUE(d.buyerVatId);
  EXPECT_FALSE(d.buyerVatId->valid);
  EXPECT_EQ(d.buyerVatId->errorCode, "invalid_check_digit");

  s.settings.ossRegistered = true;
  s.buyerVatId = "DE136695976";  // valid, but not of the destination
  d = decide(s);
  EXPECT_EQ(d.rule, "eu_b2b_invalid_vat_id");
  EXPECT_EQ(d.taxCountry, "FR");
}

TEST(Decide, GreekIdsCarryElAndCountForGreece) {
  auto s = sale("GR");
  s.buyerIsBusiness = true;
  s.buyerVatId = "EL094259216";
  EXPECT_EQ(decide(s).rule, "eu_reverse_charge");
}

TEST(Decide, NorthernIrelandIsInTheEuForGoodsWithUkRates) {
  auto s = sale("XI");
  s.settings.ossRegistered = true;
  auto d = decide(s);
  EXPECT_EQ(d.rule, "eu_distance_sale_oss");
  EXPECT_EQ(d.taxCountry, "GB");

  s = sale("GB", "NIR");  // the same place written as a region
  s.buyerVatId = "XI980780684";
  EXPECT_EQ(decide(s).rule, "eu_reverse_charge");
  s.buyerVatId = kValidGbId;  // a GB id is no EU VAT id
  EXPECT_EQ(decide(s).rule, "eu_b2b_invalid_vat_id");

  s = sale("GB", "NIR");
  s.sellerCountry = s.shipFromCountry = "GB";  // Great Britain to Northern Ireland: one VAT country
  EXPECT_EQ(decide(s).rule, "domestic");
  EXPECT_EQ(decide(s).taxCountry, "GB");
}

TEST(Decide, EuExportsAreZeroRated) {
  const auto d = decide(sale("US", ""));
  EXPECT_EQ(d.rule, "us_no_nexus");
  auto s = sale("BR");
  const auto exported = decide(s);
  EXPECT_EQ(exported.rule, "export_zero_rated");
  EXPECT_FALSE(exported.chargeTax);
  EXPECT_NE(exported.invoiceNote.find("Article 146"), std::string::npos);
  s = sale("CH");  // not registered there
  EXPECT_EQ(decide(s).rule, "export_zero_rated");
}

TEST(Decide, ImportsIntoTheEuUseIossUpTo150Euro) {
  auto s = sale("FR");
  s.sellerCountry = s.shipFromCountry = "CN";
  s.settings.iossNumber = "IM1560000001";
  s.consignmentValueEur = eur("150.00");
  auto d = decide(s);
  EXPECT_EQ(d.rule, "eu_ioss");
  EXPECT_TRUE(d.chargeTax);
  EXPECT_EQ(d.taxCountry, "FR");

  s.consignmentValueEur = eur("150.01");
  d = decide(s);
  EXPECT_EQ(d.rule, "eu_import_vat_at_border");
  EXPECT_FALSE(d.chargeTax);
  EXPECT_FALSE(d.invoiceNote.empty());

  s.consignmentValueEur = eur("20.00");
  s.settings.iossNumber.reset();
  EXPECT_EQ(decide(s).rule, "eu_import_vat_at_border");

  s = sale("FR");
  s.sellerCountry = "DE";
  s.shipFromCountry = "GB";  // goods from Great Britain are imports too
  s.settings.iossNumber = "IM2760000005";
  EXPECT_EQ(decide(s).rule, "eu_ioss");
}

TEST(Decide, GreatBritainLowValueNeedsRegistrationAndAtMost135Pounds) {
  auto s = sale("GB");
  s.consignmentValueLocal = local("135.00", "GBP");
  EXPECT_EQ(decide(s).rule, "export_zero_rated") << "not registered in GB";
  s.settings.registeredCountries = {"GB"};
  auto d = decide(s);
  EXPECT_EQ(d.rule, "gb_low_value");
  EXPECT_TRUE(d.chargeTax);
  EXPECT_EQ(d.taxCountry, "GB");

  s.consignmentValueLocal = local("135.01", "GBP");
  EXPECT_EQ(decide(s).rule, "export_zero_rated") << "import VAT at the border";

  s.consignmentValueLocal = local("40.00", "GBP");
  s.buyerIsBusiness = true;
  s.buyerVatId = "GB 980 7806 84";
  d = decide(s);
  EXPECT_EQ(d.rule, "gb_reverse_charge");
  EXPECT_FALSE(d.chargeTax);
  EXPECT_NE(d.invoiceNote.find("HMRC"), std::string::npos);

  s.buyerVatId = "GB980780685";  // mistyped: a consumer's sale
  EXPECT_EQ(decide(s).rule, "gb_low_value");
}

TEST(Decide, ThresholdsInTheWrongCurrencyAreRefused) {
  auto s = sale("GB");
  s.settings.registeredCountries = {"GB"};
  s.consignmentValueLocal = eur("10.00");
  EXPECT_THROW(decide(s), money::CurrencyMismatch);
}

TEST(Decide, NorwayAustraliaNewZealandSingaporeLowValueSchemes) {
  struct Case {
    const char* country;
    const char* rule;
    const char* currency;
    const char* limit;
    const char* above;
  };
  for (const Case& c : {Case{"NO", "no_voec", "NOK", "3000.00", "3000.01"},
                        Case{"AU", "au_low_value", "AUD", "1000.00", "1000.01"},
                        Case{"NZ", "nz_low_value", "NZD", "1000.00", "1000.01"},
                        Case{"SG", "sg_low_value", "SGD", "400.00", "400.01"}}) {
    SCOPED_TRACE(c.country);
    auto s = sale(c.country);
    s.consignmentValueLocal = local(c.limit, c.currency);
    EXPECT_EQ(decide(s).rule, "export_zero_rated") << "not registered";
    s.settings.registeredCountries = {c.country};
    const auto d = decide(s);
    EXPECT_EQ(d.rule, c.rule);
    EXPECT_TRUE(d.chargeTax);
    EXPECT_EQ(d.taxCountry, c.country);
    s.consignmentValueLocal = local(c.above, c.currency);
    EXPECT_EQ(decide(s).rule, "export_zero_rated");
    s.consignmentValueLocal = local(c.limit, c.currency);
    s.buyerIsBusiness = true;  // the schemes cover consumers only
    EXPECT_EQ(decide(s).rule, "export_zero_rated");
  }
}

TEST(Decide, SwitzerlandCanadaJapanChargeWhenRegistered) {
  auto s = sale("CH");
  s.settings.registeredCountries = {"CH", "CA", "JP"};
  EXPECT_EQ(decide(s).rule, "ch_registered");
  EXPECT_EQ(decide(s).taxCountry, "CH");
  s = sale("CA", "ON");
  s.settings.registeredCountries = {"CA"};
  const auto d = decide(s);
  EXPECT_EQ(d.rule, "ca_gst_hst");
  EXPECT_EQ(d.taxCountry, "CA");
  EXPECT_EQ(d.taxRegion, "ON");
  s = sale("JP");
  s.settings.registeredCountries = {"JP"};
  EXPECT_EQ(decide(s).rule, "jp_registered");
  s.settings.registeredCountries = {};
  EXPECT_EQ(decide(s).rule, "export_zero_rated");
}

namespace {
class FakeSalesTax : public SalesTaxProvider {
 public:
  explicit FakeSalesTax(bool hasRate) : hasRate_(hasRate) {}
  RateSet salesTaxRates(const std::string& state, const std::string&) override {
    asked = state;
    if (!hasRate_)
      return RateSet();
    TaxRate rate;
    rate.country = "US";
    rate.region = state;
    rate.rateClass = "standard";
    rate.rate = money::Decimal::parse("0.0725");
    rate.validFrom = "2024-01-01";
    rate.taxName = "sales tax";
    rate.source = "tenant";
    return RateSet({rate});
  }
  std::string asked;

 private:
  bool hasRate_;
};
}  // namespace

TEST(Decide, UsSalesTaxOnlyWithNexusAndARate) {
  auto s = sale("US", "CA");
  s.sellerCountry = s.shipFromCountry = "US";
  EXPECT_EQ(decide(s).rule, "us_no_nexus");
  EXPECT_FALSE(decide(s).chargeTax);
  s.settings.registeredCountries = {"US-NY"};
  EXPECT_EQ(decide(s).rule, "us_no_nexus") << "nexus in another state";
  s.settings.registeredCountries = {"US-CA"};
  auto d = decide(s);
  EXPECT_EQ(d.rule, "us_sales_tax");
  EXPECT_EQ(d.taxCountry, "US");
  EXPECT_EQ(d.taxRegion, "CA");

  FakeSalesTax withRate(true);
  EXPECT_EQ(decide(s, withRate).rule, "us_sales_tax");
  EXPECT_EQ(withRate.asked, "CA");
  FakeSalesTax withoutRate(false);
  d = decide(s, withoutRate);
  EXPECT_EQ(d.rule, "us_no_nexus");
  EXPECT_FALSE(d.chargeTax);
}

TEST(Decide, RefusesAnIncompleteSale) {
  SaleContext s;
  EXPECT_THROW(decide(s), std::invalid_argument);
}
