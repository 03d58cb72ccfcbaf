#pragma once

#include <caravan/platform/db.hpp>
#include <chrono>
#include <map>
#include <mutex>

#include "accounts.hpp"
#include "sessions.hpp"

namespace caravan::identity {

/// Failed logins per client address, in this process: after `freeFailures` within a window the
/// address waits, twice as long after each further failure (up to 15 minutes).
class AddressThrottle {
 public:
  explicit AddressThrottle(int freeFailures) : freeFailures_(freeFailures) {}
  /// Seconds `address` must wait before its next attempt; 0 when it may try now.
  long long waitFor(const std::string& address);
  void failed(const std::string& address);

 private:
  struct Record {
    int failures = 0;
    std::chrono::steady_clock::time_point windowStart;
    std::chrono::steady_clock::time_point blockedUntil;
  };
  int freeFailures_;
  std::mutex mutex_;
  std::map<std::string, Record> records_;
};

struct LoginSettings {
  std::chrono::seconds sessionLifetime{12 * 3600};
  int accountFailuresBeforeLock = 5;  ///< then 1, 2, 4 ... up to 60 minutes locked
  int addressFailuresBeforeDelay = 20;
};

struct LoginOutcome {
  User user;
  CreatedSession session;
};

/// Checks a login and opens a session. Wrong password, unknown address and disabled user all give
/// the same 401 after the same Argon2 work; failures count per e-mail address (in the database,
/// whether or not a user has it, so a lockout reveals nothing) and per client address.
class LoginService {
 public:
  LoginService(db::Pool& pool, IdGenerator& ids, const Accounts& accounts, LoginSettings settings);

  /// Writes the session in `request` (the login request's transaction); failures are recorded
  /// in transactions of their own, since the request itself rolls back.
  LoginOutcome login(db::Session& request, const std::string& email, const std::string& password,
                     const std::string& clientAddress, const std::string& requestId);

 private:
  void recordFailure(const std::string& emailHash, std::uint64_t tenantId, const std::string& actor,
                     const std::string& requestId);

  db::Pool& pool_;
  IdGenerator& ids_;
  const Accounts& accounts_;
  LoginSettings settings_;
  AddressThrottle addresses_;
};

}  // namespace caravan::identity
