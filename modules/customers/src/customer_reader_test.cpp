#include "customer_reader.hpp"

#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <map>

namespace caravan::customers {
namespace {

JsonObject parse(const std::string& text) {
  Poco::JSON::Parser parser;
  return parser.parse(text).extract<Poco::JSON::Object::Ptr>();
}

ReadContext context() {
  ReadContext made;
  FieldDefinition size;
  size.key = "shoe_size";
  size.type = "integer";
  made.fields.push_back(size);
  made.storeChannel = [](std::uint64_t id) -> std::optional<std::string> {
    if (id == 42)
      return "amazon";
    return std::nullopt;
  };
  return made;
}

/// field -> code of every error reading `body` raises.
std::map<std::string, std::string> errorsOf(const std::string& body, bool patch = false) {
  Customer customer;
  try {
    readCustomer(parse(body), customer, patch, context());
  } catch (const ValidationError& e) {
    std::map<std::string, std::string> found;
    for (const auto& error : e.fieldErrors())
      found[error.field] = error.code;
    return found;
  }
  return {};
}

TEST(ReadCustomer, ReadsAFullCustomer) {
  Customer customer;
  const auto changed = readCustomer(
      parse(R"({"name":"Jürgen Müller","country":"DE","language":"de-de","currency":"EUR",)"
            R"("vat_id":"de 123 456 789","emails":["Juergen@Example.DE",{"address":"jm@b.example",)"
            R"("primary":true}],"phones":["030 901820",{"raw":"+1 201 555 0123","type":"work"}],)"
            R"("addresses":[{"type":"shipping","line1":"Hauptstr. 5","city":"Wien","country":"AT",)"
            R"("phone":"01 5880"}],"identities":[{"store_id":"42","external_id":"A2B"},)"
            R"({"channel":"ebay","external_id":"jm_shop"}],"tags":["VIP"],)"
            R"("custom_attributes":{"shoe_size":44}})"),
      customer, false, context());
  EXPECT_EQ(customer.kind, "person");
  EXPECT_EQ(customer.nameLatin, "Jurgen Muller");
  EXPECT_EQ(customer.nameKey, "jurgen muller");
  EXPECT_EQ(customer.language, "de-DE");
  EXPECT_EQ(customer.vatId, "DE123456789");
  ASSERT_EQ(customer.emails.size(), 2u);
  EXPECT_EQ(customer.emails[0].address, "Juergen@example.de");
  EXPECT_FALSE(customer.emails[0].primary);
  EXPECT_TRUE(customer.emails[1].primary);
  ASSERT_EQ(customer.phones.size(), 2u);
  EXPECT_EQ(customer.phones[0].number.e164, "+4930901820") << "read in the customer's country";
  EXPECT_EQ(customer.phones[0].type, "landline");
  EXPECT_EQ(customer.phones[1].number.e164, "+12015550123");
  EXPECT_EQ(customer.phones[1].type, "work");
  ASSERT_EQ(customer.addresses.size(), 1u);
  EXPECT_TRUE(customer.addresses[0].isDefault) << "the only shipping address is its default";
  ASSERT_TRUE(customer.addresses[0].phone);
  EXPECT_EQ(customer.addresses[0].phone->e164, "+4315880") << "read in the address's country";
  ASSERT_EQ(customer.identities.size(), 2u);
  EXPECT_EQ(customer.identities[0].channel, "amazon") << "taken from the store";
  EXPECT_EQ(customer.identities[0].storeId, 42u);
  EXPECT_EQ(customer.tags, (std::vector<std::string>{"vip"}));
  EXPECT_EQ(customer.customAttributes, R"({"shoe_size":44})");
  EXPECT_NE(std::find(changed.begin(), changed.end(), "emails"), changed.end());
}

TEST(ReadCustomer, ReportsEveryFieldErrorAtOnce) {
  EXPECT_EQ(
      errorsOf(R"({"kind":"robot","country":"XX","currency":"EURO","language":"klingon!",)"
               R"("emails":["not-an-email",{"address":"a@@b"}],"phones":["+49 30 901820","hello",)"
               R"({"raw":"+49 30 1"}],"addresses":[{"type":"home","city":"X","country":"ZZ"}],)"
               R"("identities":[{"external_id":"x"},{"store_id":"7","external_id":"y"}],)"
               R"("custom_attributes":{"shoe_size":"big","colour":"red"},"surprise":1})"),
      (std::map<std::string, std::string>{{"name", "required"},
                                          {"kind", "invalid_value"},
                                          {"country", "unknown_country"},
                                          {"currency", "unknown_currency"},
                                          {"language", "unknown_language"},
                                          {"emails/0", "invalid_email"},
                                          {"emails/1/address", "invalid_email"},
                                          {"phones/1", "unparseable_phone"},
                                          {"phones/2/raw", "invalid_phone"},
                                          {"addresses/0/type", "invalid_value"},
                                          {"addresses/0/line1", "required"},
                                          {"addresses/0/country", "unknown_country"},
                                          {"identities/0/channel", "required"},
                                          {"identities/1/store_id", "not_found"},
                                          {"custom_attributes/shoe_size", "invalid_type"},
                                          {"custom_attributes/colour", "undefined_field"},
                                          {"surprise", "unknown_field"}}));
}

TEST(ReadCustomer, RefusesTwoPrimariesTwoDefaultsAndRepeats) {
  EXPECT_EQ(errorsOf(R"({"name":"A","emails":[{"address":"a@x.de","primary":true},)"
                     R"({"address":"b@x.de","primary":true},"A@X.DE"],)"
                     R"("phones":["+4930901820","+49 30 901820"],)"
                     R"("addresses":[{"type":"billing","default":true,"line1":"a","city":"b",)"
                     R"("country":"DE"},{"type":"billing","default":true,"line1":"a","city":"b",)"
                     R"("country":"DE"}],"identities":[{"channel":"ebay","external_id":"Jo"},)"
                     R"({"channel":"ebay","external_id":"jo"}]})"),
            (std::map<std::string, std::string>{{"emails", "multiple_primary"},
                                                {"emails/2", "duplicate"},
                                                {"phones/1", "duplicate"},
                                                {"addresses/1/default", "multiple_default"},
                                                {"identities/1", "duplicate"}}));
}

TEST(ReadCustomer, NeedsACountryForNationalNumbers) {
  EXPECT_EQ(errorsOf(R"({"name":"A","phones":["030 901820"]})"),
            (std::map<std::string, std::string>{{"phones/0", "unparseable_phone"}}));
}

TEST(ReadCustomer, PatchKeepsWhatIsNotGivenAndReplacesCollections) {
  Customer customer;
  readCustomer(parse(R"({"name":"Anna","country":"FR","emails":["a@x.fr","b@x.fr"],)"
                     R"("tags":["x"],"notes":"n"})"),
               customer, false, context());
  const auto changed =
      readCustomer(parse(R"({"emails":["c@x.fr"],"notes":null})"), customer, true, context());
  EXPECT_EQ(changed, (std::vector<std::string>{"emails", "notes"}));
  EXPECT_EQ(customer.name, "Anna");
  EXPECT_EQ(customer.country, "FR");
  ASSERT_EQ(customer.emails.size(), 1u);
  EXPECT_EQ(customer.emails[0].address, "c@x.fr");
  EXPECT_TRUE(customer.emails[0].primary);
  EXPECT_EQ(customer.tags, (std::vector<std::string>{"x"}));
  EXPECT_FALSE(customer.notes);
  EXPECT_EQ(errorsOf(R"({"name":null})", true),
            (std::map<std::string, std::string>{{"name", "required"}}));
}

}  // namespace
}  // namespace caravan::customers
