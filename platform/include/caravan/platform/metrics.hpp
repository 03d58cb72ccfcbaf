#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <string>

namespace caravan {

/// Request counters and latency histograms by route and status, and gauges read at scrape time,
/// in the Prometheus text format. Recording a request touches only atomics of its route's
/// series, so the hot path takes no lock.
class Metrics {
 public:
  /// Upper bounds of the latency buckets, in microseconds.
  static constexpr std::array<std::uint64_t, 12> kBucketsMicros = {
      1000, 2500, 5000, 10000, 25000, 50000, 100000, 250000, 500000, 1000000, 2500000, 5000000};

  /// The counters of one route and method. Created at start-up, never freed while serving.
  class Series {
   public:
    Series(std::string route, std::string method)
        : route_(std::move(route)), method_(std::move(method)) {}
    void observe(int status, std::chrono::microseconds duration);

   private:
    friend class Metrics;
    std::string route_;
    std::string method_;
    std::array<std::atomic<std::uint64_t>, 600> byStatus_{};
    std::array<std::atomic<std::uint64_t>, kBucketsMicros.size()> buckets_{};
    std::atomic<std::uint64_t> count_{0};
    std::atomic<std::uint64_t> sumMicros_{0};
  };

  /// The series for a route and method, created on first request for it (take it once, keep it).
  Series& series(const std::string& route, const std::string& method);
  /// A gauge read at scrape time (pool in use, outbox lag).
  void gauge(const std::string& name, const std::string& help, std::function<double()> read);
  std::string render() const;

 private:
  mutable std::mutex mutex_;
  std::deque<Series> series_;  // a deque: references stay valid as it grows
  std::map<std::pair<std::string, std::string>, Series*> index_;
  struct Gauge {
    std::string help;
    std::function<double()> read;
  };
  std::map<std::string, Gauge> gauges_;
};

}  // namespace caravan
