#include "caravan/datagen/customer.hpp"
#include "caravan/datagen/writers.hpp"

namespace caravan::datagen {
namespace {

template <typename List>
void appendJoinedCsv(std::string& out, const List& items) {
  std::string joined;
  for (const auto& item : items) {
    if (!joined.empty())
      joined += ';';
    joined += item;
  }
  appendCsvField(out, joined);
}

/// Writes `"key":value` pairs of one JSON object, with the commas between them.
class JsonObject {
 public:
  explicit JsonObject(std::string& out) : out_(out) { out_ += '{'; }
  ~JsonObject() { out_ += '}'; }
  JsonObject(const JsonObject&) = delete;
  JsonObject& operator=(const JsonObject&) = delete;

  /// A string member, always written.
  void field(std::string_view name, std::string_view value) {
    key(name);
    appendJsonString(out_, value);
  }
  /// A string member, left out when empty.
  void optional(std::string_view name, std::string_view value) {
    if (!value.empty())
      field(name, value);
  }
  /// Starts a member's value; the caller writes it.
  void key(std::string_view name) {
    if (!first_)
      out_ += ',';
    first_ = false;
    appendJsonString(out_, name);
    out_ += ':';
  }

 private:
  std::string& out_;
  bool first_ = true;
};

}  // namespace

std::string_view customerCsvHeader() {
  return "external_id,kind,name,company_name,emails,phones,country,language,currency,tags,"
         "vat_id,source_channel,address_type,address_line1,address_line2,postal_code,city,"
         "region,address_country,identity_channel,identity_external_id,notes\r\n";
}

void appendCustomerCsv(std::string& out, const Customer& c) {
  const auto field = [&out](std::string_view value) {
    appendCsvField(out, value);
    out += ',';
  };
  field(c.externalId);
  field(c.kind);
  field(c.name);
  field(c.companyName);
  appendJoinedCsv(out, c.emailList());
  out += ',';
  appendJoinedCsv(out, c.phoneList());
  out += ',';
  field(c.country);
  field(c.language);
  field(c.currency);
  appendJoinedCsv(out, c.tagList());
  out += ',';
  field(c.vatId);
  field(c.sourceChannel);
  field(c.address.type);
  field(c.address.line1);
  field(c.address.line2);
  field(c.address.postalCode);
  field(c.address.city);
  field(c.address.region);
  field(c.address.country);
  field(c.identityChannel);
  field(c.identityExternalId);
  appendCsvField(out, c.notes);
  out += "\r\n";
}

void appendCustomerJson(std::string& out, const Customer& c) {
  {
    JsonObject object(out);
    object.field("external_id", c.externalId);
    object.field("kind", c.kind);
    object.field("name", c.name);
    object.optional("company_name", c.companyName);
    object.key("emails");
    out += '[';
    for (std::size_t i = 0; i < c.emailCount; ++i) {
      if (i > 0)
        out += ',';
      appendJsonString(out, c.emails[i]);
    }
    out += ']';
    if (c.phoneCount > 0) {
      object.key("phones");
      out += '[';
      for (std::size_t i = 0; i < c.phoneCount; ++i) {
        if (i > 0)
          out += ',';
        JsonObject phone(out);
        phone.field("raw", c.phones[i]);
      }
      out += ']';
    }
    object.field("country", c.country);
    object.field("language", c.language);
    object.field("currency", c.currency);
    if (c.tagCount > 0) {
      object.key("tags");
      out += '[';
      for (std::size_t i = 0; i < c.tagCount; ++i) {
        if (i > 0)
          out += ',';
        appendJsonString(out, c.tags[i]);
      }
      out += ']';
    }
    object.optional("vat_id", c.vatId);
    object.field("source_channel", c.sourceChannel);
    object.key("addresses");
    out += '[';
    {
      JsonObject address(out);
      address.field("type", c.address.type);
      address.field("line1", c.address.line1);
      address.optional("line2", c.address.line2);
      address.optional("postal_code", c.address.postalCode);
      address.field("city", c.address.city);
      address.optional("region", c.address.region);
      address.field("country", c.address.country);
    }
    out += ']';
    if (!c.identityChannel.empty()) {
      object.key("identities");
      out += '[';
      {
        JsonObject identity(out);
        identity.field("channel", c.identityChannel);
        identity.field("external_id", c.identityExternalId);
      }
      out += ']';
    }
    object.optional("notes", c.notes);
  }
  out += '\n';
}

}  // namespace caravan::datagen
