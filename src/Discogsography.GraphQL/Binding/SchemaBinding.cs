using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Binding;

/// <summary>
/// The result of binding resolver classes to a schema: a compiled resolver for every field of every object type (bar
/// the introspection types), checked at start-up. Hand it to an <see cref="ExecutableSchemaBuilder"/> with
/// <see cref="ExecutableSchemaBuilderBindingExtensions.AddResolversFrom"/>.
/// </summary>
public sealed class SchemaBinding
{
    internal SchemaBinding(Schema schema, IReadOnlyList<BoundField> fields, IReadOnlyDictionary<string, Type> runtimeTypes)
    {
        Schema = schema;
        Fields = fields;
        RuntimeTypes = runtimeTypes;
    }

    /// <summary>The schema bound.</summary>
    public Schema Schema { get; }

    /// <summary>The CLR type of each object type's values, declared or inferred from resolver results, by GraphQL type name.</summary>
    public IReadOnlyDictionary<string, Type> RuntimeTypes { get; }

    /// <summary>The bound fields, in schema order.</summary>
    internal IReadOnlyList<BoundField> Fields { get; }

    /// <summary>The bound field <paramref name="typeName"/>.<paramref name="fieldName"/>, or null.</summary>
    internal BoundField? Find(string typeName, string fieldName) =>
        Fields.FirstOrDefault(f => f.TypeName == typeName && f.FieldName == fieldName);
}
