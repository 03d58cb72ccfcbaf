#pragma once

#include <map>
#include <optional>
#include <string>

namespace caravan::catalog {

/// A product keeps its name and description in its default language in its own row and those in
/// other languages beside it. Edits are easier on one map per kind of text (language -> text,
/// the default included): changing the default language then only picks another entry.
using Texts = std::map<std::string, std::string>;

/// `others` plus `defaultText` (when given) under `defaultLanguage`.
Texts allTexts(const std::optional<std::string>& defaultText, const Texts& others,
               const std::string& defaultLanguage);

/// The inverse of allTexts: the entry for `defaultLanguage` (if any) and the rest.
struct SplitTexts {
  std::optional<std::string> defaultText;
  Texts others;
};
SplitTexts splitTexts(Texts all, const std::string& defaultLanguage);

/// A text chosen for a reader of `requested`: the one in that language, else in its base
/// language ("de" for "de-CH"), else the default. `language` says which it is.
struct Localized {
  std::optional<std::string> text;
  std::string language;
};
Localized localize(const std::optional<std::string>& defaultText, const Texts& others,
                   const std::string& defaultLanguage, const std::string& requested);

}  // namespace caravan::catalog
