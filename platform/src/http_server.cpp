#include <Poco/DigestEngine.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Logger.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/SHA2Engine.h>
#include <Poco/URI.h>

#include <caravan/platform/audit.hpp>
#include <caravan/platform/http_server.hpp>
#include <caravan/platform/platform.hpp>
#include <caravan/platform/utf8.hpp>
#include <fstream>
#include <random>

namespace caravan {

namespace {

bool isMutating(const std::string& method) {
  return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

std::string newRequestId() {
  thread_local std::mt19937_64 random{std::random_device{}()};
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id(16, '0');
  std::uint64_t bits = random();
  for (auto& c : id) {
    c = kHex[bits & 0xF];
    bits >>= 4;
  }
  return id;
}

// A client may bring its own request id (a proxy's); accept it only if it is short and plain,
// since it goes into logs.
bool isAcceptableRequestId(const std::string& id) {
  if (id.empty() || id.size() > 64)
    return false;
  for (unsigned char c : id) {
    if (!std::isalnum(c) && c != '-' && c != '_' && c != '.')
      return false;
  }
  return true;
}

std::string sha256(const std::string& text) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(text);
  return Poco::DigestEngine::digestToHex(engine.digest());
}

// Problem texts may quote client input (a path segment, the byte where the JSON parser stopped):
// what is not UTF-8 is replaced, or the problem body would not be valid JSON.
Response problem(const ApiError& error, const std::string& requestId) {
  auto body = makeObject();
  body->set("type", "urn:caravan:problem:" + error.code());
  body->set("title", Poco::Net::HTTPResponse::getReasonForStatus(
                         static_cast<Poco::Net::HTTPResponse::HTTPStatus>(error.status())));
  body->set("status", error.status());
  body->set("code", error.code());
  body->set("detail", toValidUtf8(error.what()));
  if (!error.fieldErrors().empty()) {
    auto errors = makeArray();
    for (const auto& field : error.fieldErrors()) {
      auto item = makeObject();
      item->set("field", toValidUtf8(field.field));
      item->set("code", field.code);
      item->set("message", toValidUtf8(field.message));
      errors->add(item);
    }
    body->set("errors", errors);
  }
  body->set("request_id", requestId);
  Response response = Response::json(error.status(), body);
  response.contentType = "application/problem+json";
  for (const auto& [name, value] : error.headers())
    response.withHeader(name, value);
  return response;
}

// ---------------------------------------------------------------------------------------------

class LiveContext : public RequestContext {
 public:
  LiveContext(Platform& platform, const Route& route, std::map<std::string, std::string> params,
              Poco::Net::HTTPServerRequest& request, std::string body, std::string requestId)
      : platform_(platform),
        route_(route),
        params_(std::move(params)),
        request_(request),
        body_(std::move(body)),
        requestId_(std::move(requestId)),
        mutating_(isMutating(route.method)) {}

  const std::string& method() const override { return request_.getMethod(); }
  const std::string& requestId() const override { return requestId_; }
  const std::string& pathParam(const std::string& name) const override { return params_.at(name); }

  std::optional<std::string> queryParam(const std::string& name) const override {
    if (!query_) {
      query_.emplace();
      try {
        for (auto& [key, value] : Poco::URI(request_.getURI()).getQueryParameters()) {
          query_->emplace(key, value);
        }
      } catch (const Poco::Exception&) {
        throw BadRequest("the query string is malformed", "malformed_query");
      }
    }
    auto found = query_->find(name);
    if (found == query_->end())
      return std::nullopt;
    return found->second;
  }

  std::optional<std::string> header(const std::string& name) const override {
    if (!request_.has(name))
      return std::nullopt;
    return request_.get(name);
  }

  std::string_view body() const override { return body_; }

  std::string clientAddress() const override { return request_.clientAddress().host().toString(); }

  JsonObject jsonBody() const override {
    const std::string type = request_.getContentType();
    if (type.rfind("application/json", 0) != 0 && type.find("+json") == std::string::npos) {
      throw UnsupportedMediaType("application/json");
    }
    return parseJsonObject(body_);
  }

  const Principal& principal() const override { return principal_; }
  void setPrincipal(Principal principal) { principal_ = std::move(principal); }

  db::Session& db() override {
    if (!session_) {
      session_.emplace(platform_.pool().acquire());
      if (mutating_)
        session_->begin();
    }
    return *session_;
  }

