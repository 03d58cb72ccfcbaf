// VAT id checks: the format and check-digit rules each country publishes (collected, with their
// sources, by python-stdnum, whose validators these follow and were compared against).
#include <algorithm>
#include <array>
#include <caravan/tax/tax.hpp>
#include <cstdint>
#include <string>

namespace caravan::tax {

namespace {

enum class Verdict { Valid, BadFormat, BadCheck };

using Body = std::string;  // the id without its country prefix; a checker may normalise it

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

bool allDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), isDigit);
}

int digit(char c) {
  return c - '0';
}

/// Sum of weights[i] * digit i over the first weights.size() characters.
template <std::size_t N>
int weighted(std::string_view digits, const std::array<int, N>& weights) {
  int sum = 0;
  for (std::size_t i = 0; i < N; ++i)
    sum += weights[i] * digit(digits[i]);
  return sum;
}

/// Python's %, never negative for a positive divisor.
int mod(long long value, int divisor) {
  const long long rest = value % divisor;
  return static_cast<int>(rest < 0 ? rest + divisor : rest);
}

/// The Luhn checksum (0 for a valid number): every second digit from the right doubled.
int luhn(std::string_view digits) {
  int sum = 0;
  bool doubled = false;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    int value = digit(*it);
    if (doubled) {
      value *= 2;
      value = value / 10 + value % 10;
    }
    sum += value;
    doubled = !doubled;
  }
  return sum % 10;
}

/// The Luhn check digit that completes `digits`.
int luhnCheckDigit(std::string_view digits) {
  return (10 - luhn(std::string(digits) + "0")) % 10;
}

/// ISO 7064 MOD 11,10 over all digits: 1 for a valid number.
bool iso7064Mod11_10(std::string_view digits) {
  int check = 5;
  for (char c : digits)
    check = (((check == 0 ? 10 : check) * 2) % 11 + digit(c)) % 10;
  return check == 1;
}

/// ISO 7064 MOD 97-10 over letters (A = 10 ... Z = 35) and digits: 1 for a valid number.
bool iso7064Mod97_10(std::string_view text) {
  int rest = 0;
  for (char c : text) {
    if (isDigit(c)) {
      rest = (rest * 10 + digit(c)) % 97;
    } else {
      rest = (rest * 100 + (c - 'A' + 10)) % 97;
    }
  }
  return rest == 1;
}

long long number(std::string_view digits) {
  long long value = 0;
  for (char c : digits)
    value = value * 10 + digit(c);
  return value;
}

bool isLeapYear(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

bool isDate(int year, int month, int day) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1)
    return false;
  const int days = kDays[month - 1] + (month == 2 && isLeapYear(year) ? 1 : 0);
  return day <= days;
}

Verdict verdict(bool ok) {
  return ok ? Verdict::Valid : Verdict::BadCheck;
}

// --- birth numbers some states use as VAT ids of persons -----------------------------------

/// Czech and Slovak birth number (rodné číslo), 9 digits before 1954, 10 after.
Verdict czechBirthNumber(std::string_view id) {
  if (!allDigits(id) || (id.size() != 9 && id.size() != 10))
    return Verdict::BadFormat;
  int year = 1900 + static_cast<int>(number(id.substr(0, 2)));
  const int month = static_cast<int>(number(id.substr(2, 2))) % 50 % 20;  // +50 women, +20 overflow
  const int day = static_cast<int>(number(id.substr(4, 2)));
  if (id.size() == 9) {
    if (year >= 1980)
      year -= 100;
    if (year > 1953)
      return Verdict::BadFormat;
  } else if (year < 1954) {
    year += 100;
  }
  if (!isDate(year, month, day))
    return Verdict::BadFormat;
  if (id.size() == 10) {
    int check = static_cast<int>(number(id.substr(0, 9)) % 11);
    if (year < 1985)
      check %= 10;  // before 1985 a remainder of 10 was written as 0
    return verdict(check == digit(id[9]));
  }
  return Verdict::Valid;
}

