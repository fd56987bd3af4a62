using Discogsography.Server.Explore;

namespace Discogsography.Server.Tests.Explore;

public sealed class CreditRolesTests
{
    [Theory]
    [InlineData(null, new string[0])]
    [InlineData("  ", new string[0])]
    [InlineData("Producer", new[] { "Producer" })]
    [InlineData("Producer, Mixed By", new[] { "Producer", "Mixed By" })]
    [InlineData("Guitar [Acoustic, 12-String], Vocals", new[] { "Guitar [Acoustic, 12-String]", "Vocals" })]
    [InlineData("Written-By,, Arranged By ,", new[] { "Written-By", "Arranged By" })]
    public void Split_DiscogsRole_GivesEachRoleWithItsDetails(string? role, string[] expected)
    {
        Assert.Equal(expected, CreditRoles.Split(role));
    }
}
