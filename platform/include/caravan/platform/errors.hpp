#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace caravan {

/// One problem with one input field. `field` is a JSON-pointer-like path ("lines/2/sku"),
/// `code` a stable machine word ("required", "invalid_type", "too_long", ...).
struct FieldError {
  std::string field;
  std::string code;
  std::string message;
};

/// Every error a request may end with. The router turns it into application/problem+json
/// (RFC 9457) in one place; handlers and services only throw.
class ApiError : public std::runtime_error {
 public:
  ApiError(int status, std::string code, std::string detail);

  int status() const { return status_; }
  /// Stable machine-readable code, e.g. "validation_failed", "not_found".
  const std::string& code() const { return code_; }
  const std::vector<FieldError>& fieldErrors() const { return fieldErrors_; }
  /// Extra response headers (Allow, Retry-After, ...).
  const std::map<std::string, std::string>& headers() const { return headers_; }

  ApiError& withField(FieldError error);
  ApiError& withHeader(std::string name, std::string value);

 private:
  int status_;
  std::string code_;
  std::vector<FieldError> fieldErrors_;
  std::map<std::string, std::string> headers_;
};

/// 400: the input is well-formed but one or more fields are wrong; carries every field error.
class ValidationError : public ApiError {
 public:
  explicit ValidationError(std::vector<FieldError> errors);
  ValidationError(std::string field, std::string code, std::string message);
};

/// 400 for input that cannot be read at all (malformed JSON, bad query syntax).
class BadRequest : public ApiError {
 public:
  explicit BadRequest(std::string detail, std::string code = "bad_request");
};

class Unauthorized : public ApiError {
 public:
  explicit Unauthorized(std::string detail = "authentication required");
};

class Forbidden : public ApiError {
 public:
  explicit Forbidden(const std::string& permission);
};

class NotFound : public ApiError {
 public:
  explicit NotFound(std::string detail = "no such resource");
};

class Conflict : public ApiError {
 public:
  explicit Conflict(std::string detail, std::string code = "conflict");
};

/// 412: If-Match named a version that is no longer current.
class PreconditionFailed : public ApiError {
 public:
  explicit PreconditionFailed(std::string detail = "the resource has changed; fetch it again");
};

/// 428: an update that must name the version it changes came without If-Match.
class PreconditionRequired : public ApiError {
 public:
  PreconditionRequired();
};

class PayloadTooLarge : public ApiError {
 public:
  explicit PayloadTooLarge(std::size_t limit);
};

class UnsupportedMediaType : public ApiError {
 public:
  explicit UnsupportedMediaType(std::string expected);
};

/// 422: understood, well-formed, but cannot be processed (e.g. an Idempotency-Key reused with
/// another body).
class Unprocessable : public ApiError {
 public:
  Unprocessable(std::string detail, std::string code);
};

/// 429: too many attempts (logins); the client may try again after `retryAfterSeconds`.
class TooManyRequests : public ApiError {
 public:
  TooManyRequests(std::string detail, long long retryAfterSeconds);
};

/// 503: a dependency (the database) is unreachable; the client may retry after `retryAfterSeconds`.
class Unavailable : public ApiError {
 public:
  explicit Unavailable(std::string detail, int retryAfterSeconds = 1);
};

/// A configuration or start-up error: stops the process with a clear message.
class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace caravan
