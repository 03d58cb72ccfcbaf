// Customer import over HTTP: CSV and JSON lines, good rows in and bad rows reported with line
// and column, a dry run that stores nothing, re-runs that update instead of duplicating, a file
// larger than the synchronous limit imported as a job, and the tenant wall around jobs.

#include <chrono>
#include <thread>

#include "http_fixture.hpp"

namespace caravan::testing {
namespace {

const std::string kImport = "/api/v1/customers/import";
const std::string kHeader =
    "external_id,kind,name,company_name,emails,phones,country,language,currency,tags,vat_id,"
    "source_channel,address_type,address_line1,address_line2,postal_code,city,region,"
    "address_country,identity_channel,identity_external_id,notes\r\n";

const std::string kFile =
    kHeader +
    "C-1,person,Jürgen Müller,,juergen@example.de;jm@work.example,030 901820,DE,de-DE,EUR,"
    "vip;newsletter,,web,billing,Friedrichstraße 68,,10117,Berlin,,DE,amazon,A2BUYER,\"Leave it\r\n"
    "with the neighbour, please\"\r\n"
    "C-2,person,Anna Schmidt,,not-an-email,,DE,,,,,,,,,,,,,,,\r\n"
    "C-3,person,李华,,li@example.cn,+86 138 0013 8000,CN,zh-CN,CNY,,,,,,,,,,,,,\r\n"
    "C-4,person,Bad Country,,,,XX,,GBP,,,,,,,,,,,,,\r\n";

class CustomersImportTest : public HttpFixture {
 protected:
  std::map<std::string, std::string> serverSettings() override {
    return {{"customers.import_sync_max_rows", "5"}, {"customers.import_poll_ms", "100"}};
  }

  void SetUp() override {
    HttpFixture::SetUp();
    owner_ = client(keyFor("Acme", "owner"));
  }

  HttpResult importCsv(HttpClient& api, const std::string& body, const std::string& query = "") {
    return api.request("POST", kImport + query, body, {}, "text/csv");
  }

  std::vector<JsonObject> customers(HttpClient& api, const std::string& query = "") {
    const HttpResult result = api.get("/api/v1/customers?limit=200" + query);
    EXPECT_EQ(result.status, 200) << result.body;
    std::vector<JsonObject> found;
    auto items = result.json()->getArray("items");
    for (unsigned i = 0; items && i < items->size(); ++i)
      found.push_back(items->getObject(i));
    return found;
  }

  static std::vector<std::string> errorsOf(const JsonObject& answer) {
    std::vector<std::string> seen;
    auto errors = answer->getArray("errors");
    for (unsigned i = 0; errors && i < errors->size(); ++i) {
      auto error = errors->getObject(i);
      seen.push_back(std::to_string(error->getValue<int>("line")) + " " +
                     (error->isNull("field") ? "-" : str(error, "field")) + " " +
                     str(error, "code"));
    }
    return seen;
  }

