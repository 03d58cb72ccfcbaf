// Quotes end to end: a basket priced for a store, a destination and a buyer, with the tax rule
// that applied, totals that reconcile in the order and the base currency, and the rates used.
// Prices, rates and tax data are real: the ECB's file of 2022-07-08 and the shipped VAT rates.
#include <caravan/testing/shared_data.hpp>

#include "http_fixture.hpp"

namespace caravan::testing {
namespace {

constexpr const char* kDate = "2022-07-08";

std::string idOf(const HttpResult& result) {
  EXPECT_EQ(result.status / 100, 2) << result.body;
  return str(result.json(), "id");
}

JsonObject line(const JsonObject& quote, unsigned index) {
  return quote->getArray("lines")->getObject(index);
}

/// Minor units of a decimal text with two decimals ("12.34" -> 1234).
long long cents(const std::string& amount) {
  const auto point = amount.find('.');
  EXPECT_NE(point, std::string::npos) << amount;
  return std::stoll(amount.substr(0, point)) * 100 + std::stoll(amount.substr(point + 1));
}

class QuotesTest : public HttpFixture {
 protected:
  void SetUp() override {
    HttpFixture::SetUp();
    owner_ = client(keyFor("Acme", "owner"));
    ASSERT_EQ(owner_
                  ->request("POST", "/api/v1/fx-rates/import",
                            readSharedData("ecb/eurofxref-daily.xml"), {}, "application/xml")
                  .status,
              200);
    const std::string entity = idOf(owner_->post("/api/v1/legal-entities", R"({
        "registered_name": "Nordwind Handels GmbH", "country": "DE",
        "registered_address": {"line1": "Hauptstr. 1", "postal_code": "10115", "city": "Berlin"},
        "vat_id": "DE136695976", "base_currency": "EUR"})"));
    store_ = idOf(owner_->post("/api/v1/stores", R"({"name": "Web shop", "channel": "web",
        "country": "DE", "currency": "EUR", "legal_entity_id": ")" +
                                                     entity + R"("})"));
    owner_->post("/api/v1/products", R"({"sku": "PAN-28", "name": "Cast iron pan"})");
    owner_->post("/api/v1/products",
                 R"({"sku": "BOOK-1", "name": "Cookbook", "tax_class": "reduced"})");
    const std::string shirt =
        idOf(owner_->post("/api/v1/products", R"({"sku": "SHIRT", "name": "Linen shirt"})"));
    idOf(owner_->post("/api/v1/products/" + shirt + "/variants",
                      R"({"sku": "SHIRT-RED-M", "attributes": {"color": "red", "size": "M"}})"));
    owner_->post("/api/v1/products", R"({"sku": "NO-PRICE", "name": "Unpriced"})");

    const std::string dach = idOf(owner_->post("/api/v1/price-lists", R"({"name": "DACH",
        "currency": "EUR", "prices_include_tax": true, "countries": ["DE", "AT"]})"));
    const std::string world = idOf(owner_->post("/api/v1/price-lists", R"({"name": "World",
        "currency": "EUR", "prices_include_tax": false, "default": true})"));
    const std::string uk = idOf(owner_->post("/api/v1/price-lists", R"({"name": "UK",
        "currency": "GBP", "prices_include_tax": true, "countries": ["GB"],
        "price_point": {"step": "1", "ending": "0.99"}})"));
    storePrices(dach, {{"PAN-28", "49.99"}, {"BOOK-1", "19.99"}, {"SHIRT", "25.00"}});
    storePrices(world, {{"PAN-28", "40.00"}, {"BOOK-1", "15.00"}, {"SHIRT", "20.00"}});
    storePrices(uk, {{"PAN-28", "44.99"}});
  }

  void storePrices(const std::string& list,
                   const std::vector<std::pair<std::string, std::string>>& prices) {
    std::string body = R"({"prices": [)";
    for (std::size_t i = 0; i < prices.size(); ++i) {
      body += (i ? "," : "") + std::string(R"({"sku": ")") + prices[i].first + R"(", "amount": ")" +
              prices[i].second + R"(", "valid_from": "2022-01-01"})";
    }
    ASSERT_EQ(owner_->post("/api/v1/price-lists/" + list + "/prices", body + "]}").status, 200);
  }

