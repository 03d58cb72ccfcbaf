#include "product_texts.hpp"

#include "language_tags.hpp"

namespace caravan::catalog {

Texts allTexts(const std::optional<std::string>& defaultText, const Texts& others,
               const std::string& defaultLanguage) {
  Texts all = others;
  if (defaultText)
    all[defaultLanguage] = *defaultText;
  return all;
}

SplitTexts splitTexts(Texts all, const std::string& defaultLanguage) {
  SplitTexts split;
  if (auto found = all.find(defaultLanguage); found != all.end()) {
    split.defaultText = found->second;
    all.erase(found);
  }
  split.others = std::move(all);
  return split;
}

Localized localize(const std::optional<std::string>& defaultText, const Texts& others,
                   const std::string& defaultLanguage, const std::string& requested) {
  for (const auto& language : languageFallbacks(requested)) {
    if (language == defaultLanguage)
      break;
    if (auto found = others.find(language); found != others.end())
      return {found->second, language};
  }
  return {defaultText, defaultLanguage};
}

}  // namespace caravan::catalog
