#pragma once

#include <Poco/Dynamic/Var.h>

#include <caravan/customers/customer.hpp>
#include <caravan/platform/db.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

/// The unified view of one customer (GET /api/v1/customers/{id}/overview): the customers module
/// supplies the profile, identities and addresses; every other part comes from the module that
/// owns it, through this extension point. A module contributes a section while it registers:
///
///   registry.contribute<customers::OverviewSection>(std::make_shared<LifetimeFigures>());
namespace caravan::customers {

/// One event of the merged timeline.
struct TimelineEntry {
  std::string at;       ///< ISO 8601 UTC
  std::string kind;     ///< "order.placed", "ticket.opened", "customer.created" ...
  std::string summary;  ///< one line, no personal data beyond what the overview shows anyway
  std::optional<std::string> reference;  ///< the id of the record it is about
};

/// A part of the overview supplied by another module (orders' lifetime figures in base currency,
/// loyalty's tier and points, tickets, consent). Each call answers for one customer with a fixed
/// number of queries, so that the overview never makes one query per order or ticket.
class OverviewSection {
 public:
  virtual ~OverviewSection() = default;
  /// The overview member it fills: "lifetime", "loyalty", "open_tickets", "consent" or its own.
  virtual std::string key() const = 0;
  /// Its value for `customer`.
  virtual Poco::Dynamic::Var section(db::TenantSession& db, const Customer& customer) = 0;
  /// Its events for the timeline, newest first, at most `limit`.
  virtual std::vector<TimelineEntry> timeline(db::TenantSession& db, const Customer& customer,
                                              std::size_t limit) {
    (void)db;
    (void)customer;
    (void)limit;
    return {};
  }
};

/// The overview members every customer has, null until a module supplies them.
const std::vector<std::string>& overviewSectionKeys();

}  // namespace caravan::customers
