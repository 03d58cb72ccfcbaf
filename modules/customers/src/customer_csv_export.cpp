#include "customer_csv_export.hpp"

#include "import_rows.hpp"

namespace caravan::customers {

namespace {

/// A CSV field, quoted when it holds a comma, a quote or a line break.
std::string field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos)
    return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"')
      quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

template <typename Items, typename Text>
std::string joined(const Items& items, Text text) {
  std::string result;
  for (const auto& item : items)
    result += (result.empty() ? "" : ";") + text(item);
  return result;
}

}  // namespace

std::string exportHeader() {
  std::string line;
  for (const auto& column : importColumns())
    line += (line.empty() ? "" : ",") + column;
  return line + "\r\n";
}

std::string exportRecord(const Customer& c) {
  const CustomerAddress* address = c.addresses.empty() ? nullptr : &c.addresses.front();
  const CustomerIdentity* identity = c.identities.empty() ? nullptr : &c.identities.front();
  const auto optional = [](const std::optional<std::string>& value) { return value.value_or(""); };
  const std::vector<std::string> cells{
      optional(c.externalId),
      c.kind,
      c.name,
      optional(c.companyName),
      joined(c.emails, [](const CustomerEmail& e) { return e.address; }),
      joined(c.phones, [](const CustomerPhone& p) { return p.number.raw; }),
      optional(c.country),
      optional(c.language),
      optional(c.currency),
      joined(c.tags, [](const std::string& tag) { return tag; }),
      optional(c.vatId),
      optional(c.sourceChannel),
      address ? address->type : "",
      address ? address->line1 : "",
      address ? optional(address->line2) : "",
      address ? optional(address->postalCode) : "",
      address ? address->city : "",
      address ? optional(address->region) : "",
      address ? address->country : "",
      identity ? identity->channel : "",
      identity ? identity->externalId : "",
      optional(c.notes)};
  std::string line;
  for (std::size_t i = 0; i < cells.size(); ++i)
    line += (i ? "," : "") + field(cells[i]);
  return line + "\r\n";
}

}  // namespace caravan::customers