  db::TenantSession tenantDb() override {
    if (!principal_.authenticated()) {
      throw std::logic_error("tenantDb() on a route without an authenticated principal");
    }
    return db::TenantSession(db(), principal_.tenantId);
  }

  IdGenerator& ids() override {
    platform_.ensureNode();  // after a start without the database, claim on first need
    return platform_.ids();
  }

  void publish(const std::string& topic, const JsonObject& payload) override {
    if (!mutating_)
      throw std::logic_error("only mutating requests publish events");
    platform_.outbox().publish(db(), principal_.tenantId, topic, payload);
    published_ = true;
  }

  void audit(AuditNote note) override { note_ = std::move(note); }

  // --- the platform's side
  void startAttempt() {
    session_.reset();
    published_ = false;
    note_.reset();
  }
  void commit() {
    session_->commit();
    session_.reset();
  }
  bool published() const { return published_; }
  const std::optional<AuditNote>& note() const { return note_; }
  const Route& route() const { return route_; }

 private:
  Platform& platform_;
  const Route& route_;
  std::map<std::string, std::string> params_;
  Poco::Net::HTTPServerRequest& request_;
  std::string body_;
  std::string requestId_;
  bool mutating_;
  Principal principal_;
  mutable std::optional<std::multimap<std::string, std::string>> query_;
  std::optional<db::Session> session_;
  bool published_ = false;
  std::optional<AuditNote> note_;
};

void writeRequestAudit(db::Session& session, LiveContext& context, int status) {
  const auto& note = context.note();
  const Principal& principal = context.principal();
  AuditEntry entry{principal.tenantId,     principal.actor,         context.route().name,
                   context.route().method, context.route().pattern, status};
  entry.requestId = context.requestId();
  if (note) {
    entry.entityType = note->entityType;
    entry.entityId = note->entityId;
    entry.changedFields = note->changedFields;
    if (note->tenantId)
      entry.tenantId = *note->tenantId;
    if (note->actor)
      entry.actor = *note->actor;
  }
  writeAudit(session, context.ids(), entry);
}

std::optional<std::string> idempotencyKey(LiveContext& context) {
  if (context.method() != "POST")
    return std::nullopt;
  auto key = context.header("Idempotency-Key");
  if (!key)
    return std::nullopt;
  bool plain = !key->empty() && key->size() <= 255;
  for (unsigned char c : *key)
    plain = plain && c > 0x20 && c < 0x7F;
  if (!plain) {
    throw ValidationError("Idempotency-Key", "invalid_header",
                          "must be 1 to 255 visible ASCII characters");
  }
  return key;
}

std::optional<Response> replayStored(db::Session& session, const Principal& principal,
                                     const std::string& key, const std::string& route,
                                     const std::string& hash) {
  auto rows = session.query(
      "SELECT route, request_hash, status, content_type, response_headers, response_body "
      "FROM idempotency_keys WHERE tenant_id = ? AND actor = ? AND idem_key = ?",
      {principal.tenantId, principal.actor, key});
  if (!rows.next())
    return std::nullopt;
  if (rows.string(1) != route || rows.string(2) != hash) {
    throw Unprocessable("this Idempotency-Key was already used for a different request",
                        "idempotency_key_reused");
  }
  Response replay;
  replay.status = static_cast<int>(rows.int64(3));
  replay.contentType = rows.optionalString(4).value_or("");
  replay.body = rows.optionalString(6).value_or("");
  if (auto headers = rows.optionalString(5)) {
    Poco::JSON::Parser parser;
    auto object = parser.parse(*headers).extract<Poco::JSON::Object::Ptr>();
    for (const auto& name : object->getNames())
      replay.withHeader(name, object->getValue<std::string>(name));
  }
  replay.withHeader("Idempotent-Replayed", "true");
  return replay;
}

Response runMutating(Platform& platform, LiveContext& context) {
  const Route& route = context.route();
  const auto key = idempotencyKey(context);
  db::Session& session = context.db();
  std::string hash;
  if (key) {
    hash = sha256(route.pattern + "\n" + std::string(context.body()));
    try {
      session.execute(
          "INSERT INTO idempotency_keys (tenant_id, actor, idem_key, route, request_hash, "
          "created_at) "
          "VALUES (?, ?, ?, ?, ?, UTC_TIMESTAMP(6))",
          {context.principal().tenantId, context.principal().actor, *key, route.pattern, hash});
    } catch (const db::DuplicateKey&) {
      // The first request with this key has committed (we waited on its row lock if it was still
      // running): answer as it was answered.
      if (auto replay = replayStored(session, context.principal(), *key, route.pattern, hash))
        return *replay;
      throw;
    }
  }
  Response response = route.handler(context);
  if (!route.auditOnlyChanges || context.note())
    writeRequestAudit(session, context, response.status);
  if (key) {
    auto headers = makeObject();
    for (const auto& [name, value] : response.headers)
      headers->set(name, value);
    session.execute(
        "UPDATE idempotency_keys SET status = ?, content_type = ?, response_headers = ?, "
        "response_body = ? WHERE tenant_id = ? AND actor = ? AND idem_key = ?",
        {std::int64_t{response.status}, response.contentType, toJson(headers), response.body,
         context.principal().tenantId, context.principal().actor, *key});
  }
  context.commit();
  if (context.published())
    platform.outbox().notify();
  return response;
}

Response runHandler(Platform& platform, LiveContext& context) {
  // A deadlock victim's transaction was rolled back whole, and a connection lost before commit
  // committed nothing: both may be run again. Reads are always safe to repeat.
  for (int attempt = 1;; ++attempt) {
    try {
      context.startAttempt();
      if (!isMutating(context.route().method))
        return context.route().handler(context);
      return runMutating(platform, context);
    } catch (const db::Deadlock&) {
      if (attempt >= 3)
        throw;
    } catch (const db::ConnectionLost&) {
      if (attempt >= 3)
        throw;
    }
  }
}

std::string readBody(Poco::Net::HTTPServerRequest& request, std::size_t limit) {
  const bool hasLength = request.hasContentLength();
  if (hasLength && request.getContentLength64() > static_cast<Poco::Int64>(limit)) {
    throw PayloadTooLarge(limit);
  }
  if (!hasLength && !request.getChunkedTransferEncoding())
    return {};
  std::string body;
  if (hasLength)
    body.reserve(static_cast<std::size_t>(request.getContentLength64()));
  std::istream& in = request.stream();
  char buffer[16384];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    body.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (body.size() > limit)
      throw PayloadTooLarge(limit);
  }
  return body;
}

}  // namespace

