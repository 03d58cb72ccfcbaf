#include <caravan/identity/api_keys.hpp>
#include <caravan/platform/pagination.hpp>
#include <caravan/platform/text.hpp>

#include "identity_services.hpp"

namespace caravan::identity {

namespace {

std::set<std::string> readRoles(JsonReader& in, bool required) {
  auto roles = in.optionalStringArray("roles", {.minLength = 1, .maxLength = 32}, 10);
  if (!roles && required && !in.has("roles"))
    in.addError("roles", "required", "is required");
  return roles ? std::set<std::string>(roles->begin(), roles->end()) : std::set<std::string>{};
}

// Only an owner may make or unmake owners: an admin cannot raise itself above its grant.
void checkOwnerGrant(const Principal& caller, const std::set<std::string>& before,
                     const std::set<std::string>& after) {
  if (caller.roles.count(roles::kOwner))
    return;
  if (before.count(roles::kOwner) != after.count(roles::kOwner)) {
    throw ApiError(403, "forbidden", "only an owner may grant or remove the owner role");
  }
}

}  // namespace

Response listUsersHandler(RequestContext& request) {
  const auto page = PageRequest::from(request);
  auto db = request.tenantDb();
  return Response::json(200, idPage(listUsers(db, page.afterId(), page.limit + 1), page, userJson));
}

Response getUserHandler(RequestContext& request) {
  auto db = request.tenantDb();
  auto user = findUser(db, request.idParam("id"));
  if (!user)
    throw NotFound("no user with this id");
  return Response::json(200, userJson(*user)).withHeader("ETag", etagFor(user->version));
}

Response createUserHandler(IdentityServices& services, RequestContext& request) {
  JsonReader in(request.jsonBody());
  NewUser input;
  input.email = in.requiredString("email", {.minLength = 1, .maxLength = 254});
  input.password =
      in.requiredString("password", {.minLength = 1, .maxLength = 1024, .trim = false});
  input.displayName = in.optionalString("display_name", {.minLength = 1, .maxLength = 200});
  input.roles = readRoles(in, true);
  in.finish();
  checkOwnerGrant(request.principal(), {}, input.roles);
  const User user = services.accounts.create(request.db(), request.principal().tenantId, input);
  request.audit({"user", std::to_string(user.id), {"email", "password", "display_name", "roles"}});
  return Response::json(201, userJson(user))
      .withHeader("ETag", etagFor(user.version))
      .withHeader("Location", "/api/v1/users/" + std::to_string(user.id));
}

Response updateUserHandler(IdentityServices& services, RequestContext& request) {
  auto db = request.tenantDb();
  auto user = findUser(db, request.idParam("id"));
  if (!user)
    throw NotFound("no user with this id");
  request.requireIfMatch(etagFor(user->version));
  JsonReader in(request.jsonBody());
  std::vector<std::string> changed;
  auto displayName = user->displayName;
  if (in.isNullGiven("display_name")) {
    displayName.reset();
    changed.push_back("display_name");
  } else if (auto name = in.optionalString("display_name", {.minLength = 1, .maxLength = 200})) {
    displayName = name;
    changed.push_back("display_name");
  }
  auto roles = user->roles;
  if (in.has("roles")) {
    roles = readRoles(in, false);
    for (const auto& error :
         services.accounts.checkRoles(request.db(), request.principal().tenantId, roles))
      in.addError(error.field, error.code, error.message);
    changed.push_back("roles");
  } else {
    readRoles(in, false);
  }
  std::string status = user->status;
  if (auto given = in.optionalString("status", {.minLength = 1, .maxLength = 16})) {
    if (*given != "active" && *given != "disabled") {
      in.addError("status", "invalid_value", "must be \"active\" or \"disabled\"");
    } else {
      status = *given;
      changed.push_back("status");
    }
  }
  std::optional<std::string> passwordHash;
  if (auto password =
          in.optionalString("password", {.minLength = 1, .maxLength = 1024, .trim = false})) {
    if (auto problem = services.accounts.policy().check("password", *password, user->email)) {
      in.addError(problem->field, problem->code, problem->message);
    } else {
      passwordHash = services.accounts.hasher().hash(*password);
      changed.push_back("password");
    }
  }
  in.finish();
  checkOwnerGrant(request.principal(), user->roles, roles);
  if (request.principal().actor == "user:" + std::to_string(user->id) && status == "disabled") {
    throw ValidationError("status", "self_disable", "you cannot disable your own account");
  }
  const auto updated = db.execute(
      "UPDATE users SET display_name = ?, roles = ?, status = ?, password_hash = COALESCE(?, "
      "password_hash), "
      "version = version + 1, updated_at = UTC_TIMESTAMP(6) WHERE tenant_id = ? AND id = ? AND "
      "version = ?",
      {displayName ? db::Param{*displayName} : db::Param{nullptr}, joinRoles(roles), status,
       passwordHash ? db::Param{*passwordHash} : db::Param{nullptr}, user->id, user->version});
  if (updated != 1)
    throw PreconditionFailed();
  if (status == "disabled" || passwordHash) {
    // A disabled user, or one whose password changed, keeps no open session.
    db.execute(
        "UPDATE sessions SET revoked_at = UTC_TIMESTAMP(6) WHERE tenant_id = ? AND user_id = ? "
        "AND revoked_at IS NULL",
        {user->id});
  }
  const auto after = *findUser(db, user->id);
  request.audit({"user", std::to_string(user->id), changed});
  return Response::json(200, userJson(after)).withHeader("ETag", etagFor(after.version));
}

// ---------------------------------------------------------------------------------------------

Response listApiKeysHandler(RequestContext& request) {
  const auto page = PageRequest::from(request);
  auto db = request.tenantDb();
  auto rows = db.newestFirst(
      "SELECT id, label, roles, created_at, last_used_at, revoked_at FROM api_keys WHERE tenant_id "
      "= ?",
      page.afterId(), page.limit + 1);
  const auto render = [](db::Rows& rows) {
    auto key = makeObject();
    key->set("id", rows.string(1));
    key->set("label", rows.string(2));
    key->set("roles", stringArray(splitList(rows.string(3))));
    key->set("created_at", isoUtc(rows.string(4)));
    key->set("last_used_at",
             rows.isNull(5) ? Poco::Dynamic::Var() : Poco::Dynamic::Var(isoUtc(rows.string(5))));
    key->set("revoked_at",
             rows.isNull(6) ? Poco::Dynamic::Var() : Poco::Dynamic::Var(isoUtc(rows.string(6))));
    return key;
  };
  const auto keysOf = [](db::Rows& rows) { return std::vector<std::string>{rows.string(1)}; };
  return Response::json(200, rowsPage(rows, page, render, keysOf));
}

Response createApiKeyHandler(const AccessControl& access, RequestContext& request) {
  JsonReader in(request.jsonBody());
  const auto label = in.requiredString("label", {.minLength = 1, .maxLength = 200});
  const auto roles = readRoles(in, true);
  in.finish();
  checkOwnerGrant(request.principal(), {}, roles);
  const auto created =
      createApiKey(request.db(), request.ids(), access, request.principal().tenantId, roles, label);
  request.audit({"api_key", std::to_string(created.id), {"label", "roles"}});
  auto body = makeObject();
  body->set("id", std::to_string(created.id));
  body->set("label", label);
  body->set("roles", stringArray(roles));
  body->set("key", created.token);
  return Response::json(201, body).withHeader("Location",
                                              "/api/v1/api-keys/" + std::to_string(created.id));
}

Response revokeApiKeyHandler(IdentityServices& services, RequestContext& request) {
  auto db = request.tenantDb();
  const auto id = request.idParam("id");
  auto rows = db.query("SELECT revoked_at FROM api_keys WHERE tenant_id = ? AND id = ?", {id});
  if (!rows.next())
    throw NotFound("no API key with this id");
  if (rows.isNull(1)) {
    db.execute("UPDATE api_keys SET revoked_at = UTC_TIMESTAMP(6) WHERE tenant_id = ? AND id = ?",
               {id});
  }
  services.apiKeys->forget(id);
  request.audit({"api_key", std::to_string(id), {"revoked_at"}});
  return Response::noContent();
}

}  // namespace caravan::identity
