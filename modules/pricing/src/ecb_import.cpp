#include "ecb_import.hpp"

#include <Poco/SAX/Attributes.h>
#include <Poco/SAX/ContentHandler.h>
#include <Poco/SAX/InputSource.h>
#include <Poco/SAX/SAXException.h>
#include <Poco/SAX/SAXParser.h>

#include <array>
#include <caravan/platform/text.hpp>
#include <sstream>

namespace caravan::pricing {

namespace {

bool isCurrencyShape(std::string_view code) {
  return code.size() == 3 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool validDate(int year, int month, int day) {
  static constexpr std::array<int, 12> days = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1)
    return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= (month == 2 ? (leap ? 29 : 28) : days[static_cast<std::size_t>(month - 1)]);
}

// Only called with a valid date (validDate), so each part has a fixed width.
std::string formatDate(int year, int month, int day) {
  const auto twoDigits = [](int value) {
    return std::string(value < 10 ? "0" : "") + std::to_string(value);
  };
  return std::to_string(year) + "-" + twoDigits(month) + "-" + twoDigits(day);
}

money::Decimal positiveRate(std::string_view text, const std::string& where) {
  money::Decimal rate;
  try {
    rate = money::Decimal::parse(text);
  } catch (const money::MoneyError&) {
    throw ImportError(where + ": '" + std::string(text.substr(0, 30)) + "' is not a rate");
  }
  if (!(money::Decimal() < rate))
    throw ImportError(where + ": a rate must be greater than zero");
  return rate;
}

void add(ParsedRates& parsed, std::string date, std::string quote, money::Decimal rate) {
  parsed.days.insert(date);
  parsed.currencies.insert(quote);
  parsed.rows.push_back({std::move(date), std::move(quote), rate});
}

// Collects rates from <Cube time=...> and the <Cube currency=... rate=...> inside it.
class EcbHandler : public Poco::XML::ContentHandler {
 public:
  explicit EcbHandler(ParsedRates& parsed) : parsed_(parsed) {}
  void setDocumentLocator(const Poco::XML::Locator* locator) override { locator_ = locator; }
  void startElement(const Poco::XML::XMLString&, const Poco::XML::XMLString& localName,
                    const Poco::XML::XMLString&, const Poco::XML::Attributes& attributes) override {
    if (localName != "Cube")
      return;
    const std::string time = attributes.getValue("", "time");
    const std::string currency = attributes.getValue("", "currency");
    if (!time.empty()) {
      day_ = isoDate(time);
      if (day_.empty())
        throw ImportError(where() + ": '" + time.substr(0, 20) + "' is not a date");
      return;
    }
    if (currency.empty())
      return;
    if (day_.empty())
      throw ImportError(where() + ": a rate outside any <Cube time=...>");
    if (!isCurrencyShape(currency))
      throw ImportError(where() + ": '" + currency.substr(0, 10) + "' is not a currency code");
    add(parsed_, day_, currency, positiveRate(attributes.getValue("", "rate"), where()));
  }
  void endElement(const Poco::XML::XMLString&, const Poco::XML::XMLString&,
                  const Poco::XML::XMLString&) override {}
  void startDocument() override {}
  void endDocument() override {}
  void characters(const Poco::XML::XMLChar[], int, int) override {}
  void ignorableWhitespace(const Poco::XML::XMLChar[], int, int) override {}
  void processingInstruction(const Poco::XML::XMLString&, const Poco::XML::XMLString&) override {}
  void startPrefixMapping(const Poco::XML::XMLString&, const Poco::XML::XMLString&) override {}
  void endPrefixMapping(const Poco::XML::XMLString&) override {}
  void skippedEntity(const Poco::XML::XMLString&) override {}

