#include "segment_rules.hpp"

#include <algorithm>
#include <caravan/platform/iso_codes.hpp>
#include <caravan/platform/text.hpp>

#include "lower_case.hpp"

namespace caravan::customers {

namespace {

/// " IN (...)" for `list` (at least one value; db::inList), its values appended to `params`.
std::string inValues(db::Params list, db::Params& params) {
  const std::string text = " IN (" + db::inList(list) + ")";
  params.insert(params.end(), list.begin(), list.end());
  return text;
}

bool isDate(const std::string& text) {
  return text.size() == 10 && text[4] == '-' && text[7] == '-' &&
         std::all_of(text.begin(), text.end(),
                     [](char c) { return (c >= '0' && c <= '9') || c == '-'; }) &&
         text.substr(5, 2) >= "01" && text.substr(5, 2) <= "12" && text.substr(8, 2) >= "01" &&
         text.substr(8, 2) <= "31";
}

/// A column of the customer row compared with text values.
class ColumnField : public SegmentField {
 public:
  ColumnField(std::string name, std::string column, std::string (*check)(const std::string&))
      : name_(std::move(name)), column_(std::move(column)), check_(check) {}
  std::string name() const override { return name_; }
  std::vector<std::string> operators() const override { return {"eq", "ne", "in", "is_empty"}; }
  std::string problem(const std::string& op,
                      const std::vector<std::string>& values) const override {
    if (op == "is_empty")
      return values.empty() ? "" : "takes no value";
    if ((op == "eq" || op == "ne") && values.size() != 1)
      return "takes exactly one value";
    if (op == "in" && values.empty())
      return "takes one or more values";
    for (const auto& value : values) {
      if (auto problem = check_(value); !problem.empty())
        return problem;
    }
    return "";
  }
  std::string condition(const std::string& op, const std::vector<std::string>& values,
                        db::Params& params) const override {
    const std::string column = "c." + column_;
    if (op == "is_empty")
      return column + " IS NULL";
    if (op == "in")
      return column + inValues({values.begin(), values.end()}, params);
    params.push_back(values.front());
    if (op == "eq")
      return column + " = ?";
    return "(" + column + " IS NULL OR " + column + " <> ?)";
  }

 private:
  std::string name_;
  std::string column_;
  std::string (*check_)(const std::string&);
};

class TagField : public SegmentField {
 public:
  std::string name() const override { return "tag"; }
  std::vector<std::string> operators() const override { return {"has", "has_any", "lacks"}; }
  std::string problem(const std::string& op,
                      const std::vector<std::string>& values) const override {
    if (op == "has_any" ? values.empty() : values.size() != 1)
      return op == "has_any" ? "takes one or more tags" : "takes exactly one tag";
    return "";
  }
  std::string condition(const std::string& op, const std::vector<std::string>& values,
                        db::Params& params) const override {
    db::Params tags;
    for (const auto& value : values)
      tags.push_back(lowerCase(trim(value)));  // as normalizeTags stores them
    const std::string exists =
        "EXISTS (SELECT 1 FROM customer_tags t WHERE t.tenant_id = c.tenant_id AND "
        "t.customer_id = c.id AND t.tag" +
        inValues(std::move(tags), params) + ")";
    return op == "lacks" ? "NOT " + exists : exists;
  }
};

class CreatedField : public SegmentField {
 public:
  std::string name() const override { return "created_at"; }
  std::vector<std::string> operators() const override { return {"before", "after"}; }
  std::string problem(const std::string&, const std::vector<std::string>& values) const override {
    if (values.size() != 1 || !isDate(values.front()))
      return "takes one date such as 2024-01-31";
    return "";
  }
  std::string condition(const std::string& op, const std::vector<std::string>& values,
                        db::Params& params) const override {
    params.push_back(values.front());
    return op == "before" ? "c.created_at < ?" : "c.created_at >= ? + INTERVAL 1 DAY";
  }
};

/// One of a customer's RFM quintiles (customer_rfm, scored by the customers.rfm job): 1 to 5.
/// A customer without a score (no purchases yet) matches no RFM rule.
class RfmField : public SegmentField {
 public:
  RfmField(std::string name, std::string column)
      : name_(std::move(name)), column_(std::move(column)) {}
  std::string name() const override { return name_; }
  std::vector<std::string> operators() const override { return {"eq", "in", "gte", "lte"}; }
  std::string problem(const std::string& op,
                      const std::vector<std::string>& values) const override {
    if (op == "in" ? values.empty() : values.size() != 1)
      return op == "in" ? "takes one or more quintiles" : "takes exactly one quintile";
    for (const auto& value : values) {
      if (value.size() != 1 || value[0] < '1' || value[0] > '5')
        return "must be quintiles, 1 to 5";
    }
    return "";
  }
  std::string condition(const std::string& op, const std::vector<std::string>& values,
                        db::Params& params) const override {
    db::Params quintiles;
    for (const auto& value : values)
      quintiles.emplace_back(std::in_place_type<std::int64_t>, value[0] - '0');
    std::string test;
    if (op == "in") {
      test = inValues(std::move(quintiles), params);
    } else {
      params.push_back(quintiles.front());
      test = op == "eq" ? " = ?" : op == "gte" ? " >= ?" : " <= ?";
    }
    return "EXISTS (SELECT 1 FROM customer_rfm r WHERE r.tenant_id = c.tenant_id AND "
           "r.customer_id = c.id AND r." +
           column_ + test + ")";
  }

