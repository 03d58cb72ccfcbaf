#pragma once

#include <caravan/platform/errors.hpp>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>

namespace caravan::identity {

/// Argon2id (libsodium crypto_pwhash_str) with configurable cost. The hash string carries its own
/// parameters and salt, so raising the cost later leaves old hashes verifiable.
class PasswordHasher {
 public:
  /// `opsLimit` and `memLimitBytes` as libsodium takes them; defaults are its INTERACTIVE level.
  PasswordHasher(unsigned long long opsLimit, std::size_t memLimitBytes);
  static PasswordHasher interactive();

  std::string hash(const std::string& password) const;
  bool verify(const std::string& hash, const std::string& password) const;
  /// Runs a verification against a fixed hash of the same cost, so that a login for an unknown
  /// account takes as long as one for a known account.
  void burnEquivalentTime(const std::string& password) const;

 private:
  unsigned long long opsLimit_;
  std::size_t memLimitBytes_;
  // Made on first need, not at start-up: every `caravan` command builds a hasher.
  struct Dummy {
    std::once_flag once;
    std::string hash;
  };
  std::shared_ptr<Dummy> dummy_ = std::make_shared<Dummy>();
};

/// The minimum rules a new password must meet: 12 to 128 characters, not on the shipped list of
/// common passwords (modules/identity/data/common-passwords.txt), not the account's e-mail address
/// or its local part, and not a single repeated character.
class PasswordPolicy {
 public:
  /// Reads the embedded list of common passwords.
  PasswordPolicy();
  /// The problem with `password` for the field `field`, or nullopt if acceptable.
  std::optional<FieldError> check(const std::string& field, const std::string& password,
                                  const std::string& email) const;
  std::size_t commonPasswordCount() const { return common_.size(); }

 private:
  std::set<std::string> common_;
};

}  // namespace caravan::identity