  HttpResult quote(const std::string& destination, const std::string& lines,
                   const std::string& extra = "", HttpClient* api = nullptr) {
    return (api ? *api : *owner_)
        .post("/api/v1/quotes", R"({"store_id": ")" + store_ + R"(", "date": ")" + kDate +
                                    R"(", "destination": )" + destination + R"(, "lines": )" +
                                    lines + (extra.empty() ? "" : ", " + extra) + "}");
  }

  JsonObject quoteOk(const std::string& destination, const std::string& lines,
                     const std::string& extra = "") {
    const auto result = quote(destination, lines, extra);
    EXPECT_EQ(result.status, 200) << result.body;
    return result.json();
  }

  /// Every line's and the totals' net + tax == gross, and the lines sum to the totals.
  static void expectReconciled(const JsonObject& quote) {
    long long net = 0, tax = 0, gross = 0;
    auto lines = quote->getArray("lines");
    for (unsigned i = 0; i < lines->size(); ++i) {
      const auto item = lines->getObject(i);
      EXPECT_EQ(cents(str(item, "net")) + cents(str(item, "tax")), cents(str(item, "gross")));
      net += cents(str(item, "net"));
      tax += cents(str(item, "tax"));
      gross += cents(str(item, "gross"));
    }
    if (!quote->isNull("shipping")) {
      const auto shipping = quote->getObject("shipping");
      net += cents(str(shipping, "net"));
      tax += cents(str(shipping, "tax"));
      gross += cents(str(shipping, "gross"));
    }
    const auto totals = quote->getObject("totals");
    EXPECT_EQ(cents(str(totals, "net")), net);
    EXPECT_EQ(cents(str(totals, "tax")), tax);
    EXPECT_EQ(cents(str(totals, "gross")), gross);
    const auto base = quote->getObject("base_totals");
    EXPECT_EQ(cents(str(base, "net")) + cents(str(base, "tax")), cents(str(base, "gross")));
  }

  std::unique_ptr<HttpClient> owner_;
  std::string store_;
};

TEST_F(QuotesTest, DomesticGrossPricesKeepTheirShelfPrice) {
  const auto quote =
      quoteOk(R"({"country": "DE"})",
              R"([{"sku": "PAN-28", "quantity": "2"}, {"sku": "book-1", "quantity": "1"},
                                 {"sku": "SHIRT-RED-M", "quantity": "1"}])",
              R"("shipping": "4.90")");
  const auto decision = quote->getObject("tax_decision");
  EXPECT_EQ(str(decision, "rule"), "domestic");
  EXPECT_EQ(str(decision, "charge_tax"), "true");
  EXPECT_EQ(str(decision, "tax_country"), "DE");
  EXPECT_EQ(str(quote, "currency"), "EUR");

  EXPECT_EQ(str(line(quote, 0), "gross"), "99.98");
  EXPECT_EQ(str(line(quote, 0), "tax"), "15.96");  // 99.98 * 19 / 119 = 15.963
  EXPECT_EQ(str(line(quote, 0), "net"), "84.02");
  EXPECT_EQ(str(line(quote, 1), "sku"), "BOOK-1") << "the catalogue's spelling";
  EXPECT_EQ(str(line(quote, 1), "tax_rate"), "0.07");
  EXPECT_EQ(str(line(quote, 1), "tax"), "1.31");  // 19.99 * 7 / 107 = 1.3078
  EXPECT_EQ(str(line(quote, 2), "priced_sku"), "SHIRT") << "a variant takes its product's price";
  EXPECT_EQ(str(line(quote, 2), "price_source"), "list");
  EXPECT_EQ(str(quote->getObject("shipping"), "tax"), "0.78");

  const auto totals = quote->getObject("totals");
  EXPECT_EQ(str(totals, "gross"), "149.87");
  EXPECT_EQ(str(totals, "tax"), "22.04");
  EXPECT_EQ(str(totals, "net"), "127.83");
  const auto base = quote->getObject("base_totals");
  EXPECT_EQ(str(base, "currency"), "EUR");
  EXPECT_EQ(str(base, "gross"), "149.87");
  EXPECT_EQ(str(base, "tax"), "22.04");
  const auto summary = quote->getArray("tax_summary");
  ASSERT_EQ(summary->size(), 2u);
  EXPECT_EQ(str(summary->getObject(0), "tax_class"), "reduced");
  EXPECT_EQ(str(summary->getObject(0), "net"), "18.68");
  EXPECT_EQ(str(summary->getObject(0), "tax"), "1.31");
  EXPECT_EQ(str(summary->getObject(1), "rate"), "0.19");
  EXPECT_EQ(str(summary->getObject(1), "net"), "109.15");
  EXPECT_EQ(str(summary->getObject(1), "tax"), "20.73");
  EXPECT_EQ(quote->getArray("exchange_rates_used")->size(), 0u);
  EXPECT_EQ(quote->getArray("tax_rates_used")->size(), 2u);
  expectReconciled(quote);
}

