#include <caravan/embedded/caravan_embedded_pricing_migrations.hpp>
#include <caravan/embedded/caravan_embedded_pricing_openapi.hpp>
#include <caravan/platform/settings.hpp>
#include <caravan/platform/text.hpp>
#include <caravan/pricing/pricing_module.hpp>
#include <cctype>
#include <fstream>
#include <sstream>

#include "price_list_handlers.hpp"
#include "price_lookup_handlers.hpp"
#include "quote_handlers.hpp"
#include "rate_handlers.hpp"
#include "rate_repository.hpp"

namespace caravan::pricing {

void PricingModule::registerWith(ModuleRegistry& registry) {
  registry.migrations(caravan_embedded_pricing::migrations());
  registry.apiDocument(caravan_embedded_pricing::openapi());
  const int maxRateAge = static_cast<int>(registry.settings().integer(
      "pricing.max_rate_age_days", 0, 0, 366,
      "days a rate may be older than the date it converts for (0: the rate of that very date)"));
  FetchPolicy fetchPolicy;
  for (const auto& host :
       splitList(registry.settings().string("pricing.rate_import_hosts", "www.ecb.europa.eu",
                                            "hosts rate files may be fetched from by URL (comma-"
                                            "separated; nothing else is ever fetched)"),
                 ',')) {
    fetchPolicy.hosts.insert(asciiLower(host));
  }
  fetchPolicy.allowHttp = registry.settings().boolean(
      "pricing.rate_import_allow_http", false,
      "also fetch rate files over plain HTTP (for a local mirror; HTTPS otherwise)");

  registry.permission("pricing.rates.read", "read exchange rates and convert amounts",
                      {roles::kOwner, roles::kAdmin, roles::kSales, roles::kSupport,
                       roles::kFinance, roles::kAuditor});
  registry.permission("pricing.rates.write", "import exchange rates",
                      {roles::kOwner, roles::kAdmin, roles::kFinance});
  registry.permission("pricing.prices.read", "read price lists, prices and pricing settings",
                      {roles::kOwner, roles::kAdmin, roles::kSales, roles::kSupport,
                       roles::kFinance, roles::kAuditor});
  registry.permission("pricing.prices.write",
                      "create and change price lists, prices and pricing settings",
                      {roles::kOwner, roles::kAdmin, roles::kFinance});

  registry.route(
      {.method = "POST",
       .pattern = "/api/v1/fx-rates/import",
       .permission = "pricing.rates.write",
       .name = "pricing.rates.import",
       .handler =
           [fetchPolicy](RequestContext& request) { return importRates(request, fetchPolicy); },
       .maxBodyBytes = 64 << 20});  // the ECB history is about 2 MB as CSV, 40 MB as XML
  registry.route({.method = "GET",
                  .pattern = "/api/v1/currencies",
                  .permission = "pricing.rates.read",
                  .name = "pricing.currencies.list",
                  .handler = listCurrencies});
  registry.route({.method = "GET",
                  .pattern = "/api/v1/fx-rates",
                  .permission = "pricing.rates.read",
                  .name = "pricing.rates.list",
                  .handler = listRates});

  registry.route({.method = "POST",
                  .pattern = "/api/v1/price-lists",
                  .permission = "pricing.prices.write",
                  .name = "pricing.price_lists.create",
                  .handler = createPriceList});
  registry.route({.method = "GET",
                  .pattern = "/api/v1/price-lists",
                  .permission = "pricing.prices.read",
                  .name = "pricing.price_lists.list",
                  .handler = listPriceLists});
  registry.route({.method = "GET",
                  .pattern = "/api/v1/price-lists/{id}",
                  .permission = "pricing.prices.read",
                  .name = "pricing.price_lists.get",
                  .handler = getPriceList});
  registry.route({.method = "PATCH",
                  .pattern = "/api/v1/price-lists/{id}",
                  .permission = "pricing.prices.write",
                  .name = "pricing.price_lists.update",
                  .handler = updatePriceList});
  registry.route({.method = "DELETE",
                  .pattern = "/api/v1/price-lists/{id}",
                  .permission = "pricing.prices.write",
                  .name = "pricing.price_lists.delete",
                  .handler = deletePriceList});
  registry.route({.method = "POST",
                  .pattern = "/api/v1/price-lists/{id}/prices",
                  .permission = "pricing.prices.write",
                  .name = "pricing.prices.store",
                  .handler = storePrices,
                  .maxBodyBytes = 8 << 20});  // 10,000 prices of about 100 bytes each
  registry.route({.method = "GET",
                  .pattern = "/api/v1/price-lists/{id}/prices",
                  .permission = "pricing.prices.read",
                  .name = "pricing.prices.list",
                  .handler = listPrices});
  registry.route({.method = "GET",
                  .pattern = "/api/v1/pricing-settings",
                  .permission = "pricing.prices.read",
                  .name = "pricing.settings.get",
                  .handler = [maxRateAge](RequestContext& request) {
                    return getPricingSettings(request, maxRateAge);
                  }});
  registry.route({.method = "PUT",
                  .pattern = "/api/v1/pricing-settings",
                  .permission = "pricing.prices.write",
                  .name = "pricing.settings.put",
                  .handler = [maxRateAge](RequestContext& request) {
                    return putPricingSettings(request, maxRateAge);
                  }});

  registry.route({.method = "GET",
                  .pattern = "/api/v1/prices",
                  .permission = "pricing.prices.read",
                  .name = "pricing.prices.lookup",
                  .handler = [maxRateAge](RequestContext& request) {
                    return lookupPrices(request, maxRateAge);
                  }});
  registry.permission(
      "pricing.quotes.create", "price baskets (quotes) with tax and totals",
      {roles::kOwner, roles::kAdmin, roles::kSales, roles::kSupport, roles::kFinance});
  registry.route(
      {.method = "POST",
       .pattern = "/api/v1/quotes",
       .permission = "pricing.quotes.create",
       .name = "pricing.quotes.create",
       .handler =
           [maxRateAge](RequestContext& request) { return createQuote(request, maxRateAge); },
       .maxBodyBytes = 256 << 10,   // 500 lines
       .auditOnlyChanges = true});  // an unsaved quote changes nothing
  registry.permission("pricing.quotes.read", "read saved quotes",
                      {roles::kOwner, roles::kAdmin, roles::kSales, roles::kSupport,
                       roles::kFinance, roles::kAuditor});
  registry.route({.method = "GET",
                  .pattern = "/api/v1/quotes",
                  .permission = "pricing.quotes.read",
                  .name = "pricing.quotes.list",
                  .handler = listQuotes});
  registry.route({.method = "GET",
                  .pattern = "/api/v1/quotes/{id}",
                  .permission = "pricing.quotes.read",
                  .name = "pricing.quotes.get",
                  .handler = getQuote});

  auto& pool = registry.pool();
  registry.command(
      {.name = "import-rates",
       .usage = "--tenant-id ID --file PATH [--source ECB]   import an ECB XML or CSV rate file",
       .run = [&pool](const std::map<std::string, std::string>& flags, std::ostream& out) {
         const auto flag = [&](const std::string& name) {
           auto found = flags.find(name);
           if (found == flags.end() || found->second.empty())
             throw ValidationError(name, "required", "is required");
           return found->second;
         };
         const std::string path = flag("file");
         std::ifstream in(path, std::ios::binary);
         if (!in)
           throw ValidationError("file", "unreadable", "cannot be read");
         std::stringstream text;
         text << in.rdbuf();
         ParsedRates parsed;
         try {
           const bool xml = path.size() > 4 && path.compare(path.size() - 4, 4, ".xml") == 0;
           parsed = xml ? parseEcbXml(text.str()) : parseEcbCsv(text.str());
         } catch (const ImportError& e) {
           throw ValidationError("file", "invalid_file", e.what());
         }
         const auto source = flags.count("source") ? flags.at("source") : std::string("ECB");
         std::uint64_t tenant = 0;
         try {
           tenant = std::stoull(flag("tenant-id"));
         } catch (const std::invalid_argument&) {
           throw ValidationError("tenant-id", "invalid", "must be a tenant id");
         }
         pool.transact([&](db::Session& session) {
           db::TenantSession scoped(session, tenant);
           storeRates(scoped, source, "EUR", parsed);
         });
         out << parsed.rows.size() << " rates for " << parsed.days.size() << " days stored ("
             << *parsed.days.begin() << " to " << *parsed.days.rbegin() << ")\n";
         return 0;
       }});

  registry.route({.method = "GET",
                  .pattern = "/api/v1/fx/convert",
                  .permission = "pricing.rates.read",
                  .name = "pricing.rates.convert",
                  .handler = [maxRateAge](RequestContext& request) {
                    return convertAmount(request, maxRateAge);
                  }});
}

}  // namespace caravan::pricing
