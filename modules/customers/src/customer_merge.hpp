#pragma once

#include <caravan/customers/customer.hpp>
#include <set>
#include <string>
#include <vector>

namespace caravan::customers {

/// The single-valued fields a merge may take from the merged record instead of the survivor.
const std::vector<std::string>& mergeableFields();

/// `survivor` with `merged` folded in: the survivor's values, except the fields named in
/// `fromMerged` (and any the survivor lacks), which come from `merged`; e-mails, phones,
/// addresses, identities and tags are the union of both, without repeats (the survivor's primary
/// e-mail and default addresses stay primary and default). Pure: no database.
Customer mergedCustomer(const Customer& survivor, const Customer& merged,
                        const std::set<std::string>& fromMerged);

}  // namespace caravan::customers
