using System.Reflection;
using Discogsography.GraphQL.Binding;

namespace Discogsography.GraphQL.Tests.Binding;

public sealed class NameConventionsTests
{
    public enum Sample
    {
        FooBar,
        Jazz,
        HTTPServer,
        [GraphQLName("HIPHOP_AND_RAP")]
        HipHop,
    }

    private static FieldInfo Member(string name) => typeof(Sample).GetField(name)!;

    [Theory]
    [InlineData("Artist", "artist", true)]
    [InlineData("GetArtist", "artist", true)]
    [InlineData("ArtistAsync", "artist", true)]
    [InlineData("GetArtistAsync", "artist", true)]
    [InlineData("ARTIST", "artist", true)]
    [InlineData("Artists", "artist", false)]
    [InlineData("Get", "get", true)]
    [InlineData("Async", "async", true)]
    [InlineData("Getter", "ter", false)]
    [InlineData("FetchArtist", "artist", false)]
    public void IsFieldMember_Conventions_MatchNameIgnoringCaseGetPrefixAndAsyncSuffix(string member, string field, bool expected)
    {
        Assert.Equal(expected, NameConventions.IsFieldMember(member, field));
    }

    [Theory]
    [InlineData("FooBar", "FOO_BAR", true)]
    [InlineData("Jazz", "JAZZ", true)]
    [InlineData("HTTPServer", "HTTP_SERVER", true)]
    [InlineData("FooBar", "FOO", false)]
    [InlineData("HipHop", "HIPHOP_AND_RAP", true)]
    [InlineData("HipHop", "HIP_HOP", false)]
    public void IsEnumMember_UnderscoresDroppedCaseIgnoredOrAttribute_Matches(string member, string value, bool expected)
    {
        Assert.Equal(expected, NameConventions.IsEnumMember(Member(member), value));
    }

    [Theory]
    [InlineData("FooBar", "FOO_BAR")]
    [InlineData("Jazz", "JAZZ")]
    [InlineData("HTTPServer", "HTTP_SERVER")]
    [InlineData("HipHop", "HIPHOP_AND_RAP")]
    public void ToEnumValueName_ClrMember_SpellsTheGraphQLValue(string member, string expected)
    {
        Assert.Equal(expected, NameConventions.ToEnumValueName(Member(member)));
    }
}