// After a 413 the client may still be sending. Closing a socket with unread data makes the kernel
// reset the connection, which can destroy the answer before the client reads it: read and
// discard what follows (up to a bound), then close.
static void discardRestOfBody(Poco::Net::HTTPServerRequest& request) {
  constexpr std::size_t kMostDiscarded = 16 << 20;
  try {
    std::istream& in = request.stream();
    char buffer[16384];
    std::size_t discarded = 0;
    while (discarded < kMostDiscarded && (in.read(buffer, sizeof buffer) || in.gcount() > 0)) {
      discarded += static_cast<std::size_t>(in.gcount());
    }
  } catch (const std::exception&) {
    // The client went away: nothing left to protect.
  }
}

// ---------------------------------------------------------------------------------------------

struct HttpServer::State {
  bool tls = false;
  std::atomic<int> inFlight = 0;
  std::atomic<bool> stopping = false;
  std::map<const Route*, Metrics::Series*> routeSeries;  // filled before serving, then read-only
  std::map<std::string, Metrics::Series*> unmatched;     // by method; "other" for the rest
};

namespace {

class PlatformHandler : public Poco::Net::HTTPRequestHandler {
 public:
  PlatformHandler(Platform& platform, std::shared_ptr<HttpServer::State> state)
      : platform_(platform), state_(std::move(state)) {}

  void handleRequest(Poco::Net::HTTPServerRequest& request,
                     Poco::Net::HTTPServerResponse& response) override;

