#pragma once

#include "caravan/datagen/locale.hpp"

/// The name tables, one per language (names_latin.cpp, names_other.cpp). Several countries share
/// one: English for GB, US, CA, AU, NZ, IE and SG; German for DE and AT; Arabic for SA, AE, EG.
namespace caravan::datagen::names {

extern const NameSet kGerman, kFrench, kSpanish, kItalian, kPolish, kCzech, kSwedish, kNorwegian,
    kDanish, kPortuguese, kDutch, kTurkish, kVietnamese, kEnglish;
extern const NameSet kRussian, kUkrainian, kBulgarian, kGreek, kChinese, kTaiwanese, kJapanese,
    kKorean, kArabic, kHebrew, kThai, kHindi;

}  // namespace caravan::datagen::names
