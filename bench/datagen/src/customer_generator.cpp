#include <charconv>

#include "caravan/datagen/customer.hpp"
#include "caravan/datagen/text.hpp"
#include "caravan/datagen/vat_id.hpp"
#include "customer_vocabulary.hpp"

namespace caravan::datagen {
namespace {

namespace vocab = vocabulary;

template <typename T, std::size_t N>
const T& pickFrom(Prng& prng, const T (&items)[N]) {
  return items[prng.below(N)];
}

void appendNumber(std::string& out, std::uint64_t value) {
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

/// The Latin-ASCII form of a table name.
std::string latinOf(const Name& name) {
  return name.latin.empty() ? foldToAscii(name.native) : std::string(name.latin);
}

/// Expands `%n` (a number), `%s` (street), `%f` and `%F` (family name, as written and Latin).
/// The first number is a house number up to 199, later ones are floors and units up to 30.
void expand(std::string& out, std::string_view pattern, Prng& prng, std::string_view street,
            const Name* family) {
  bool firstNumber = true;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '%' || i + 1 == pattern.size()) {
      out += pattern[i];
      continue;
    }
    switch (pattern[++i]) {
      case 'n':
        appendNumber(out, static_cast<std::uint64_t>(prng.between(1, firstNumber ? 199 : 30)));
        firstNumber = false;
        break;
      case 's':
        out += street;
        break;
      case 'f':
        out += family->native;
        break;
      case 'F':
        out += latinOf(*family);
        break;
      default:
        out += '%';
        out += pattern[i];
    }
  }
}

/// Fills a postal pattern: the city's prefix takes the first placeholders, or the `*`.
void postalCode(std::string& out, std::string_view pattern, std::string_view prefix, Prng& prng) {
  static constexpr std::string_view kLetters = "ABDEFGHJLNPQRSTUWXYZ";
  const bool star = pattern.find('*') != std::string_view::npos;
  std::size_t used = 0;
  for (char c : pattern) {
    if (c == '*') {
      out += prefix;
    } else if (c == '#' || c == '@') {
      if (!star && used < prefix.size()) {
        out += prefix[used++];
      } else if (c == '#') {
        out += static_cast<char>('0' + prng.below(10));
      } else {
        out += kLetters[prng.below(kLetters.size())];
      }
    } else {
      out += c;
    }
  }
}

/// An e-mail address with other capitals: "Hans.Mueller12@Web.de", "HANS.MUELLER12@WEB.DE" or
/// "hans.mueller12@WEB.DE". Mail systems treat these as one address; matching must too.
std::string recased(std::string_view email, Prng& prng) {
  std::string out(email);
  const auto at = out.find('@');
  const auto upper = [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; };
  switch (prng.below(3)) {
    case 0: {
      bool start = true;
      for (std::size_t i = 0; i < at; ++i) {
        if (start)
          out[i] = upper(out[i]);
        start = out[i] == '.' || out[i] == '_';
      }
      if (at + 1 < out.size())
        out[at + 1] = upper(out[at + 1]);
      break;
    }
    case 1:
      for (char& c : out)
        c = upper(c);
      break;
    default:
      for (std::size_t i = at + 1; i < out.size(); ++i)
        out[i] = upper(out[i]);
  }
  return out;
}

/// Swaps two neighbouring ASCII letters that differ ("Schmidt" -> "Schmdit"); a typing slip
/// that defeats exact name matching. Falls back to dropping a letter.
std::string withTypo(std::string name, Prng& prng) {
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z'); };
  std::vector<std::size_t> spots;
  for (std::size_t i = 1; i + 1 < name.size(); ++i) {
    if (letter(name[i]) && letter(name[i + 1]) && name[i] != name[i + 1])
      spots.push_back(i);
  }
  if (!spots.empty()) {
    const auto i = spots[prng.below(spots.size())];
    std::swap(name[i], name[i + 1]);
    return name;
  }
  for (std::size_t i = name.size(); i-- > 1;) {
    if (letter(name[i])) {
      name.erase(i, 1);
      return name;
    }
  }
  return name + "e";
}

/// Which stem an address gets: one of six built from the name, or (one in seven) words.
unsigned emailPattern(Prng& prng) {
  const auto draw = static_cast<unsigned>(prng.below(42));
  return draw < 36 ? draw % 6 : 6;
}

constexpr unsigned kDuplicateWeights[] = {30, 20, 15, 20, 15};  // Full .. Identity

}  // namespace