/// Bulgarian personal number (EGN) with its date of birth.
bool bulgarianEgn(std::string_view id) {
  int year = 1900 + static_cast<int>(number(id.substr(0, 2)));
  int month = static_cast<int>(number(id.substr(2, 2)));
  const int day = static_cast<int>(number(id.substr(4, 2)));
  if (month > 40) {
    year += 100;
    month -= 40;
  } else if (month > 20) {
    year -= 100;
    month -= 20;
  }
  if (!isDate(year, month, day))
    return false;
  return weighted(id, std::array{2, 4, 8, 5, 10, 9, 7, 3, 6}) % 11 % 10 == digit(id[9]);
}

// --- one checker per country ---------------------------------------------------------------

Verdict austria(Body& b) {
  if (b.size() != 9 || b[0] != 'U' || !allDigits(b.substr(1)))
    return Verdict::BadFormat;
  return verdict(mod(6 - luhn(b.substr(1, 7)), 10) == digit(b[8]));
}

Verdict belgium(Body& b) {
  if (b.size() == 9)
    b = "0" + b;  // the old nine-digit form
  if (b.size() != 10 || !allDigits(b) || (b[0] != '0' && b[0] != '1'))
    return Verdict::BadFormat;
  return verdict((number(b.substr(0, 8)) + number(b.substr(8))) % 97 == 0);
}

Verdict bulgaria(Body& b) {
  if (!allDigits(b))
    return Verdict::BadFormat;
  if (b.size() == 9) {
    int check = 0;
    for (int i = 0; i < 8; ++i)
      check += (i + 1) * digit(b[i]);
    check %= 11;
    if (check == 10) {
      check = 0;
      for (int i = 0; i < 8; ++i)
        check += (i + 3) * digit(b[i]);
      check %= 11;
    }
    return verdict(check % 10 == digit(b[8]));
  }
  if (b.size() == 10) {
    const bool foreigner =
        weighted(b, std::array{21, 19, 17, 13, 11, 9, 7, 3, 1}) % 10 == digit(b[9]);
    const bool other =
        mod(11 - weighted(b, std::array{4, 3, 2, 7, 6, 5, 4, 3, 2}), 11) == digit(b[9]);
    return verdict(bulgarianEgn(b) || foreigner || other);
  }
  return Verdict::BadFormat;
}

Verdict cyprus(Body& b) {
  if (b.size() != 9 || !allDigits(b.substr(0, 8)) || b[8] < 'A' || b[8] > 'Z')
    return Verdict::BadFormat;
  if (b.compare(0, 2, "12") == 0)
    return Verdict::BadFormat;
  static constexpr std::array<int, 10> kOdd = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21};
  int sum = 0;
  for (int i = 0; i < 8; ++i)
    sum += i % 2 == 0 ? kOdd[digit(b[i])] : digit(b[i]);
  return verdict(b[8] == static_cast<char>('A' + sum % 26));
}

Verdict czechia(Body& b) {
  if (!allDigits(b))
    return Verdict::BadFormat;
  if (b.size() == 8) {
    if (b[0] == '9')
      return Verdict::BadFormat;
    int check = mod(11 - weighted(b, std::array{8, 7, 6, 5, 4, 3, 2}), 11);
    if (check == 0)
      check = 1;
    return verdict(check % 10 == digit(b[7]));
  }
  if (b.size() == 9 && b[0] == '6') {
    // Individuals without a birth number: the check skips the leading 6.
    const int sum = weighted(b.substr(1), std::array{8, 7, 6, 5, 4, 3, 2}) % 11;
    return verdict(mod(8 - mod(10 - sum, 11), 10) == digit(b[8]));
  }
  if (b.size() == 9 || b.size() == 10)
    return czechBirthNumber(b);
  return Verdict::BadFormat;
}

Verdict germany(Body& b) {
  if (b.size() != 9 || !allDigits(b) || b[0] == '0')
    return Verdict::BadFormat;
  return verdict(iso7064Mod11_10(b));
}

Verdict denmark(Body& b) {
  if (b.size() != 8 || !allDigits(b) || b[0] == '0')
    return Verdict::BadFormat;
  return verdict(weighted(b, std::array{2, 7, 6, 5, 4, 3, 2, 1}) % 11 == 0);
}

Verdict estonia(Body& b) {
  if (b.size() != 9 || !allDigits(b))
    return Verdict::BadFormat;
  return verdict(weighted(b, std::array{3, 7, 1, 3, 7, 1, 3, 7, 1}) % 10 == 0);
}