TEST_F(QuotesTest, AValidEuVatIdMakesItAReverseChargeAndAnInvalidOneDoesNot) {
  const auto b2b = quoteOk(R"({"country": "FR"})", R"([{"sku": "PAN-28", "quantity": "1"}])",
                           R"("buyer": {"vat_id": "FR 40 303265045"})");
  const auto decision = b2b->getObject("tax_decision");
  EXPECT_EQ(str(decision, "rule"), "eu_reverse_charge");
  EXPECT_EQ(str(decision, "charge_tax"), "false");
  EXPECT_NE(str(decision, "invoice_note"), "");
  EXPECT_EQ(str(decision->getObject("buyer_vat_id"), "normalized"), "FR40303265045");
  EXPECT_EQ(str(b2b, "price_list_id"), str(line(b2b, 0), "price_list_id"));
  EXPECT_EQ(str(b2b->getObject("totals"), "net"), "40.00") << "the default list's net price";
  EXPECT_EQ(str(b2b->getObject("totals"), "tax"), "0.00");
  EXPECT_EQ(str(b2b->getObject("totals"), "gross"), "40.00");

  const auto mistyped = quoteOk(R"({"country": "FR"})", R"([{"sku": "PAN-28", "quantity": "1"}])",
                                R"("buyer": {"vat_id": "FR41303265045"})");
  const auto refused = mistyped->getObject("tax_decision");
  EXPECT_EQ(str(refused, "rule"), "eu_b2b_invalid_vat_id");
  EXPECT_EQ(str(refused, "charge_tax"), "true");
  EXPECT_EQ(str(refused->getObject("buyer_vat_id"), "valid"), "false");
  EXPECT_EQ(str(refused->getObject("buyer_vat_id"), "error_code"), "invalid_check_digit");
  EXPECT_NE(str(mistyped->getObject("totals"), "tax"), "0.00");
  expectReconciled(mistyped);
}

TEST_F(QuotesTest, OssDestinationVatOnceTheSellerIsRegistered) {
  const auto origin = quoteOk(R"({"country": "FR"})", R"([{"sku": "BOOK-1", "quantity": "1"}])");
  EXPECT_EQ(str(origin->getObject("tax_decision"), "rule"), "eu_distance_sale_origin");
  EXPECT_EQ(str(line(origin, 0), "tax_rate"), "0.07") << "German VAT below the threshold";
  ASSERT_EQ(owner_
                ->request("PUT", "/api/v1/tax-settings",
                          R"({"oss_registered": true, "registered_countries": []})",
                          {{"If-Match", "\"0\""}})
                .status,
            200);
  const auto oss = quoteOk(R"({"country": "FR"})", R"([{"sku": "BOOK-1", "quantity": "1"}])");
  EXPECT_EQ(str(oss->getObject("tax_decision"), "rule"), "eu_distance_sale_oss");
  EXPECT_EQ(str(oss->getObject("tax_decision"), "tax_country"), "FR");
  EXPECT_EQ(str(line(oss, 0), "tax_rate"), "0.055") << "the French reduced rate";
  EXPECT_EQ(str(line(oss, 0), "tax"), "0.82");  // 15.00 * 0.055 = 0.825: half to even
  expectReconciled(oss);
}