 private:
  Platform& platform_;
  std::shared_ptr<HttpServer::State> state_;
};

void PlatformHandler::handleRequest(Poco::Net::HTTPServerRequest& request,
                                    Poco::Net::HTTPServerResponse& out) {
  static auto& accessLog = Poco::Logger::get("caravan.http");
  const auto started = std::chrono::steady_clock::now();
  ++state_->inFlight;
  std::string requestId = request.get("X-Request-Id", "");
  if (!isAcceptableRequestId(requestId))
    requestId = newRequestId();
  std::string routeName = "unmatched";
  const Route* matched = nullptr;
  bool drainAfterAnswer = false;
  std::uint64_t tenant = 0;
  bool closeConnection = state_->stopping;
  Response response;
  try {
    const std::string& target = request.getURI();
    const std::string path = target.substr(0, target.find('?'));
    auto match = platform_.router().match(request.getMethod(), path);
    if (!match.route) {
      // The body is not read: were the connection kept, its bytes would be parsed as the next
      // request (a body holding an HTTP request would run as one).
      if (request.getChunkedTransferEncoding() ||
          (request.hasContentLength() && request.getContentLength64() > 0)) {
        closeConnection = true;
      }
      if (!match.allowed.empty()) {
        std::string allow;
        for (const auto& method : match.allowed)
          allow += (allow.empty() ? "" : ", ") + method;
        throw ApiError(405, "method_not_allowed", request.getMethod() + " is not allowed here")
            .withHeader("Allow", allow);
      }
      throw NotFound("no such resource");
    }
    const Route& route = *match.route;
    routeName = route.name;
    matched = &route;
    std::string body;
    try {
      body = readBody(request,
                      route.maxBodyBytes ? route.maxBodyBytes : platform_.config().maxBodyBytes);
    } catch (const PayloadTooLarge&) {
      closeConnection = true;  // the rest of the body is never read into memory
      drainAfterAnswer = true;
      throw;
    }
    LiveContext context(platform_, route, std::move(match.params), request, std::move(body),
                        requestId);
    if (route.permission != kPublic) {
      std::optional<Principal> principal;
      for (const auto& authenticator : platform_.authenticators()) {
        principal = authenticator->authenticate(context);
        if (principal)
          break;
      }
      if (!principal)
        throw Unauthorized();
      tenant = principal->tenantId;
      context.setPrincipal(std::move(*principal));
      if (!platform_.access().allows(context.principal(), route.permission)) {
        throw Forbidden(route.permission);
      }
    }
    response = runHandler(platform_, context);
  } catch (const ApiError& error) {
    response = problem(error, requestId);
  } catch (const std::exception& error) {
    Poco::Logger::get("caravan.http")
        .error("request_id=" + requestId + " route=" + routeName +
               " internal error: " + error.what());
    response = problem(ApiError(500, "internal_error",
                                "the server failed to handle this request; quote the request id "
                                "when reporting it"),
                       requestId);
  }

  // Recorded before the answer leaves, so that a client reading /metrics after its response
  // finds it counted; the duration is routing to a ready answer (without the socket write).
  const auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(
      std::chrono::steady_clock::now() - started);
  Metrics::Series* series = nullptr;
  if (matched) {
    series = state_->routeSeries.at(matched);
  } else {
    auto byMethod = state_->unmatched.find(request.getMethod());
    series = byMethod != state_->unmatched.end() ? byMethod->second : state_->unmatched.at("other");
  }
  series->observe(response.status, elapsed);
  // The route's name, never the raw path or query: those may hold personal data.
  if (accessLog.information() && (platform_.config().accessLog || response.status >= 500)) {
    accessLog.information("request_id=" + requestId + " method=" + request.getMethod() +
                          " route=" + routeName + " status=" + std::to_string(response.status) +
                          " tenant=" + std::to_string(tenant) +
                          " duration_us=" + std::to_string(elapsed.count()));
  }

  out.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(response.status));
  out.set("X-Request-Id", requestId);
  out.set("X-Content-Type-Options", "nosniff");
  out.set("Referrer-Policy", "no-referrer");
  out.set("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
  out.set("Cache-Control", "no-store");
  if (state_->tls)
    out.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  for (const auto& [name, value] : response.headers)
    out.set(name, value);
  if (closeConnection || state_->stopping)
    out.setKeepAlive(false);
  if (!response.contentType.empty())
    out.setContentType(response.contentType);
  // Flushed here, before the request counts as finished: Poco's response stream would otherwise
  // be flushed only after this function returns, and a shutdown that saw no request in flight
  // could cut the connection before the answer left.
  const bool hasBody = response.status != 204 && response.status != 304;
  if (hasBody)
    out.setContentLength64(static_cast<Poco::Int64>(response.body.size()));
  std::ostream& stream = out.send();
  if (hasBody && request.getMethod() != "HEAD") {
    stream.write(response.body.data(), static_cast<std::streamsize>(response.body.size()));
  }
  stream.flush();
  if (drainAfterAnswer)
    discardRestOfBody(request);
  --state_->inFlight;
}

class Factory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  Factory(Platform& platform, std::shared_ptr<HttpServer::State> state)
      : platform_(platform), state_(std::move(state)) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(
      const Poco::Net::HTTPServerRequest&) override {
    return new PlatformHandler(platform_, state_);
  }

