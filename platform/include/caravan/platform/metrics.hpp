#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>

namespace caravan {

/// Request counters and latency histograms by route and status, in the Prometheus text format.
class Metrics {
 public:
  static constexpr std::array<double, 12> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                      0.1,   0.25,   0.5,   1.0,  2.5,   5.0};

  void observeRequest(const std::string& route, const std::string& method, int status,
                      std::chrono::microseconds duration);
  /// A gauge read at scrape time (pool in use, outbox lag).
  void gauge(const std::string& name, const std::string& help, std::function<double()> read);
  std::string render() const;

 private:
  struct Latency {
    std::array<std::uint64_t, kBuckets.size()> buckets{};
    std::uint64_t count = 0;
    double sumSeconds = 0;  // metrics only: durations, not money
  };
  struct Gauge {
    std::string help;
    std::function<double()> read;
  };
  mutable std::mutex mutex_;
  std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests_;
  std::map<std::pair<std::string, std::string>, Latency> latency_;
  std::map<std::string, Gauge> gauges_;
};

}  // namespace caravan