Verdict greece(Body& b) {
  if (b.size() == 8)
    b = "0" + b;  // the old eight-digit form
  if (b.size() != 9 || !allDigits(b))
    return Verdict::BadFormat;
  long long sum = 0;
  for (int i = 0; i < 8; ++i)
    sum = sum * 2 + digit(b[i]);
  return verdict(sum * 2 % 11 % 10 == digit(b[8]));
}

char dniLetter(long long value) {
  static constexpr std::string_view kLetters = "TRWAGMYFPDXBNJZSQVHLCKE";
  return kLetters[static_cast<std::size_t>(value % 23)];
}

Verdict spain(Body& b) {
  if (b.size() != 9 || !allDigits(b.substr(1, 7)))
    return Verdict::BadFormat;
  const char first = b[0];
  const char last = b[8];
  if (first == 'K' || first == 'L' || first == 'M')
    return verdict(last == dniLetter(number(b.substr(1, 7))));
  if (isDigit(first)) {  // DNI: a resident's national id
    return verdict(last == dniLetter(number(b.substr(0, 8))));
  }
  if (first == 'X' || first == 'Y' || first == 'Z') {  // NIE: a foreigner's
    const long long prefix = first - 'X';
    return verdict(last == dniLetter(prefix * 10000000 + number(b.substr(1, 7))));
  }
  if (std::string_view("ABCDEFGHJNPQRSUVW").find(first) == std::string_view::npos)
    return Verdict::BadFormat;
  // CIF: a company's; some forms end in the digit, others in the letter J, A ... I.
  const int check = luhnCheckDigit(b.substr(1, 7));
  return verdict(last == static_cast<char>('0' + check) || last == "JABCDEFGHI"[check]);
}

Verdict finland(Body& b) {
  if (b.size() != 8 || !allDigits(b))
    return Verdict::BadFormat;
  return verdict(weighted(b, std::array{7, 9, 10, 5, 8, 4, 2, 1}) % 11 == 0);
}

Verdict france(Body& b) {
  static constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  if (b.size() != 11 || kAlphabet.find(b[0]) == std::string_view::npos ||
      kAlphabet.find(b[1]) == std::string_view::npos || !allDigits(b.substr(2)))
    return Verdict::BadFormat;
  const std::string siren = b.substr(2);
  if (siren.compare(0, 3, "000") != 0 && luhn(siren) != 0)
    return Verdict::BadCheck;  // numbers from Monaco (000...) are no SIREN
  if (isDigit(b[0]) && isDigit(b[1]))
    return verdict(number(b.substr(0, 2)) == (number(siren) * 100 + 12) % 97);
  // The newer alphanumeric keys.
  const long long first = static_cast<long long>(kAlphabet.find(b[0]));
  const long long second = static_cast<long long>(kAlphabet.find(b[1]));
  const long long check = isDigit(b[0]) ? first * 24 + second - 10 : first * 34 + second - 100;
  return verdict((number(siren) + 1 + check / 11) % 11 == check % 11);
}

Verdict croatia(Body& b) {
  if (b.size() != 11 || !allDigits(b))
    return Verdict::BadFormat;
  return verdict(iso7064Mod11_10(b));
}

Verdict hungary(Body& b) {
  if (b.size() != 8 || !allDigits(b))
    return Verdict::BadFormat;
  return verdict(weighted(b, std::array{9, 7, 3, 1, 9, 7, 3, 1}) % 10 == 0);
}

Verdict ireland(Body& b) {
  static constexpr std::string_view kAlphabet = "WABCDEFGHIJKLMNOPQRSTUV";
  if ((b.size() != 8 && b.size() != 9) || !isDigit(b[0]) || !allDigits(b.substr(2, 5)))
    return Verdict::BadFormat;
  for (std::size_t i = 7; i < b.size(); ++i) {
    if (kAlphabet.find(b[i]) == std::string_view::npos)
      return Verdict::BadFormat;
  }
  // Seven digits (zero-filled from the left) weighted 8..2, plus 9 times the second letter.
  const auto checkLetter = [&](std::string digits, char second) {
    digits.insert(0, 7 - digits.size(), '0');
    int sum = weighted(digits, std::array{8, 7, 6, 5, 4, 3, 2});
    if (second)
      sum += 9 * static_cast<int>(kAlphabet.find(second));
    return kAlphabet[static_cast<std::size_t>(sum % 23)];
  };
  if (allDigits(b.substr(0, 7)))
    return verdict(b[7] == checkLetter(b.substr(0, 7), b.size() == 9 ? b[8] : 0));
  if ((b[1] >= 'A' && b[1] <= 'Z') || b[1] == '+' || b[1] == '*') {
    // The old form: digit, letter or symbol, five digits, check letter.
    if (b.size() != 8)
      return Verdict::BadFormat;
    return verdict(b[7] == checkLetter(b.substr(2, 5) + b[0], 0));
  }
  return Verdict::BadFormat;
}

