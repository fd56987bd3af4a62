using Discogsography.Server.Hosting;

namespace Discogsography.Server.Tests.Hosting;

public sealed class ServerRolesParserTests
{
    [Theory]
    [InlineData("server", (int)ServerRoles.Server)]
    [InlineData("server,extractor", (int)(ServerRoles.Server | ServerRoles.Extractor))]
    [InlineData(" Ingestor , CURATOR ", (int)(ServerRoles.Ingestor | ServerRoles.Curator))]
    [InlineData("server,extractor,ingestor,curator", (int)ServerRoles.All)]
    public void Parse_KnownNames_GivesTheirRoles(string value, int expected) =>
        Assert.Equal((ServerRoles)expected, ServerRolesParser.Parse(value));

    [Theory]
    [InlineData("server,mailer", "mailer")]
    [InlineData("all", "all")]
    [InlineData("none", "none")]
    public void Parse_UnknownName_NamesItInTheError(string value, string unknown)
    {
        var error = Assert.Throws<FormatException>(() => ServerRolesParser.Parse(value));

        Assert.Contains($"'{unknown}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Empty_IsAnError() =>
        Assert.Throws<FormatException>(() => ServerRolesParser.Parse(" , "));
}