  std::unique_ptr<HttpClient> owner_;
};

TEST_F(CustomersImportTest, ImportsGoodRowsAndReportsBadRowsByLineAndColumn) {
  const HttpResult result = importCsv(*owner_, kFile);
  ASSERT_EQ(result.status, 200) << result.body;
  const auto answer = result.json();
  EXPECT_EQ(answer->getValue<int>("rows"), 4);
  EXPECT_EQ(answer->getValue<int>("created"), 2);
  EXPECT_EQ(answer->getValue<int>("failed"), 2);
  // C-2 starts on line 4: the quoted note of C-1 spans two lines.
  EXPECT_EQ(errorsOf(answer),
            (std::vector<std::string>{"4 emails invalid_email", "6 country unknown_country"}));

  const auto found = customers(*owner_);
  ASSERT_EQ(found.size(), 2u);
  const auto li = found[0];  // newest first
  EXPECT_EQ(str(li, "name"), "李华");
  EXPECT_EQ(str(li, "external_id"), "C-3");
  const auto jurgen = found[1];
  EXPECT_EQ(str(jurgen, "notes"), "Leave it\r\nwith the neighbour, please");
  EXPECT_EQ(toJson(jurgen->getArray("tags")), R"(["newsletter","vip"])");
  EXPECT_EQ(str(jurgen->getArray("phones")->getObject(0), "e164"), "+4930901820");
  EXPECT_EQ(str(jurgen->getArray("addresses")->getObject(0), "postal_code"), "10117");
  EXPECT_EQ(str(jurgen->getArray("identities")->getObject(0), "external_id"), "A2BUYER");
}

TEST_F(CustomersImportTest, ADryRunReportsTheSameAndStoresNothing) {
  const HttpResult result = importCsv(*owner_, kFile, "?dry_run=true");
  ASSERT_EQ(result.status, 200) << result.body;
  EXPECT_TRUE(result.json()->getValue<bool>("dry_run"));
  EXPECT_EQ(result.json()->getValue<int>("created"), 2);
  EXPECT_EQ(errorsOf(result.json()).size(), 2u);
  EXPECT_TRUE(customers(*owner_).empty());
}

TEST_F(CustomersImportTest, ARerunUpdatesInsteadOfDuplicatingAndFindsDuplicates) {
  ASSERT_EQ(importCsv(*owner_, kFile).status, 200);
  std::string changed = kFile;
  changed.replace(changed.find("CNY"), 3, "EUR");
  const HttpResult again = importCsv(*owner_, changed);
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(again.json()->getValue<int>("created"), 0);
  EXPECT_EQ(again.json()->getValue<int>("updated"), 2);
  const auto found = customers(*owner_);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(str(found[0], "currency"), "EUR");
  EXPECT_EQ(found[0]->getValue<int>("version"), 2);

  // JSON lines in the API's shape; this customer shares the e-mail of C-1.
  const HttpResult lines = owner_->request(
      "POST", kImport,
      "{\"external_id\": \"J-1\", \"name\": \"J. Mueller\", \"emails\": [\"JUERGEN@example.de\"]}\n"
      "{\"name\": \"No Mail\", \"emails\": [\"@\"]}\n",
      {}, "application/x-ndjson");
  ASSERT_EQ(lines.status, 200) << lines.body;
  EXPECT_EQ(lines.json()->getValue<int>("created"), 1);
  EXPECT_EQ(errorsOf(lines.json()), (std::vector<std::string>{"2 emails/0 invalid_email"}));
  const HttpResult queue = owner_->get("/api/v1/customers/duplicates");
  ASSERT_EQ(queue.status, 200);
  ASSERT_EQ(queue.json()->getArray("items")->size(), 1u) << queue.body;
  EXPECT_EQ(str(queue.json()->getArray("items")->getObject(0), "score"), "0.90");
}

TEST_F(CustomersImportTest, RefusesABadHeaderAndOtherMediaTypes) {
  std::string header = kHeader;
  header.replace(header.find("phones"), 6, "fax");
  const HttpResult bad = importCsv(*owner_, header + "C-1,person,Anna\r\n");
  ASSERT_EQ(bad.status, 400) << bad.body;
  EXPECT_NE(bad.body.find("fax"), std::string::npos) << bad.body;
  EXPECT_NE(bad.body.find("lacks the column phones"), std::string::npos) << bad.body;
  EXPECT_EQ(owner_->post(kImport, R"({"name":"x"})").status, 415);
  EXPECT_EQ(importCsv(*owner_, "").status, 400);
  // A row of more than a megabyte (a quoted field of 1.1 MB on line 3) refuses the file.
  const std::string huge = kHeader + "C-1,person,Anna\r\nC-2,person,\"" +
                           std::string(1100000, 'x') + "\",,,,DE,,,,,,,,,,,,,,,\r\n";
  const HttpResult swallowed = importCsv(*owner_, huge);
  ASSERT_EQ(swallowed.status, 400) << swallowed.body.substr(0, 300);
  EXPECT_NE(swallowed.body.find("row_too_long"), std::string::npos) << swallowed.body;
  EXPECT_NE(swallowed.body.find("line 3"), std::string::npos) << swallowed.body;
  EXPECT_EQ(customers(*owner_).size(), 0u) << "nothing of the file is imported";
}

TEST_F(CustomersImportTest, ALargeFileBecomesAJobThatReportsProgressAndErrors) {
  std::string file = kHeader;
  for (int i = 1; i <= 12; ++i) {
    const std::string n = std::to_string(i);
    file +=
        "J-" + n + ",person,Kunde " + n + ",,kunde" + n + "@example.de,,DE,,,bulk,,,,,,,,,,,,\r\n";
  }
  file += "J-13,person,Broken,,broken@,,DE,,,,,,,,,,,,,,,\r\n";
  const HttpResult accepted = importCsv(*owner_, file);
  ASSERT_EQ(accepted.status, 202) << accepted.body;
  const std::string job = str(accepted.json(), "job_id");
  EXPECT_EQ(accepted.header("Location"), "/api/v1/customers/import-jobs/" + job);
  EXPECT_EQ(accepted.json()->getValue<int>("rows_total"), 13);

  JsonObject status;
  for (int attempt = 0; attempt < 600; ++attempt) {
    const HttpResult polled = owner_->get("/api/v1/customers/import-jobs/" + job);
    ASSERT_EQ(polled.status, 200) << polled.body;
    status = polled.json();
    if (str(status, "status") == "done" || str(status, "status") == "failed")
      break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  ASSERT_EQ(str(status, "status"), "done") << toJson(status);
  EXPECT_EQ(status->getValue<int>("rows_done"), 13);
  EXPECT_EQ(status->getValue<int>("created"), 12);
  EXPECT_EQ(status->getValue<int>("failed"), 1);
  EXPECT_EQ(errorsOf(status), (std::vector<std::string>{"14 emails invalid_email"}));
  EXPECT_EQ(customers(*owner_, "&tag=bulk").size(), 12u);

  // Another tenant cannot see the job; a reader can.
  auto stranger = client(keyFor("Other", "owner"));
  EXPECT_EQ(stranger->get("/api/v1/customers/import-jobs/" + job).status, 404);
  auto auditor = client(keyFor("Acme", "auditor"));
  EXPECT_EQ(auditor->get("/api/v1/customers/import-jobs/" + job).status, 200);
  EXPECT_EQ(importCsv(*auditor, file).status, 403);
}

}  // namespace
}  // namespace caravan::testing
