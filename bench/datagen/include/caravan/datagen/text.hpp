#pragma once

#include <string>
#include <string_view>

namespace caravan::datagen {

/// Latin text with its diacritics removed ("Müller" -> "Muller", "Nguyễn" -> "Nguyen",
/// "Weiß" -> "Weiss"), as ICU's Latin-ASCII would write it. Characters outside Latin-1,
/// Latin Extended-A/B and the Vietnamese block are copied unchanged.
std::string foldToAscii(std::string_view text);

/// `text` with ASCII letters upper-cased and Cyrillic and Greek letters upper-cased too (Greek
/// accents dropped, as Greek capitals are written); other characters unchanged.
std::string toUpper(std::string_view text);

/// `text` with ASCII letters lower-cased; other characters unchanged.
std::string toLowerAscii(std::string_view text);

/// Appends the lower-cased ASCII letters and digits of `text` to `out`, dropping the rest
/// ("O'Brien" -> "obrien", "Chih-ming" -> "chihming"): the material of e-mail handles.
void appendHandle(std::string& out, std::string_view text);

/// True when every byte of `text` is ASCII.
bool isAscii(std::string_view text);

}  // namespace caravan::datagen
