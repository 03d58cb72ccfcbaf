#pragma once

#include <string>
#include <utility>
#include <variant>

namespace caravan::customers {

/// Why a value was refused: a stable machine word ("invalid_email") and a sentence for people.
/// The caller knows which field it read and turns this into a FieldError.
struct Refusal {
  std::string code;
  std::string message;
};

/// A normalised value, or why there is none.
template <typename T>
using Checked = std::variant<T, Refusal>;

template <typename T>
bool refused(const Checked<T>& checked) {
  return std::holds_alternative<Refusal>(checked);
}

}  // namespace caravan::customers