CustomerGenerator::CustomerGenerator(CustomerOptions options)
    : options_(options), prng_(options.seed), phones_(std::make_unique<PhoneMaker>(locales())) {
  unsigned total = 0;
  for (const auto& locale : locales()) {
    total += locale.weight;
    cumulativeWeights_.push_back(total);
  }
  reservoir_.reserve(options_.reservoirSize);
}

CustomerGenerator::~CustomerGenerator() = default;

std::size_t CustomerGenerator::pickLocale() {
  const auto pick = prng_.below(cumulativeWeights_.back());
  std::size_t i = 0;
  while (cumulativeWeights_[i] <= pick)
    ++i;
  return i;
}

const Customer& CustomerGenerator::next() {
  Customer& c = current_;
  ++stats_.rows;
  const std::uint64_t row = stats_.rows;
  const bool duplicate = !reservoir_.empty() && prng_.chance(options_.duplicateShare);
  if (duplicate) {
    const Customer& source = reservoir_[prng_.below(reservoir_.size())];
    makeDuplicate(c, source);
    ++stats_.duplicates;
  } else {
    makeOriginal(c, pickLocale());
    c.duplicateKind = DuplicateKind::None;
    c.duplicateOf = 0;
  }
  c.row = row;
  c.externalId.clear();
  c.externalId += 'C';
  std::string digits;
  appendNumber(digits, row);
  if (digits.size() < 7)
    c.externalId.append(7 - digits.size(), '0');
  c.externalId += digits;
  if (!duplicate)
    remember(c);
  return c;
}

void CustomerGenerator::remember(const Customer& customer) {
  // Reservoir sampling (Vitter's algorithm R): every original so far is equally likely to be
  // kept, in bounded memory.
  ++originals_;
  if (reservoir_.size() < options_.reservoirSize) {
    reservoir_.push_back(customer);
    return;
  }
  const auto slot = prng_.below(originals_);
  if (slot < reservoir_.size())
    reservoir_[slot] = customer;
}

void CustomerGenerator::makeEmail(std::string& out, const Customer& c, std::string_view domain,
                                  unsigned pattern) {
  // The row number makes every generated address unique; the stem makes it look real.
  out.clear();
  const std::string given = latinOf(*c.given);
  const std::string family = latinOf(*c.family);
  switch (pattern) {
    case 0:
      appendHandle(out, given);
      out += '.';
      appendHandle(out, family);
      break;
    case 1:
      appendHandle(out, given);
      appendHandle(out, family);
      break;
    case 2:
      appendHandle(out, given);
      out += '_';
      appendHandle(out, family);
      break;
    case 3:
      appendHandle(out, family);
      out += '.';
      appendHandle(out, given);
      break;
    case 4:
      appendHandle(out, given.substr(0, 1));
      appendHandle(out, family);
      break;
    case 5:
      appendHandle(out, given.substr(0, 1));
      out += '.';
      appendHandle(out, family);
      break;
    default:
      out += pickFrom(prng_, vocab::kHandleWords);
      out += pickFrom(prng_, vocab::kHandleWords);
  }
  appendNumber(out, stats_.rows);
  out += '@';
  out += domain;
}

void CustomerGenerator::makeAddress(Address& address, std::size_t localeIndex) {
  const Locale& locale = locales()[localeIndex];
  const City& city = prng_.pick(locale.cities);
  address.line1.clear();
  expand(address.line1, locale.streetPattern, prng_, prng_.pick(locale.streets), nullptr);
  address.line2.clear();
  if (prng_.permille(150)) {
    expand(address.line2, prng_.pick(locale.line2), prng_, {}, nullptr);
  }
  address.postalCode.clear();
  postalCode(address.postalCode, locale.postalPattern, city.postalPrefix, prng_);
  address.city = city.name;
  address.region = city.region;
  address.country = locale.country;
}

