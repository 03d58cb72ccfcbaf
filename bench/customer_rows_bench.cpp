// What the server spends on each imported customer row before the database sees it, stage by
// stage, over rows from caravan-datagen (the rows bench/customer-import posts):
//   CsvRows        CSV record -> ImportRow (cells trimmed, the row's JSON body built)
//   ReadCustomer   ImportRow -> Customer (validation, transliteration, e-mails, phones)
//   ParsePhone     libphonenumber alone, on the rows' phone cells
//   DerivedKeys    search terms and hashed blocking keys of a read customer
// Figures are per row (items_per_second). Run: build/bin/customer_rows_bench
#include <benchmark/benchmark.h>

#include <caravan/customers/phone_number.hpp>
#include <caravan/datagen/customer.hpp>
#include <string>
#include <vector>

#include "customer_reader.hpp"
#include "customer_search.hpp"
#include "duplicate_scoring.hpp"
#include "import_rows.hpp"

namespace {

using namespace caravan;
using namespace caravan::customers;

constexpr std::size_t kRows = 20000;

const std::string& csvText() {
  static const std::string text = [] {
    datagen::CustomerGenerator generator({});
    std::string out(datagen::customerCsvHeader());
    for (std::size_t i = 0; i < kRows; ++i)
      datagen::appendCustomerCsv(out, generator.next());
    return out;
  }();
  return text;
}

std::vector<CsvRecord> records(std::vector<std::size_t>& columns) {
  CsvReader reader(csvText(), 1);
  CsvRecord header;
  reader.next(header);
  columns = readHeader(header.fields);
  std::vector<CsvRecord> all;
  CsvRecord record;
  while (reader.next(record))
    all.push_back(record);
  return all;
}

std::vector<ImportRow> importRows() {
  std::vector<std::size_t> columns;
  std::vector<ImportRow> rows;
  for (const auto& record : records(columns))
    rows.push_back(csvRow(record, columns));
  return rows;
}

ReadContext noCustomFields() {
  ReadContext context;
  context.storeChannel = [](std::uint64_t) { return std::optional<std::string>(); };
  return context;
}

void BM_CsvRows(benchmark::State& state) {
  std::vector<std::size_t> columns;
  const auto all = records(columns);
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(csvRow(all[i], columns));
    i = (i + 1) % all.size();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_CsvRows);

void BM_ReadCustomer(benchmark::State& state) {
  const auto rows = importRows();
  const ReadContext context = noCustomFields();
  std::size_t i = 0;
  std::size_t refused = 0;
  for (auto _ : state) {
    Customer customer;
    try {
      readCustomer(rows[i].body, customer, false, context);
    } catch (const ApiError&) {
      ++refused;  // datagen's rows include some invalid ones, as real files do
    }
    benchmark::DoNotOptimize(customer);
    i = (i + 1) % rows.size();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
  state.counters["refused"] =
      benchmark::Counter(static_cast<double>(refused) / static_cast<double>(state.iterations()));
}
BENCHMARK(BM_ReadCustomer);

void BM_ParsePhone(benchmark::State& state) {
  std::vector<std::pair<std::string, std::string>> phones;  // cell, country
  for (const auto& row : importRows()) {
    if (!row.body || !row.body->has("phones"))
      continue;
    const std::string country = row.body->optValue<std::string>("country", "");
    for (const auto& phone : *row.body->getArray("phones"))
      phones.emplace_back(phone.toString(), country);
  }
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(parsePhone(phones[i].first, phones[i].second));
    i = (i + 1) % phones.size();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_ParsePhone);

void BM_DerivedKeys(benchmark::State& state) {
  std::vector<Customer> customers;
  const ReadContext context = noCustomFields();
  for (const auto& row : importRows()) {
    Customer customer;
    try {
      readCustomer(row.body, customer, false, context);
      customers.push_back(std::move(customer));
    } catch (const ApiError&) {
    }
  }
  std::size_t i = 0;
  for (auto _ : state) {
    const Customer& customer = customers[i];
    benchmark::DoNotOptimize(searchTerms(customer));
    for (const auto& key : blockingKeys(customer))
      benchmark::DoNotOptimize(blockingHash(key.value));
    i = (i + 1) % customers.size();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_DerivedKeys);

}  // namespace

BENCHMARK_MAIN();
