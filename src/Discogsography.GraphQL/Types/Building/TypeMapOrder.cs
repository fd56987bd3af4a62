namespace Discogsography.GraphQL.Types.Building;

/// <summary>
/// Orders a schema's named types as graphql-js's <c>GraphQLSchema</c> constructor does, so that introspection lists
/// types in the order graphql-js would: each defined type followed by the types it first brings in, then the types
/// reached from the roots and directive arguments, then the introspection types.
/// </summary>
internal static class TypeMapOrder
{
    public static IReadOnlyList<NamedType> Collect(SchemaParts parts, NamedType? introspectionRoot)
    {
        var ordered = new List<NamedType>(parts.DefinedTypes);
        var seen = new HashSet<string>(parts.DefinedTypes.Select(t => t.Name), StringComparer.Ordinal);
        foreach (NamedType type in parts.DefinedTypes)
        {
            ordered.Remove(type);
            seen.Remove(type.Name);
            Visit(type, ordered, seen);
        }

        foreach (NamedType? root in new[] { parts.Query, parts.Mutation, parts.Subscription })
        {
            if (root is not null)
            {
                Visit(root, ordered, seen);
            }
        }

        foreach (Argument argument in parts.Directives.SelectMany(d => d.Arguments.Values))
        {
            Visit(argument.Type.Named, ordered, seen);
        }

        if (introspectionRoot is not null)
        {
            Visit(introspectionRoot, ordered, seen);
        }

        return ordered;
    }

    private static void Visit(NamedType type, List<NamedType> ordered, HashSet<string> seen)
    {
        if (!seen.Add(type.Name))
        {
            return;
        }

        ordered.Add(type);
        switch (type)
        {
            case UnionType union:
                foreach (ObjectType member in union.Types)
                {
                    Visit(member, ordered, seen);
                }

                break;
            case ComplexType complex:
                foreach (InterfaceType implemented in complex.Interfaces)
                {
                    Visit(implemented, ordered, seen);
                }

                foreach (OutputField field in complex.Fields.Values)
                {
                    Visit(field.Type.Named, ordered, seen);
                    foreach (Argument argument in field.Arguments.Values)
                    {
                        Visit(argument.Type.Named, ordered, seen);
                    }
                }

                break;
            case InputObjectType inputObject:
                foreach (InputField field in inputObject.Fields.Values)
                {
                    Visit(field.Type.Named, ordered, seen);
                }

                break;
        }
    }
}
