#include "quote_lines.hpp"

#include <gtest/gtest.h>

#include <random>

namespace caravan::pricing {
namespace {

using money::Currency;
using money::Decimal;
using money::Money;

LineInput line(const char* unit, const char* currency, bool gross, const char* quantity,
               std::optional<const char*> charged, const char* included = "0") {
  const auto code = Currency::of(currency);
  return LineInput{Money::parse(unit, code),
                   gross,
                   Decimal::parse(quantity),
                   "standard",
                   charged ? std::optional(Decimal::parse(*charged)) : std::nullopt,
                   Decimal::parse(included)};
}

TEST(QuoteLines, NetPriceGetsTaxOnTop) {
  const auto priced = priceLine(line("10.00", "EUR", false, "3", "0.19"));
  EXPECT_EQ(priced.net.toString(), "30.00");
  EXPECT_EQ(priced.tax.toString(), "5.70");
  EXPECT_EQ(priced.gross.toString(), "35.70");
  EXPECT_EQ(priced.rate.toString(), "0.19");
}

TEST(QuoteLines, GrossPriceKeepsItsShelfPrice) {
  // 19.99 incl. 19 %: tax 19.99 * 0.19 / 1.19 = 3.1917 -> 3.19.
  const auto priced = priceLine(line("19.99", "EUR", true, "1", "0.19", "0.19"));
  EXPECT_EQ(priced.gross.toString(), "19.99");
  EXPECT_EQ(priced.tax.toString(), "3.19");
  EXPECT_EQ(priced.net.toString(), "16.80");
  // Charged at another rate than the shelf price was made for (seller-country VAT below the OSS
  // threshold): the consumer still pays the shelf price.
  const auto origin = priceLine(line("19.99", "EUR", true, "1", "0.20", "0.19"));
  EXPECT_EQ(origin.gross.toString(), "19.99");
  EXPECT_EQ(origin.tax.toString(), "3.33");
}

TEST(QuoteLines, GrossPriceWithoutTaxLosesTheIncludedTax) {
  // Exported, or reverse-charged: the 19 % inside the gross price is taken out.
  const auto priced = priceLine(line("119.00", "EUR", true, "2", std::nullopt, "0.19"));
  EXPECT_EQ(priced.net.toString(), "200.00");
  EXPECT_EQ(priced.tax.toString(), "0.00");
  EXPECT_EQ(priced.gross.toString(), "200.00");
  const auto net = priceLine(line("50.00", "EUR", false, "2", std::nullopt, "0.19"));
  EXPECT_EQ(net.gross.toString(), "100.00");
}

TEST(QuoteLines, FractionalQuantitiesRoundOnceAtTheLine) {
  const auto priced = priceLine(line("3.99", "EUR", false, "1.255", "0.07"));
  EXPECT_EQ(priced.net.toString(), "5.01");  // 5.00745
  EXPECT_EQ(priced.tax.toString(), "0.35");  // 0.3507
  const auto yen = priceLine(line("1280", "JPY", true, "3", "0.10", "0.10"));
  EXPECT_EQ(yen.gross.toString(), "3840");
  EXPECT_EQ(yen.tax.toString(), "349");  // 3840 / 11 = 349.09
}

TEST(QuoteLines, BreakdownGroupsByClassAndRate) {
  const auto eur = Currency::of("EUR");
  std::vector<PricedLine> lines{priceLine(line("10.00", "EUR", false, "1", "0.19")),
                                priceLine(line("5.00", "EUR", false, "1", "0.07")),
                                priceLine(line("2.50", "EUR", false, "2", "0.19"))};
  const auto totals = sumLines(eur, lines, {"standard", "reduced", "standard"});
  EXPECT_EQ(totals.net.toString(), "20.00");
  EXPECT_EQ(totals.tax.toString(), "3.20");
  EXPECT_EQ(totals.gross.toString(), "23.20");
  ASSERT_EQ(totals.byRate.size(), 2u);
  EXPECT_EQ(totals.byRate[0].taxClass, "reduced");
  EXPECT_EQ(totals.byRate[0].tax.toString(), "0.35");
  EXPECT_EQ(totals.byRate[1].net.toString(), "15.00");
  EXPECT_EQ(totals.byRate[1].tax.toString(), "2.85");
}

// Property (fixed seed): for random baskets in currencies with 0, 2 and 3 minor units, net, gross
// or untaxed, every line and the totals reconcile exactly, the breakdown sums to the totals, and
// the totals converted to another currency reconcile too.
TEST(QuoteLines, TotalsReconcile) {
  std::mt19937_64 random(20261123);
  const char* currencies[] = {"EUR", "JPY", "KWD", "CHF"};
  const char* rates[] = {"0", "0.05", "0.07", "0.19", "0.2", "0.255", "0.081", "0.15"};
  const char* classes[] = {"standard", "reduced", "zero"};
  for (int basket = 0; basket < 500; ++basket) {
    const auto currency = Currency::of(currencies[random() % 4]);
    const bool gross = random() % 2;
    const std::size_t count = 1 + random() % 60;
    std::vector<PricedLine> lines;
    std::vector<std::string> lineClasses;
    for (std::size_t i = 0; i < count; ++i) {
      const bool charged = random() % 5 != 0;
      LineInput input{Money(currency, static_cast<long long>(random() % 5'000'000)),
                      gross,
                      Decimal::fromScaled(money::Units(1 + random() % 20'000) *
                                          money::powerOfTen(Decimal::kScale - 3)),
                      classes[random() % 3],
                      charged ? std::optional(Decimal::parse(rates[random() % 8])) : std::nullopt,
                      Decimal::parse(rates[random() % 8])};
      const auto priced = priceLine(input);
      ASSERT_EQ((priced.net + priced.tax).minor(), priced.gross.minor());
      ASSERT_FALSE(priced.tax.isNegative());
      lines.push_back(priced);
      lineClasses.push_back(input.taxClass);
    }
    const auto totals = sumLines(currency, lines, lineClasses);
    ASSERT_EQ((totals.net + totals.tax).minor(), totals.gross.minor());
    Money net = Money::zero(currency), tax = Money::zero(currency);
    for (const auto& part : totals.byRate) {
      net += part.net;
      tax += part.tax;
    }
    ASSERT_EQ(net.minor(), totals.net.minor());
    ASSERT_EQ(tax.minor(), totals.tax.minor());
    const auto base = convertTotals(totals, Currency::of("USD"), Decimal::parse("1.0876"));
    ASSERT_EQ((base.net + base.tax).minor(), base.gross.minor());
  }
}

}  // namespace
}  // namespace caravan::pricing