 private:
  Platform& platform_;
  std::shared_ptr<HttpServer::State> state_;
};

}  // namespace

HttpServer::HttpServer(Platform& platform)
    : platform_(platform), state_(std::make_shared<State>()) {
  for (const auto& route : platform_.router().routes()) {
    state_->routeSeries[&route] = &platform_.metrics().series(route.name, route.method);
  }
  for (const char* method : {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "other"}) {
    state_->unmatched[method] = &platform_.metrics().series("unmatched", method);
  }
}

HttpServer::~HttpServer() {
  if (server_)
    server_->stopAll(true);
}

void HttpServer::start() {
  const auto& config = platform_.config();
  const Poco::Net::SocketAddress address(config.httpHost,
                                         static_cast<Poco::UInt16>(config.httpPort));
  Poco::Net::ServerSocket socket;
  if (config.tlsCertificate.empty()) {
    socket = Poco::Net::ServerSocket(address, 512);
  } else {
    // TLS 1.2 and later, the server's cipher preference, no client certificates.
    Poco::Net::Context::Ptr context;
    try {
      context = new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, config.tlsPrivateKey,
                                       config.tlsCertificate, "", Poco::Net::Context::VERIFY_NONE,
                                       9, false, "HIGH:!aNULL:!MD5:!RC4");
      context->disableProtocols(Poco::Net::Context::PROTO_SSLV2 | Poco::Net::Context::PROTO_SSLV3 |
                                Poco::Net::Context::PROTO_TLSV1 |
                                Poco::Net::Context::PROTO_TLSV1_1);
      context->preferServerCiphers();
    } catch (const Poco::Exception& e) {
      throw ConfigError("the TLS certificate or key cannot be used: " + e.displayText());
    }
    socket = Poco::Net::SecureServerSocket(address, 512, context);
    state_->tls = true;
  }
  auto params = new Poco::Net::HTTPServerParams;
  params->setMaxThreads(config.httpThreads);
  params->setMaxQueued(config.httpQueue);
  params->setKeepAlive(true);
  params->setMaxKeepAliveRequests(0);  // unlimited
  params->setKeepAliveTimeout(Poco::Timespan(15, 0));
  params->setTimeout(Poco::Timespan(30, 0));
  params->setServerName("caravan");
  // Poco's own thread pool would cap at 16 threads; give it one sized for the connections we allow.
  pool_ = std::make_unique<Poco::ThreadPool>(2, config.httpThreads, 60);
  server_ = std::make_unique<Poco::Net::HTTPServer>(new Factory(platform_, state_), *pool_, socket,
                                                    params);
  server_->start();
  if (!config.httpPortFile.empty()) {
    const std::string temporary = config.httpPortFile + ".tmp";
    std::ofstream(temporary) << port() << "\n";
    std::rename(temporary.c_str(), config.httpPortFile.c_str());
  }
}

std::string HttpServer::scheme() const {
  return state_->tls ? "https" : "http";
}

unsigned short HttpServer::port() const {
  return server_ ? server_->port() : 0;
}

int HttpServer::inFlight() const {
  return state_->inFlight;
}

void HttpServer::stop(std::chrono::milliseconds deadline) {
  if (!server_)
    return;
  state_->stopping = true;
  server_->stop();  // no new connections
  // TCPServer::stop() ends the accept loop but leaves the socket listening: new connections would
  // wait in the backlog, unanswered, until the deadline. Close it so that they are refused now.
  Poco::Net::ServerSocket(server_->socket()).close();
  const auto until = std::chrono::steady_clock::now() + deadline;
  while (state_->inFlight > 0 && std::chrono::steady_clock::now() < until) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  // Whatever still runs past the deadline, and idle keep-alive connections, are cut.
  server_->stopAll(true);
  pool_->joinAll();
  server_.reset();
}

}  // namespace caravan
