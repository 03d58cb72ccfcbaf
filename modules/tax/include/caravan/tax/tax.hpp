#pragma once

#include <caravan/platform/db.hpp>
#include <caravan/platform/money.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// VAT/GST rates, VAT id checks and the cross-border tax decision, as other modules (pricing's
/// quotes, invoices) see them. Rates are exact decimals (money::Decimal), never binary floats.
namespace caravan::tax {

/// One rate of one class in one country (or region), valid over a range of days.
struct TaxRate {
  std::string country;                 ///< ISO 3166-1 alpha-2
  std::string region;                  ///< "" national; "ON" (CA province), "CA" (US state)
  std::string rateClass;               ///< standard, reduced, reduced2, super_reduced, zero
  money::Decimal rate;                 ///< 0.19 for 19 %
  std::string validFrom;               ///< YYYY-MM-DD
  std::optional<std::string> validTo;  ///< last day it applies, if it ended
  std::string taxName;                 ///< VAT, GST, HST ...
  std::string source;                  ///< "shipped" or "tenant"
  std::uint64_t id = 0;                ///< the tenant row's id; 0 for shipped rows

  /// True when the rate applies on `date` (YYYY-MM-DD): validFrom <= date <= validTo.
  bool appliesOn(std::string_view date) const;
};

/// The rate classes a rate may have, in this order.
const std::vector<std::string>& rateClasses();

/// Every rate that applies in (country, region) on `date`: shipped data plus the tenant's own rows
/// (the tenant's winning on the same class), read with ONE query. Regional rows replace the
/// national row of the same class (a CA HST province); when region is "" only national rows.
class RateSet {
 public:
  RateSet() = default;
  /// Resolves `candidates` (all valid on the same date, national and regional, both sources) to
  /// one rate per class: regional before national, then tenant before shipped.
  explicit RateSet(std::vector<TaxRate> candidates);

  /// The rate of `rateClass`, or nullopt: falls back to nothing, not to standard.
  std::optional<TaxRate> find(std::string_view rateClass) const;
  /// One rate per class, in rateClasses() order.
  const std::vector<TaxRate>& all() const;
  bool empty() const { return rates_.empty(); }

 private:
  std::vector<TaxRate> rates_;
};

/// See RateSet. `date` is YYYY-MM-DD; country and region as in TaxRate.
RateSet ratesFor(db::TenantSession& db, const std::string& country, const std::string& region,
                 const std::string& date);

/// The shipped rates (modules/tax/data/tax-rates.csv, compiled in), every row.
const std::vector<TaxRate>& shippedRates();

/// A VAT/GST id checked for format and check digits.
struct VatIdCheck {
  bool valid = false;
  std::string normalized;  ///< "DE123456789" (Greece "EL...", Northern Ireland "XI...")
  std::string country;     ///< ISO country of the id ("GR" for EL, "GB" for XI)
  std::string errorCode;  ///< "" | "invalid_format" | "invalid_check_digit" | "unsupported_country"
  std::string errorMessage;
};

/// Checks a VAT id of an EU member state (prefix EL for Greece), of Northern Ireland (XI), Great
/// Britain (GB: 9 or 12 digits, GD/HA government and health ids), Norway (NO, 9 digits + MVA) or
/// Switzerland (CHE + 9 digits, optional MWST/TVA/IVA/TPV). Spaces, dots, dashes and slashes are
/// ignored, letters may be lower case. Says nothing about whether the id is registered (VIES).
VatIdCheck checkVatId(std::string_view raw);

/// The tenant's tax registrations, per tenant (table + REST below).
struct TaxSettings {
  /// EU One-Stop Shop (union scheme): destination VAT on every EU distance sale.
  bool ossRegistered = false;
  /// Cross-border B2C EU sales passed EUR 10,000 this or last year.
  bool euDistanceSalesAboveThreshold = false;
  std::optional<std::string> iossNumber;  ///< IM + 10 digits
  /// Countries where the seller is VAT/GST-registered (GB, NO, AU, NZ, SG, CH, CA ... and US
  /// states as "US-CA").
  std::vector<std::string> registeredCountries;
  std::int64_t version = 0;  ///< 0 until first saved; the ETag of GET/PUT /api/v1/tax-settings

