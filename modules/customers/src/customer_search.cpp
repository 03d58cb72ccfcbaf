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

std::string companyKeyOf(const Customer& customer) {
  if (!customer.companyName)
    return "";
  if (!customer.companyKey.empty())
    return customer.companyKey;
  return cutUtf8(searchKey(*customer.companyName), kMaxNameKeyBytes);
}

std::vector<SearchTerm> searchTerms(const Customer& customer) {
  std::vector<SearchTerm> terms;
  // A key's first word starts the key, whose own index finds it (customers.name_key, the company
  // term): only the words after it are rows of their own.
  const auto addLaterWords = [&terms](const std::string& key) {
    const auto words = keyWords(key);
    for (std::size_t i = 1; i < words.size(); ++i)
      add(terms, words[i], kTermWord);
  };
  addLaterWords(customer.nameKey);
  if (customer.companyName) {
    const std::string companyKey = companyKeyOf(customer);
    add(terms, companyKey, kTermCompany);
    addLaterWords(companyKey);
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
