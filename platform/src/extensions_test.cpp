#include <gtest/gtest.h>

#include <caravan/platform/extensions.hpp>

namespace caravan {
namespace {

struct Greeting {
  virtual ~Greeting() = default;
  virtual std::string text() const = 0;
};
struct Hello : Greeting {
  std::string text() const override { return "hello"; }
};
struct Hallo : Greeting {
  std::string text() const override { return "hallo"; }
};
struct Unrelated {};

TEST(Extensions, KeepsContributionsPerInterfaceInOrder) {
  Extensions extensions;
  EXPECT_TRUE(extensions.all<Greeting>().empty());
  extensions.add<Greeting>(std::make_shared<Hello>(), "english");
  extensions.add<Greeting>(std::make_shared<Hallo>(), "german");
  extensions.add<Unrelated>(std::make_shared<Unrelated>(), "other");
  const auto greetings = extensions.all<Greeting>();
  ASSERT_EQ(greetings.size(), 2u);
  EXPECT_EQ(greetings[0]->text(), "hello");
  EXPECT_EQ(greetings[1]->text(), "hallo");
  EXPECT_EQ(extensions.contributors<Greeting>(), (std::vector<std::string>{"english", "german"}));
  EXPECT_EQ(extensions.all<Unrelated>().size(), 1u);
}

}  // namespace
}  // namespace caravan
