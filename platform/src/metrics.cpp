#include <caravan/platform/metrics.hpp>
#include <sstream>

namespace caravan {

void Metrics::observeRequest(const std::string& route, const std::string& method, int status,
                             std::chrono::microseconds duration) {
  const double seconds = static_cast<double>(duration.count()) / 1e6;
  std::lock_guard lock(mutex_);
  ++requests_[{route, method, status}];
  Latency& latency = latency_[{route, method}];
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++latency.buckets[i];
  }
  ++latency.count;
  latency.sumSeconds += seconds;
}

void Metrics::gauge(const std::string& name, const std::string& help, std::function<double()> read) {
  std::lock_guard lock(mutex_);
  gauges_[name] = Gauge{help, std::move(read)};
}

namespace {
std::string label(const std::string& value) {
  std::string escaped;
  for (char c : value) {
    if (c == '\\' || c == '"') escaped += '\\';
    if (c == '\n') {
      escaped += "\\n";
      continue;
    }
    escaped += c;
  }
  return escaped;
}
}  // namespace

std::string Metrics::render() const {
  std::ostringstream out;
  std::map<std::string, Gauge> gauges;
  {
    std::lock_guard lock(mutex_);
    out << "# HELP caravan_http_requests_total HTTP requests by route, method and status.\n"
        << "# TYPE caravan_http_requests_total counter\n";
    for (const auto& [key, count] : requests_) {
      const auto& [route, method, status] = key;
      out << "caravan_http_requests_total{route=\"" << label(route) << "\",method=\"" << method
          << "\",status=\"" << status << "\"} " << count << "\n";
    }
    out << "# HELP caravan_http_request_duration_seconds Time from routing to response.\n"
        << "# TYPE caravan_http_request_duration_seconds histogram\n";
    for (const auto& [key, latency] : latency_) {
      const std::string labels =
          "route=\"" + label(key.first) + "\",method=\"" + key.second + "\"";
      for (std::size_t i = 0; i < kBuckets.size(); ++i) {
        out << "caravan_http_request_duration_seconds_bucket{" << labels << ",le=\"" << kBuckets[i]
            << "\"} " << latency.buckets[i] << "\n";
      }
      out << "caravan_http_request_duration_seconds_bucket{" << labels << ",le=\"+Inf\"} "
          << latency.count << "\n";
      out << "caravan_http_request_duration_seconds_sum{" << labels << "} " << latency.sumSeconds
          << "\n";
      out << "caravan_http_request_duration_seconds_count{" << labels << "} " << latency.count
          << "\n";
    }
    gauges = gauges_;
  }
  // Gauges may query the database: read them outside the lock.
  for (const auto& [name, gauge] : gauges) {
    double value = 0;
    try {
      value = gauge.read();
    } catch (...) {
      continue;  // an unreadable gauge is left out rather than failing the scrape
    }
    out << "# HELP " << name << " " << gauge.help << "\n# TYPE " << name << " gauge\n"
        << name << " " << value << "\n";
  }
  return out.str();
}

}  // namespace caravan
