#include <caravan/embedded/caravan_embedded_tax_migrations.hpp>
#include <caravan/embedded/caravan_embedded_tax_openapi.hpp>
#include <caravan/tax/tax_module.hpp>

#include "rate_table.hpp"
#include "tax_handlers.hpp"

namespace caravan::tax {

void TaxModule::registerWith(ModuleRegistry& registry) {
  try {
    shippedRates();
  } catch (const RateTableError& e) {
    throw ConfigError(e.what());
  }
  registry.migrations(caravan_embedded_tax::migrations());
  registry.apiDocument(caravan_embedded_tax::openapi());

  const std::vector<std::string> readers = {roles::kOwner,   roles::kAdmin,   roles::kSales,
                                            roles::kSupport, roles::kFinance, roles::kAuditor};
  const std::vector<std::string> writers = {roles::kOwner, roles::kAdmin, roles::kFinance};
  registry.permission("tax.rates.read", "list tax rates and check VAT ids", readers);
  registry.permission("tax.rates.write", "add and delete the tenant's own tax rates", writers);
  registry.permission("tax.settings.read", "read the tenant's tax registrations", readers);
  registry.permission("tax.settings.write", "change the tenant's tax registrations", writers);

  const auto route = [&](const char* method, const char* pattern, const char* permission,
                         const char* name, Handler handler) {
    registry.route({.method = method,
                    .pattern = pattern,
                    .permission = permission,
                    .name = name,
                    .handler = std::move(handler)});
  };
  route("GET", "/api/v1/tax-rates", "tax.rates.read", "tax.rates.list", listRates);
  route("POST", "/api/v1/tax-rates", "tax.rates.write", "tax.rates.create", createRate);
  route("GET", "/api/v1/tax-rates/{id}", "tax.rates.read", "tax.rates.get", getRate);
  route("DELETE", "/api/v1/tax-rates/{id}", "tax.rates.write", "tax.rates.delete", deleteRate);
  route("GET", "/api/v1/tax-settings", "tax.settings.read", "tax.settings.get", getSettings);
  route("PUT", "/api/v1/tax-settings", "tax.settings.write", "tax.settings.update", updateSettings);
  route("GET", "/api/v1/vat-ids/{vat_id}/check", "tax.rates.read", "tax.vat_ids.check",
        checkVatIdRoute);
}

}  // namespace caravan::tax
