#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace caravan::catalog {

/// The short BCP 47 tags the catalogue keeps texts under: a language ICU knows (ISO 639, two or
/// three letters) and optionally a region (ISO 3166-1 alpha-2 or a UN M.49 number): "de",
/// "pt-BR", "es-419", "haw". Returns the canonical spelling (language lower case, region upper
/// case, as BCP 47 recommends) or nullopt when the tag has another shape or an unknown part.
/// Scripts, variants and extensions ("zh-Hant", "de-1996") are refused: the catalogue keeps one
/// text per language and region, not per script.
std::optional<std::string> canonicalLanguage(std::string_view tag);

/// Where to look for a text asked for in `requested`, most specific first: "de-CH" -> {"de-CH",
/// "de"}, "de" -> {"de"}, "" -> {}.
std::vector<std::string> languageFallbacks(const std::string& requested);

}  // namespace caravan::catalog