void CustomerGenerator::makeIdentity(Customer& c) {
  c.identityExternalId.clear();
  c.identityChannel = {};
  if (!prng_.permille(850))
    return;
  c.identityChannel = c.sourceChannel;
  std::string& id = c.identityExternalId;
  // Scrambling the row number with an odd multiplier is a bijection, so ids never repeat.
  const std::uint64_t row = stats_.rows;
  if (c.sourceChannel == "amazon") {
    id = "amzn1.account.AF";
    for (int i = 0; i < 14; ++i)
      id += vocab::kBase36[prng_.below(36)];
    std::uint64_t scrambled = (row * 0x9E3779B97F4A7C15ULL) & ((1ULL << 60) - 1);
    for (int i = 0; i < 12; ++i, scrambled >>= 5)
      id += vocab::kBase32[scrambled & 31];
  } else if (c.sourceChannel == "shopify") {
    const std::uint64_t value = (row * 7919 + 104729) % 1'000'000'000'000ULL;
    id = "6";
    std::string digits;
    appendNumber(digits, value);
    id.append(12 - digits.size(), '0');
    id += digits;
  } else if (c.sourceChannel == "ebay") {
    switch (prng_.below(3)) {
      case 0:
        appendHandle(id, latinOf(*c.given));
        id += '_';
        appendHandle(id, latinOf(*c.family));
        break;
      case 1:
        id += pickFrom(prng_, vocab::kHandleWords);
        id += "-shop";
        break;
      default:
        appendHandle(id, latinOf(*c.family));
        id += pickFrom(prng_, vocab::kHandleWords);
    }
    id += '_';
    appendNumber(id, row);
  } else {
    id = c.emails[0];  // a storefront account is its e-mail address
  }
}

void CustomerGenerator::makeOriginal(Customer& c, std::size_t localeIndex) {
  const Locale& locale = locales()[localeIndex];
  const NameSet& names = *locale.names;
  c.localeIndex = localeIndex;
  c.country = locale.country;
  c.currency = locale.currency;
  c.language = locale.language != "en" && prng_.permille(50) ? "en" : locale.language;

  const bool female = prng_.below(2) == 0;
  c.given = &prng_.pick(female ? names.givenFemale : names.givenMale);
  const auto familyIndex = prng_.below(names.familyMale.size());
  c.family = female && !names.familyFemale.empty() ? &names.familyFemale[familyIndex]
                                                   : &names.familyMale[familyIndex];
  c.name.clear();
  switch (names.order) {
    case NameOrder::GivenFamily:
      c.name.append(c.given->native).append(" ").append(c.family->native);
      break;
    case NameOrder::FamilyGiven:
      c.name.append(c.family->native).append(" ").append(c.given->native);
      break;
    case NameOrder::FamilyGivenJoined:
      c.name.append(c.family->native).append(c.given->native);
      break;
  }

  c.companyName.clear();
  c.vatId.clear();
  c.kind = "person";
  std::string_view firstDomain = prng_.pick(locale.emailDomains);
  std::string companyDomain;
  if (prng_.permille(150)) {
    c.kind = "company";
    const Name& owner = prng_.pick(names.familyMale);
    expand(c.companyName, prng_.pick(locale.companyForms), prng_, {}, &owner);
    if (canMakeVatId(locale.country) && prng_.permille(500)) {
      c.vatId = makeVatId(locale.country, prng_);
    }
    appendHandle(companyDomain, latinOf(owner));
    companyDomain += '.';
    companyDomain += locale.tld;
    if (prng_.permille(600))
      firstDomain = companyDomain;
  }

  // Chinese users often use their numeric QQ number as the address.
  if (locale.country == "CN" && firstDomain == "qq.com" && prng_.permille(500)) {
    c.emails[0].clear();
    appendNumber(c.emails[0], 10000 + stats_.rows * 7);
    c.emails[0] += "@qq.com";
  } else {
    makeEmail(c.emails[0], c, firstDomain, emailPattern(prng_));
  }
  c.emailCount = 1;
  if (prng_.permille(200)) {
    std::string_view second = pickFrom(prng_, vocab::kGlobalDomains);
    if (second == firstDomain)
      second = "outlook.com" == firstDomain ? "gmail.com" : "outlook.com";
    makeEmail(c.emails[1], c, second, emailPattern(prng_));
    c.emailCount = 2;
  }

  const auto phoneDraw = prng_.below(100);
  c.phoneCount = phoneDraw < 15 ? 0 : phoneDraw < 80 ? 1 : 2;
  const bool mobileFirst = prng_.permille(750);
  for (std::size_t i = 0; i < c.phoneCount; ++i) {
    c.phoneNumbers[i] = phones_->make(localeIndex, i == 0 ? mobileFirst : !mobileFirst, prng_);
    c.phones[i].clear();
    phones_->append(c.phoneNumbers[i], c.phones[i]);
  }

  const auto tagDraw = prng_.below(100);
  c.tagCount = tagDraw < 50 ? 0 : tagDraw < 80 ? 1 : tagDraw < 95 ? 2 : 3;
  for (std::size_t i = 0; i < c.tagCount; ++i) {
    std::string_view tag;
    bool fresh = false;
    while (!fresh) {
      tag = pickFrom(prng_, vocab::kTags);
      fresh = true;
      for (std::size_t k = 0; k < i; ++k)
        fresh = fresh && c.tags[k] != tag;
    }
    c.tags[i] = tag;
  }

  auto channelPick = prng_.below(100);
  std::size_t channel = 0;
  while (channelPick >= vocab::kChannelWeights[channel])
    channelPick -= vocab::kChannelWeights[channel++];
  c.sourceChannel = vocab::kChannels[channel];
  makeIdentity(c);

  c.address.type = prng_.permille(700) ? "shipping" : "billing";
  makeAddress(c.address, prng_.permille(40) ? pickLocale() : localeIndex);

  c.notes = prng_.permille(100) ? pickFrom(prng_, vocab::kNotes) : std::string_view{};
}

