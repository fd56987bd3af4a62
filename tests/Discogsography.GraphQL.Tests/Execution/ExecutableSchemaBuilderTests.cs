using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Tests.Execution;

public sealed class ExecutableSchemaBuilderTests
{
    private static readonly Schema _schema = SchemaBuilder.FromSdl("type Query { a: String u: U } union U = Query scalar S").Build();

    [Fact]
    public void Build_UnknownNames_EveryProblemListed()
    {
        var builder = new ExecutableSchemaBuilder(_schema)
            .AddResolver("Query", "nope", static _ => default)
            .AddResolver("Nope", "a", static _ => default)
            .AddTypeResolver("Query", static (_, _, _) => null)
            .MapClrType(typeof(string), "U")
            .AddScalarSerializer("Query", static v => v)
            .AddSubscription("x", static _ => default);

        SchemaException exception = Assert.Throws<SchemaException>(builder.Build);

        Assert.Equal(6, exception.Problems.Count);
    }

    [Fact]
    public void Build_FieldsWithoutResolvers_UseDefaultReadAndAreListed()
    {
        ExecutableSchema executable = new ExecutableSchemaBuilder(_schema).AddResolver("Query", "a", static _ => default).Build();

        Assert.Equal(["Query.u"], executable.DefaultBoundFields);
        Assert.False(executable.GetBinding("Query", "a")!.IsDefault);
        Assert.Null(executable.GetBinding("Query", "zzz"));
    }

    [Fact]
    public async Task ScalarSerializer_OverridesCoercion()
    {
        ExecutableSchema schema = ExecutionTestHost.Bind(
            "scalar Money type Query { price: Money }",
            b => b.AddScalarSerializer("Money", static v => $"{v} EUR"),
            new Dictionary<string, object?> { ["price"] = 12 });

        Assert.Equal("""{"data":{"price":"12 EUR"}}""", await ExecutionTestHost.JsonAsync(schema, "{ price }"));
    }

    [Fact]
    public async Task PureResolver_ReadsParent()
    {
        ExecutableSchema schema = ExecutionTestHost.Bind("type Query { a: String }", b => b.AddResolver("Query", "a", static (object? parent) => "pure"));

        Assert.Equal("""{"data":{"a":"pure"}}""", await ExecutionTestHost.JsonAsync(schema, "{ a }"));
    }
}
