#include <gtest/gtest.h>

#include <caravan/platform/money.hpp>
#include <random>

using namespace caravan::money;

namespace {
Money eur(const char* text) {
  return Money::parse(text, Currency::of("EUR"));
}
}  // namespace

TEST(Currency, MinorUnitsComeFromIcu) {
  EXPECT_EQ(Currency::of("JPY").minorUnits(), 0);
  EXPECT_EQ(Currency::of("EUR").minorUnits(), 2);
  EXPECT_EQ(Currency::of("KWD").minorUnits(), 3);
  EXPECT_EQ(Currency::of("BHD").minorUnits(), 3);
  EXPECT_EQ(Currency::of("TND").minorUnits(), 3);
  EXPECT_EQ(Currency::of("CHF").code(), "CHF");
}

TEST(Currency, RefusesCodesThatAreNotCurrentCurrencies) {
  EXPECT_THROW(Currency::of("eur"), MoneyError);
  EXPECT_THROW(Currency::of("XYZ"), MoneyError);
  EXPECT_THROW(Currency::of("EU"), MoneyError);
  EXPECT_THROW(Currency::of("DEM"), MoneyError) << "retired currencies are not current";
  EXPECT_GT(Currency::all().size(), 140u);
}

TEST(Money, ParsesAndFormatsExactlyInTheCurrencysMinorUnits) {
  EXPECT_EQ(eur("12.3").toString(), "12.30");
  EXPECT_EQ(eur("12.300").toString(), "12.30");
  EXPECT_EQ(eur("-0.5").toString(), "-0.50");
  EXPECT_EQ(eur("0").toString(), "0.00");
  EXPECT_EQ(eur("12.30").minor(), 1230);
  EXPECT_EQ(Money::parse("1500", Currency::of("JPY")).toString(), "1500");
  EXPECT_EQ(Money::parse("1.5", Currency::of("KWD")).toString(), "1.500");
  EXPECT_EQ(eur("123456789012345678901234.56").toString(), "123456789012345678901234.56");
  EXPECT_THROW(eur("12.305"), MoneyError) << "never rounded silently";
  EXPECT_THROW(Money::parse("1.5", Currency::of("JPY")), MoneyError);
  for (const char* bad : {"", "-", "1.", ".5", "1e3", "1,5", " 1", "12.3a", "--1"}) {
    EXPECT_THROW(eur(bad), MoneyError) << bad;
  }
}

TEST(Money, RefusesArithmeticAcrossCurrencies) {
  const Money usd = Money::parse("1.00", Currency::of("USD"));
  EXPECT_THROW(eur("1.00") + usd, CurrencyMismatch);
  EXPECT_THROW(eur("1.00") - usd, CurrencyMismatch);
  EXPECT_THROW((void)(eur("1.00") == usd), CurrencyMismatch);
  EXPECT_EQ((eur("0.10") + eur("0.20")).toString(), "0.30")
      << "exact, unlike binary floating point";
}

TEST(Money, OverflowIsCheckedNotWrapped) {
  const Money huge(Currency::of("EUR"), powerOfTen(38));
  EXPECT_THROW(huge + huge + huge + huge, std::overflow_error);
}

TEST(Rounding, EachModeAtTheTie) {
  const Units ten = 10;
  EXPECT_EQ(divideRounded(25, ten, Rounding::HalfEven), 2);
  EXPECT_EQ(divideRounded(35, ten, Rounding::HalfEven), 4);
  EXPECT_EQ(divideRounded(-25, ten, Rounding::HalfEven), -2);
  EXPECT_EQ(divideRounded(25, ten, Rounding::HalfUp), 3);
  EXPECT_EQ(divideRounded(-25, ten, Rounding::HalfUp), -3);
  EXPECT_EQ(divideRounded(29, ten, Rounding::Down), 2);
  EXPECT_EQ(divideRounded(-29, ten, Rounding::Down), -2);
  EXPECT_EQ(divideRounded(21, ten, Rounding::Up), 3);
  EXPECT_EQ(divideRounded(-21, ten, Rounding::Up), -3);
  EXPECT_EQ(divideRounded(26, ten, Rounding::HalfEven), 3);
  EXPECT_EQ(divideRounded(30, ten, Rounding::Up), 3) << "exact results are not moved";
}

TEST(Money, TimesRoundsOnceAtTheEnd) {
  // 19 % VAT on 10.05: 1.9095 -> 1.91 (half-even and half-up agree), on 0.50: 0.095 -> 0.10 / 0.10.
  EXPECT_EQ(eur("10.05").times(Decimal::parse("0.19")).toString(), "1.91");
  EXPECT_EQ(eur("0.25").times(Decimal::parse("0.5")).toString(), "0.12") << "0.125, ties to even";
  EXPECT_EQ(eur("0.25").times(Decimal::parse("0.5"), Rounding::HalfUp).toString(), "0.13");
  EXPECT_EQ(eur("3.00").times(Decimal::parse("2.5")).toString(), "7.50");
}

TEST(Decimal, ParsesTwelveDigitsAndPrintsTheShortestExactText) {
  EXPECT_EQ(Decimal::parse("1.0825").toString(), "1.0825");
  EXPECT_EQ(Decimal::parse("160").toString(), "160");
  EXPECT_EQ(Decimal::parse("-0.000000000001").toString(), "-0.000000000001");
  EXPECT_EQ(Decimal::parse("0.123456789012").scaled(), Units(123456789012LL));
  EXPECT_THROW(Decimal::parse("0.1234567890123"), MoneyError);
  EXPECT_EQ(Decimal::parse("4").reciprocal().toString(), "0.25");
  EXPECT_EQ(Decimal::parse("3").reciprocal().toString(), "0.333333333333");
}

