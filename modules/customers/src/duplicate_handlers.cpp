#include "duplicate_handlers.hpp"

#include <caravan/platform/pagination.hpp>
#include <caravan/platform/text.hpp>
#include <charconv>

#include "duplicate_scoring.hpp"

namespace caravan::customers {

namespace {

JsonArray reasonArray(const std::string& reasons) {
  return stringArray(splitList(reasons, ','));
}

std::optional<std::pair<int, std::uint64_t>> readAfter(const PageRequest& page) {
  if (page.after.empty())
    return std::nullopt;
  std::pair<int, std::uint64_t> after;
  const auto& keys = page.after;
  const bool good =
      keys.size() == 2 &&
      std::from_chars(keys[0].data(), keys[0].data() + keys[0].size(), after.first).ec ==
          std::errc() &&
      std::from_chars(keys[1].data(), keys[1].data() + keys[1].size(), after.second).ec ==
          std::errc();
  if (!good)
    throw ValidationError("cursor", "invalid_cursor", "is not a cursor of this list");
  return after;
}

}  // namespace

JsonObject duplicateJson(const DuplicateCandidate& pair) {
  auto body = makeObject();
  body->set("id", std::to_string(pair.id));
  auto customers = makeArray();
  customers->add(std::to_string(pair.customerA));
  customers->add(std::to_string(pair.customerB));
  body->set("customer_ids", customers);
  body->set("score", scoreText(pair.score));
  body->set("reasons", reasonArray(pair.reasons));
  body->set("status", pair.status);
  body->set("version", pair.version);
  body->set("created_at", pair.createdAt);
  body->set("updated_at", pair.updatedAt);
  return body;
}

JsonObject candidateJson(const DuplicateCandidate& pair, std::uint64_t from) {
  auto body = makeObject();
  body->set("id", std::to_string(pair.id));
  body->set("customer_id",
            std::to_string(pair.customerA == from ? pair.customerB : pair.customerA));
  body->set("score", scoreText(pair.score));
  body->set("reasons", reasonArray(pair.reasons));
  body->set("status", pair.status);
  return body;
}

Response listDuplicates(RequestContext& request) {
  const auto page = PageRequest::from(request);
  std::optional<std::string> status = "open";
  if (auto given = request.queryParam("status")) {
    const std::string value = trim(*given);
    if (value == "all")
      status.reset();
    else if (value == "open" || value == "dismissed" || value == "merged")
      status = value;
    else
      throw ValidationError("status", "invalid_value", "must be open, dismissed, merged or all");
  }
  auto db = request.tenantDb();
  DuplicateRepository duplicates(db, request.ids());
  auto found = duplicates.list(status, readAfter(page), page.limit + 1);
  std::optional<std::vector<std::string>> next;
  if (found.size() > page.limit) {
    found.resize(page.limit);
    next = std::vector<std::string>{std::to_string(found.back().score),
                                    std::to_string(found.back().id)};
  }
  auto items = makeArray();
  for (const auto& pair : found)
    items->add(duplicateJson(pair));
  return Response::json(200, pageBody(items, next));
}

Response dismissDuplicate(RequestContext& request) {
  auto db = request.tenantDb();
  DuplicateRepository duplicates(db, request.ids());
  const auto id = request.idParam("id");
  auto pair = duplicates.find(id);
  if (!pair)
    throw NotFound("no duplicate candidate with id " + std::to_string(id));
  if (!duplicates.setStatus(id, "dismissed")) {
    throw Conflict("the candidate is " + pair->status + ", only an open one can be dismissed",
                   "not_open");
  }
  pair = duplicates.find(id);
  request.audit({.entityType = "customer_duplicate",
                 .entityId = std::to_string(id),
                 .changedFields = {"status"}});
  return Response::json(200, duplicateJson(*pair));
}

}  // namespace caravan::customers
