#pragma once

#include <memory>

#include "accounts.hpp"
#include "api_key_authenticator.hpp"
#include "login.hpp"
#include "session_authenticator.hpp"

namespace caravan::identity {

/// What the identity module's handlers share, built once at registration.
struct IdentityServices {
  IdentityServices(db::Pool& pool, IdGenerator& ids, const AccessControl& access,
                   PasswordHasher hasher, LoginSettings login, std::chrono::seconds sessionCache,
                   std::chrono::seconds keyCache)
      : accounts(ids, access, std::move(hasher)),
        logins(pool, ids, accounts, login),
        sessions(std::make_shared<SessionAuthenticator>(pool, sessionCache)),
        apiKeys(std::make_shared<ApiKeyAuthenticator>(pool, keyCache)),
        sessionLifetime(login.sessionLifetime) {}

  Accounts accounts;
  LoginService logins;
  std::shared_ptr<SessionAuthenticator> sessions;
  std::shared_ptr<ApiKeyAuthenticator> apiKeys;
  std::chrono::seconds sessionLifetime;
};

// Handlers of /api/v1/auth, /api/v1/me, /api/v1/users and /api/v1/api-keys.
Response login(IdentityServices& services, RequestContext& request);
Response logout(IdentityServices& services, RequestContext& request);
Response me(RequestContext& request);
Response listUsersHandler(RequestContext& request);
Response getUserHandler(RequestContext& request);
Response createUserHandler(IdentityServices& services, RequestContext& request);
Response updateUserHandler(IdentityServices& services, RequestContext& request);
Response listApiKeysHandler(RequestContext& request);
Response createApiKeyHandler(const AccessControl& access, RequestContext& request);
Response revokeApiKeyHandler(IdentityServices& services, RequestContext& request);

Response listTenantsHandler(RequestContext& request);
Response getTenantHandler(RequestContext& request);
Response createTenantHandler(IdentityServices& services, RequestContext& request);

/// The user as the API shows it (never the password hash).
JsonObject userJson(const User& user);

}  // namespace caravan::identity