TEST(Convert, UsesTheTargetsMinorUnits) {
  const auto jpy = Currency::of("JPY");
  // ECB, 2024-01-05: 1 EUR = 158.36 JPY (an example rate; the values matter, not the date).
  EXPECT_EQ(convert(eur("10.00"), jpy, Decimal::parse("158.36")).toString(), "1584");
  EXPECT_EQ(convert(eur("10.01"), Currency::of("KWD"), Decimal::parse("0.33712")).toString(),
            "3.375");
  EXPECT_EQ(
      convert(Money::parse("1584", jpy), Currency::of("EUR"), Decimal::parse("158.36").reciprocal())
          .toString(),
      "10.00");
}

TEST(Allocate, SplitsWithoutLosingACent) {
  const auto parts = split(eur("100.00"), 3);
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0].toString(), "33.34");
  EXPECT_EQ(parts[1].toString(), "33.33");
  EXPECT_EQ(parts[2].toString(), "33.33");
  const auto prorated = allocate(eur("10.00"), {Units(1), Units(1), Units(1)});
  EXPECT_EQ((prorated[0] + prorated[1] + prorated[2]).toString(), "10.00");
  const auto negative = split(eur("-0.05"), 2);
  EXPECT_EQ(negative[0].toString(), "-0.03");
  EXPECT_EQ(negative[1].toString(), "-0.02");
  const auto weighted = allocate(eur("5.00"), {Units(0), Units(3), Units(1)});
  EXPECT_EQ(weighted[0].toString(), "0.00");
  EXPECT_EQ(weighted[1].toString(), "3.75");
  EXPECT_EQ(weighted[2].toString(), "1.25");
  EXPECT_THROW(allocate(eur("1.00"), {Units(0), Units(0)}), MoneyError);
  EXPECT_THROW(allocate(eur("1.00"), {Units(-1), Units(2)}), MoneyError);
  EXPECT_THROW(split(eur("1.00"), 0), MoneyError);
}

// Property tests: randomised with a fixed seed, so a failure reproduces.

TEST(MoneyProperties, AllocationsAlwaysSumBackToTheTotal) {
  std::mt19937_64 random(20261123);
  const auto currencies = Currency::all();
  for (int round = 0; round < 2000; ++round) {
    const Currency currency = currencies[random() % currencies.size()];
    const Money total(
        currency, Units(static_cast<long long>(random() % 10'000'000'000ULL)) - 5'000'000'000LL);
    std::vector<Units> weights(1 + random() % 12);
    for (auto& weight : weights)
      weight = Units(static_cast<long long>(random() % 1000));
    weights[random() % weights.size()] += 1;  // never all zero
    const auto parts = allocate(total, weights);
    Money sum = Money::zero(currency);
    for (const auto& part : parts)
      sum += part;
    ASSERT_EQ(sum.minor(), total.minor()) << "round " << round << " " << currency.code();
  }
}

TEST(MoneyProperties, EveryIcuCurrencyRoundTripsThroughText) {
  std::mt19937_64 random(4217);
  for (const auto& currency : Currency::all()) {
    for (int i = 0; i < 20; ++i) {
      const Money amount(
          currency, Units(static_cast<long long>(random() % 2'000'000'000ULL)) - 1'000'000'000LL);
      ASSERT_EQ(Money::parse(amount.toString(), currency).minor(), amount.minor())
          << currency.code() << " " << amount.toString();
    }
  }
}

TEST(MoneyProperties, ConversionThereAndBackStaysWithinTheRoundingOfBothLegs) {
  std::mt19937_64 random(1999);
  const auto currencies = Currency::all();
  for (int round = 0; round < 5000; ++round) {
    const Currency from = currencies[random() % currencies.size()];
    const Currency to = currencies[random() % currencies.size()];
    // Rates from 0.001 to 10,000 with 6 significant digits, like published reference rates.
    const Decimal rate = Decimal::fromScaled(Units(static_cast<long long>(1 + random() % 999'999)) *
                                             powerOfTen(static_cast<int>(random() % 8) + 3));
    const Money amount(from, Units(static_cast<long long>(random() % 100'000'000ULL)));
    const Money there = convert(amount, to, rate);
    const Money back = convert(there, from, rate.reciprocal());
    // Half a minor unit of `to`, worth rate^-1 * 10^(from-to) minor units of `from`, plus half a
    // unit of `from` for the way back and one for the 12-digit reciprocal: the bound, rounded up.
    const Units halfTarget =
        divideRounded(powerOfTen(Decimal::kScale) * powerOfTen(from.minorUnits()),
                      rate.scaled() * powerOfTen(to.minorUnits()) * 2, Rounding::Up);
    const Units difference = back.minor() > amount.minor() ? Units(back.minor() - amount.minor())
                                                           : Units(amount.minor() - back.minor());
    ASSERT_LE(difference, halfTarget + 2)
        << from.code() << "->" << to.code() << " at " << rate.toString() << ": "
        << amount.toString() << " -> " << there.toString() << " -> " << back.toString();
  }
}
