#include "overview_handlers.hpp"

#include <algorithm>
#include <caravan/customers/overview.hpp>

#include "customer_json.hpp"
#include "rfm_scores.hpp"

namespace caravan::customers {

namespace {

constexpr std::size_t kTimelineLength = 50;

JsonObject entryJson(const TimelineEntry& entry, const std::string& module) {
  auto item = makeObject();
  item->set("at", entry.at);
  item->set("kind", entry.kind);
  item->set("summary", entry.summary);
  item->set("reference",
            entry.reference ? Poco::Dynamic::Var(*entry.reference) : Poco::Dynamic::Var());
  item->set("module", module);
  return item;
}

}  // namespace

const std::vector<std::string>& overviewSectionKeys() {
  static const std::vector<std::string> keys{"lifetime", "loyalty", "open_tickets", "consent"};
  return keys;
}

Response customerOverview(RequestContext& request, const Extensions& extensions) {
  auto db = request.tenantDb();
  const auto customer = findCustomer(db, request.idParam("id"));
  if (!customer)
    throw NotFound("no customer with id " + std::to_string(request.idParam("id")));

  const auto sections = extensions.all<OverviewSection>();
  const auto modules = extensions.contributors<OverviewSection>();
  auto body = makeObject();
  body->set("customer", toJson(*customer));
  Poco::Dynamic::Var rfm;
  if (const auto score = findRfm(db, customer->id)) {
    auto scores = makeObject();
    scores->set("recency", score->recency);
    scores->set("frequency", score->frequency);
    scores->set("monetary", score->monetary);
    scores->set("computed_at", score->computedAt);
    rfm = scores;
  }
  body->set("rfm", rfm);
  auto suppliedBy = makeObject();
  for (const auto& key : overviewSectionKeys())
    body->set(key, Poco::Dynamic::Var());
  for (std::size_t i = 0; i < sections.size(); ++i) {
    body->set(sections[i]->key(), sections[i]->section(db, *customer));
    suppliedBy->set(sections[i]->key(), modules[i]);
  }

  // The customer's own events, then every section's, merged newest first.
  std::vector<std::pair<TimelineEntry, std::string>> events;
  events.push_back({{customer->createdAt, "customer.created", "customer record created",
                     std::to_string(customer->id)},
                    "customers"});
  if (customer->updatedAt != customer->createdAt) {
    events.push_back({{customer->updatedAt, "customer.updated", "customer record last changed",
                       std::to_string(customer->id)},
                      "customers"});
  }
  for (std::size_t i = 0; i < sections.size(); ++i) {
    for (auto& entry : sections[i]->timeline(db, *customer, kTimelineLength))
      events.emplace_back(std::move(entry), modules[i]);
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const auto& a, const auto& b) { return a.first.at > b.first.at; });
  if (events.size() > kTimelineLength)
    events.resize(kTimelineLength);
  auto timeline = makeArray();
  for (const auto& [entry, module] : events)
    timeline->add(entryJson(entry, module));
  body->set("timeline", timeline);
  body->set("supplied_by", suppliedBy);
  Response response = Response::json(200, body);
  response.withHeader("ETag", etagFor(customer->version));
  return response;
}

}  // namespace caravan::customers
