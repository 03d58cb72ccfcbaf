#pragma once

#include <caravan/platform/module.hpp>

namespace caravan::identity {

/// Tenants and API keys: who is calling, and for which seller.
///
/// Registers the API-key authenticator (`Authorization: Bearer cvn_...`), `GET /api/v1/me`, and
/// the admin commands `create-tenant`, `create-api-key` and `bootstrap-demo`.
///
/// Config keys: `identity.key_cache_seconds` (how long a verified key is trusted without a
/// database read; also the longest a revoked key keeps working, default 30).
class IdentityModule : public Module {
 public:
  static constexpr std::string_view kName = "identity";
  std::string_view name() const override { return kName; }
  void registerWith(ModuleRegistry& registry) override;
};

}  // namespace caravan::identity
