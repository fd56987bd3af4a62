using Discogsography.GraphQL.Binding;
using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Resolvers;

namespace Discogsography.GraphQL.Tests.Execution;

/// <summary>Enum results of resolvers added by hand: value names as they are, CLR enum members by the binding's rule.</summary>
public sealed class EnumSerializationTests
{
    public enum Genre
    {
        Jazz,
        HipHop,
        [GraphQLName("FOLK_WORLD_AND_COUNTRY")]
        Folk,
        Polka,
    }

    private static ExecutableSchema Bind(object? result) => ExecutionTestHost.Bind(
        """
        enum Genre { JAZZ HIP_HOP FOLK_WORLD_AND_COUNTRY }
        type Query { one: Genre many: [Genre] }
        """,
        b => b
            .AddResolver("Query", "one", _ => new ValueTask<object?>(result))
            .AddResolver("Query", "many", _ => new ValueTask<object?>(new object?[] { result, Genre.Jazz, "HIP_HOP", null })));

    [Theory]
    [InlineData(Genre.Jazz, "JAZZ")]
    [InlineData(Genre.HipHop, "HIP_HOP")]
    [InlineData(Genre.Folk, "FOLK_WORLD_AND_COUNTRY")]
    [InlineData("HIP_HOP", "HIP_HOP")]
    public async Task ClrEnumOrValueName_WrittenAsTheGraphQLValue(object result, string expected)
    {
        string json = await ExecutionTestHost.JsonAsync(Bind(result), "{ one many }");

        Assert.Equal("{\"data\":{\"one\":\"" + expected + "\",\"many\":[\"" + expected + "\",\"JAZZ\",\"HIP_HOP\",null]}}", json);
    }

    [Theory]
    [InlineData(Genre.Polka, "Enum \"Genre\" cannot represent value: Polka")]
    [InlineData("HipHop", "Enum \"Genre\" cannot represent value: \"HipHop\"")]
    public async Task ValueWithoutGraphQLValue_FieldError(object result, string message)
    {
        ExecutionResult executed = await ExecutionTestHost.ExecuteAsync(Bind(result), "{ one }");

        Assert.Equal(message, Assert.Single(executed.Errors).Message);
        Assert.Null(((ResultMap)executed.Data!)["one"]);
    }
}
