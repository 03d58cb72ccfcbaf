#include "caravan/datagen/text.hpp"

#include <cstdint>

namespace caravan::datagen {
namespace {

/// Decodes the UTF-8 sequence at text[i], advancing i; malformed bytes come back as themselves.
char32_t decode(std::string_view text, std::size_t& i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  int extra = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0;
  if (extra == 0 || i + extra >= text.size()) {
    ++i;
    return byte;
  }
  char32_t cp = byte & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  }
  i += extra + 1;
  return cp;
}

void encode(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Base letters of U+00C0..U+00FF and U+0100..U+017F; '?' marks the few that fold to two
// letters (handled in foldOne) or are not letters.
constexpr std::string_view kLatin1 =
    "AAAAAAACEEEEIIIIDNOOOOO?OUUUUYT?"
    "aaaaaaaceeeeiiiidnooooo?ouuuuyty";
constexpr std::string_view kLatinExtA =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi??JjKkkLlLlLlLlLlNnNnNnnNnOoOoOo??RrRr"
    "RrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

/// The ASCII form of one code point, or empty when it has none here (copied unchanged).
std::string_view foldOne(char32_t cp) {
  static const std::string kSingles = [] {
    std::string s;
    for (char c : kLatin1)
      s += c;
    for (char c : kLatinExtA)
      s += c;
    return s;
  }();
  switch (cp) {
    case 0xC6:
      return "AE";
    case 0xE6:
      return "ae";
    case 0xDF:
      return "ss";
    case 0xD8:
      return "O";
    case 0xF8:
      return "o";
    case 0xDE:
      return "TH";
    case 0xFE:
      return "th";
    case 0x132:
      return "IJ";
    case 0x133:
      return "ij";
    case 0x152:
      return "OE";
    case 0x153:
      return "oe";
    case 0x1A0:
      return "O";
    case 0x1A1:
      return "o";
    case 0x1AF:
      return "U";
    case 0x1B0:
      return "u";
    default:
      break;
  }
  if (cp >= 0xC0 && cp <= 0x17F) {
    const std::size_t index = cp - 0xC0;
    if (kSingles[index] != '?')
      return std::string_view(kSingles).substr(index, 1);
    return {};
  }
  // The Vietnamese block U+1EA0..U+1EF9: upper/lower pairs of A, E, I, O, U, Y in runs.
  if (cp >= 0x1EA0 && cp <= 0x1EF9) {
    struct Run {
      char32_t end;
      std::string_view pair;
    };
    static constexpr Run kRuns[] = {{0x1EB7, "Aa"}, {0x1EC7, "Ee"}, {0x1ECB, "Ii"},
                                    {0x1EE3, "Oo"}, {0x1EF1, "Uu"}, {0x1EF9, "Yy"}};
    for (const auto& run : kRuns) {
      if (cp <= run.end)
        return run.pair.substr((cp - 0x1EA0) % 2, 1);
    }
  }
  return {};
}

char32_t upperOne(char32_t cp) {
  if (cp >= 'a' && cp <= 'z')
    return cp - 32;
  if (cp >= 0x430 && cp <= 0x44F)
    return cp - 0x20;  // а..я
  if (cp >= 0x450 && cp <= 0x45F)
    return cp - 0x50;  // ѐ..џ (ё, є, і, ї)
  if (cp == 0x491)
    return 0x490;  // ґ
  switch (cp) {    // Greek: capitals carry no accent
    case 0x3AC:
      return 0x391;
    case 0x3AD:
      return 0x395;
    case 0x3AE:
      return 0x397;
    case 0x3AF:
      return 0x399;
    case 0x3CC:
      return 0x39F;
    case 0x3CD:
      return 0x3A5;
    case 0x3CE:
      return 0x3A9;
    case 0x3C2:
      return 0x3A3;
    case 0x386:
      return 0x391;
    default:
      break;
  }
  if (cp >= 0x3B1 && cp <= 0x3C9)
    return cp - 0x20;
  return cp;
}

}  // namespace

std::string foldToAscii(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t cp = decode(text, i);
    if (cp < 0x80) {
      out += static_cast<char>(cp);
      continue;
    }
    const std::string_view folded = foldOne(cp);
    if (folded.empty()) {
      out.append(text.substr(start, i - start));
    } else {
      out.append(folded);
    }
  }
  return out;
}

std::string toUpper(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    encode(out, upperOne(decode(text, i)));
  }
  return out;
}

std::string toLowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c + 32);
  }
  return out;
}

void appendHandle(std::string& out, std::string_view text) {
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c + 32);
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
    }
  }
}

bool isAscii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80)
      return false;
  }
  return true;
}

}  // namespace caravan::datagen
