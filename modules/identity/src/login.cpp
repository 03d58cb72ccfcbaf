#include "login.hpp"

#include <caravan/platform/audit.hpp>
#include <caravan/platform/text.hpp>

namespace caravan::identity {

long long AddressThrottle::waitFor(const std::string& address) {
  std::lock_guard lock(mutex_);
  auto found = records_.find(address);
  if (found == records_.end())
    return 0;
  const auto now = std::chrono::steady_clock::now();
  if (found->second.blockedUntil <= now)
    return 0;
  return std::chrono::duration_cast<std::chrono::seconds>(found->second.blockedUntil - now)
             .count() +
         1;
}

void AddressThrottle::failed(const std::string& address) {
  std::lock_guard lock(mutex_);
  const auto now = std::chrono::steady_clock::now();
  if (records_.size() > 100000)
    records_.clear();  // bound memory under a flood of addresses
  Record& record = records_[address];
  if (now - record.windowStart > std::chrono::minutes(15))
    record = Record{0, now, now};
  ++record.failures;
  const int over = record.failures - freeFailures_;
  if (over > 0) {
    const auto seconds = std::min<long long>(900, 1LL << std::min(over, 10));
    record.blockedUntil = now + std::chrono::seconds(seconds);
  }
}

LoginService::LoginService(db::Pool& pool, IdGenerator& ids, const Accounts& accounts,
                           LoginSettings settings)
    : pool_(pool),
      ids_(ids),
      accounts_(accounts),
      settings_(settings),
      addresses_(settings.addressFailuresBeforeDelay) {}

void LoginService::recordFailure(const std::string& emailHash, std::uint64_t tenantId,
                                 const std::string& actor, const std::string& requestId) {
  pool_.transact([&](db::Session& session) {
    // Assignments run left to right and see the new `failures`.
    session.execute(
        "INSERT INTO login_failures (email_hash, failures, last_failure_at, locked_until) "
        "VALUES (?, 1, UTC_TIMESTAMP(6), NULL) ON DUPLICATE KEY UPDATE "
        "failures = IF(last_failure_at < UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, 1, failures + 1), "
        "locked_until = IF(failures >= ?, UTC_TIMESTAMP(6) + INTERVAL LEAST(1 << LEAST(failures - "
        "?, 6), 60) MINUTE, "
        "locked_until), last_failure_at = UTC_TIMESTAMP(6)",
        {emailHash, std::int64_t{settings_.accountFailuresBeforeLock},
         std::int64_t{settings_.accountFailuresBeforeLock}});
    writeAudit(session, ids_,
               {tenantId,
                actor,
                "identity.login.failed",
                "POST",
                "/api/v1/auth/login",
                401,
                {},
                {},
                {},
                requestId});
  });
}

LoginOutcome LoginService::login(db::Session& request, const std::string& email,
                                 const std::string& password, const std::string& clientAddress,
                                 const std::string& requestId) {
  if (const auto wait = addresses_.waitFor(clientAddress); wait > 0) {
    throw TooManyRequests("too many failed logins from this address; try again later", wait);
  }
  const auto normalised = normaliseEmail(email);
  std::string folded = normalised.value_or(trim(email));
  for (auto& c : folded)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const std::string emailHash = sha256Hex(folded);

  {
    auto lock = pool_.acquire().query(
        "SELECT GREATEST(1, TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(6), locked_until)) FROM "
        "login_failures "
        "WHERE email_hash = ? AND locked_until > UTC_TIMESTAMP(6)",
        {emailHash});
    if (lock.next()) {
      throw TooManyRequests("too many failed logins for this account; try again later",
                            lock.int64(1));
    }
  }

  std::optional<std::uint64_t> tenantId, userId;
  std::string hash, status;
  if (normalised) {
    auto rows = request.query(
        "SELECT l.tenant_id, l.user_id, u.password_hash, u.status FROM user_logins l "
        "JOIN users u ON u.tenant_id = l.tenant_id AND u.id = l.user_id WHERE l.email = ?",
        {*normalised});
    if (rows.next()) {
      tenantId = rows.uint64(1);
      userId = rows.uint64(2);
      hash = rows.string(3);
      status = rows.string(4);
    }
  }
  bool valid = false;
  if (userId) {
    valid = accounts_.hasher().verify(hash, password) && status == "active";
  } else {
    accounts_.hasher().burnEquivalentTime(password);
  }
  if (!valid) {
    recordFailure(emailHash, tenantId.value_or(0),
                  userId ? "user:" + std::to_string(*userId) : "anonymous", requestId);
    addresses_.failed(clientAddress);
    throw Unauthorized("the e-mail address or the password is wrong");
  }

  request.execute("DELETE FROM login_failures WHERE email_hash = ?", {emailHash});
  db::TenantSession tenant(request, *tenantId);
  tenant.execute("UPDATE users SET last_login_at = UTC_TIMESTAMP(6) WHERE tenant_id = ? AND id = ?",
                 {*userId});
  LoginOutcome outcome{*findUser(tenant, *userId),
                       createSession(request, ids_, *tenantId, *userId, settings_.sessionLifetime)};
  return outcome;
}

}  // namespace caravan::identity
