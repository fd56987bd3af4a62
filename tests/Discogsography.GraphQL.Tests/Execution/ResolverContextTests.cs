using System.Security.Claims;
using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Resolvers;

namespace Discogsography.GraphQL.Tests.Execution;

public sealed class ResolverContextTests
{
    private sealed class Services : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(string) ? "a service" : null;
    }

    [Fact]
    public async Task Context_CarriesRequestStateAndFieldState()
    {
        IResolverContext? seen = null;
        object? sharedState = null;
        ExecutableSchema schema = ExecutionTestHost.Bind(
            "type Query { items: [Item] } type Item { probe(n: Int = 2): String other: String }",
            b => b
                .AddResolver("Item", "probe", context =>
                {
                    seen = context;
                    context.ContextData["seen"] = "set by probe";
                    return new ValueTask<object?>("ok");
                })
                .AddResolver("Item", "other", context =>
                {
                    sharedState = context.ContextData.TryGetValue("seen", out object? value) ? value : "missing";
                    return new ValueTask<object?>("ok");
                }),
            new Dictionary<string, object?> { ["items"] = new List<object?> { new Dictionary<string, object?> { ["id"] = 1 } } });
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ada")], "test"));
        var request = new GraphQLRequest
        {
            Query = "query Q { items { p: probe other } }",
            Extensions = new Dictionary<string, object?> { ["trace"] = true },
        };

        ExecutionResult result = await new RequestExecutor(schema).ExecuteAsync(request, new Services(), user, default);

        Assert.Empty(result.Errors);
        Assert.NotNull(seen);
        Assert.Equal(["items", 0, "p"], seen.Path.ToList());
        Assert.Equal("p", seen.ResponseName);
        Assert.Equal("probe", seen.Field.Name);
        Assert.Equal("Item", seen.ObjectType.Name);
        Assert.Equal("Q", seen.Operation.Name!.Value);
        Assert.Equal(2, seen.ArgumentValue<int>("n"));
        Assert.Equal("ada", seen.User!.Identity!.Name);
        Assert.Equal("a service", seen.RequestServices.GetService(typeof(string)));
        Assert.Equal(1, ((Dictionary<string, object?>)seen.Parent!)["id"]);
        Assert.True(seen.ContextData.ContainsKey("extensions"));
        Assert.Equal("set by probe", sharedState);
    }

    [Fact]
    public async Task ArgumentValue_UnconvertibleValue_FieldErrorWithBadUserInput()
    {
        ExecutableSchema schema = ExecutionTestHost.Bind("type Query { f(s: String): String }", b => b.AddResolver("Query", "f", static context =>
            new ValueTask<object?>(context.ArgumentValue<int>("s").ToString(System.Globalization.CultureInfo.InvariantCulture))));

        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(schema, "{ f(s: \"abc\") }");

        Assert.Equal(ExecutionErrorCodes.InvalidArgument, Assert.Single(result.Errors).Code);
    }
}
