#include <caravan/platform/errors.hpp>

namespace caravan {

ApiError::ApiError(int status, std::string code, std::string detail)
    : std::runtime_error(std::move(detail)), status_(status), code_(std::move(code)) {}

ApiError& ApiError::withField(FieldError error) {
  fieldErrors_.push_back(std::move(error));
  return *this;
}

ApiError& ApiError::withHeader(std::string name, std::string value) {
  headers_[std::move(name)] = std::move(value);
  return *this;
}

namespace {
std::string describe(const std::vector<FieldError>& errors) {
  if (errors.size() == 1)
    return errors.front().field + ": " + errors.front().message;
  return std::to_string(errors.size()) + " fields are invalid";
}
}  // namespace

ValidationError::ValidationError(std::vector<FieldError> errors)
    : ApiError(400, "validation_failed", describe(errors)) {
  for (auto& error : errors)
    withField(std::move(error));
}

ValidationError::ValidationError(std::string field, std::string code, std::string message)
    : ValidationError(
          std::vector<FieldError>{{std::move(field), std::move(code), std::move(message)}}) {}

BadRequest::BadRequest(std::string detail, std::string code)
    : ApiError(400, std::move(code), std::move(detail)) {}

Unauthorized::Unauthorized(std::string detail)
    : ApiError(401, "unauthenticated", std::move(detail)) {
  withHeader("WWW-Authenticate", "Bearer");
}

Forbidden::Forbidden(const std::string& permission)
    : ApiError(403, "forbidden", "this request needs the permission '" + permission + "'") {}

NotFound::NotFound(std::string detail) : ApiError(404, "not_found", std::move(detail)) {}

Conflict::Conflict(std::string detail, std::string code)
    : ApiError(409, std::move(code), std::move(detail)) {}

PreconditionFailed::PreconditionFailed(std::string detail)
    : ApiError(412, "version_mismatch", std::move(detail)) {}

PreconditionRequired::PreconditionRequired()
    : ApiError(428, "if_match_required",
               "send If-Match with the ETag of the version you are changing") {}

PayloadTooLarge::PayloadTooLarge(std::size_t limit)
    : ApiError(413, "payload_too_large",
               "the request body exceeds the limit of " + std::to_string(limit) + " bytes") {}

UnsupportedMediaType::UnsupportedMediaType(std::string expected)
    : ApiError(415, "unsupported_media_type", "the request body must be " + expected) {}

Unprocessable::Unprocessable(std::string detail, std::string code)
    : ApiError(422, std::move(code), std::move(detail)) {}

TooManyRequests::TooManyRequests(std::string detail, long long retryAfterSeconds)
    : ApiError(429, "too_many_requests", std::move(detail)) {
  withHeader("Retry-After", std::to_string(retryAfterSeconds));
}

Unavailable::Unavailable(std::string detail, int retryAfterSeconds)
    : ApiError(503, "unavailable", std::move(detail)) {
  withHeader("Retry-After", std::to_string(retryAfterSeconds));
}

}  // namespace caravan
