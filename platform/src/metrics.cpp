#include <caravan/platform/metrics.hpp>
#include <sstream>

namespace caravan {

void Metrics::Series::observe(int status, std::chrono::microseconds duration) {
  const auto micros = static_cast<std::uint64_t>(std::max<std::int64_t>(0, duration.count()));
  if (status >= 0 && status < static_cast<int>(byStatus_.size())) {
    byStatus_[static_cast<std::size_t>(status)].fetch_add(1, std::memory_order_relaxed);
  }
  for (std::size_t i = 0; i < kBucketsMicros.size(); ++i) {
    if (micros <= kBucketsMicros[i]) {
      buckets_[i].fetch_add(1, std::memory_order_relaxed);
      break;  // buckets are stored non-cumulative and summed when rendered
    }
  }
  count_.fetch_add(1, std::memory_order_relaxed);
  sumMicros_.fetch_add(micros, std::memory_order_relaxed);
}

Metrics::Series& Metrics::series(const std::string& route, const std::string& method) {
  std::lock_guard lock(mutex_);
  auto found = index_.find({route, method});
  if (found != index_.end())
    return *found->second;
  Series& created = series_.emplace_back(route, method);
  index_[{route, method}] = &created;
  return created;
}

void Metrics::gauge(const std::string& name, const std::string& help,
                    std::function<double()> read) {
  std::lock_guard lock(mutex_);
  gauges_[name] = Gauge{help, std::move(read)};
}

namespace {
std::string label(const std::string& value) {
  std::string escaped;
  for (char c : value) {
    if (c == '\\' || c == '"')
      escaped += '\\';
    if (c == '\n') {
      escaped += "\\n";
      continue;
    }
    escaped += c;
  }
  return escaped;
}

// Microseconds as decimal seconds ("0.0025"), without going through binary floating point.
std::string seconds(std::uint64_t micros) {
  std::string fraction = std::to_string(micros % 1000000);
  fraction.insert(0, 6 - fraction.size(), '0');
  while (fraction.size() > 1 && fraction.back() == '0')
    fraction.pop_back();
  return std::to_string(micros / 1000000) + "." + fraction;
}
}  // namespace

std::string Metrics::render() const {
  std::ostringstream out;
  std::map<std::string, Gauge> gauges;
  {
    std::lock_guard lock(mutex_);
    out << "# HELP caravan_http_requests_total HTTP requests by route, method and status.\n"
        << "# TYPE caravan_http_requests_total counter\n";
    for (const auto& series : series_) {
      for (std::size_t status = 0; status < series.byStatus_.size(); ++status) {
        const auto count = series.byStatus_[status].load(std::memory_order_relaxed);
        if (count == 0)
          continue;
        out << "caravan_http_requests_total{route=\"" << label(series.route_) << "\",method=\""
            << series.method_ << "\",status=\"" << status << "\"} " << count << "\n";
      }
    }
    out << "# HELP caravan_http_request_duration_seconds Time from routing to response.\n"
        << "# TYPE caravan_http_request_duration_seconds histogram\n";
    for (const auto& series : series_) {
      const std::string labels =
          "route=\"" + label(series.route_) + "\",method=\"" + series.method_ + "\"";
      std::uint64_t cumulative = 0;
      for (std::size_t i = 0; i < kBucketsMicros.size(); ++i) {
        cumulative += series.buckets_[i].load(std::memory_order_relaxed);
        out << "caravan_http_request_duration_seconds_bucket{" << labels << ",le=\""
            << seconds(kBucketsMicros[i]) << "\"} " << cumulative << "\n";
      }
      const auto count = series.count_.load(std::memory_order_relaxed);
      out << "caravan_http_request_duration_seconds_bucket{" << labels << ",le=\"+Inf\"} " << count
          << "\n"
          << "caravan_http_request_duration_seconds_sum{" << labels << "} "
          << seconds(series.sumMicros_.load(std::memory_order_relaxed)) << "\n"
          << "caravan_http_request_duration_seconds_count{" << labels << "} " << count << "\n";
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
