using Discogsography.Stores.Sql.Catalog;

namespace Discogsography.Stores.Sql.Tests.Catalog;

public sealed class CreditRoleCategoriesTests
{
    [Theory]
    [InlineData("Mastered By", CreditRoleCategories.Mastering)]
    [InlineData("Mastering Engineer", CreditRoleCategories.Mastering)]
    [InlineData("Lacquer Cut By", CreditRoleCategories.Mastering)]
    [InlineData("Producer", CreditRoleCategories.Production)]
    [InlineData("Co-producer", CreditRoleCategories.Production)]
    [InlineData("Remix [Remix Engineer]", CreditRoleCategories.Production)]
    [InlineData("Recorded By", CreditRoleCategories.Engineering)]
    [InlineData("Mixed By", CreditRoleCategories.Engineering)]
    [InlineData("Artwork By [Cover]", CreditRoleCategories.Design)]
    [InlineData("Photography By", CreditRoleCategories.Design)]
    [InlineData("Management", CreditRoleCategories.Management)]
    [InlineData("A&R", CreditRoleCategories.Management)]
    [InlineData("Guitar [Acoustic]", CreditRoleCategories.Session)]
    [InlineData("Vocals", CreditRoleCategories.Session)]
    [InlineData("Written-By", CreditRoleCategories.Other)]
    [InlineData("Music By [All Tracks By]", CreditRoleCategories.Other)]
    [InlineData("", CreditRoleCategories.Other)]
    [InlineData(null, CreditRoleCategories.Other)]
    public void Categorise_Role_GivesItsCategory(string? role, string expected) => Assert.Equal(expected, CreditRoleCategories.Categorise(role));
}
