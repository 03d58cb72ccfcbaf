#pragma once

#include <string_view>

/// The fixed word lists of the customer generator: tags, notes, channels, handle words.
namespace caravan::datagen::vocabulary {

inline constexpr std::string_view kTags[] = {"vip",          "wholesale",        "newsletter",
                                             "b2b",          "returning",        "gift-buyer",
                                             "high-returns", "marketplace-only", "priority-support",
                                             "loyalty-gold", "loyalty-silver",   "black-friday",
                                             "influencer",   "reseller"};

// Mostly plain; some carry a comma, a quote or a line break so that importers meet RFC 4180
// quoting, and a few are in the customer's language.
inline constexpr std::string_view kNotes[] = {
    "Prefers delivery after 6 pm, please ring twice",
    "Leave parcel with neighbour",
    "Said \"call before shipping\"",
    "Gift wrap every order",
    "Invoice to head office\nGoods to the warehouse",
    "VIP since 2019, handle with care",
    "Asked for paper invoices only",
    "Bitte nicht klingeln, Hund im Haus",
    "Livraison au point relais uniquement",
    "Returned two items as \"not as described\", refunded",
    "Allergic to latex packaging",
    "Wants all parcels in one shipment;\nno partial deliveries"};

inline constexpr std::string_view kChannels[] = {"amazon", "shopify", "ebay", "web"};
inline constexpr unsigned kChannelWeights[] = {40, 25, 15, 20};

// Second e-mail addresses are mostly on international providers.
inline constexpr std::string_view kGlobalDomains[] = {"gmail.com", "outlook.com", "icloud.com",
                                                      "proton.me", "yahoo.com"};

// Handles that are not derived from the name ("bluefox4711@...").
inline constexpr std::string_view kHandleWords[] = {
    "sunny", "blue",  "tiger", "coffee", "travel", "music", "happy", "star",
    "moon",  "lucky", "river", "panda",  "rocket", "pixel", "maple", "ocean"};

inline constexpr char kBase32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
inline constexpr char kBase36[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

}  // namespace caravan::datagen::vocabulary