Verdict italy(Body& b) {
  if (b.size() != 11 || !allDigits(b) || number(b.substr(0, 7)) == 0)
    return Verdict::BadFormat;
  const std::string office = b.substr(7, 3);
  const bool knownOffice = (office >= "001" && office <= "100") || office == "120" ||
                           office == "121" || office == "888" || office == "999";
  if (!knownOffice)
    return Verdict::BadFormat;
  return verdict(luhn(b) == 0);
}

Verdict lithuania(Body& b) {
  if (!allDigits(b))
    return Verdict::BadFormat;
  if (b.size() == 9) {
    if (b[7] != '1')
      return Verdict::BadFormat;
  } else if (b.size() == 12) {
    if (b[10] != '1')
      return Verdict::BadFormat;
  } else {
    return Verdict::BadFormat;
  }
  const std::size_t n = b.size() - 1;
  int check = 0;
  for (std::size_t i = 0; i < n; ++i)
    check += static_cast<int>(1 + i % 9) * digit(b[i]);
  check %= 11;
  if (check == 10) {
    check = 0;
    for (std::size_t i = 0; i < n; ++i)
      check += static_cast<int>(1 + (i + 2) % 9) * digit(b[i]);
  }
  return verdict(check % 11 % 10 == digit(b[n]));
}

Verdict luxembourg(Body& b) {
  if (b.size() != 8 || !allDigits(b))
    return Verdict::BadFormat;
  return verdict(number(b.substr(0, 6)) % 89 == number(b.substr(6)));
}

Verdict latvia(Body& b) {
  if (b.size() != 11 || !allDigits(b))
    return Verdict::BadFormat;
  if (b[0] > '3')  // legal entities
    return verdict(weighted(b, std::array{9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1}) % 11 == 3);
  // Persons: a date of birth (century in the seventh digit), then the check digit.
  const int day = static_cast<int>(number(b.substr(0, 2)));
  const int month = static_cast<int>(number(b.substr(2, 2)));
  const int year = static_cast<int>(number(b.substr(4, 2))) + 1800 + digit(b[6]) * 100;
  if (!isDate(year, month, day))
    return Verdict::BadFormat;
  const int check = 1 + weighted(b, std::array{10, 5, 8, 4, 2, 1, 6, 3, 7, 9});
  return verdict(check % 11 % 10 == digit(b[10]));
}

Verdict malta(Body& b) {
  if (b.size() != 8 || !allDigits(b) || b[0] == '0')
    return Verdict::BadFormat;
  return verdict(weighted(b, std::array{3, 4, 6, 7, 8, 9, 10, 1}) % 37 == 0);
}

Verdict netherlands(Body& b) {
  if (b.size() != 12 || !allDigits(b.substr(0, 9)) || b[9] != 'B' || !allDigits(b.substr(10)))
    return Verdict::BadFormat;
  if (number(b.substr(0, 9)) == 0 || number(b.substr(10)) == 0)
    return Verdict::BadFormat;
  // Older ids carry the owner's BSN (11-test); ids issued to sole traders since 2020 use
  // ISO 7064 MOD 97-10 over "NL" and the id.
  const int bsn = mod(weighted(b, std::array{9, 8, 7, 6, 5, 4, 3, 2}) - digit(b[8]), 11);
  return verdict(bsn == 0 || iso7064Mod97_10("NL" + b));
}

Verdict poland(Body& b) {
  if (b.size() != 10 || !allDigits(b))
    return Verdict::BadFormat;
  return verdict(mod(weighted(b, std::array{6, 5, 7, 2, 3, 4, 5, 6, 7, -1}), 11) == 0);
}