 private:
  std::string where() const {
    return locator_ ? "line " + std::to_string(locator_->getLineNumber()) : std::string("the file");
  }
  ParsedRates& parsed_;
  const Poco::XML::Locator* locator_ = nullptr;
  std::string day_;
};

}  // namespace

std::string isoDate(std::string_view text) {
  const std::string value = trim(text);
  int year = 0, month = 0, day = 0;
  char dash1 = 0, dash2 = 0;
  std::istringstream iso(value);
  if (value.size() == 10 && (iso >> year >> dash1 >> month >> dash2 >> day) && dash1 == '-' &&
      dash2 == '-' && iso.peek() == EOF) {
    return validDate(year, month, day) ? formatDate(year, month, day) : "";
  }
  static constexpr std::array<const char*, 12> names = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  std::istringstream words(value);
  std::string monthName;
  if (!(words >> day >> monthName >> year) || !words.eof())
    return "";
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (monthName == names[i])
      month = static_cast<int>(i) + 1;
  }
  return validDate(year, month, day) ? formatDate(year, month, day) : "";
}

ParsedRates parseEcbXml(std::string_view xml) {
  ParsedRates parsed;
  EcbHandler handler(parsed);
  Poco::XML::SAXParser parser;
  parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, true);
  parser.setContentHandler(&handler);
  try {
    std::istringstream stream{std::string(xml)};
    Poco::XML::InputSource source(stream);
    parser.parse(&source);
  } catch (const Poco::XML::SAXParseException& e) {
    throw ImportError("line " + std::to_string(e.getLineNumber()) +
                      ": the XML is malformed or cut short (" + e.message() + ")");
  } catch (const Poco::Exception& e) {
    throw ImportError("the XML cannot be read: " + e.message());
  }
  if (parsed.rows.empty())
    throw ImportError("the file holds no rates (is it an ECB reference-rate file?)");
  return parsed;
}

ParsedRates parseEcbCsv(std::string_view csv) {
  ParsedRates parsed;
  std::istringstream lines{std::string(csv)};
  std::string line;
  int number = 0;
  std::vector<std::string> currencies;
  while (std::getline(lines, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r')
      line.pop_back();
    if (trim(line).empty())
      continue;
    // Fields keep empty ones (the trailing separator), so split by hand.
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (;;) {
      const auto comma = line.find(',', start);
      fields.push_back(trim(std::string_view(line).substr(
          start, comma == std::string::npos ? std::string::npos : comma - start)));
      if (comma == std::string::npos)
        break;
      start = comma + 1;
    }
    if (!fields.empty() && fields.back().empty())
      fields.pop_back();
    const std::string where = "line " + std::to_string(number);
    if (currencies.empty()) {
      if (fields.empty() || fields[0] != "Date")
        throw ImportError(where + ": expected the header 'Date, USD, ...'");
      for (std::size_t i = 1; i < fields.size(); ++i) {
        if (!isCurrencyShape(fields[i]))
          throw ImportError(where + ": '" + fields[i].substr(0, 10) + "' is not a currency code");
        currencies.push_back(fields[i]);
      }
      if (currencies.empty())
        throw ImportError(where + ": the header names no currency");
      continue;
    }
    if (fields.size() != currencies.size() + 1) {
      throw ImportError(where + ": " + std::to_string(fields.size() - 1) + " values for " +
                        std::to_string(currencies.size()) +
                        " currencies (the file may be cut short)");
    }
    const std::string date = isoDate(fields[0]);
    if (date.empty())
      throw ImportError(where + ": '" + fields[0].substr(0, 20) + "' is not a date");
    for (std::size_t i = 0; i < currencies.size(); ++i) {
      if (fields[i + 1] == "N/A" || fields[i + 1].empty())
        continue;
      add(parsed, date, currencies[i], positiveRate(fields[i + 1], where + ", " + currencies[i]));
    }
  }
  if (currencies.empty())
    throw ImportError("the file is empty");
  if (parsed.rows.empty())
    throw ImportError("the file holds no rates");
  return parsed;
}

}  // namespace caravan::pricing
