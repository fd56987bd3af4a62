using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Resolvers;

namespace Discogsography.GraphQL.Tests.Execution;

public sealed class ErrorReportingTests
{
    private const string Sdl = "type Query { items: [Item] boom: String known: String } type Item { id: Int, fail: String }";

    private static ExecutableSchema Schema() => ExecutionTestHost.Bind(
        Sdl,
        b => b
            .AddResolver("Query", "boom", static _ => throw new InvalidOperationException("secret connection string"))
            .AddResolver("Query", "known", static _ => throw new GraphQLException("No such artist.", "NOT_FOUND", new Dictionary<string, object?> { ["id"] = 7 }))
            .AddResolver("Item", "fail", static async context =>
            {
                await Task.Yield();
                throw new InvalidOperationException("item failure");
            }),
        new Dictionary<string, object?> { ["items"] = new List<object?> { new Dictionary<string, object?> { ["id"] = 1 }, new Dictionary<string, object?> { ["id"] = 2 } } });

    [Fact]
    public async Task UnexpectedException_MaskedWithInternalCode()
    {
        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(Schema(), "{ boom }");

        GraphQLError error = Assert.Single(result.Errors);
        Assert.Equal("Unexpected Execution Error", error.Message);
        Assert.Equal(ExecutionErrorCodes.InternalServerError, error.Code);
        Assert.DoesNotContain("secret", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnexpectedException_DevelopmentMode_ShowsMessageAndObserverSeesException()
    {
        var seen = new List<Exception>();
        var options = new RequestExecutorOptions { IncludeExceptionDetails = true, OnUnexpectedError = (exception, _) => seen.Add(exception) };

        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(Schema(), "{ boom }", options: options);

        Assert.Equal("secret connection string", Assert.Single(result.Errors).Message);
        Assert.IsType<InvalidOperationException>(Assert.Single(seen));
    }

    [Fact]
    public async Task GraphQLException_KeepsMessageCodeAndExtensions()
    {
        string json = await ExecutionTestHost.JsonAsync(Schema(), "{ known }");

        Assert.Equal(
            """{"errors":[{"message":"No such artist.","locations":[{"line":1,"column":3}],"path":["known"],"extensions":{"code":"NOT_FOUND","id":7}}],"data":{"known":null}}""",
            json);
    }

    [Fact]
    public async Task AsyncFailureInList_PathHasIndexAndAliases()
    {
        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(Schema(), "{ all: items { id f: fail } }");

        Assert.Equal(2, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.Path!.SequenceEqual(["all", 0, "f"]));
        Assert.Contains(result.Errors, e => e.Path!.SequenceEqual(["all", 1, "f"]));
        Assert.All(result.Errors, e => Assert.Equal(new ErrorLocation(1, 19), Assert.Single(e.Locations)));
    }

    [Fact]
    public async Task FieldSelectedTwice_ErrorNamesEveryLocation()
    {
        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(Schema(), "{ boom\n boom }");

        Assert.Equal([new ErrorLocation(1, 3), new ErrorLocation(2, 2)], Assert.Single(result.Errors).Locations);
    }

    [Fact]
    public async Task ReportError_AddsErrorAtFieldPathWithoutFailingField()
    {
        ExecutableSchema schema = ExecutionTestHost.Bind("type Query { partial: String }", b => b.AddResolver("Query", "partial", static context =>
        {
            context.ReportError(new GraphQLError("Some data is stale.", "STALE"));
            return new ValueTask<object?>("value");
        }));

        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(schema, "{ partial }");

        Assert.Equal("value", ((ResultMap)result.Data!)["partial"]);
        Assert.Equal(["partial"], Assert.Single(result.Errors).Path!);
    }
}
