#include "identity_services.hpp"

namespace caravan::identity {

namespace {
std::string sessionCookie(const std::string& value, long long maxAgeSeconds) {
  return std::string(kSessionCookie) + "=" + value +
         "; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=" + std::to_string(maxAgeSeconds);
}
}  // namespace

JsonObject userJson(const User& user) {
  auto body = makeObject();
  body->set("id", std::to_string(user.id));
  body->set("email", user.email);
  body->set("display_name",
            user.displayName ? Poco::Dynamic::Var(*user.displayName) : Poco::Dynamic::Var());
  body->set("roles", stringArray(user.roles));
  body->set("status", user.status);
  body->set("last_login_at",
            user.lastLoginAt ? Poco::Dynamic::Var(*user.lastLoginAt) : Poco::Dynamic::Var());
  body->set("version", user.version);
  body->set("created_at", user.createdAt);
  body->set("updated_at", user.updatedAt);
  return body;
}

Response login(IdentityServices& services, RequestContext& request) {
  JsonReader in(request.jsonBody());
  const auto email = in.requiredString("email", {.minLength = 1, .maxLength = 254});
  const auto password =
      in.requiredString("password", {.minLength = 1, .maxLength = 1024, .trim = false});
  in.finish();
  auto outcome = services.logins.login(request.db(), email, password, request.clientAddress(),
                                       request.requestId());
  request.audit({"session",
                 std::to_string(outcome.session.id),
                 {},
                 outcome.user.tenantId,
                 "user:" + std::to_string(outcome.user.id)});
  auto body = makeObject();
  body->set("user", userJson(outcome.user));
  body->set("tenant_id", std::to_string(outcome.user.tenantId));
  body->set("csrf_token", outcome.session.csrfToken);
  body->set("expires_at", outcome.session.expiresAt);
  return Response::json(200, body).withHeader(
      "Set-Cookie", sessionCookie(outcome.session.token, services.sessionLifetime.count()));
}

Response logout(IdentityServices& services, RequestContext& request) {
  const std::string& credential = request.principal().credential;
  if (credential.rfind("session:", 0) != 0) {
    throw BadRequest("logout ends a web session; API keys are revoked through /api/v1/api-keys",
                     "not_a_session");
  }
  const std::uint64_t sessionId = std::stoull(credential.substr(8));
  revokeSession(request.db(), request.principal().tenantId, sessionId);
  services.sessions->forget(sessionId);
  request.audit({"session", std::to_string(sessionId), {}});
  return Response::noContent().withHeader("Set-Cookie", sessionCookie("", 0));
}

Response me(RequestContext& request) {
  const Principal& principal = request.principal();
  auto body = makeObject();
  body->set("tenant_id", std::to_string(principal.tenantId));
  body->set("actor", principal.actor);
  body->set("roles", stringArray(principal.roles));
  if (principal.actor.rfind("user:", 0) == 0) {
    auto db = request.tenantDb();
    if (auto user = findUser(db, std::stoull(principal.actor.substr(5))))
      body->set("user", userJson(*user));
  }
  return Response::json(200, body);
}

}  // namespace caravan::identity
