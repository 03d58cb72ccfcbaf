#include <caravan/customers/customers_module.hpp>
#include <caravan/embedded/caravan_embedded_customers_migrations.hpp>
#include <caravan/embedded/caravan_embedded_customers_openapi.hpp>
#include <caravan/platform/settings.hpp>

#include "custom_field_handlers.hpp"
#include "customer_handlers.hpp"
#include "duplicate_handlers.hpp"
#include "duplicate_scan.hpp"
#include "duplicate_scan_handlers.hpp"
#include "import_handlers.hpp"
#include "merge_handlers.hpp"
#include "overview_handlers.hpp"
#include "personal_data.hpp"
#include "rfm_scores.hpp"
#include "segment_handlers.hpp"

namespace caravan::customers {

void CustomersModule::registerWith(ModuleRegistry& registry) {
  registry.migrations(caravan_embedded_customers::migrations());
  registry.apiDocument(caravan_embedded_customers::openapi());
  declarePersonalData(registry);

  auto& config = registry.settings();
  ImportSettings settings;
  settings.syncMaxRows = static_cast<std::size_t>(
      config.integer("customers.import_sync_max_rows", 1000, 1, 1000000,
                     "customer imports with more rows than this run as a background job (202)"));
  settings.maxBytes = static_cast<std::size_t>(
      config.integer("customers.import_max_bytes", 256ll << 20, 1024, 4ll << 30,
                     "the largest customer import file accepted, in bytes"));
  settings.threads = static_cast<unsigned>(config.integer(
      "customers.import_threads", 2, 1, 64, "threads that normalise imported customer rows"));
  settings.parallelPieces = static_cast<unsigned>(
      config.integer("customers.import_parallel_pieces", 2, 1, 16,
                     "pieces of one customer import job imported at once, each on its own "
                     "database connection"));
  settings.sliceLength = std::chrono::seconds(config.integer(
      "customers.import_slice_seconds", 60, 1, 3600,
      "how long one run of a customer import job goes on before the scheduler's other jobs get "
      "their turn, in seconds"));
  settings.pollInterval = std::chrono::milliseconds(
      config.integer("customers.import_poll_ms", 1000, 50, 3600000,
                     "how often queued customer import jobs are looked for, in milliseconds"));
  auto& pool = registry.pool();
  auto& ids = registry.ids();
  registry.job({.name = "customers.import",
                .interval = settings.pollInterval,
                .run = [&pool, &ids, settings] { runImportJobs(pool, ids, settings); }});
  registry.job({.name = "customers.duplicate_scan",
                .interval = std::chrono::milliseconds(config.integer(
                    "customers.duplicate_scan_poll_ms", 5000, 50, 3600000,
                    "how often requested duplicate scans are looked for, in milliseconds")),
                .run = [&pool, &ids] { runDuplicateScans(pool, ids); }});

  // Sources are read when the job runs: modules registering after this one contribute too.
  const Extensions& sources = registry.extensions();
  registry.job({.name = "customers.rfm",
                .interval = std::chrono::milliseconds(config.integer(
                    "customers.rfm_interval_ms", 24ll * 3600 * 1000, 1000, 7ll * 24 * 3600 * 1000,
                    "how often customers' RFM scores are recomputed, in milliseconds")),
                .run = [&pool, &sources] { runRfmScores(pool, sources.all<PurchaseHistory>()); }});

  registry.permission("customers.read", "list, search and read customers",
                      {roles::kOwner, roles::kAdmin, roles::kSales, roles::kSupport,
                       roles::kFinance, roles::kCompliance, roles::kAuditor});
  registry.permission("customers.write", "create, change and delete customers",
                      {roles::kOwner, roles::kAdmin, roles::kSales, roles::kSupport});
  registry.permission("customers.fields", "define the custom attributes of customers",
                      {roles::kOwner, roles::kAdmin});
  registry.permission("customers.export", "export customers' personal data in bulk (CSV)",
                      {roles::kOwner, roles::kAdmin, roles::kCompliance});
  registry.permission("customers.segments", "define, change and delete customer segments",
                      {roles::kOwner, roles::kAdmin, roles::kSales});

  const auto route = [&](const char* method, const char* pattern, const char* permission,
                         const char* name, Handler handler) {
    registry.route({.method = method,
                    .pattern = pattern,
                    .permission = permission,
                    .name = name,
                    .handler = std::move(handler)});
  };
  // Fixed paths below /api/v1/customers before /api/v1/customers/{id}: the router takes the
  // first pattern that matches.
  registry.route(
      {.method = "POST",
       .pattern = "/api/v1/customers/import",
       .permission = "customers.write",
       .name = "customers.customers.import",
       .handler =
           [settings](RequestContext& request) { return importCustomers(request, settings); },
       .maxBodyBytes = settings.maxBytes});
  route("GET", "/api/v1/customers/import-jobs/{id}", "customers.read", "customers.imports.get",
        getImportJob);
  route("GET", "/api/v1/customers/duplicates", "customers.read", "customers.duplicates.list",
        listDuplicates);
  route("POST", "/api/v1/customers/duplicates/scans", "customers.write",
        "customers.duplicates.scan", requestDuplicateScanRoute);
  route("GET", "/api/v1/customers/duplicates/scans/{id}", "customers.read",
        "customers.duplicates.scans.get", getDuplicateScan);
  route("POST", "/api/v1/customers/duplicates/{id}/dismiss", "customers.write",
        "customers.duplicates.dismiss", dismissDuplicate);
  route("POST", "/api/v1/customers", "customers.write", "customers.customers.create",
        createCustomer);
  route("GET", "/api/v1/customers", "customers.read", "customers.customers.list", listCustomers);
  route("GET", "/api/v1/customers/{id}", "customers.read", "customers.customers.get", getCustomer);
  const Extensions& extensions = registry.extensions();
  route("GET", "/api/v1/customers/{id}/overview", "customers.read", "customers.customers.overview",
        [&extensions](RequestContext& request) { return customerOverview(request, extensions); });
  const auto segments = std::make_shared<SegmentHandlers>(extensions);
  const auto segmentRoute = [&](const char* method, const char* pattern, const char* permission,
                                const char* name,
                                Response (SegmentHandlers::*handler)(RequestContext&) const) {
    route(method, pattern, permission, name,
          [segments, handler](RequestContext& request) { return ((*segments).*handler)(request); });
  };
  segmentRoute("POST", "/api/v1/segments/preview", "customers.read", "customers.segments.preview",
               &SegmentHandlers::preview);
  segmentRoute("POST", "/api/v1/segments", "customers.segments", "customers.segments.create",
               &SegmentHandlers::create);
  segmentRoute("GET", "/api/v1/segments", "customers.read", "customers.segments.list",
               &SegmentHandlers::list);
  segmentRoute("GET", "/api/v1/segments/{id}", "customers.read", "customers.segments.get",
               &SegmentHandlers::get);
  segmentRoute("PATCH", "/api/v1/segments/{id}", "customers.segments", "customers.segments.update",
               &SegmentHandlers::update);
  segmentRoute("DELETE", "/api/v1/segments/{id}", "customers.segments", "customers.segments.delete",
               &SegmentHandlers::remove);
  segmentRoute("GET", "/api/v1/segments/{id}/members", "customers.read",
               "customers.segments.members", &SegmentHandlers::members);
  segmentRoute("GET", "/api/v1/segments/{id}/export.csv", "customers.export",
               "customers.segments.export", &SegmentHandlers::exportCsv);
  route("POST", "/api/v1/customers/{id}/merge", "customers.write", "customers.customers.merge",
        [&extensions](RequestContext& request) { return mergeCustomers(request, extensions); });
  route("PATCH", "/api/v1/customers/{id}", "customers.write", "customers.customers.update",
        updateCustomer);
  route("DELETE", "/api/v1/customers/{id}", "customers.write", "customers.customers.delete",
        deleteCustomer);

  route("POST", "/api/v1/customer-fields", "customers.fields", "customers.fields.create",
        createCustomField);
  route("GET", "/api/v1/customer-fields", "customers.read", "customers.fields.list",
        listCustomFields);
  route("GET", "/api/v1/customer-fields/{id}", "customers.read", "customers.fields.get",
        getCustomField);
  route("PATCH", "/api/v1/customer-fields/{id}", "customers.fields", "customers.fields.update",
        updateCustomField);
  route("DELETE", "/api/v1/customer-fields/{id}", "customers.fields", "customers.fields.delete",
        deleteCustomField);
}

}  // namespace caravan::customers
