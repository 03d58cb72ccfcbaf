#include "customer_handlers.hpp"

#include <caravan/organization/organization.hpp>
#include <caravan/platform/ids.hpp>
#include <caravan/platform/pagination.hpp>
#include <caravan/platform/text.hpp>
#include <charconv>

#include "custom_field_repository.hpp"
#include "customer_json.hpp"
#include "customer_reader.hpp"
#include "customer_repository.hpp"
#include "customer_rules.hpp"
#include "customer_search.hpp"
#include "duplicate_handlers.hpp"

namespace caravan::customers {

namespace {

const std::string kPath = "/api/v1/customers/";

ReadContext readContext(db::TenantSession& db) {
  ReadContext context;
  context.fields = CustomFieldRepository(db).all();
  context.storeChannel = [&db](std::uint64_t storeId) -> std::optional<std::string> {
    if (auto store = organization::findStore(db, storeId))
      return store->channel;
    return std::nullopt;
  };
  return context;
}

/// 409 naming the customers that already hold one of `customer`'s identities (checked before
/// writing so that the answer can name them; the unique key still guards against races).
void refuseTakenIdentities(CustomerRepository& customers, const Customer& customer) {
  std::optional<Conflict> conflict;
  for (std::size_t i = 0; i < customer.identities.size(); ++i) {
    const auto& identity = customer.identities[i];
    const auto holder = customers.identityHolder(identityScope(identity),
                                                 identityKey(identity.externalId), customer.id);
    if (!holder)
      continue;
    const std::string message = "is already the identity of customer " + std::to_string(*holder);
    if (!conflict) {
      conflict.emplace("the " + identity.channel + " identity " + std::to_string(i) + " " + message,
                       "identity_taken");
    }
    conflict->withField(
        {"identities/" + std::to_string(i) + "/external_id", "identity_taken", message});
  }
  if (conflict)
    throw *conflict;
}

Conflict identityRace() {
  return Conflict("one of the identities was just given to another customer; try again",
                  "identity_taken");
}

Customer loadOr404(CustomerRepository& customers, std::uint64_t id) {
  auto customer = customers.find(id);
  if (!customer)
    throw NotFound("no customer with id " + std::to_string(id));
  return *customer;
}

Response withVersion(Response response, std::int64_t version) {
  response.withHeader("ETag", etagFor(version));
  return response;
}

JsonObject eventPayload(const Customer& customer,
                        const std::optional<std::vector<std::string>>& changed = std::nullopt) {
  auto payload = makeObject();
  payload->set("customer_id", std::to_string(customer.id));
  if (changed)
    payload->set("changed_fields", stringArray(*changed));
  return payload;
}

std::optional<std::string> nonEmptyParam(const RequestContext& request, const std::string& name) {
  auto value = request.queryParam(name);
  if (!value)
    return std::nullopt;
  auto trimmed = trim(*value);
  if (trimmed.empty())
    return std::nullopt;
  return trimmed;
}

/// The customer as one record shows it: with its open duplicate candidates (ids, scores and
/// reasons only).
JsonObject withCandidates(db::TenantSession& db, RequestContext& request,
                          const Customer& customer) {
  auto body = toJson(customer);
  auto found = makeArray();
  for (const auto& pair : DuplicateRepository(db, request.ids()).openFor(customer.id))
    found->add(candidateJson(pair, customer.id));
  body->set("duplicate_candidates", found);
  return body;
}

}  // namespace

Response createCustomer(RequestContext& request) {
  auto db = request.tenantDb();
  CustomerRepository customers(db);
  Customer customer;
  const auto changed = readCustomer(request.jsonBody(), customer, false, readContext(db));
  customer.id = request.ids().next();
  refuseTakenIdentities(customers, customer);
  try {
    customers.insert(customer);
  } catch (const db::DuplicateKey& e) {
    if (e.key() == "uq_customer_identities")
      throw identityRace();
    throw;
  }
  DuplicateRepository(db, request.ids()).recordFor({&customer});
  customer = loadOr404(customers, customer.id);
  request.publish("customers.customer.created", eventPayload(customer));
  request.audit({.entityType = "customer",
                 .entityId = std::to_string(customer.id),
                 .changedFields = changed});
  return withVersion(Response::json(201, withCandidates(db, request, customer)), customer.version)
      .withHeader("Location", kPath + std::to_string(customer.id));
}

Response getCustomer(RequestContext& request) {
  auto db = request.tenantDb();
  CustomerRepository customers(db);
  const Customer customer = loadOr404(customers, request.idParam("id"));
  return withVersion(Response::json(200, withCandidates(db, request, customer)), customer.version);
}

Response listCustomers(RequestContext& request) {
  const auto page = PageRequest::from(request);
  const auto q = nonEmptyParam(request, "q");
  auto tag = nonEmptyParam(request, "tag");
  if (tag) {
    auto normalized = normalizeTags({*tag});
    if (const auto* refusal = std::get_if<Refusal>(&normalized))
      throw ValidationError("tag", refusal->code, refusal->message);
    tag = std::get<std::vector<std::string>>(normalized).front();
  }
  auto db = request.tenantDb();
  CustomerRepository customers(db);

  if (!q) {
    const auto ids = customers.newest(page.afterId(), page.limit + 1, tag);
    return Response::json(
        200, idPage(customers.findMany(ids), page, [](const Customer& c) { return toJson(c); }));
  }

  std::optional<CustomerRepository::Hit> after;
  if (!page.after.empty()) {
    CustomerRepository::Hit hit;
    const auto& keys = page.after;
    const bool good =
        keys.size() == 2 &&
        std::from_chars(keys[0].data(), keys[0].data() + keys[0].size(), hit.relevance).ec ==
            std::errc() &&
        std::from_chars(keys[1].data(), keys[1].data() + keys[1].size(), hit.id).ec == std::errc();
    if (!good)
      throw ValidationError("cursor", "invalid_cursor", "is not a cursor of this search");
    after = hit;
  }
  const auto region = nonEmptyParam(request, "country").value_or("");
  const SearchPlan plan = planSearch(*q, region);
  auto hits = customers.search(plan, tag, after, page.limit + 1);
  std::optional<std::vector<std::string>> next;
  if (hits.size() > page.limit) {
    hits.resize(page.limit);
    next = std::vector<std::string>{std::to_string(hits.back().relevance),
                                    std::to_string(hits.back().id)};
  }
  std::vector<std::uint64_t> ids;
  for (const auto& hit : hits)
    ids.push_back(hit.id);
  auto items = makeArray();
  const auto found = customers.findMany(ids);
  for (std::size_t i = 0; i < found.size(); ++i) {
    auto item = toJson(found[i]);
    for (const auto& hit : hits) {
      if (hit.id == found[i].id)
        item->set("relevance", hit.relevance);
    }
    items->add(item);
  }
  return Response::json(200, pageBody(items, next));
}

Response updateCustomer(RequestContext& request) {
  auto db = request.tenantDb();
  CustomerRepository customers(db);
  Customer customer = loadOr404(customers, request.idParam("id"));
  request.requireIfMatch(etagFor(customer.version));
  // The privacy module erased this person's data: writing new data would bring it back under a
  // record that says it is gone. A returning customer is created anew.
  if (customer.erasedAt) {
    throw Conflict("customer " + std::to_string(customer.id) +
                       " has been erased; its record takes no new personal data",
                   "customer_erased");
  }
  const std::int64_t expected = customer.version;
  const auto changed = readCustomer(request.jsonBody(), customer, true, readContext(db));
  refuseTakenIdentities(customers, customer);
  try {
    if (!customers.update(customer, expected))
      throw PreconditionFailed();
  } catch (const db::DuplicateKey& e) {
    if (e.key() == "uq_customer_identities")
      throw identityRace();
    throw;
  }
  // The changed e-mails, phones, addresses or identities may make new pairs or end old ones.
  DuplicateRepository duplicates(db, request.ids());
  duplicates.forgetOpenPairsExcept(customer.id, duplicates.recordFor({&customer}));
  customer = loadOr404(customers, customer.id);
  request.publish("customers.customer.updated", eventPayload(customer, changed));
  request.audit({.entityType = "customer",
                 .entityId = std::to_string(customer.id),
                 .changedFields = changed});
  return withVersion(Response::json(200, withCandidates(db, request, customer)), customer.version);
}

Response deleteCustomer(RequestContext& request) {
  auto db = request.tenantDb();
  CustomerRepository customers(db);
  const Customer customer = loadOr404(customers, request.idParam("id"));
  request.requireIfMatch(etagFor(customer.version));
  if (!customers.remove(customer.id, customer.version))
    throw PreconditionFailed();
  request.publish("customers.customer.deleted", eventPayload(customer));
  request.audit({.entityType = "customer", .entityId = std::to_string(customer.id)});
  return Response::noContent();
}

}  // namespace caravan::customers
