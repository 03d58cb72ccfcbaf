#include <caravan/embedded/caravan_embedded_pricing_migrations.hpp>
#include <caravan/embedded/caravan_embedded_pricing_openapi.hpp>
#include <caravan/platform/settings.hpp>
#include <caravan/pricing/pricing_module.hpp>

#include "rate_handlers.hpp"

namespace caravan::pricing {

void PricingModule::registerWith(ModuleRegistry& registry) {
  registry.migrations(caravan_embedded_pricing::migrations());
  registry.apiDocument(caravan_embedded_pricing::openapi());
  const int maxRateAge = static_cast<int>(registry.settings().integer(
      "pricing.max_rate_age_days", 0, 0, 366,
      "days a rate may be older than the date it converts for (0: the rate of that very date)"));

  registry.permission("pricing.rates.read", "read exchange rates and convert amounts",
                      {roles::kOwner, roles::kAdmin, roles::kSales, roles::kSupport,
                       roles::kFinance, roles::kAuditor});
  registry.permission("pricing.rates.write", "import exchange rates",
                      {roles::kOwner, roles::kAdmin, roles::kFinance});

  registry.route({.method = "POST",
                  .pattern = "/api/v1/fx-rates/import",
                  .permission = "pricing.rates.write",
                  .name = "pricing.rates.import",
                  .handler = importRates,
                  .maxBodyBytes = 64 << 20});  // the ECB history is about 2 MB as CSV, 40 MB as XML
  registry.route({.method = "GET",
                  .pattern = "/api/v1/fx/convert",
                  .permission = "pricing.rates.read",
                  .name = "pricing.rates.convert",
                  .handler = [maxRateAge](RequestContext& request) {
                    return convertAmount(request, maxRateAge);
                  }});
}

}  // namespace caravan::pricing
