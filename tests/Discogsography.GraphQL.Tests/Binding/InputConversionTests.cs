using Discogsography.GraphQL.Binding;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Tests.Binding;

public sealed class InputConversionTests
{
    private static readonly Schema _schema = SchemaBuilder.FromSdl("""
        scalar DateTime
        scalar Json
        type Query { ok: Boolean }
        input Point { x: Float!, y: Float! }
        input Node { name: String!, children: [Node!] }
        """).Build();

    public sealed record Point(double X, double Y);

    public sealed record Node(string Name, IReadOnlyList<Node>? Children);

    private static GraphQLType Type(string sdlType) => sdlType switch
    {
        ['[', .. var inner, ']'] => new ListType(Type(inner)),
        [.. var inner, '!'] => new NonNullType(Type(inner)),
        _ => _schema.GetType(sdlType) ?? BuiltInScalars.Find(sdlType)!,
    };

    private static (object? Value, List<BindingProblem> Problems) Convert(string sdlType, Type target, object? value, bool nullBecomesDefault = false)
    {
        var problems = new List<BindingProblem>();
        Delegate? convert = new InputConversion(problems).BuildDelegate(
            Type(sdlType), target, new InputSite("Query.ok(x:)", "parameter x", Type(sdlType), target, nullBecomesDefault));
        return (convert?.DynamicInvoke(value), problems);
    }

    public static TheoryData<string, Type, object?, object?> Conversions() => new()
    {
        { "Int!", typeof(int), 5, 5 },
        { "Int!", typeof(long), 5, 5L },
        { "Int!", typeof(double), 5, 5d },
        { "Int", typeof(int?), null, null },
        { "Float!", typeof(double), 2.5, 2.5 },
        { "Float!", typeof(decimal), 2.5, 2.5m },
        { "Float!", typeof(float), 2.5, 2.5f },
        { "String", typeof(string), "text", "text" },
        { "Boolean!", typeof(bool), true, true },
        { "ID!", typeof(string), "42", "42" },
        { "ID!", typeof(int), "42", 42 },
        { "ID!", typeof(long), "42", 42L },
        { "DateTime!", typeof(DateTime), new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.FromHours(1)), new DateTime(2020, 1, 2, 2, 4, 5, DateTimeKind.Utc) },
        { "Json", typeof(string), "raw", "raw" },
        { "Json", typeof(object), 12, 12 },
    };

    [Theory]
    [MemberData(nameof(Conversions))]
    public void BuildDelegate_Scalars_ConvertToTheParameterType(string sdlType, Type target, object? value, object? expected)
    {
        (object? converted, List<BindingProblem> problems) = Convert(sdlType, target, value);

        Assert.Empty(problems);
        Assert.Equal(expected, converted);
        Assert.Equal(expected?.GetType(), converted?.GetType());
    }

    [Fact]
    public void BuildDelegate_IdToGuid_ParsesTheString()
    {
        var id = Guid.NewGuid();

        Assert.Equal(id, Convert("ID!", typeof(Guid), id.ToString()).Value);
    }

    [Theory]
    [InlineData(typeof(int))]
    [InlineData(typeof(long))]
    [InlineData(typeof(Guid))]
    public void BuildDelegate_IdThatIsNotANumberOrGuid_ThrowsAClientError(Type target)
    {
        var error = Assert.Throws<System.Reflection.TargetInvocationException>(() => Convert("ID!", target, "abc"));

        var clientError = Assert.IsType<GraphQLException>(error.InnerException);
        Assert.Equal(("BAD_USER_INPUT", true), (clientError.Code, clientError.Message.Contains("\"abc\"", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(typeof(int[]))]
    [InlineData(typeof(IReadOnlyList<int>))]
    [InlineData(typeof(List<int>))]
    [InlineData(typeof(IEnumerable<int>))]
    [InlineData(typeof(IList<int>))]
    public void BuildDelegate_ListShapes_HoldTheItems(Type target)
    {
        object? converted = Convert("[Int!]!", target, new List<object?> { 1, 2, 3 }).Value;

        Assert.Equal([1, 2, 3], (IEnumerable<int>)converted!);
        Assert.IsAssignableFrom(target, converted);
    }

    [Fact]
    public void BuildDelegate_InputObjectToMapOrObject_PassesTheMapThrough()
    {
        var map = new Dictionary<string, object?> { ["x"] = 1d, ["y"] = 2d };

        Assert.Same(map, Convert("Point!", typeof(IReadOnlyDictionary<string, object?>), map).Value);
        Assert.Same(map, Convert("Point!", typeof(object), map).Value);
    }

    [Fact]
    public void BuildDelegate_RecursiveInputType_BuildsTheWholeTree()
    {
        var tree = new Dictionary<string, object?>
        {
            ["name"] = "root",
            ["children"] = new List<object?> { new Dictionary<string, object?> { ["name"] = "leaf", ["children"] = null } },
        };

        var node = (Node)Convert("Node!", typeof(Node), tree).Value!;

        Assert.Equal(("root", "leaf", null), (node.Name, node.Children![0].Name, node.Children[0].Children));
    }

    [Theory]
    [InlineData("String!", typeof(int), "int cannot represent the GraphQL scalar String")]
    [InlineData("Int!", typeof(string), "string cannot represent the GraphQL scalar Int")]
    [InlineData("Int", typeof(int), "Int may be null but int cannot hold null")]
    [InlineData("[Int!]!", typeof(int), "is a list but int is not")]
    [InlineData("Int!", typeof(int[]), "int[] is a list but the GraphQL type Int! is not")]
    [InlineData("[Int!]!", typeof(HashSet<int>), "HashSet<int> cannot be built from a list")]
    [InlineData("Point!", typeof(string), "string cannot represent the GraphQL input object Point")]
    [InlineData("Boolean!", typeof(DayOfWeek), "DayOfWeek cannot represent the GraphQL scalar Boolean")]
    public void BuildDelegate_MismatchedTypes_ReportsAProblem(string sdlType, Type target, string expected)
    {
        (object? converted, List<BindingProblem> problems) = Convert(sdlType, target, null);

        Assert.Null(converted);
        Assert.Contains(expected, Assert.Single(problems).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildDelegate_NullableToValueTypeWithDefault_IsAllowed()
    {
        (object? converted, List<BindingProblem> problems) = Convert("Int", typeof(int), null, nullBecomesDefault: true);

        Assert.Empty(problems);
        Assert.Equal(0, converted);
    }
}
