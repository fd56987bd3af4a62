using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Introspection;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Tests.Execution;

public sealed class IntrospectionResolversTests
{
    [Fact]
    public void ForMetaField_IntrospectionDefinitions_GiveTheirOwnResolvers()
    {
        FieldBinding? schema = IntrospectionResolvers.ForMetaField(IntrospectionFields.Schema);
        FieldBinding? type = IntrospectionResolvers.ForMetaField(IntrospectionFields.Type);

        Assert.NotNull(schema?.Resolver);
        Assert.NotNull(type?.Resolver);
        Assert.NotSame(schema, type);
    }

    [Fact]
    public void ForMetaField_SameNameButAnotherInstance_GivesNull()
    {
        var lookalike = new OutputField { Name = "__schema", Type = IntrospectionFields.Schema.Type };

        Assert.Null(IntrospectionResolvers.ForMetaField(lookalike));
        Assert.Null(IntrospectionResolvers.ForMetaField(IntrospectionFields.TypeName));
    }

    [Fact]
    public async Task MetaFields_ResolvedThroughTheSharedDefinitions()
    {
        ExecutableSchema schema = ExecutionTestHost.Bind("type Query { a: Int }");

        string json = await ExecutionTestHost.JsonAsync(schema, """{ __schema { queryType { name } } __type(name: "Query") { kind } }""");

        Assert.Equal("""{"data":{"__schema":{"queryType":{"name":"Query"}},"__type":{"kind":"OBJECT"}}}""", json);
    }
}
