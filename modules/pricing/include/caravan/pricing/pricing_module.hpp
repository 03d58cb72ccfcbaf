#pragma once

#include <caravan/platform/module.hpp>

namespace caravan::pricing {

/// Exchange rates (ECB XML and CSV import, conversion with the rate recorded); price lists, tax
/// and quotes follow in this module.
///
/// Permissions: `pricing.rates.read` (owner, admin, sales, support, finance, auditor),
/// `pricing.rates.write` (owner, admin, finance).
/// Config keys: `pricing.max_rate_age_days` (how many days a rate may be older than the date it
/// converts for; default 0, the rate of that very date).
class PricingModule : public Module {
 public:
  static constexpr std::string_view kName = "pricing";
  std::string_view name() const override { return kName; }
  void registerWith(ModuleRegistry& registry) override;
};

}  // namespace caravan::pricing