Verdict portugal(Body& b) {
  if (b.size() != 9 || !allDigits(b) || b[0] == '0')
    return Verdict::BadFormat;
  const int sum = weighted(b, std::array{9, 8, 7, 6, 5, 4, 3, 2});
  return verdict(mod(11 - sum, 11) % 10 == digit(b[8]));
}

Verdict romania(Body& b) {
  // The CUI of companies; a person's CNP (13 digits) is not accepted here.
  if (b.size() < 2 || b.size() > 10 || !allDigits(b) || b[0] == '0')
    return Verdict::BadFormat;
  std::string padded = b.substr(0, b.size() - 1);
  padded.insert(0, 9 - padded.size(), '0');
  const int check = 10 * weighted(padded, std::array{7, 5, 3, 2, 1, 7, 5, 3, 2}) % 11 % 10;
  return verdict(check == digit(b.back()));
}

Verdict sweden(Body& b) {
  if (b.size() != 12 || !allDigits(b) || b.compare(10, 2, "01") != 0)
    return Verdict::BadFormat;
  return verdict(luhn(b.substr(0, 10)) == 0);
}

Verdict slovenia(Body& b) {
  if (b.size() != 8 || !allDigits(b) || b[0] == '0')
    return Verdict::BadFormat;
  int check = 11 - weighted(b, std::array{8, 7, 6, 5, 4, 3, 2}) % 11;
  if (check == 10)
    check = 0;
  return verdict(check == digit(b[7]));  // a check of 11 matches no digit: such ids do not exist
}

Verdict slovakia(Body& b) {
  if (b.size() != 10 || !allDigits(b))
    return Verdict::BadFormat;
  if (czechBirthNumber(b) == Verdict::Valid)
    return Verdict::Valid;
  if (b[0] == '0' || std::string_view("234789").find(b[2]) == std::string_view::npos)
    return Verdict::BadFormat;
  return verdict(number(b) % 11 == 0);
}

Verdict unitedKingdom(Body& b) {
  if (b.size() == 5) {
    // Government departments GD000-GD499, health authorities HA500-HA999.
    if (!allDigits(b.substr(2)))
      return Verdict::BadFormat;
    const long long n = number(b.substr(2));
    const bool ok =
        (b.compare(0, 2, "GD") == 0 && n < 500) || (b.compare(0, 2, "HA") == 0 && n >= 500);
    return ok ? Verdict::Valid : Verdict::BadFormat;
  }
  if (b.size() != 9 && b.size() != 12)
    return Verdict::BadFormat;
  if (!allDigits(b))
    return Verdict::BadFormat;
  // Weights 8..2 on the first seven digits plus the two check digits as one number: a multiple
  // of 97 (the original series), or 42 more than one (the 9755 series, numbers from 100 on).
  // 12 digits: the last three name a branch and are not checked.
  const int sum = weighted(b, std::array{8, 7, 6, 5, 4, 3, 2, 10, 1}) % 97;
  if (number(b.substr(0, 3)) >= 100)
    return verdict(sum == 0 || sum == 42 || sum == 55);
  return verdict(sum == 0);
}

Verdict norway(Body& b) {
  if (b.size() == 12 && b.compare(9, 3, "MVA") == 0 && allDigits(b.substr(0, 9)))
    return verdict(weighted(b, std::array{3, 2, 7, 6, 5, 4, 3, 2, 1}) % 11 == 0);
  return Verdict::BadFormat;
}

Verdict switzerland(Body& b) {
  // b is "E" + 9 digits + an optional language suffix (the prefix "CH" was taken off).
  if (b.size() < 10 || b[0] != 'E' || !allDigits(b.substr(1, 9)))
    return Verdict::BadFormat;
  const std::string suffix = b.substr(10);
  if (!suffix.empty() && suffix != "MWST" && suffix != "TVA" && suffix != "IVA" && suffix != "TPV")
    return Verdict::BadFormat;
  const int check = mod(11 - weighted(b.substr(1), std::array{5, 4, 3, 2, 7, 6, 5, 4}), 11);
  return verdict(check < 10 && check == digit(b[9]));
}

struct Scheme {
  std::string_view prefix;   ///< as written at the start of the id
  std::string_view country;  ///< ISO 3166-1 alpha-2
  Verdict (*check)(Body&);
  std::string_view shape;  ///< for the error message
};

