#include "price_points.hpp"

#include <gtest/gtest.h>

namespace caravan::pricing {
namespace {

using money::Currency;
using money::Decimal;
using money::Money;

PricePoint point(const char* step, const char* ending) {
  PricePoint result;
  if (step)
    result.step = Decimal::parse(step);
  if (ending)
    result.ending = Decimal::parse(ending);
  return result;
}

std::string rounded(const char* amount, const char* currency, const PricePoint& p) {
  const auto code = Currency::of(currency);
  return applyPricePoint(Money::parse(amount, code), p).toString();
}

TEST(PricePoints, EndingInNinetyNineRoundsUpToTheNextOne) {
  const auto nines = point("1", "0.99");
  EXPECT_EQ(rounded("23.41", "EUR", nines), "23.99");
  EXPECT_EQ(rounded("23.99", "EUR", nines), "23.99");
  EXPECT_EQ(rounded("24.00", "EUR", nines), "24.99");
  EXPECT_EQ(rounded("0.10", "EUR", nines), "0.99");
  EXPECT_EQ(rounded("0.00", "EUR", nines), "0.00");  // free stays free
}

TEST(PricePoints, AnEndingAloneMeansAStepOfOneMajorUnit) {
  EXPECT_EQ(rounded("9.01", "USD", point(nullptr, "0.95")), "9.95");
  EXPECT_EQ(rounded("9.96", "USD", point(nullptr, "0.95")), "10.95");
}

TEST(PricePoints, WholeHundredsOfYen) {
  EXPECT_EQ(rounded("1234", "JPY", point("100", nullptr)), "1300");
  EXPECT_EQ(rounded("1300", "JPY", point("100", nullptr)), "1300");
  EXPECT_EQ(rounded("1234", "JPY", point("100", "80")), "1280");
  EXPECT_EQ(rounded("1281", "JPY", point("100", "80")), "1380");
}

TEST(PricePoints, SwissFiveCentSteps) {
  EXPECT_EQ(rounded("12.31", "CHF", point("0.05", nullptr)), "12.35");
  EXPECT_EQ(rounded("12.35", "CHF", point("0.05", nullptr)), "12.35");
}

TEST(PricePoints, EmptyPointLeavesTheAmount) {
  EXPECT_EQ(rounded("12.34", "EUR", PricePoint{}), "12.34");
}

TEST(PricePoints, ProblemsAreNamed) {
  const auto eur = Currency::of("EUR");
  const auto jpy = Currency::of("JPY");
  EXPECT_EQ(pricePointProblem(point("1", "0.99"), eur), "");
  EXPECT_NE(pricePointProblem(point("1", "0.99"), jpy), "");  // yen have no cents
  EXPECT_NE(pricePointProblem(point("0.001", nullptr), eur), "");
  EXPECT_NE(pricePointProblem(point("0", nullptr), eur), "");
  EXPECT_NE(pricePointProblem(point("1", "1"), eur), "");
  EXPECT_NE(pricePointProblem(point("-5", nullptr), eur), "");
  EXPECT_EQ(pricePointProblem(point("100", "80"), jpy), "");
}

// Property: the result is a price point, never below the amount, and less than one step above.
TEST(PricePoints, ResultIsTheNearestPointAtOrAbove) {
  const auto eur = Currency::of("EUR");
  const auto p = point("0.50", "0.49");
  for (int minor = 1; minor < 2000; minor += 7) {
    const Money amount(eur, minor);
    const Money result = applyPricePoint(amount, p);
    EXPECT_GE(result.minor(), amount.minor());
    EXPECT_LT(result.minor() - amount.minor(), 50);
    EXPECT_EQ(result.minor() % 50, 49) << amount.toString();
  }
}

}  // namespace
}  // namespace caravan::pricing
