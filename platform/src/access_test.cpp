#include <gtest/gtest.h>

#include <caravan/platform/access.hpp>
#include <caravan/platform/errors.hpp>

namespace caravan {
namespace {

Principal principalWith(std::set<std::string> roles, std::uint64_t tenantId = 7) {
  Principal principal;
  principal.tenantId = tenantId;
  principal.actor = "key:1";
  principal.roles = std::move(roles);
  return principal;
}

AccessControl configured() {
  AccessControl access;
  access.declarePermission("catalog.read", "read products");
  access.declarePermission("catalog.write", "change products");
  access.grant(roles::kSales, "catalog.read");
  access.grant(roles::kAdmin, "catalog.read");
  access.grant(roles::kAdmin, "catalog.write");
  return access;
}

TEST(AccessControl, AllowsARoleThePermissionWasGrantedTo) {
  AccessControl access = configured();
  EXPECT_TRUE(access.allows(principalWith({roles::kSales}), "catalog.read"));
  EXPECT_TRUE(access.allows(principalWith({roles::kAdmin}), "catalog.write"));
}

TEST(AccessControl, DeniesAnUnauthenticatedPrincipalEvenWithAGrantedRole) {
  AccessControl access = configured();
  const Principal anonymous = principalWith({roles::kAdmin}, 0);
  ASSERT_FALSE(anonymous.authenticated());
  EXPECT_FALSE(access.allows(anonymous, "catalog.read"));
  EXPECT_FALSE(access.allows(Principal{}, "catalog.read"));
}

TEST(AccessControl, DeniesARoleThatWasNotGrantedThePermission) {
  AccessControl access = configured();
  EXPECT_FALSE(access.allows(principalWith({roles::kSales}), "catalog.write"));
}

TEST(AccessControl, DeniesARoleNobodyGrantedAnything) {
  AccessControl access = configured();
  EXPECT_FALSE(access.isRole("intruder"));
  EXPECT_FALSE(access.allows(principalWith({"intruder"}), "catalog.read"));
  EXPECT_FALSE(access.allows(principalWith({}), "catalog.read"));
}

TEST(AccessControl, DeniesAPermissionNobodyDeclared) {
  AccessControl access = configured();
  EXPECT_FALSE(access.allows(principalWith({roles::kAdmin}), "catalog.delete"));
}

TEST(AccessControl, AllowsWhenAnyOfSeveralRolesHoldsThePermission) {
  AccessControl access = configured();
  EXPECT_TRUE(access.allows(principalWith({"intruder", roles::kSales}), "catalog.read"));
  EXPECT_FALSE(access.allows(principalWith({"intruder", roles::kSales}), "catalog.write"));
}

TEST(AccessControl, AlwaysAllowsPublicEvenWithoutAuthentication) {
  const AccessControl access = configured();
  EXPECT_TRUE(access.allows(Principal{}, kPublic));
  EXPECT_TRUE(access.allows(principalWith({}), kPublic));
  EXPECT_TRUE(AccessControl{}.allows(Principal{}, kPublic));
}

TEST(AccessControl, GrantingAnUndeclaredPermissionIsAConfigError) {
  AccessControl access = configured();
  EXPECT_THROW(access.grant(roles::kAdmin, "catalog.delete"), ConfigError);
  EXPECT_FALSE(access.allows(principalWith({roles::kAdmin}), "catalog.delete"));
  EXPECT_FALSE(access.isRole(roles::kAuditor));
  EXPECT_THROW(access.grant(roles::kAuditor, "catalog.delete"), ConfigError);
  EXPECT_FALSE(access.isRole(roles::kAuditor)) << "a failed grant must not create the role";
}

TEST(AccessControl, DeclaringAPermissionTwiceIsAConfigError) {
  AccessControl access = configured();
  EXPECT_THROW(access.declarePermission("catalog.read", "again"), ConfigError);
  EXPECT_EQ(access.permissions().at("catalog.read"), "read products");
}

TEST(AccessControl, PublicAndEmptyCannotBeDeclaredAsPermissions) {
  AccessControl access = configured();
  EXPECT_THROW(access.declarePermission(kPublic, "everyone"), ConfigError);
  EXPECT_THROW(access.declarePermission("", "nothing"), ConfigError);
}

TEST(AccessControl, PermissionsOfListsExactlyWhatWasGrantedToTheRole) {
  AccessControl access = configured();
  EXPECT_EQ(access.permissionsOf(roles::kAdmin),
            (std::set<std::string>{"catalog.read", "catalog.write"}));
  EXPECT_EQ(access.permissionsOf(roles::kSales), (std::set<std::string>{"catalog.read"}));
  EXPECT_TRUE(access.permissionsOf("intruder").empty());
}

TEST(AccessControl, RolesComeIntoBeingWhenFirstGranted) {
  AccessControl access = configured();
  EXPECT_EQ(access.roles(), (std::vector<std::string>{roles::kAdmin, roles::kSales}));
  access.grant(roles::kSupport, "catalog.read");
  EXPECT_TRUE(access.isRole(roles::kSupport));
  EXPECT_TRUE(access.allows(principalWith({roles::kSupport}), "catalog.read"));
}

TEST(AccessControl, IsDeclaredReportsDeclaredPermissionsOnly) {
  AccessControl access = configured();
  EXPECT_TRUE(access.isDeclared("catalog.read"));
  EXPECT_FALSE(access.isDeclared("catalog.delete"));
  EXPECT_FALSE(access.isDeclared(kPublic));
  EXPECT_EQ(access.permissions().size(), 2u);
}

}  // namespace
}  // namespace caravan
