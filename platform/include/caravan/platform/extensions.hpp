#pragma once

#include <memory>
#include <string>
#include <typeindex>
#include <unordered_map>
#include <vector>

namespace caravan {

/// Extension points between modules. A module publishes an interface in its public header (the
/// customers module's `OverviewSection`, say); other modules contribute implementations while
/// they register; the owner asks for them when it needs them, at request time, so that modules
/// registered after it count too. The platform knows no interface: they are keyed by type.
///
/// Contributions happen during registration only (one thread); afterwards the set is read-only
/// and safe to read from any thread.
class Extensions {
 public:
  template <typename Interface>
  void add(std::shared_ptr<Interface> item, const std::string& module) {
    auto& slot = items_[std::type_index(typeid(Interface))];
    slot.push_back({std::static_pointer_cast<void>(std::move(item)), module});
  }

  /// Every contribution to `Interface`, in registration (module) order.
  template <typename Interface>
  std::vector<std::shared_ptr<Interface>> all() const {
    std::vector<std::shared_ptr<Interface>> found;
    const auto slot = items_.find(std::type_index(typeid(Interface)));
    if (slot == items_.end())
      return found;
    for (const auto& entry : slot->second)
      found.push_back(std::static_pointer_cast<Interface>(entry.item));
    return found;
  }

  /// The modules that contributed to `Interface`, in order.
  template <typename Interface>
  std::vector<std::string> contributors() const {
    std::vector<std::string> modules;
    const auto slot = items_.find(std::type_index(typeid(Interface)));
    if (slot != items_.end()) {
      for (const auto& entry : slot->second)
        modules.push_back(entry.module);
    }
    return modules;
  }

 private:
  struct Entry {
    std::shared_ptr<void> item;
    std::string module;
  };
  std::unordered_map<std::type_index, std::vector<Entry>> items_;
};

}  // namespace caravan
