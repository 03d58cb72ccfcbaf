#include <caravan/platform/personal_data.hpp>

namespace caravan {

const char* toString(PersonalCategory category) {
  switch (category) {
    case PersonalCategory::Identity:
      return "identity";
    case PersonalCategory::Contact:
      return "contact";
    case PersonalCategory::Address:
      return "address";
    case PersonalCategory::Identifier:
      return "identifier";
    case PersonalCategory::Financial:
      return "financial";
    case PersonalCategory::Communication:
      return "communication";
    case PersonalCategory::Behavioural:
      return "behavioural";
    case PersonalCategory::Other:
      return "other";
  }
  return "other";
}

const char* toString(Erasure erasure) {
  switch (erasure) {
    case Erasure::Nullify:
      return "nullify";
    case Erasure::Redact:
      return "redact";
    case Erasure::DeleteRow:
      return "delete_row";
    case Erasure::Retain:
      return "retain";
  }
  return "retain";
}

}  // namespace caravan
