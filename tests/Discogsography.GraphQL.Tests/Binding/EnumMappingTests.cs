using Discogsography.GraphQL.Binding;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Tests.Binding;

public sealed class EnumMappingTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        enum Genre { JAZZ HIP_HOP FOLK_WORLD_AND_COUNTRY HARD_ROCK ROCK }
        enum Twins { HIPHOP HIP_HOP }
        type Query { g: Genre t: Twins }
        """).Build();

    public enum Style
    {
        Jazz,
        HipHop,
        FolkWorldAndCountry,
        [GraphQLName("HARD_ROCK")]
        Rock,
        Polka,
    }

    private static EnumType Enum(string name) => (EnumType)Schema.GetType(name)!;

    [Theory]
    [InlineData(Style.Jazz, "JAZZ")]
    [InlineData(Style.HipHop, "HIP_HOP")]
    [InlineData(Style.FolkWorldAndCountry, "FOLK_WORLD_AND_COUNTRY")]
    [InlineData(Style.Rock, "HARD_ROCK")]
    public void ValueName_MemberOfTheConvention_GivesTheGraphQLValue(Style member, string expected) =>
        Assert.Equal(expected, EnumMapping.ValueName(Enum("Genre"), member));

    [Fact]
    public void ValueName_MemberWithoutValue_GivesNull() => Assert.Null(EnumMapping.ValueName(Enum("Genre"), Style.Polka));

    [Fact]
    public void ValueName_MemberMatchingTwoValues_GivesNull() => Assert.Null(EnumMapping.ValueName(Enum("Twins"), Style.HipHop));

    [Fact]
    public void ValueName_UndefinedNumericValue_GivesNull() => Assert.Null(EnumMapping.ValueName(Enum("Genre"), (Style)42));
}
