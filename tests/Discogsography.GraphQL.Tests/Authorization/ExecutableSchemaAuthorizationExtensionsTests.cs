using System.Security.Claims;
using Discogsography.GraphQL.Authorization;
using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Tests.Execution;

namespace Discogsography.GraphQL.Tests.Authorization;

public sealed class ExecutableSchemaAuthorizationExtensionsTests
{
    private const string Sdl = AuthorizeDirective.Sdl + """
        type Query {
          open: String
          signedIn: String @authorize
          staff: String @authorize(roles: ["admin", "editor"])
          both: String @authorize(roles: ["admin"]) @authorize(roles: ["editor"])
          policy: String @authorize(policy: "adults")
          after: String @authorize(roles: ["admin"], apply: AFTER_RESOLVER)
          secret: Secret
          mandatory: Mandatory
        }
        type Secret @authorize(roles: ["admin"]) { a: String, b: String }
        type Mandatory { value: String! @authorize(roles: ["admin"]) }
        type Subscription { ticks: Int @authorize(roles: ["admin"]) }
        """;

    private static readonly Dictionary<string, object?> Root = new()
    {
        ["open"] = "o", ["signedIn"] = "s", ["staff"] = "st", ["both"] = "b", ["policy"] = "p",
        ["secret"] = new Dictionary<string, object?> { ["a"] = "A", ["b"] = "B" },
        ["mandatory"] = new Dictionary<string, object?> { ["value"] = "V" },
    };

    private sealed class CountingPolicyAuthorizer : IFieldAuthorizer
    {
        public int Calls { get; private set; }

        public ValueTask<AuthorizationOutcome> AuthorizeAsync(IResolverContext context, AuthorizeRule rule)
        {
            Calls++;
            AuthorizationOutcome outcome = RoleFieldAuthorizer.CheckUser(context.User, rule);
            if (outcome == AuthorizationOutcome.Allowed && rule.Policy == "adults")
            {
                outcome = context.User!.HasClaim("age", "adult") ? AuthorizationOutcome.Allowed : AuthorizationOutcome.NotAuthorized;
            }

            return ValueTask.FromResult(outcome);
        }
    }