TEST_F(QuotesTest, ConvertedPricesLandOnTheMarketsPricePointsAndTotalsConvertToBase) {
  ASSERT_EQ(owner_
                ->request("PUT", "/api/v1/tax-settings", R"({"registered_countries": ["GB"]})",
                          {{"If-Match", "\"0\""}})
                .status,
            200);
  const auto quote =
      quoteOk(R"({"country": "GB"})",
              R"([{"sku": "PAN-28", "quantity": "1"}, {"sku": "BOOK-1", "quantity": "1"}])");
  EXPECT_EQ(str(quote, "currency"), "GBP");
  EXPECT_EQ(str(quote, "base_currency"), "EUR");
  EXPECT_EQ(str(quote->getObject("tax_decision"), "rule"), "gb_low_value");
  EXPECT_EQ(str(line(quote, 0), "price_source"), "list");
  EXPECT_EQ(str(line(quote, 0), "unit_price"), "44.99");
  const auto book = line(quote, 1);
  EXPECT_EQ(str(book, "price_source"), "converted");
  // EUR 15.00 net at 0.84585 GBP = 12.69 net; with the UK's 5 % 13.32 gross; up to 13.99.
  EXPECT_EQ(str(book, "unit_price"), "13.99");
  EXPECT_EQ(str(book, "tax_rate"), "0.05");
  bool conversion = false, base = false;
  auto used = quote->getArray("exchange_rates_used");
  for (unsigned i = 0; i < used->size(); ++i) {
    const auto rate = used->getObject(i);
    conversion |= str(rate, "purpose") == "price_conversion" && str(rate, "from") == "EUR" &&
                  str(rate, "rate") == "0.84585" && str(rate, "rate_date") == kDate;
    base |= str(rate, "purpose") == "base_currency" && str(rate, "from") == "GBP" &&
            str(rate, "to") == "EUR";
  }
  EXPECT_TRUE(conversion) << toJson(used);
  EXPECT_TRUE(base) << toJson(used);
  expectReconciled(quote);
}

TEST_F(QuotesTest, UsSalesTaxOnlyWhereTheSellerHasNexus) {
  const auto none =
      quoteOk(R"({"country": "US", "region": "CA"})", R"([{"sku": "PAN-28", "quantity": "1"}])");
  EXPECT_EQ(str(none->getObject("tax_decision"), "rule"), "us_no_nexus");
  EXPECT_EQ(none->getArray("exchange_rates_used")->size(), 0u)
      << "the US has no low-value scheme: no rate is needed to decide";
  EXPECT_EQ(str(none->getObject("totals"), "tax"), "0.00");
  ASSERT_EQ(owner_
                ->post("/api/v1/tax-rates", R"({"country": "US", "region": "CA",
      "rate_class": "standard", "rate": "0.0725", "valid_from": "2022-01-01", "tax_name": "sales tax"})")
                .status,
            201);
  ASSERT_EQ(owner_
                ->request("PUT", "/api/v1/tax-settings", R"({"registered_countries": ["US-CA"]})",
                          {{"If-Match", "\"0\""}})
                .status,
            200);
  const auto taxed =
      quoteOk(R"({"country": "US", "region": "CA"})", R"([{"sku": "PAN-28", "quantity": "1"}])");
  EXPECT_EQ(str(taxed->getObject("tax_decision"), "rule"), "us_sales_tax");
  EXPECT_EQ(str(line(taxed, 0), "tax"), "2.90");
  EXPECT_EQ(str(taxed->getArray("tax_rates_used")->getObject(0), "source"), "tenant");
  expectReconciled(taxed);
}

