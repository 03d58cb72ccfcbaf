#include "passwords.hpp"

#include <sodium.h>

#include <algorithm>
#include <caravan/embedded/caravan_embedded_identity_data.hpp>
#include <caravan/platform/text.hpp>
#include <sstream>
#include <stdexcept>

namespace caravan::identity {

namespace {

void initialiseSodium() {
  static const int ready = sodium_init();
  if (ready < 0)
    throw std::runtime_error("libsodium could not be initialised");
}

std::string lower(std::string text) {
  for (auto& c : text)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::size_t codePoints(const std::string& text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](unsigned char c) { return (c & 0xC0) != 0x80; }));
}

}  // namespace

PasswordHasher::PasswordHasher(unsigned long long opsLimit, std::size_t memLimitBytes)
    : opsLimit_(opsLimit), memLimitBytes_(memLimitBytes) {
  initialiseSodium();
}

PasswordHasher PasswordHasher::interactive() {
  return PasswordHasher(crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
}

std::string PasswordHasher::hash(const std::string& password) const {
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), opsLimit_, memLimitBytes_) != 0) {
    throw std::runtime_error("password hashing ran out of memory");
  }
  return out;
}

bool PasswordHasher::verify(const std::string& hash, const std::string& password) const {
  if (hash.size() >= crypto_pwhash_STRBYTES)
    return false;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

void PasswordHasher::burnEquivalentTime(const std::string& password) const {
  std::call_once(dummy_->once, [this] {
    dummy_->hash = hash("nobody's password: it only spends the time of a check");
  });
  (void)verify(dummy_->hash, password);
}

PasswordPolicy::PasswordPolicy() {
  for (const auto& file : caravan_embedded_identity::data()) {
    if (file.name != "common-passwords.txt")
      continue;
    std::istringstream lines{std::string(file.content)};
    std::string line;
    while (std::getline(lines, line)) {
      line = trim(line);
      if (!line.empty() && line[0] != '#')
        common_.insert(lower(line));
    }
  }
  if (common_.empty())
    throw std::logic_error("the common-password list is missing from the build");
}

std::optional<FieldError> PasswordPolicy::check(const std::string& field,
                                                const std::string& password,
                                                const std::string& email) const {
  const auto length = codePoints(password);
  if (length < 12)
    return FieldError{field, "too_short", "must be at least 12 characters"};
  if (length > 128)
    return FieldError{field, "too_long", "must be at most 128 characters"};
  const std::string folded = lower(password);
  if (common_.count(folded)) {
    return FieldError{field, "too_common", "is one of the most commonly used passwords"};
  }
  if (std::all_of(password.begin(), password.end(), [&](char c) { return c == password[0]; })) {
    return FieldError{field, "too_simple", "must not repeat a single character"};
  }
  const std::string address = lower(email);
  const std::string local = address.substr(0, address.find('@'));
  if (!address.empty() &&
      (folded == address || (local.size() >= 4 && folded.find(local) != std::string::npos))) {
    return FieldError{field, "contains_email", "must not contain the e-mail address"};
  }
  return std::nullopt;
}

}  // namespace caravan::identity
