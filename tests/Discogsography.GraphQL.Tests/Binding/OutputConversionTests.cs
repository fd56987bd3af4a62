using Discogsography.GraphQL.Binding;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Tests.Binding;

public sealed class OutputConversionTests
{
    private static readonly Schema _schema = SchemaBuilder.FromSdl("""
        scalar DateTime
        type Query { artist: Artist, genre: Genre }
        type Artist { name: String }
        enum Genre { JAZZ HIP_HOP }
        """).Build();

    public sealed record ArtistRecord(string Name);

    public sealed record LabelRecord(string Name);

    private static GraphQLType Type(string sdlType) => sdlType switch
    {
        ['[', .. var inner, ']'] => new ListType(Type(inner)),
        [.. var inner, '!'] => new NonNullType(Type(inner)),
        _ => _schema.GetType(sdlType) ?? BuiltInScalars.Find(sdlType)!,
    };

    private static (Delegate? Convert, List<BindingProblem> Problems) Build(string sdlType, Type result)
    {
        var problems = new List<BindingProblem>();
        var runtimeTypes = new Dictionary<string, Type> { ["Artist"] = typeof(ArtistRecord) };
        Delegate? convert = new OutputConversion(problems, runtimeTypes).BuildDelegate(new OutputSite("Query.x", "Resolvers.X", Type(sdlType), result));
        return (convert, problems);
    }

    [Fact]
    public void BuildDelegate_Enum_WritesTheGraphQLValueName()
    {
        (Delegate? convert, _) = Build("Genre!", typeof(SchemaBindingBuilderTestsGenre));

        Assert.Equal("HIP_HOP", convert!.DynamicInvoke(SchemaBindingBuilderTestsGenre.HipHop));
    }

    [Fact]
    public void BuildDelegate_NullableEnumInList_WritesNamesAndNulls()
    {
        (Delegate? convert, _) = Build("[Genre]", typeof(List<SchemaBindingBuilderTestsGenre?>));

        object? written = convert!.DynamicInvoke(new List<SchemaBindingBuilderTestsGenre?> { SchemaBindingBuilderTestsGenre.Jazz, null });

        Assert.Equal(["JAZZ", null], (IEnumerable<object?>)written!);
    }

    [Fact]
    public void BuildDelegate_ScalarList_PassesTheListThroughUnchanged()
    {
        int[] years = [1959, 1964];
        (Delegate? convert, _) = Build("[Int!]!", typeof(int[]));

        Assert.Same(years, convert!.DynamicInvoke(years));
    }

    [Theory]
    [InlineData("Int", typeof(long), "long cannot represent the GraphQL scalar Int")]
    [InlineData("String", typeof(int), "int cannot represent the GraphQL scalar String")]
    [InlineData("DateTime", typeof(string), "string cannot represent the GraphQL scalar DateTime")]
    [InlineData("Genre", typeof(int), "int cannot represent the GraphQL enum Genre")]
    [InlineData("Artist", typeof(string), "string is a leaf value but Artist is an object type")]
    [InlineData("Artist", typeof(LabelRecord), "LabelRecord is not ArtistRecord, the CLR type bound to Artist")]
    [InlineData("[Artist]", typeof(ArtistRecord), "is a list but ArtistRecord is not")]
    [InlineData("Artist", typeof(ArtistRecord[]), "ArtistRecord[] is a list but the GraphQL type Artist is not")]
    public void BuildDelegate_MismatchedResult_ReportsAProblem(string sdlType, Type result, string expected)
    {
        (Delegate? convert, List<BindingProblem> problems) = Build(sdlType, result);

        Assert.Null(convert);
        Assert.Contains(expected, Assert.Single(problems).Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ID", typeof(Guid))]
    [InlineData("ID", typeof(long))]
    [InlineData("Float", typeof(decimal))]
    [InlineData("DateTime", typeof(DateTimeOffset))]
    [InlineData("Artist", typeof(object))]
    [InlineData("Genre", typeof(string))]
    public void BuildDelegate_CompatibleResult_HasNoProblem(string sdlType, Type result)
    {
        Assert.Empty(Build(sdlType, result).Problems);
    }
}

public enum SchemaBindingBuilderTestsGenre
{
    Jazz,
    HipHop,
}