TEST_F(QuotesTest, NegotiatedPricesReplaceTheMarketsAndNeedNoMarket) {
  const auto quote = quoteOk(R"({"country": "DE"})",
                             R"([{"sku": "PAN-28", "quantity": "10", "unit_price": "39.90"},
                                 {"sku": "PAN-28", "quantity": "1"}])");
  EXPECT_EQ(str(line(quote, 0), "price_source"), "manual");
  EXPECT_EQ(str(line(quote, 0), "price_list_id"), "<null>");
  EXPECT_EQ(str(line(quote, 0), "gross"), "399.00") << "in the market's terms: gross in DACH";
  EXPECT_EQ(str(line(quote, 1), "price_source"), "list");
  expectReconciled(quote);

  // Japan has no market (Globex has no default list either): quoted net, in the store's euros.
  auto globex = client(keyFor("Globex", "owner"));
  const std::string entity = idOf(globex->post("/api/v1/legal-entities", R"({
      "registered_name": "Globex KK", "country": "JP",
      "registered_address": {"line1": "1-1 Marunouchi", "postal_code": "100-0005", "city": "Tokyo"},
      "base_currency": "JPY"})"));
  const std::string store = idOf(globex->post("/api/v1/stores", R"({"name": "Tokyo", "channel":
      "web", "country": "JP", "currency": "JPY", "legal_entity_id": ")" +
                                                                    entity + R"("})"));
  globex->post("/api/v1/products", R"({"sku": "TEA", "name": "Sencha"})");
  const auto body = [&](const std::string& line) {
    return R"({"store_id": ")" + store + R"(", "date": "2022-07-08",
               "destination": {"country": "JP"}, "lines": [)" +
           line + "]}";
  };
  const auto priced = globex->post(
      "/api/v1/quotes", body(R"({"sku": "TEA", "quantity": "2", "unit_price": "1500"})"));
  ASSERT_EQ(priced.status, 200) << priced.body;
  EXPECT_EQ(str(priced.json(), "currency"), "JPY");
  EXPECT_EQ(str(priced.json()->getObject("tax_decision"), "rule"), "domestic");
  EXPECT_EQ(str(priced.json()->getObject("totals"), "gross"), "3300") << "3000 + 10 %";
  expectProblem(globex->post("/api/v1/quotes", body(R"({"sku": "TEA", "quantity": "1"})")), 422,
                "no_market");
  const auto fractional = globex->post(
      "/api/v1/quotes", body(R"({"sku": "TEA", "quantity": "1", "unit_price": "1.5"})"));
  EXPECT_EQ(
      errorCodes(expectProblem(fractional, 400, "validation_failed")).at("lines/0/unit_price"),
      "too_precise")
      << "yen have no decimals";
}

