using Discogsography.Stores.Neo4j.Writing;

namespace Discogsography.Stores.Neo4j.Tests.Writing;

public sealed class CreditCategoryTests
{
    [Theory]
    [InlineData("Producer", "production")]
    [InlineData("Executive-Producer", "production")]
    [InlineData("Mastered By", "mastering")]
    [InlineData("Lacquer Cut By", "mastering")]
    [InlineData("Mixed By", "engineering")]
    [InlineData("Recorded By", "engineering")]
    [InlineData("Artwork By [Cover]", "design")]
    [InlineData("Photography By", "design")]
    [InlineData("Management", "management")]
    [InlineData("Guitar, Vocals", "session")]
    [InlineData("Drums", "session")]
    [InlineData("Music By [All Tracks By]", "other")]
    [InlineData("Written-By", "other")]
    public void Of_Role_SortsIntoItsCategory(string role, string category) => Assert.Equal(category, CreditCategory.Of(role));
}
