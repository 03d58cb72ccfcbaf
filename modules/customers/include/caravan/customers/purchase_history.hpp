#pragma once

#include <string>

/// What customers bought, as the module that records purchases (orders) knows it. The customers
/// module scores it into RFM quintiles per tenant (the `customers.rfm` job) for segments and the
/// overview. A module contributes it while it registers and writes the SQL over its own tables,
/// so that no module reads another's:
///
///   registry.contribute<customers::PurchaseHistory>(std::make_shared<OrderHistory>());
namespace caravan::customers {

class PurchaseHistory {
 public:
  virtual ~PurchaseHistory() = default;
  /// A SELECT with exactly one `?`, bound to the tenant (`... WHERE tenant_id = ?`), giving one
  /// row per customer who bought anything, with the columns customer_id, last_purchase_at
  /// (DATETIME), purchases (an integer count) and spend (exact: an integer of minor units or a
  /// DECIMAL, in the tenant's base currency).
  virtual std::string select() const = 0;
};

}  // namespace caravan::customers