TEST_F(QuotesTest, ImportsIntoTheEuUseIossUpToEur150) {
  // A British seller with an IOSS number, selling in pounds to a German consumer.
  auto brit = client(keyFor("Albion", "owner"));
  ASSERT_EQ(brit->request("POST", "/api/v1/fx-rates/import",
                          readSharedData("ecb/eurofxref-daily.xml"), {}, "application/xml")
                .status,
            200);
  const std::string entity = idOf(brit->post("/api/v1/legal-entities", R"({
      "registered_name": "Albion Goods Ltd", "country": "GB",
      "registered_address": {"line1": "1 High St", "postal_code": "SW1A 1AA", "city": "London"},
      "base_currency": "GBP"})"));
  const std::string store = idOf(brit->post("/api/v1/stores", R"({"name": "UK shop", "channel":
      "web", "country": "GB", "currency": "GBP", "legal_entity_id": ")" +
                                                                  entity + R"("})"));
  brit->post("/api/v1/products", R"({"sku": "TEA", "name": "Breakfast tea"})");
  const std::string world = idOf(brit->post("/api/v1/price-lists", R"({"name": "World",
      "currency": "GBP", "prices_include_tax": false, "default": true})"));
  ASSERT_EQ(
      brit->post("/api/v1/price-lists/" + world + "/prices",
                 R"({"prices": [{"sku": "TEA", "amount": "40.00", "valid_from": "2022-01-01"}]})")
          .status,
      200);
  ASSERT_EQ(brit->request("PUT", "/api/v1/tax-settings", R"({"ioss_number": "IM3720000005"})",
                          {{"If-Match", "\"0\""}})
                .status,
            200);
  const auto basket = [&](const std::string& quantity) {
    return brit->post("/api/v1/quotes", R"({"store_id": ")" + store + R"(", "date": "2022-07-08",
        "destination": {"country": "DE"}, "lines": [{"sku": "TEA", "quantity": ")" +
                                            quantity + R"("}]})");
  };
  // GBP 120 = EUR 141.87 at 0.84585: within IOSS, German VAT on the invoice.
  const auto small = basket("3");
  ASSERT_EQ(small.status, 200) << small.body;
  EXPECT_EQ(str(small.json()->getObject("tax_decision"), "rule"), "eu_ioss");
  EXPECT_EQ(str(small.json()->getObject("tax_decision"), "tax_country"), "DE");
  EXPECT_EQ(str(small.json()->getObject("totals"), "tax"), "22.80");
  bool threshold = false;
  auto used = small.json()->getArray("exchange_rates_used");
  for (unsigned i = 0; i < used->size(); ++i)
    threshold |= str(used->getObject(i), "purpose") == "eur_threshold";
  EXPECT_TRUE(threshold) << toJson(used);
  // GBP 160 = EUR 189.16: above EUR 150, import VAT is paid at the border, not invoiced.
  const auto large = basket("4");
  ASSERT_EQ(large.status, 200) << large.body;
  EXPECT_EQ(str(large.json()->getObject("tax_decision"), "rule"), "eu_import_vat_at_border");
  EXPECT_EQ(str(large.json()->getObject("totals"), "tax"), "0.00");
}

TEST_F(QuotesTest, BadBasketsNameEveryLine) {
  const auto malformed =
      owner_->post("/api/v1/quotes",
                   R"({"store_id": "shop", "destination": {"country": "XX"}, "date": "2022-02-30",
          "lines": [{"sku": "PAN-28", "quantity": "0"}, {"quantity": "1.5"}, {"sku": "A", "quantity": 2}],
          "coupon": "X"})");
  const auto codes = errorCodes(expectProblem(malformed, 400, "validation_failed"));
  EXPECT_EQ(codes.at("store_id"), "invalid_id") << malformed.body;
  EXPECT_EQ(codes.at("destination/country"), "unknown_country") << malformed.body;
  EXPECT_EQ(codes.at("date"), "invalid_date") << malformed.body;
  EXPECT_EQ(codes.at("lines/0/quantity"), "not_positive") << malformed.body;
  EXPECT_EQ(codes.at("lines/1/sku"), "required") << malformed.body;
  EXPECT_TRUE(codes.count("lines/2/quantity")) << "a number, not a decimal string";
  EXPECT_EQ(codes.at("coupon"), "unknown_field") << malformed.body;

  const auto unknown =
      quote(R"({"country": "DE"})",
            R"([{"sku": "PAN-28", "quantity": "1"}, {"sku": "GHOST", "quantity": "1"},
                                 {"sku": "ALSO-GHOST", "quantity": "1"}])");
  const auto unknownCodes = errorCodes(expectProblem(unknown, 400, "validation_failed"));
  EXPECT_EQ(unknownCodes.at("lines/1/sku"), "unknown_sku");
  EXPECT_EQ(unknownCodes.at("lines/2/sku"), "unknown_sku");
  EXPECT_EQ(unknownCodes.count("lines/0/sku"), 0u);

  const auto unpriced = quote(R"({"country": "DE"})", R"([{"sku": "NO-PRICE", "quantity": "1"}])");
  EXPECT_EQ(errorCodes(expectProblem(unpriced, 400, "validation_failed")).at("lines/0/sku"),
            "no_price");
  // Converting into pounds needs the rate of the day, and Saturday has none.
  const auto saturday =
      owner_->post("/api/v1/quotes", R"({"store_id": ")" + store_ + R"(", "date": "2022-07-09",
          "destination": {"country": "GB"}, "lines": [{"sku": "BOOK-1", "quantity": "1"}]})");
  expectProblem(saturday, 422, "no_rate");
}

