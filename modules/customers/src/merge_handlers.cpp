#include "merge_handlers.hpp"

#include <caravan/customers/merge.hpp>
#include <caravan/platform/ids.hpp>
#include <caravan/platform/text.hpp>
#include <set>

#include "customer_json.hpp"
#include "customer_merge.hpp"
#include "customer_repository.hpp"
#include "duplicate_repository.hpp"

namespace caravan::customers {

Response mergeCustomers(RequestContext& request, const Extensions& extensions) {
  auto db = request.tenantDb();
  CustomerRepository customers(db);
  const auto survivorId = request.idParam("id");
  auto survivor = customers.find(survivorId);
  if (!survivor)
    throw NotFound("no customer with id " + std::to_string(survivorId));
  request.requireIfMatch(etagFor(survivor->version));

  JsonReader in(request.jsonBody());
  const auto mergeText = in.requiredString("merge_id", {.minLength = 1, .maxLength = 20});
  const auto mergeId = parseId(mergeText);
  if (!mergeText.empty() && !mergeId)
    in.addError("merge_id", "invalid_id", "must be the id of a customer");
  if (mergeId && *mergeId == survivorId)
    in.addError("merge_id", "same_customer", "names the customer it would be merged into");
  std::set<std::string> fromMerged;
  const auto fields =
      in.optionalStringArray("values_from_merged", {.minLength = 1, .maxLength = 40}, 20)
          .value_or(std::vector<std::string>{});
  const auto& allowed = mergeableFields();
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (std::find(allowed.begin(), allowed.end(), fields[i]) == allowed.end()) {
      in.addError("values_from_merged/" + std::to_string(i), "unknown_field",
                  "is not a field a merge chooses (e-mails, phones, addresses, identities and "
                  "tags are always combined)");
    }
    fromMerged.insert(fields[i]);
  }
  in.finish();

  const auto merged = customers.find(*mergeId);
  if (!merged) {
    ValidationError error("merge_id", "not_found", "names no customer of this tenant");
    throw error;
  }
  for (const Customer* party : std::initializer_list<const Customer*>{&*survivor, &*merged}) {
    if (party->erasedAt) {
      throw Conflict("customer " + std::to_string(party->id) +
                         " has been erased; an erased customer is never merged",
                     "customer_erased");
    }
  }
  Customer result = mergedCustomer(*survivor, *merged, fromMerged);
  // The merged record goes first: its identities are unique, so the survivor can only take them
  // once they are free.
  if (!customers.remove(merged->id, merged->version))
    throw PreconditionFailed("the customer being merged changed meanwhile; try again");
  if (!customers.update(result, survivor->version))
    throw PreconditionFailed();
  for (const auto& hook : extensions.all<MergeHook>())
    hook->merge(db, survivor->id, merged->id);

  auto stored = customers.find(survivor->id);
  DuplicateRepository(db, request.ids()).recordFor({&*stored});
  auto payload = makeObject();
  payload->set("customer_id", std::to_string(survivor->id));
  payload->set("merged_customer_id", std::to_string(merged->id));
  request.publish("customers.customer.merged", payload);
  std::vector<std::string> changed{"merged_from:" + std::to_string(merged->id)};
  changed.insert(changed.end(), fromMerged.begin(), fromMerged.end());
  request.audit({.entityType = "customer",
                 .entityId = std::to_string(survivor->id),
                 .changedFields = changed});
  Response response = Response::json(200, toJson(*stored));
  response.withHeader("ETag", etagFor(stored->version));
  return response;
}

}  // namespace caravan::customers
