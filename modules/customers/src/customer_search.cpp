#include "customer_search.hpp"

#include <algorithm>
#include <caravan/customers/names.hpp>
#include <caravan/platform/text.hpp>

#include "lower_case.hpp"

namespace caravan::customers {

namespace {

void add(std::vector<SearchTerm>& terms, const std::string& text, char kind) {
  if (text.empty())
    return;
  SearchTerm term{cutUtf8(text, kMaxTermBytes), kind};
  if (std::find(terms.begin(), terms.end(), term) == terms.end())
    terms.push_back(std::move(term));
}

}  // namespace

std::string cutUtf8(std::string_view text, std::size_t bytes) {
  if (text.size() <= bytes)
    return std::string(text);
  std::size_t end = bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
    --end;
  return std::string(text.substr(0, end));
}

std::string likeEscape(std::string_view text) {
  std::string escaped;
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\')
      escaped.push_back('\\');
    escaped.push_back(c);
  }
  return escaped;
}

std::vector<SearchTerm> searchTerms(const Customer& customer) {
  std::vector<SearchTerm> terms;
  for (const auto& word : keyWords(customer.nameKey))
    add(terms, word, kTermWord);
  if (customer.companyName) {
    const std::string companyKey = searchKey(*customer.companyName);
    add(terms, companyKey, kTermCompany);
    for (const auto& word : keyWords(companyKey))
      add(terms, word, kTermWord);
  }
  return terms;
}

SearchPlan planSearch(std::string_view q, std::string_view region) {
  SearchPlan plan;
  const std::string text = trim(q);
  plan.nameKey = cutUtf8(searchKey(text), kMaxTermBytes);
  plan.words = keyWords(plan.nameKey);
  if (plan.words.size() > kMaxWords)
    plan.words.resize(kMaxWords);
  plan.plain = cutUtf8(lowerCase(text), kMaxTermBytes);
  if (looksLikePhone(text)) {
    const auto parsed = parsePhone(text, region);
    if (const auto* phone = std::get_if<PhoneNumber>(&parsed)) {
      plan.e164 = phone->e164;
      plan.national = phone->nationalNumber;
    } else {
      // A number that does not parse (too short, no region) is still searched as digits: the
      // start of an international number, or of a national one.
      const bool international = text.front() == '+' || text.rfind("00", 0) == 0;
      std::string digits;
      for (char c : text.substr(text.front() == '+' ? 1 : 2 * international)) {
        if (c >= '0' && c <= '9')
          digits.push_back(c);
      }
      if (international)
        plan.e164 = "+" + digits;
      else
        plan.national = significantDigits(text);
    }
  }
  return plan;
}

}  // namespace caravan::customers
