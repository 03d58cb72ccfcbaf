#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "caravan/datagen/locale.hpp"
#include "caravan/datagen/phone_maker.hpp"
#include "caravan/datagen/prng.hpp"

namespace caravan::datagen {

/// What a duplicate row shares with the earlier customer it repeats.
enum class DuplicateKind : std::uint8_t {
  None,        ///< not a duplicate
  Full,        ///< e-mail (other case), phone (other format), name variant, same address
  Email,       ///< only the e-mail, in other case
  Phone,       ///< only a phone number, in another format
  NamePostal,  ///< the name (without diacritics, other case or spacing) and postal code
  Identity,    ///< only the channel identity (Amazon buyer id, Shopify id, eBay user, e-mail)
};

/// One postal address, fields as the customers API names them.
struct Address {
  std::string_view type;  ///< "shipping" or "billing"
  std::string line1;
  std::string line2;
  std::string postalCode;
  std::string city;
  std::string_view region;
  std::string_view country;
};

/// One generated customer row. The generator reuses one instance, so a reference returned by
/// CustomerGenerator::next() is valid until the next call.
struct Customer {
  std::uint64_t row = 0;  ///< 1-based row number
  std::string externalId;
  std::string_view kind;  ///< "person" or "company"
  std::string name;
  std::string companyName;
  std::array<std::string, 2> emails;
  std::size_t emailCount = 0;
  std::array<Phone, 2> phoneNumbers;
  std::array<std::string, 2> phones;  ///< phoneNumbers as typed
  std::size_t phoneCount = 0;
  std::string_view country;
  std::string_view language;
  std::string_view currency;
  std::array<std::string_view, 3> tags;
  std::size_t tagCount = 0;
  std::string vatId;
  std::string_view sourceChannel;
  Address address;
  std::string_view identityChannel;  ///< empty when the customer has no channel identity
  std::string identityExternalId;
  std::string_view notes;

  /// Where the row came from: its country's index in locales(), and for a duplicate the row
  /// it repeats and what they share. Not written out; for tests and summaries.
  std::size_t localeIndex = 0;
  DuplicateKind duplicateKind = DuplicateKind::None;
  std::uint64_t duplicateOf = 0;
  const Name* given = nullptr;
  const Name* family = nullptr;

  /// The e-mail addresses in use.
  std::span<const std::string> emailList() const { return {emails.data(), emailCount}; }
  /// The phone numbers in use, as typed.
  std::span<const std::string> phoneList() const { return {phones.data(), phoneCount}; }
  /// The tags in use.
  std::span<const std::string_view> tagList() const { return {tags.data(), tagCount}; }
};

/// What to generate.
struct CustomerOptions {
  std::uint64_t seed = 1;
  double duplicateShare = 0.05;      ///< share of rows that repeat an earlier customer
  std::size_t reservoirSize = 4096;  ///< earlier customers kept as duplicate sources
};

/// Counts kept while generating.
struct CustomerStats {
  std::uint64_t rows = 0;
  std::uint64_t duplicates = 0;
};

/// Generates customer rows one at a time, deterministically from the seed, in constant memory:
/// duplicates draw their originals from a reservoir sample of earlier rows.
class CustomerGenerator {
 public:
  /// A generator over locales(); building its phone patterns takes a moment (libphonenumber).
  explicit CustomerGenerator(CustomerOptions options);
  ~CustomerGenerator();
  CustomerGenerator(const CustomerGenerator&) = delete;
  CustomerGenerator& operator=(const CustomerGenerator&) = delete;

  /// The next row.
  const Customer& next();

  /// Rows and duplicates so far.
  const CustomerStats& stats() const { return stats_; }

  /// The phone patterns in use (to turn a Phone into E.164, for instance).
  const PhoneMaker& phoneMaker() const { return *phones_; }

 private:
  void makeOriginal(Customer& customer, std::size_t localeIndex);
  void makeDuplicate(Customer& customer, const Customer& source);
  void remember(const Customer& customer);
  std::size_t pickLocale();
  std::string nameVariant(const Customer& source, bool keepMatchKey);
  void makeAddress(Address& address, std::size_t localeIndex);
  void makeEmail(std::string& out, const Customer& customer, std::string_view domain,
                 unsigned pattern);
  void makeIdentity(Customer& customer);

  CustomerOptions options_;
  Prng prng_;
  std::unique_ptr<PhoneMaker> phones_;
  std::vector<unsigned> cumulativeWeights_;
  Customer current_;
  std::vector<Customer> reservoir_;
  std::uint64_t originals_ = 0;
  CustomerStats stats_;
};

/// The CSV header line of customer rows (with its line break).
std::string_view customerCsvHeader();

/// Appends `customer` as one CSV record (RFC 4180, with its line break).
void appendCustomerCsv(std::string& out, const Customer& customer);

/// Appends `customer` as one JSON object in the customers API's shape, and a line break.
void appendCustomerJson(std::string& out, const Customer& customer);

}  // namespace caravan::datagen