constexpr std::array<Scheme, 31> kSchemes = {{
    {"AT", "AT", austria, "ATU + 8 digits"},
    {"BE", "BE", belgium, "BE + 10 digits starting 0 or 1"},
    {"BG", "BG", bulgaria, "BG + 9 or 10 digits"},
    {"CY", "CY", cyprus, "CY + 8 digits + a letter"},
    {"CZ", "CZ", czechia, "CZ + 8 to 10 digits"},
    {"DE", "DE", germany, "DE + 9 digits"},
    {"DK", "DK", denmark, "DK + 8 digits"},
    {"EE", "EE", estonia, "EE + 9 digits"},
    {"EL", "GR", greece, "EL + 9 digits"},
    {"ES", "ES", spain, "ES + 9 characters (a letter or digit, 7 digits, a letter or digit)"},
    {"FI", "FI", finland, "FI + 8 digits"},
    {"FR", "FR", france, "FR + 2 key characters + the 9-digit SIREN"},
    {"HR", "HR", croatia, "HR + 11 digits"},
    {"HU", "HU", hungary, "HU + 8 digits"},
    {"IE", "IE", ireland, "IE + 7 digits and 1 or 2 letters"},
    {"IT", "IT", italy, "IT + 11 digits"},
    {"LT", "LT", lithuania, "LT + 9 or 12 digits"},
    {"LU", "LU", luxembourg, "LU + 8 digits"},
    {"LV", "LV", latvia, "LV + 11 digits"},
    {"MT", "MT", malta, "MT + 8 digits"},
    {"NL", "NL", netherlands, "NL + 9 digits + B + 2 digits"},
    {"PL", "PL", poland, "PL + 10 digits"},
    {"PT", "PT", portugal, "PT + 9 digits"},
    {"RO", "RO", romania, "RO + 2 to 10 digits"},
    {"SE", "SE", sweden, "SE + 10 digits + 01"},
    {"SI", "SI", slovenia, "SI + 8 digits"},
    {"SK", "SK", slovakia, "SK + 10 digits"},
    {"XI", "GB", unitedKingdom, "XI + 9 or 12 digits"},
    {"GB", "GB", unitedKingdom, "GB + 9 or 12 digits, or GD/HA + 3 digits"},
    {"NO", "NO", norway, "NO + 9 digits + MVA"},
    {"CH", "CH", switzerland, "CHE + 9 digits, optionally MWST, TVA, IVA or TPV"},
}};

VatIdCheck failed(VatIdCheck check, std::string code, std::string message) {
  check.valid = false;
  check.errorCode = std::move(code);
  check.errorMessage = std::move(message);
  return check;
}

}  // namespace

VatIdCheck checkVatId(std::string_view raw) {
  VatIdCheck check;
  std::string id;
  id.reserve(raw.size());
  for (char c : raw) {
    if (c == ' ' || c == '\t' || c == '.' || c == '-' || c == '/' || c == ':' || c == ',')
      continue;
    id += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  check.normalized = id;
  const auto isLetter = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (id.size() < 4 || id.size() > 20 || !isLetter(id[0]) || !isLetter(id[1])) {
    return failed(check, "invalid_format",
                  "must start with a two-letter country prefix (\"DE123456789\")");
  }
  std::string prefix = id.substr(0, 2);
  if (prefix == "GR")
    prefix = "EL";  // Greece's VAT ids carry EL, not its ISO code
  const auto scheme = std::find_if(kSchemes.begin(), kSchemes.end(),
                                   [&](const Scheme& s) { return s.prefix == prefix; });
  if (scheme == kSchemes.end()) {
    return failed(check, "unsupported_country",
                  "VAT ids with the prefix " + prefix + " cannot be checked here");
  }
  check.country = std::string(scheme->country);
  Body body = id.substr(2);
  switch (scheme->check(body)) {
    case Verdict::BadFormat:
      return failed(check, "invalid_format", "must be " + std::string(scheme->shape));
    case Verdict::BadCheck:
      check.normalized = prefix + body;
      return failed(check, "invalid_check_digit",
                    "the check digits do not match: a typing error, or not a VAT id");
    case Verdict::Valid:
      break;
  }
  check.valid = true;
  check.normalized = prefix + body;
  return check;
}

}  // namespace caravan::tax