TEST_F(QuotesTest, AnotherTenantsStoreIsUnknownAndAuditorsCannotQuote) {
  auto globex = client(keyFor("Globex", "owner"));
  const auto foreign =
      quote(R"({"country": "DE"})", R"([{"sku": "PAN-28", "quantity": "1"}])", "", globex.get());
  EXPECT_EQ(errorCodes(expectProblem(foreign, 400, "validation_failed")).at("store_id"),
            "not_found");
  auto sales = client(keyFor("Acme", "sales"));
  EXPECT_EQ(
      quote(R"({"country": "DE"})", R"([{"sku": "PAN-28", "quantity": "1"}])", "", sales.get())
          .status,
      200);
  auto auditor = client(keyFor("Acme", "auditor"));
  expectProblem(
      quote(R"({"country": "DE"})", R"([{"sku": "PAN-28", "quantity": "1"}])", "", auditor.get()),
      403, "forbidden");
}

TEST_F(QuotesTest, ASavedQuoteIsNeverRepricedByALaterRate) {
  const std::string basket = R"([{"sku": "BOOK-1", "quantity": "3"}])";
  const auto saved = quote(R"({"country": "GB"})", basket, R"("save": true)");
  ASSERT_EQ(saved.status, 201) << saved.body;
  const std::string id = str(saved.json(), "id");
  EXPECT_EQ(saved.header("Location"), "/api/v1/quotes/" + id);
  const std::string price = str(line(saved.json(), 0), "unit_price");

  // The ECB corrects its pound rate for that day: a new quote uses it, the saved one does not.
  ASSERT_EQ(owner_
                ->request("POST", "/api/v1/fx-rates/import",
                          "Date, GBP, \n08 July 2022, 0.95000, \n", {}, "text/csv")
                .status,
            200);
  const auto fresh = quoteOk(R"({"country": "GB"})", basket);
  EXPECT_NE(str(line(fresh, 0), "unit_price"), price);
  const auto stored = owner_->get("/api/v1/quotes/" + id);
  ASSERT_EQ(stored.status, 200) << stored.body;
  EXPECT_EQ(stored.body, saved.body) << "served exactly as it was answered";

  // Only the saved quote is in the audit log: pricing a basket changes nothing.
  std::size_t audited = 0;
  for (const auto& entry : auditEntries(*owner_))
    audited += str(entry, "action") == "pricing.quotes.create";
  EXPECT_EQ(audited, 1u);

  const auto list = owner_->get("/api/v1/quotes?store_id=" + store_);
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_EQ(itemIds(list.json()), std::vector<std::string>{id});
  auto globex = client(keyFor("Globex", "owner"));
  expectProblem(globex->get("/api/v1/quotes/" + id), 404, "not_found");
}

TEST_F(QuotesTest, PriceLookupSaysWhereEachPriceCameFrom) {
  const auto result =
      owner_->get("/api/v1/prices?sku=PAN-28,book-1,GHOST&country=GB&at=2022-07-08");
  ASSERT_EQ(result.status, 200) << result.body;
  const auto body = result.json();
  EXPECT_EQ(str(body, "currency"), "GBP");
  auto items = body->getArray("items");
  ASSERT_EQ(items->size(), 2u) << result.body;
  EXPECT_EQ(str(items->getObject(0), "source"), "list");
  EXPECT_EQ(str(items->getObject(1), "sku"), "BOOK-1");
  EXPECT_EQ(str(items->getObject(1), "source"), "converted");
  EXPECT_EQ(str(items->getObject(1)->getObject("conversion"), "source_amount"), "15.00");
  EXPECT_EQ(toJson(body->getArray("missing")), R"(["GHOST"])");
  expectProblem(owner_->get("/api/v1/prices?country=ZZ"), 400, "validation_failed");
}

}  // namespace
}  // namespace caravan::testing
