using Discogsography.GraphQL.Introspection;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Tests.Introspection;

public sealed class IntrospectionFieldsTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("type Query { a: A u: U } type A { b: Int } union U = A").Build();

    [Fact]
    public void FindField_MetaFieldsOnTheQueryRoot_AreFound()
    {
        Assert.Same(IntrospectionFields.Schema, IntrospectionFields.FindField(Schema, Schema.QueryType, "__schema"));
        Assert.Same(IntrospectionFields.Type, IntrospectionFields.FindField(Schema, Schema.QueryType, "__type"));
        Assert.Equal("__Schema!", IntrospectionFields.Schema.Type.ToString());
        Assert.Equal("String!", IntrospectionFields.Type.Arguments["name"].Type.ToString());
    }

    [Fact]
    public void FindField_SchemaAndTypeElsewhere_AreNotFound()
    {
        NamedType a = Schema.GetType("A")!;

        Assert.Null(IntrospectionFields.FindField(Schema, a, "__schema"));
        Assert.Null(IntrospectionFields.FindField(Schema, a, "__type"));
        Assert.Same(IntrospectionFields.TypeName, IntrospectionFields.FindField(Schema, a, "__typename"));
        Assert.Same(IntrospectionFields.TypeName, IntrospectionFields.FindField(Schema, Schema.GetType("U")!, "__typename"));
        Assert.Same(((ObjectType)a).Fields["b"], IntrospectionFields.FindField(Schema, a, "b"));
        Assert.Null(IntrospectionFields.FindField(Schema, Schema.GetType("Int")!, "__typename"));
    }
}
