// Exact money on one core: additions, and conversions with rounding, through caravan::money
// (minor units in Boost.Multiprecision's checked 128-bit integer). Targets (issue 5): at least
// 50 million additions/s and 10 million conversions with rounding/s.
#include <benchmark/benchmark.h>

#include <caravan/platform/money.hpp>
#include <vector>

using namespace caravan::money;

namespace {

std::vector<Money> amounts(const Currency& currency, std::size_t count) {
  std::vector<Money> values;
  values.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    values.emplace_back(currency, Units(static_cast<long long>((i * 7919) % 10'000'000)) + 1);
  }
  return values;
}

void MoneyAddition(benchmark::State& state) {
  const auto values = amounts(Currency::of("EUR"), 1024);
  Money total = Money::zero(Currency::of("EUR"));
  for (auto _ : state) {
    for (const auto& value : values)
      total += value;
    benchmark::DoNotOptimize(total);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(values.size()));
}
BENCHMARK(MoneyAddition);

void ConversionWithRounding(benchmark::State& state) {
  const auto values = amounts(Currency::of("EUR"), 1024);
  const Currency jpy = Currency::of("JPY");
  const Decimal rate = Decimal::parse("158.3600000000");
  for (auto _ : state) {
    for (const auto& value : values)
      benchmark::DoNotOptimize(convert(value, jpy, rate));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(values.size()));
}
BENCHMARK(ConversionWithRounding);

void TaxPerLine(benchmark::State& state) {
  const auto values = amounts(Currency::of("EUR"), 1024);
  const Decimal vat = Decimal::parse("0.19");
  for (auto _ : state) {
    for (const auto& value : values)
      benchmark::DoNotOptimize(value.times(vat));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(values.size()));
}
BENCHMARK(TaxPerLine);

}  // namespace

BENCHMARK_MAIN();
