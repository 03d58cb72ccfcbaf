// /api/v1/tenants: the platform operators' view across tenants. Only the operator role holds its
// permissions, and only users and keys of the operators' tenant can hold that role.
#include <caravan/identity/tenants.hpp>
#include <caravan/platform/pagination.hpp>

#include "identity_services.hpp"

namespace caravan::identity {

namespace {
JsonObject tenantJson(const Tenant& tenant) {
  auto body = makeObject();
  body->set("id", std::to_string(tenant.id));
  body->set("name", tenant.name);
  body->set("kind", tenant.kind);
  body->set("created_at", tenant.createdAt);
  return body;
}
}  // namespace

Response listTenantsHandler(RequestContext& request) {
  const auto page = PageRequest::from(request);
  return Response::json(
      200, idPage(listTenants(request.db(), page.afterId(), page.limit + 1), page, tenantJson));
}

Response getTenantHandler(RequestContext& request) {
  auto tenant = findTenant(request.db(), request.idParam("id"));
  if (!tenant)
    throw NotFound("no tenant with this id");
  return Response::json(200, tenantJson(*tenant));
}

Response createTenantHandler(IdentityServices& services, RequestContext& request) {
  JsonReader in(request.jsonBody());
  const auto name = in.requiredString("name", {.minLength = 1, .maxLength = 200});
  NewUser owner;
  owner.email = in.requiredString("owner_email", {.minLength = 1, .maxLength = 254});
  owner.password =
      in.requiredString("owner_password", {.minLength = 1, .maxLength = 1024, .trim = false});
  owner.displayName = in.optionalString("owner_name", {.minLength = 1, .maxLength = 200});
  owner.roles = {roles::kOwner};
  in.finish();
  const auto tenant = createTenant(request.db(), request.ids(), name);
  const auto user = services.accounts.create(request.db(), tenant.id, owner);
  request.audit({"tenant", std::to_string(tenant.id), {"name", "owner_email", "owner_password"}});
  auto body = tenantJson(tenant);
  body->set("owner", userJson(user));
  return Response::json(201, body).withHeader("Location",
                                              "/api/v1/tenants/" + std::to_string(tenant.id));
}

}  // namespace caravan::identity
