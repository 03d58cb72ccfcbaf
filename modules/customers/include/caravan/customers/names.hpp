#pragma once

#include <string>
#include <string_view>
#include <vector>

/// Names in any script, made comparable: the Latin transliteration kept beside the original, and
/// the search key that name searches and duplicate detection compare.
namespace caravan::customers {

/// ICU's `Any-Latin; Latin-ASCII` of `text`: "张三" -> "zhang san", "Müller" -> "Muller",
/// "Дмитрий" -> "Dmitrij". Safe to call from any thread (each thread uses its own clone of one
/// transliterator, which ICU does not allow to be shared). Characters ICU cannot transliterate
/// stay as they are. Surrounding white space is trimmed.
std::string toLatinAscii(std::string_view text);

/// The key names are searched and matched by: the transliteration in lower case, every run of
/// characters other than ASCII letters and digits turned into one space, trimmed. "Müller",
/// "MULLER" and "muller" give "muller"; "张三" gives "zhang san"; "O'Brien-Smith" "o brien smith".
std::string searchKey(std::string_view text);
/// searchKey of a text toLatinAscii has already transliterated (what searchKey does after it).
std::string searchKeyOfLatin(std::string_view latin);

/// The words of a search key, in order, without repeats: "anna maria anna" -> {"anna", "maria"}.
std::vector<std::string> keyWords(std::string_view key);

}  // namespace caravan::customers
