#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <caravan/customers/names.hpp>
#include <caravan/platform/text.hpp>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace caravan::customers {

namespace {

// Building a transliterator parses rule sets (for Any-Latin, of every script: milliseconds), so
// each is built once. ICU transliterators keep state while they work and must not be shared
// between threads; each thread clones its own from the prototype (cloning shares the rule data).
std::unique_ptr<icu::Transliterator> make(const char* id) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> transliterator(icu::Transliterator::createInstance(
      icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !transliterator)
    throw std::runtime_error(std::string("ICU has no ") + id + ": " + u_errorName(status));
  return transliterator;
}

/// This thread's own copy of `prototype`, made on first use and kept in `slot` (thread_local).
icu::Transliterator& threadCopy(const icu::Transliterator& prototype,
                                std::unique_ptr<icu::Transliterator>& slot) {
  static std::mutex cloning;
  if (!slot) {
    std::lock_guard lock(cloning);
    slot.reset(prototype.clone());
  }
  return *slot;
}

icu::Transliterator& anyToAscii() {
  static const auto prototype = make("Any-Latin; Latin-ASCII");
  thread_local std::unique_ptr<icu::Transliterator> mine;
  return threadCopy(*prototype, mine);
}

// Latin text needs only the second half: Any-Latin leaves Latin runs as they are, and finding
// the script runs is most of its cost.
icu::Transliterator& latinToAscii() {
  static const auto prototype = make("Latin-ASCII");
  thread_local std::unique_ptr<icu::Transliterator> mine;
  return threadCopy(*prototype, mine);
}

bool isAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool isLatin(const icu::UnicodeString& text) {
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_FAILURE(status) ||
        (script != USCRIPT_LATIN && script != USCRIPT_COMMON && script != USCRIPT_INHERITED)) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string toLatinAscii(std::string_view text) {
  // ASCII is its own transliteration (most names of most shops).
  if (isAscii(text))
    return trim(std::string(text));
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  (isLatin(unicode) ? latinToAscii() : anyToAscii()).transliterate(unicode);
  std::string latin;
  unicode.toUTF8String(latin);
  return trim(latin);
}

std::string searchKey(std::string_view text) {
  return searchKeyOfLatin(toLatinAscii(text));
}

std::string searchKeyOfLatin(std::string_view text) {
  const icu::UnicodeString latin = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString key;
  bool pendingSpace = false;
  for (int32_t i = 0; i < latin.length();) {
    const UChar32 c = latin.char32At(i);
    i += U16_LENGTH(c);
    // Modifier letters and combining marks that Latin-ASCII leaves (the ayn of "ʿly" from Arabic)
    // belong to the word they sit in: dropped, not turned into a word break.
    const auto type = u_charType(c);
    if (type == U_MODIFIER_LETTER || type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK)
      continue;
    // Letters ICU could not transliterate stay (in lower case), so that a script without a Latin
    // form is still searchable by its own letters.
    if (u_isalnum(c)) {
      if (pendingSpace && !key.isEmpty())
        key.append(static_cast<UChar>(' '));
      pendingSpace = false;
      key.append(u_tolower(c));
    } else {
      pendingSpace = true;
    }
  }
  std::string out;
  key.toUTF8String(out);
  return out;
}

std::vector<std::string> keyWords(std::string_view key) {
  std::vector<std::string> words;
  for (auto& word : splitList(key, ' ')) {
    if (std::find(words.begin(), words.end(), word) == words.end())
      words.push_back(std::move(word));
  }
  return words;
}

}  // namespace caravan::customers
