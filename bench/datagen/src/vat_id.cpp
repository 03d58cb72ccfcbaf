#include "caravan/datagen/vat_id.hpp"

namespace caravan::datagen {
namespace {

bool allDigits(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9')
      return false;
  }
  return !text.empty();
}

/// The German check digit of the first eight digits (ISO 7064 MOD 11,10).
char germanCheck(std::string_view eight) {
  int product = 10;
  for (char c : eight) {
    int sum = (c - '0' + product) % 10;
    if (sum == 0)
      sum = 10;
    product = (2 * sum) % 11;
  }
  return static_cast<char>('0' + (11 - product) % 10);
}

/// The Austrian check digit of the seven digits after "ATU": Luhn-style weights 1,2,1,2,...
char austrianCheck(std::string_view seven) {
  int sum = 0;
  for (std::size_t i = 0; i < seven.size(); ++i) {
    int d = seven[i] - '0';
    if (i % 2 == 1) {
      d *= 2;
      d = d / 10 + d % 10;
    }
    sum += d;
  }
  return static_cast<char>('0' + (10 - (sum + 4) % 10) % 10);
}

/// The Luhn check digit that completes `body`.
char luhnCheck(std::string_view body) {
  int sum = 0;
  for (std::size_t i = 0; i < body.size(); ++i) {
    int d = body[body.size() - 1 - i] - '0';
    if (i % 2 == 0) {  // doubled: these sit at odd positions once the check digit is appended
      d *= 2;
      if (d > 9)
        d -= 9;
    }
    sum += d;
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

/// The French key of a SIREN: (12 + 3 * (SIREN mod 97)) mod 97, two digits.
std::string frenchKey(std::string_view siren) {
  std::uint64_t value = 0;
  for (char c : siren)
    value = value * 10 + static_cast<std::uint64_t>(c - '0');
  const auto key = (12 + 3 * (value % 97)) % 97;
  return {static_cast<char>('0' + key / 10), static_cast<char>('0' + key % 10)};
}

std::string digits(Prng& prng, std::size_t count, char first = '0') {
  std::string out;
  out += static_cast<char>(first + prng.below(static_cast<std::uint64_t>('9' - first + 1)));
  while (out.size() < count)
    out += static_cast<char>('0' + prng.below(10));
  return out;
}

}  // namespace

bool canMakeVatId(std::string_view country) {
  return country == "DE" || country == "FR" || country == "AT";
}

std::string makeVatId(std::string_view country, Prng& prng) {
  if (country == "DE") {
    const std::string body = digits(prng, 8, '1');
    return "DE" + body + germanCheck(body);
  }
  if (country == "FR") {
    const std::string body = digits(prng, 8, '3');
    const std::string siren = body + luhnCheck(body);
    return "FR" + frenchKey(siren) + siren;
  }
  if (country == "AT") {
    const std::string body = digits(prng, 7, '1');
    return "ATU" + body + austrianCheck(body);
  }
  return {};
}

bool isValidVatId(std::string_view vatId) {
  if (vatId.size() == 11 && vatId.starts_with("DE")) {
    const auto number = vatId.substr(2);
    return allDigits(number) && number[0] != '0' && germanCheck(number.substr(0, 8)) == number[8];
  }
  if (vatId.size() == 13 && vatId.starts_with("FR")) {
    const auto key = vatId.substr(2, 2);
    const auto siren = vatId.substr(4);
    return allDigits(key) && allDigits(siren) && luhnCheck(siren.substr(0, 8)) == siren[8] &&
           frenchKey(siren) == key;
  }
  if (vatId.size() == 11 && vatId.starts_with("ATU")) {
    const auto number = vatId.substr(3);
    return allDigits(number) && austrianCheck(number.substr(0, 7)) == number[7];
  }
  return false;
}

}  // namespace caravan::datagen