std::string CustomerGenerator::nameVariant(const Customer& source, bool keepMatchKey) {
  const NameSet& names = *locales()[source.localeIndex].names;
  std::vector<std::string> options;
  if (names.script == Script::Latin) {
    const std::string folded = foldToAscii(source.name);
    if (folded != source.name)
      options.push_back(folded);
    options.push_back(toUpper(folded));
    options.push_back(toLowerAscii(folded));
    if (!keepMatchKey)
      options.push_back(withTypo(source.name, prng_));
  } else {
    if (names.order == NameOrder::FamilyGivenJoined) {
      options.push_back(std::string(source.family->native) + " " +
                        std::string(source.given->native));
    } else if (names.script == Script::Cyrillic || names.script == Script::Greek) {
      options.push_back(toUpper(source.name));
    } else {
      options.push_back(source.name);
    }
    if (!keepMatchKey) {
      // Marketplaces often hold the romanised name the buyer typed.
      const bool givenFirst =
          names.order != NameOrder::FamilyGivenJoined || names.script == Script::Japanese;
      const std::string given(source.given->latin);
      const std::string family(source.family->latin);
      options.push_back(givenFirst ? given + " " + family : family + " " + given);
    }
  }
  return options[prng_.below(options.size())];
}

void CustomerGenerator::makeDuplicate(Customer& c, const Customer& source) {
  auto pick = prng_.below(100);
  std::size_t k = 0;
  while (pick >= kDuplicateWeights[k])
    pick -= kDuplicateWeights[k++];
  auto kind = static_cast<DuplicateKind>(k + 1);
  if ((kind == DuplicateKind::Phone && source.phoneCount == 0) ||
      (kind == DuplicateKind::Identity && source.identityChannel.empty()) ||
      (kind == DuplicateKind::NamePostal && source.address.postalCode.empty())) {
    kind = DuplicateKind::Email;
  }

  // A new customer of the same country, then the parts this duplicate shares.
  makeOriginal(c, source.localeIndex);
  c.duplicateKind = kind;
  c.duplicateOf = source.row;
  c.language = source.language;
  c.given = source.given;
  c.family = source.family;
  c.name = nameVariant(source, kind == DuplicateKind::NamePostal);

  const auto shareEmail = [&] {
    c.emails[0] = recased(source.emails[0], prng_);
    c.emailCount = 1;
  };
  const auto sharePhone = [&] {
    c.phoneNumbers[0] = phones_->restyle(source.phoneNumbers[0], prng_);
    c.phones[0].clear();
    phones_->append(c.phoneNumbers[0], c.phones[0]);
    c.phoneCount = 1;
  };
  const auto shareIdentity = [&] {
    c.sourceChannel = source.sourceChannel;
    c.identityChannel = source.identityChannel;
    c.identityExternalId = source.identityExternalId;
  };

  switch (kind) {
    case DuplicateKind::Full:
      c.kind = source.kind;
      c.companyName = source.companyName;
      c.vatId = source.vatId;
      shareEmail();
      c.phoneCount = 0;
      if (source.phoneCount > 0)
        sharePhone();
      c.address = source.address;
      if (!source.identityChannel.empty() && prng_.permille(500))
        shareIdentity();
      break;
    case DuplicateKind::Email:
      shareEmail();
      break;
    case DuplicateKind::Phone:
      sharePhone();
      break;
    case DuplicateKind::NamePostal:
      c.address.postalCode = source.address.postalCode;
      c.address.city = source.address.city;
      c.address.region = source.address.region;
      c.address.country = source.address.country;
      break;
    case DuplicateKind::Identity:
      shareIdentity();
      break;
    case DuplicateKind::None:
      break;
  }
}

}  // namespace caravan::datagen
