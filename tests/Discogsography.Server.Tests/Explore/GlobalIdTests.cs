using System.Text;
using Discogsography.Server.Explore;

namespace Discogsography.Server.Tests.Explore;

public sealed class GlobalIdTests
{
    [Theory]
    [InlineData("Artist", "1")]
    [InlineData("Release", "9223372036854775807")]
    [InlineData("Genre", "Folk, World, & Country")]
    [InlineData("Style", "Música Popular Brasileira")]
    [InlineData("Person", "Jo: Engineer")]
    public void Encode_ThenDecode_GivesTheTypeAndKeyBack(string typeName, string key)
    {
        string id = GlobalId.Encode(typeName, key);

        Assert.True(GlobalId.TryDecode(id, out string decodedType, out string decodedKey));
        Assert.Equal(typeName, decodedType);
        Assert.Equal(key, decodedKey);
    }

    [Fact]
    public void Encode_IsTheBase64OfTypeColonKey_AsHotChocolateWritesIt()
    {
        Assert.Equal("QXJ0aXN0OjE=", GlobalId.Encode("Artist", "1"));
    }

    [Fact]
    public void TryDecode_UrlSafeBase64WithoutPadding_IsAccepted()
    {
        string urlSafe = Convert.ToBase64String(Encoding.UTF8.GetBytes("Style:Música?>")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        Assert.True(GlobalId.TryDecode(urlSafe, out string typeName, out string key));
        Assert.Equal(("Style", "Música?>"), (typeName, key));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("QXJ0aXN0")]
    [InlineData("OjE=")]
    [InlineData("QXJ0aXN0Og==")]
    public void TryDecode_MalformedId_IsFalse(string id)
    {
        Assert.False(GlobalId.TryDecode(id, out _, out _));
    }

    [Fact]
    public void TryDecode_LongerThanTheLimit_IsFalse()
    {
        string id = GlobalId.Encode("Genre", new string('x', GlobalId.MaxLength));

        Assert.False(GlobalId.TryDecode(id, out _, out _));
    }
}