  /// True when registeredCountries holds `code` ("GB", "US-CA").
  bool registeredIn(std::string_view code) const;
};

/// The tenant's settings (defaults, version 0, when it never saved any). One query.
TaxSettings loadTaxSettings(db::TenantSession& db);

/// The destination's rates and the tenant's tax settings, which pricing a sale needs together.
struct SaleTaxData {
  RateSet destination;
  TaxSettings settings;
};
/// ratesFor(db, country, region, date) and loadTaxSettings(db) in one query.
SaleTaxData saleTaxData(db::TenantSession& db, const std::string& country,
                        const std::string& region, const std::string& date);

/// What decide() needs to know about one sale (one consignment).
struct SaleContext {
  std::string date;                ///< tax point, YYYY-MM-DD
  std::string sellerCountry;       ///< the legal entity's country ("XI" for Northern Ireland)
  std::string shipFromCountry;     ///< where the goods leave from ("" = sellerCountry)
  std::string destinationCountry;  ///< ISO code; Northern Ireland "XI" (or GB + region NIR)
  std::string destinationRegion;   ///< "" or province/state code
  std::optional<std::string> buyerVatId;  ///< as given; validated by decide()
  bool buyerIsBusiness = false;
  /// Intrinsic value of the consignment converted to EUR (IOSS threshold).
  money::Money consignmentValueEur = money::Money::zero(money::Currency::of("EUR"));
  /// The same consignment in the destination's currency (GBP 135, NOK 3000, AUD/NZD 1000,
  /// SGD 400 thresholds); the caller converts. Compared only where the destination has such a
  /// threshold, and a currency other than the destination's then throws money::CurrencyMismatch.
  money::Money consignmentValueLocal = money::Money::zero(money::Currency::of("EUR"));
  TaxSettings settings;
};

/// The outcome of decide(): whether to charge tax, whose, and what the invoice says.
///
/// Rules (stable codes): domestic, eu_distance_sale_oss, eu_distance_sale_origin,
/// eu_reverse_charge, eu_b2b_invalid_vat_id, export_zero_rated, eu_ioss, eu_import_vat_at_border,
/// gb_low_value, gb_reverse_charge, no_voec, au_low_value, nz_low_value, sg_low_value,
/// ch_registered, ca_gst_hst, jp_registered, us_sales_tax, us_no_nexus.
struct TaxDecision {
  std::string rule;  ///< stable code, see above
  bool chargeTax =
      false;  ///< false: invoice shows 0 tax (reverse charge, export, import VAT at the border)
  std::string taxCountry;  ///< whose rates apply when chargeTax (ISO; "GB" for Northern Ireland)
  std::string taxRegion;
  std::string invoiceNote;               ///< what an invoice prints (legal reference), "" when none
  std::optional<VatIdCheck> buyerVatId;  ///< present when a VAT id was given
};

/// Decides whose tax a sale carries. Pure: no database. A buyer VAT id counts for reverse charge
/// only when it passes checkVatId and carries the destination's prefix (EL for Greece, XI for
/// Northern Ireland); any other id given makes an EU sale eu_b2b_invalid_vat_id, taxed as for a
/// consumer, with the failed check in buyerVatId. The low-value schemes (NO, AU, NZ, SG) cover
/// consumers only: buyerIsBusiness there means export_zero_rated. For the US it answers
/// us_sales_tax when the settings register the destination state ("US-CA"), us_no_nexus otherwise;
/// the overload with a SalesTaxProvider also requires a rate for the state. Throws
/// std::invalid_argument for a context without a date, seller or destination country.
TaxDecision decide(const SaleContext& sale);

/// The US sales-tax hook. Sales tax depends on nexus and on the delivery address (state, county,
/// city, district); a later integration (a tax service) implements this interface. The default,
/// TenantRateSalesTaxProvider, answers with the tenant's own rates for the state.
class SalesTaxProvider {
 public:
  virtual ~SalesTaxProvider() = default;
  /// The sales-tax rates that apply to a sale delivered to `state` (a US state code) on `date`;
  /// empty when the seller collects none there.
  virtual RateSet salesTaxRates(const std::string& state, const std::string& date) = 0;
};

/// The default SalesTaxProvider: the tenant's rows for (US, state) in tenant_tax_rates.
class TenantRateSalesTaxProvider : public SalesTaxProvider {
 public:
  explicit TenantRateSalesTaxProvider(db::TenantSession& db) : db_(db) {}
  RateSet salesTaxRates(const std::string& state, const std::string& date) override;

 private:
  db::TenantSession& db_;
};

/// decide(sale), and for a US sale with nexus asks `salesTax` for the state's rates: none means
/// us_no_nexus (no tax), as without nexus.
TaxDecision decide(const SaleContext& sale, SalesTaxProvider& salesTax);

/// The consignment value up to which a destination's low-value scheme makes a registered foreign
/// seller collect its VAT/GST (GB 135 GBP, NO 3000 NOK, AU and NZ 1000, SG 400), in its currency;
/// nullopt for a country without one. SaleContext::consignmentValueLocal is compared with it.
std::optional<money::Money> localThreshold(std::string_view country);

/// True for the 27 EU member states, and for "XI" (Northern Ireland, in the EU's VAT area for
/// goods).
bool isEuForGoods(std::string_view country);

}  // namespace caravan::tax