 private:
  std::string name_;
  std::string column_;
};

std::string countryProblem(const std::string& value) {
  return isIsoCountry(value) ? "" : "must be ISO 3166-1 alpha-2 codes such as \"DE\"";
}
std::string currencyProblem(const std::string& value) {
  return isIsoCurrency(value) ? "" : "must be ISO 4217 codes such as \"EUR\"";
}
std::string kindProblem(const std::string& value) {
  return value == "person" || value == "company" ? "" : "must be person or company";
}
std::string textProblem(const std::string& value) {
  return !value.empty() && value.size() <= 40 ? "" : "must be 1 to 40 characters";
}

}  // namespace

SegmentFields::SegmentFields(std::vector<std::shared_ptr<SegmentField>> contributed) {
  fields_.push_back(std::make_shared<ColumnField>("country", "country", countryProblem));
  fields_.push_back(std::make_shared<ColumnField>("language", "language", textProblem));
  fields_.push_back(std::make_shared<ColumnField>("currency", "currency", currencyProblem));
  fields_.push_back(std::make_shared<ColumnField>("kind", "kind", kindProblem));
  fields_.push_back(std::make_shared<ColumnField>("source_channel", "source_channel", textProblem));
  fields_.push_back(std::make_shared<TagField>());
  fields_.push_back(std::make_shared<CreatedField>());
  fields_.push_back(std::make_shared<RfmField>("rfm_recency", "recency"));
  fields_.push_back(std::make_shared<RfmField>("rfm_frequency", "frequency"));
  fields_.push_back(std::make_shared<RfmField>("rfm_monetary", "monetary"));
  for (auto& field : contributed)
    fields_.push_back(std::move(field));
}

const SegmentField* SegmentFields::find(const std::string& name) const {
  for (const auto& field : fields_) {
    if (field->name() == name)
      return field.get();
  }
  return nullptr;
}

std::vector<std::string> SegmentFields::names() const {
  std::vector<std::string> names;
  for (const auto& field : fields_)
    names.push_back(field->name());
  return names;
}

SegmentRules SegmentFields::read(JsonReader& in) const {
  SegmentRules rules;
  const auto match = in.optionalString("match", {.minLength = 1, .maxLength = 20}).value_or("all");
  if (match != "all" && match != "any")
    in.addError("match", "invalid_value", "must be all or any");
  rules.matchAll = match != "any";
  in.forEachObject("rules", false, 50, [&](JsonReader& item) {
    SegmentRule rule;
    rule.field = item.requiredString("field", {.minLength = 1, .maxLength = 40});
    rule.op = item.requiredString("op", {.minLength = 1, .maxLength = 20});
    if (item.has("value")) {
      if (auto value = item.optionalString("value", {.minLength = 1, .maxLength = 100}))
        rule.values.push_back(*value);
    } else {
      rule.values = item.optionalStringArray("values", {.minLength = 1, .maxLength = 100}, 300)
                        .value_or(std::vector<std::string>{});
    }
    if (rule.field.empty() || rule.op.empty())
      return;
    const auto* field = find(rule.field);
    if (!field) {
      std::string known;
      for (const auto& name : names())
        known += (known.empty() ? "" : ", ") + name;
      item.addError("field", "unknown_field", "must be one of " + known);
      return;
    }
    const auto ops = field->operators();
    if (std::find(ops.begin(), ops.end(), rule.op) == ops.end()) {
      std::string known;
      for (const auto& op : ops)
        known += (known.empty() ? "" : ", ") + op;
      item.addError("op", "unknown_operator", rule.field + " takes " + known);
      return;
    }
    if (auto problem = field->problem(rule.op, rule.values); !problem.empty())
      item.addError("values", "invalid_value", problem);
    rules.rules.push_back(std::move(rule));
  });
  return rules;
}

std::string SegmentFields::condition(const SegmentRules& rules, db::Params& params) const {
  if (rules.rules.empty())
    return "TRUE";
  std::string sql = "(";
  for (std::size_t i = 0; i < rules.rules.size(); ++i) {
    const auto& rule = rules.rules[i];
    const auto* field = find(rule.field);
    // A contributed field whose module is gone matches nobody rather than everybody.
    const std::string part = field ? field->condition(rule.op, rule.values, params) : "FALSE";
    sql += (i ? (rules.matchAll ? " AND " : " OR ") : "") + ("(" + part + ")");
  }
  return sql + ")";
}

JsonObject rulesJson(const SegmentRules& rules) {
  auto body = makeObject();
  body->set("match", rules.matchAll ? "all" : "any");
  auto items = makeArray();
  for (const auto& rule : rules.rules) {
    auto item = makeObject();
    item->set("field", rule.field);
    item->set("op", rule.op);
    item->set("values", stringArray(rule.values));
    items->add(item);
  }
  body->set("rules", items);
  return body;
}

SegmentRules parseStoredRules(const std::string& json) {
  const auto object = parseJsonObject(json);
  SegmentRules rules;
  rules.matchAll = object->getValue<std::string>("match") != "any";
  const auto items = object->getArray("rules");
  for (unsigned i = 0; i < items->size(); ++i) {
    const auto item = items->getObject(i);
    SegmentRule rule{item->getValue<std::string>("field"), item->getValue<std::string>("op"), {}};
    const auto values = item->getArray("values");
    for (unsigned j = 0; j < values->size(); ++j)
      rule.values.push_back(values->getElement<std::string>(j));
    rules.rules.push_back(std::move(rule));
  }
  return rules;
}

}  // namespace caravan::customers
