// caravan-datagen: deterministic test data for Caravan's benchmarks.
//
//   caravan-datagen customers --count N [--seed S] [--duplicates 0.05] [--format csv|jsonl]
//                             [--out FILE|-]
//
// Each kind of data is a subcommand listed in kCommands; orders, invoices and the like are
// added there as their generators are written.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "caravan/datagen/customer.hpp"
#include "caravan/datagen/writers.hpp"

namespace {

using caravan::datagen::CustomerGenerator;
using caravan::datagen::CustomerOptions;
using caravan::datagen::Output;

/// `--name value` pairs; a usage error for anything else.
using Flags = std::map<std::string, std::string, std::less<>>;

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

Flags parseFlags(const std::vector<std::string_view>& args,
                 std::initializer_list<std::string_view> known) {
  Flags flags;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto arg = args[i];
    const auto name = arg.starts_with("--") ? arg.substr(2) : std::string_view{};
    if (name.empty() || std::find(known.begin(), known.end(), name) == known.end()) {
      throw UsageError("unknown argument " + std::string(arg));
    }
    if (i + 1 == args.size())
      throw UsageError("--" + std::string(name) + " needs a value");
    flags[std::string(name)] = std::string(args[++i]);
  }
  return flags;
}

std::uint64_t unsignedFlag(const Flags& flags, std::string_view name, std::uint64_t fallback) {
  const auto it = flags.find(name);
  if (it == flags.end())
    return fallback;
  char* end = nullptr;
  const auto value = std::strtoull(it->second.c_str(), &end, 10);
  if (it->second.empty() || *end != '\0' || it->second[0] == '-') {
    throw UsageError("--" + std::string(name) + " must be a non-negative integer");
  }
  return value;
}

int customers(const std::vector<std::string_view>& args) {
  const Flags flags = parseFlags(args, {"count", "seed", "duplicates", "format", "out"});
  if (!flags.contains("count"))
    throw UsageError("customers needs --count N");
  const auto count = unsignedFlag(flags, "count", 0);
  CustomerOptions options;
  options.seed = unsignedFlag(flags, "seed", options.seed);
  if (const auto it = flags.find("duplicates"); it != flags.end()) {
    char* end = nullptr;
    options.duplicateShare = std::strtod(it->second.c_str(), &end);
    if (*end != '\0' || !(options.duplicateShare >= 0.0 && options.duplicateShare < 1.0)) {
      throw UsageError("--duplicates must be a share in [0, 1)");
    }
  }
  const auto formatIt = flags.find("format");
  const std::string format = formatIt == flags.end() ? "csv" : formatIt->second;
  if (format != "csv" && format != "jsonl")
    throw UsageError("--format must be csv or jsonl");
  const auto outIt = flags.find("out");
  const std::string path = outIt == flags.end() ? "-" : outIt->second;

  const auto started = std::chrono::steady_clock::now();
  CustomerGenerator generator(options);
  Output output(path);
  const bool csv = format == "csv";
  if (csv)
    output.buffer() += caravan::datagen::customerCsvHeader();
  for (std::uint64_t i = 0; i < count; ++i) {
    const auto& customer = generator.next();
    if (csv) {
      caravan::datagen::appendCustomerCsv(output.buffer(), customer);
    } else {
      caravan::datagen::appendCustomerJson(output.buffer(), customer);
    }
    output.flushIfFull();
  }
  output.flush();
  const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - started;
  std::fprintf(stderr, "customers: %llu rows, %llu duplicates, %llu bytes, %.2f s\n",
               static_cast<unsigned long long>(generator.stats().rows),
               static_cast<unsigned long long>(generator.stats().duplicates),
               static_cast<unsigned long long>(output.bytes()), seconds.count());
  return 0;
}

struct Command {
  std::string_view name;
  int (*run)(const std::vector<std::string_view>&);
  std::string_view usage;
};

constexpr Command kCommands[] = {
    {"customers", customers,
     "customers --count N [--seed S] [--duplicates 0.05] [--format csv|jsonl] [--out FILE|-]"},
};

void printUsage() {
  std::fputs("usage:\n", stderr);
  for (const auto& command : kCommands) {
    std::fprintf(stderr, "  caravan-datagen %.*s\n", static_cast<int>(command.usage.size()),
                 command.usage.data());
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    printUsage();
    return 2;
  }
  const std::string_view name = argv[1];
  const std::vector<std::string_view> args(argv + 2, argv + argc);
  for (const auto& command : kCommands) {
    if (command.name != name)
      continue;
    try {
      return command.run(args);
    } catch (const UsageError& error) {
      std::fprintf(stderr, "caravan-datagen: %s\n", error.what());
      printUsage();
      return 2;
    } catch (const std::exception& error) {
      std::fprintf(stderr, "caravan-datagen: %s\n", error.what());
      return 1;
    }
  }
  printUsage();
  return 2;
}