    private static ClaimsPrincipal User(params string[] roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "u"), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "test"));

    private static ExecutableSchema Schema(IFieldAuthorizer? authorizer = null, Func<IResolverContext, ValueTask<object?>>? after = null) =>
        ExecutionTestHost.Bind(Sdl, b =>
        {
            b.AddResolver("Query", "after", after is null ? _ => new ValueTask<object?>("x") : new FieldResolver(after));
            b.AddSubscription("ticks", _ => new ValueTask<IAsyncEnumerable<object?>>(Ticks()));
        }, Root).WithAuthorization(authorizer ?? new CountingPolicyAuthorizer());

    private static async IAsyncEnumerable<object?> Ticks()
    {
        yield return 1;
        await Task.CompletedTask;
    }

    private static Task<ExecutionResult> RunAsync(ExecutableSchema schema, string query, ClaimsPrincipal? user) =>
        new RequestExecutor(schema).ExecuteAsync(ExecutionTestHost.Request(query), ExecutionTestHost.EmptyServices.Instance, user, CancellationToken.None);

    [Fact]
    public async Task FieldWithoutRules_Anonymous_Resolves()
    {
        ExecutionResult result = await RunAsync(Schema(), "{ open }", null);

        Assert.Empty(result.Errors);
        Assert.Equal("""{"data":{"open":"o"}}""", result.ToJson());
    }

    [Fact]
    public async Task NoArguments_Anonymous_NotAuthenticatedAtPath()
    {
        ExecutionResult result = await RunAsync(Schema(), "{ open signedIn }", null);

        GraphQLError error = Assert.Single(result.Errors);
        Assert.Equal(AuthorizationErrorCodes.NotAuthenticated, error.Code);
        Assert.Equal(["signedIn"], error.Path!);
        Assert.Equal([new ErrorLocation(1, 8)], error.Locations);
        Assert.Equal(ExecutableSchemaAuthorizationExtensions.DeniedMessage, error.Message);
        Assert.Contains("\"data\":{\"open\":\"o\",\"signedIn\":null}", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoArguments_Authenticated_Resolves()
    {
        ExecutionResult result = await RunAsync(Schema(), "{ signedIn }", User());

        Assert.Empty(result.Errors);
    }

    [Theory]
    [InlineData("editor", true)]
    [InlineData("admin", true)]
    [InlineData("guest", false)]
    public async Task Roles_UserHasAnyOfThem_Allowed(string role, bool allowed)
    {
        ExecutionResult result = await RunAsync(Schema(), "{ staff }", User(role));

        Assert.Equal(allowed, result.Errors.Count == 0);
        if (!allowed)
        {
            Assert.Equal(AuthorizationErrorCodes.NotAuthorized, Assert.Single(result.Errors).Code);
        }
    }

    [Theory]
    [InlineData(new[] { "admin" }, false)]
    [InlineData(new[] { "editor" }, false)]
    [InlineData(new[] { "admin", "editor" }, true)]
    public async Task RepeatedDirectives_AllMustPass(string[] roles, bool allowed)
    {
        ExecutionResult result = await RunAsync(Schema(), "{ both }", User(roles));

        Assert.Equal(allowed, result.Errors.Count == 0);
    }

    [Fact]
    public async Task Policy_EvaluatedByAuthorizer_DeniesWithoutClaim()
    {
        var adult = new ClaimsPrincipal(new ClaimsIdentity([new Claim("age", "adult")], "test"));

        ExecutionResult denied = await RunAsync(Schema(), "{ policy }", User());
        ExecutionResult allowed = await RunAsync(Schema(), "{ policy }", adult);

        Assert.Equal(AuthorizationErrorCodes.NotAuthorized, Assert.Single(denied.Errors).Code);
        Assert.Empty(allowed.Errors);
    }

    [Fact]
    public async Task RoleAuthorizer_PolicyRule_PolicyNotFound()
    {
        ExecutionResult result = await RunAsync(Schema(RoleFieldAuthorizer.Instance), "{ policy }", User());

        Assert.Equal(AuthorizationErrorCodes.PolicyNotFound, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task TypeLevelDirective_AppliesToEveryField()
    {
        ExecutionResult denied = await RunAsync(Schema(), "{ secret { a b } }", User("guest"));
        ExecutionResult allowed = await RunAsync(Schema(), "{ secret { a b } }", User("admin"));

        Assert.Equal(2, denied.Errors.Count);
        Assert.All(denied.Errors, e => Assert.Equal(AuthorizationErrorCodes.NotAuthorized, e.Code));
        Assert.Equal([["secret", "a"], ["secret", "b"]], denied.Errors.Select(e => e.Path!.Select(p => p.ToString()!).ToArray()));
        Assert.Equal("""{"data":{"secret":{"a":"A","b":"B"}}}""", allowed.ToJson());
    }

    [Fact]
    public async Task NonNullField_Denied_NullPropagatesToParent()
    {
        ExecutionResult result = await RunAsync(Schema(), "{ open mandatory { value } }", User());

        Assert.Equal(["mandatory", "value"], Assert.Single(result.Errors).Path!);
        Assert.Contains("\"data\":{\"open\":\"o\",\"mandatory\":null}", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeforeResolver_Denied_ResolverNotCalled()
    {
        int calls = 0;
        ExecutableSchema schema = ExecutionTestHost.Bind(Sdl, b => b.AddResolver("Query", "staff", _ =>
        {
            calls++;
            return new ValueTask<object?>("x");
        }), Root).WithAuthorization(RoleFieldAuthorizer.Instance);

        await RunAsync(schema, "{ staff }", User("guest"));

        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task AfterResolver_RunsResolverThenDenies()
    {
        int calls = 0;
        ExecutableSchema schema = Schema(RoleFieldAuthorizer.Instance, _ =>
        {
            calls++;
            return new ValueTask<object?>("x");
        });

        ExecutionResult result = await RunAsync(schema, "{ after }", User("guest"));

        Assert.Equal(1, calls);
        Assert.Equal(AuthorizationErrorCodes.NotAuthorized, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Subscription_Denied_FailsAtSubscribeTime()
    {
        ExecutionResult result = await RunAsync(Schema(), "subscription { ticks }", User("guest"));

        Assert.Null(result.Stream);
        GraphQLError error = Assert.Single(result.Errors);
        Assert.Equal(AuthorizationErrorCodes.NotAuthorized, error.Code);
        Assert.Equal(["ticks"], error.Path!);
    }

    [Fact]
    public async Task Subscription_Allowed_Streams()
    {
        ExecutionResult result = await RunAsync(Schema(), "subscription { ticks }", User("admin"));

        Assert.NotNull(result.Stream);
        var events = new List<string>();
        await foreach (ExecutionResult item in result.Stream)
        {
            events.Add(item.ToJson());
        }

        Assert.Equal(["""{"data":{"ticks":1}}"""], events);
    }

    [Fact]
    public async Task RootTypeDirective_CoversRootFieldsButNotIntrospection()
    {
        ExecutableSchema schema = ExecutionTestHost.Bind(AuthorizeDirective.Sdl + "type Query @authorize { a: String }", root: new Dictionary<string, object?> { ["a"] = "A" })
            .WithAuthorization(RoleFieldAuthorizer.Instance);

        ExecutionResult introspection = await RunAsync(schema, "{ __typename __schema { queryType { name } } }", null);
        ExecutionResult field = await RunAsync(schema, "{ a }", null);

        Assert.Empty(introspection.Errors);
        Assert.Equal(AuthorizationErrorCodes.NotAuthenticated, Assert.Single(field.Errors).Code);
    }
}
