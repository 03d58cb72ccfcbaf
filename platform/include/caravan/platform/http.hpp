#pragma once

#include <caravan/platform/access.hpp>
#include <caravan/platform/db.hpp>
#include <caravan/platform/json.hpp>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace caravan {

class IdGenerator;
class Outbox;

/// What a handler answers. Errors are thrown (ApiError), not returned.
struct Response {
  int status = 200;
  std::string contentType = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;

  static Response json(int status, const JsonObject& body);
  static Response json(int status, const JsonArray& body);
  static Response noContent();
  Response& withHeader(std::string name, std::string value);
};

/// The audit description of a mutating request, filled in by the handler (what it changed); the
/// platform writes it with the actor, tenant, route and time in the request's transaction.
struct AuditNote {
  std::string entityType = {};
  std::string entityId = {};
  std::vector<std::string> changedFields = {};  ///< names only: the log holds no personal data
  /// For requests whose caller is known only once the handler ran (login): the tenant and actor
  /// to record instead of the request's principal.
  std::optional<std::uint64_t> tenantId = {};
  std::optional<std::string> actor = {};
};

/// One request as a handler sees it. Mutating requests (POST, PUT, PATCH, DELETE) run in one
/// database transaction that the platform commits after the handler returns, together with the
/// audit entry, the outbox events and the idempotency record, or rolls back if it throws.
class RequestContext {
 public:
  virtual ~RequestContext() = default;

  virtual const std::string& method() const = 0;
  virtual const std::string& requestId() const = 0;
  /// A `{name}` segment of the route's pattern. Throws std::out_of_range for an unknown name.
  virtual const std::string& pathParam(const std::string& name) const = 0;
  virtual std::optional<std::string> queryParam(const std::string& name) const = 0;
  virtual std::optional<std::string> header(const std::string& name) const = 0;
  virtual std::string_view body() const = 0;
  /// The peer's IP address (for login throttling; never logged with personal data).
  virtual std::string clientAddress() const { return {}; }
  /// The body as a JSON object; 415 unless the content type is JSON, 400 if malformed.
  virtual JsonObject jsonBody() const = 0;
  virtual const Principal& principal() const = 0;

  /// The request's database session, leased on first use (in the request's transaction for
  /// mutating methods). Prefer tenantDb() for tenant-owned tables.
  virtual db::Session& db() = 0;
  /// The session scoped to the principal's tenant (see db::TenantSession).
  virtual db::TenantSession tenantDb() = 0;
  virtual IdGenerator& ids() = 0;
  /// Writes an event to the outbox in the request's transaction: it is delivered if and only if
  /// the request commits.
  virtual void publish(const std::string& topic, const JsonObject& payload) = 0;
  /// Describes the change for the audit log.
  virtual void audit(AuditNote note) = 0;

  /// Parses a path parameter that must be a numeric id; an unparsable id is a 404.
  std::uint64_t idParam(const std::string& name) const;
  /// Checks If-Match against the current version's ETag: 428 when absent, 412 when stale.
  void requireIfMatch(const std::string& currentEtag) const;
};

using Handler = std::function<Response(RequestContext&)>;

/// A route as a module registers it.
struct Route {
  std::string method;      ///< GET, POST, PUT, PATCH, DELETE
  std::string pattern;     ///< "/api/v1/products/{id}"
  std::string permission;  ///< a declared permission, or kPublic
  std::string name;        ///< stable operation name for metrics and audit: "catalog.products.get"
  Handler handler;
  std::string module = {};  ///< filled in by the platform
  /// The largest body this route accepts; 0 means http.max_body_bytes (file imports need more).
  std::size_t maxBodyBytes = 0;
  /// For a POST that computes an answer and changes nothing unless it says so (a quote that is
  /// not saved): the audit log gets an entry only when the handler describes a change with
  /// RequestContext::audit(). Every other mutating request is always audited.
  bool auditOnlyChanges = false;
};

/// Strong ETag for a versioned record: "\"<version>\"".
std::string etagFor(std::int64_t version);

}  // namespace caravan
