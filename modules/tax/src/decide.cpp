// The cross-border decision: whose tax a sale carries, or why it carries none. The rules are
// checked in a fixed order: the US hook, a domestic sale, goods moving within the EU's VAT area,
// imports into it, then the schemes of other destinations that make a foreign seller collect.
#include <caravan/tax/tax.hpp>
#include <stdexcept>

#include "territory.hpp"

namespace caravan::tax {

namespace {

constexpr const char* kDirective = "Directive 2006/112/EC";

money::Money amount(std::string_view text, std::string_view currency) {
  return money::Money::parse(text, money::Currency::of(currency));
}

/// value <= limit; a value in another currency than the limit's throws CurrencyMismatch.
bool atMost(const money::Money& value, const money::Money& limit) {
  return !(limit < value);
}

TaxDecision decision(std::string rule, bool charge, std::string country, std::string region = "",
                     std::string note = "") {
  TaxDecision made;
  made.rule = std::move(rule);
  made.chargeTax = charge;
  made.taxCountry = charge ? std::move(country) : std::string();
  made.taxRegion = charge ? std::move(region) : std::string();
  made.invoiceNote = std::move(note);
  return made;
}

TaxDecision exportZeroRated(bool fromEu) {
  return decision("export_zero_rated", false, "", "",
                  fromEu ? std::string("VAT exempt export of goods outside the EU (Article 146 ") +
                               kDirective + ")"
                         : "Export: no VAT or GST charged by the seller; import taxes are due "
                           "in the country of destination");
}

/// The place where a sale's goods are, in the EU's sense: Northern Ireland is "XI".
std::string goodsTerritory(const std::string& country, const std::string& region) {
  return isNorthernIreland(country, region) ? std::string("XI") : country;
}

struct Facts {
  std::string origin;          ///< goods territory the goods leave from
  std::string destination;     ///< goods territory they go to
  std::string destinationVat;  ///< VAT country of the destination (GB for XI)
  bool buyerVatValid = false;  ///< a VAT id that passed the check, of the destination's prefix
};

TaxDecision decideInEu(const SaleContext& sale, const Facts& f, bool buyerIdGiven) {
  const bool b2bWithValidId = f.buyerVatValid;
  if (b2bWithValidId) {
    return decision("eu_reverse_charge", false, "", "",
                    std::string("Reverse charge: intra-Community supply exempt under Article 138 "
                                "of ") +
                        kDirective + "; VAT to be accounted for by the customer (Article 196)");
  }
  // Distance sale to a consumer (or to a business without a valid VAT id, treated alike).
  // The EUR 10,000 threshold only helps a seller established in one member state that dispatches
  // from it (Article 59c): anyone else charges the destination's VAT from the first sale.
  const bool thresholdApplies =
      isEuForGoods(sale.sellerCountry) && goodsTerritory(sale.sellerCountry, "") == f.origin;
  const bool destination = sale.settings.ossRegistered ||
                           sale.settings.euDistanceSalesAboveThreshold || !thresholdApplies;
  const bool invalidId = buyerIdGiven && !f.buyerVatValid;
  TaxDecision made;
  if (destination) {
    made = decision("eu_distance_sale_oss", true, f.destinationVat,
                    f.destination == "XI" ? "" : sale.destinationRegion,
                    "VAT of the member state of consumption (One-Stop Shop, Union scheme)");
  } else {
    made = decision("eu_distance_sale_origin", true, vatCountry(f.origin));
  }
  if (invalidId) {
    made.rule = "eu_b2b_invalid_vat_id";  // the buyer's id failed: taxed as a consumer
  }
  return made;
}

TaxDecision decideImportIntoEu(const SaleContext& sale, const Facts& f) {
  const bool consumer = !f.buyerVatValid;
  if (consumer && sale.settings.iossNumber &&
      atMost(sale.consignmentValueEur, amount("150", "EUR"))) {
    return decision("eu_ioss", true, f.destinationVat,
                    f.destination == "XI" ? "" : sale.destinationRegion,
                    "Import VAT charged at the sale under the Import One-Stop Shop (IOSS)");
  }
  return decision("eu_import_vat_at_border", false, "", "",
                  "Import VAT is due on importation into the EU and collected at the border, "
                  "not charged on this invoice");
}

/// A low-value scheme for consumers: the registered seller collects on consignments up to the
/// threshold; businesses and larger consignments pay at the border.
TaxDecision lowValueScheme(const SaleContext& sale, const char* rule, const char* country,
                           const money::Money& threshold, bool fromEu) {
  if (!sale.buyerIsBusiness && sale.settings.registeredIn(country) &&
      atMost(sale.consignmentValueLocal, threshold)) {
    return decision(rule, true, country);
  }
  return exportZeroRated(fromEu);
}

TaxDecision decideOutsideEu(const SaleContext& sale, const Facts& f) {
  const bool fromEu = isEuForGoods(f.origin);
  const std::string& to = f.destination;
  if (to == "GB") {
    if (!atMost(sale.consignmentValueLocal, *localThreshold("GB")))
      return exportZeroRated(fromEu);
    if (f.buyerVatValid) {
      return decision("gb_reverse_charge", false, "", "",
                      "Reverse charge: customer to account for the VAT to HMRC");
    }
    if (sale.settings.registeredIn("GB"))
      return decision("gb_low_value", true, "GB");
    return exportZeroRated(fromEu);
  }
  if (to == "NO")
    return lowValueScheme(sale, "no_voec", "NO", *localThreshold("NO"), fromEu);
  if (to == "AU")
    return lowValueScheme(sale, "au_low_value", "AU", *localThreshold("AU"), fromEu);
  if (to == "NZ")
    return lowValueScheme(sale, "nz_low_value", "NZ", *localThreshold("NZ"), fromEu);
  if (to == "SG")
    return lowValueScheme(sale, "sg_low_value", "SG", *localThreshold("SG"), fromEu);
  if (to == "CH" && sale.settings.registeredIn("CH"))
    return decision("ch_registered", true, "CH");
  if (to == "CA" && sale.settings.registeredIn("CA"))
    return decision("ca_gst_hst", true, "CA", sale.destinationRegion);
  if (to == "JP" && sale.settings.registeredIn("JP"))
    return decision("jp_registered", true, "JP");
  return exportZeroRated(fromEu);
}

}  // namespace

std::optional<money::Money> localThreshold(std::string_view country) {
  if (country == "GB")
    return amount("135", "GBP");
  if (country == "NO")
    return amount("3000", "NOK");
  if (country == "AU")
    return amount("1000", "AUD");
  if (country == "NZ")
    return amount("1000", "NZD");
  if (country == "SG")
    return amount("400", "SGD");
  return std::nullopt;
}

TaxDecision decide(const SaleContext& sale) {
  if (sale.date.empty() || sale.sellerCountry.empty() || sale.destinationCountry.empty())
    throw std::invalid_argument("a sale needs a date, a seller country and a destination country");
  Facts f;
  const std::string& shipFrom =
      sale.shipFromCountry.empty() ? sale.sellerCountry : sale.shipFromCountry;
  f.origin = goodsTerritory(shipFrom, "");
  f.destination = goodsTerritory(sale.destinationCountry, sale.destinationRegion);
  f.destinationVat = vatCountry(f.destination);

  std::optional<VatIdCheck> buyerId;
  if (sale.buyerVatId && !sale.buyerVatId->empty()) {
    buyerId = checkVatId(*sale.buyerVatId);
    // Only an id of the destination counts: reverse charge needs the customer's registration
    // where the goods arrive.
    f.buyerVatValid =
        buyerId->valid && buyerId->normalized.compare(0, 2, vatIdPrefix(f.destination)) == 0;
  }
  TaxDecision made;
  if (f.destination == "US") {
    const std::string nexus = "US-" + sale.destinationRegion;
    if (!sale.destinationRegion.empty() && sale.settings.registeredIn(nexus)) {
      made = decision("us_sales_tax", true, "US", sale.destinationRegion);
    } else {
      made = decision("us_no_nexus", false, "");
    }
  } else if (vatCountry(f.origin) == f.destinationVat) {
    // Domestic (GB and Northern Ireland are one VAT country): always the local tax.
    made = decision("domestic", true, f.destinationVat,
                    f.destination == "XI" ? "" : sale.destinationRegion);
  } else if (isEuForGoods(f.origin) && isEuForGoods(f.destination)) {
    made = decideInEu(sale, f, buyerId.has_value());
  } else if (isEuForGoods(f.destination)) {
    made = decideImportIntoEu(sale, f);
  } else {
    made = decideOutsideEu(sale, f);
  }
  made.buyerVatId = buyerId;
  return made;
}

TaxDecision decide(const SaleContext& sale, SalesTaxProvider& salesTax) {
  TaxDecision made = decide(sale);
  if (made.rule == "us_sales_tax" && salesTax.salesTaxRates(made.taxRegion, sale.date).empty()) {
    auto withoutTax = decision("us_no_nexus", false, "");
    withoutTax.buyerVatId = made.buyerVatId;
    return withoutTax;
  }
  return made;
}

}  // namespace caravan::tax
