using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Resolvers;

/// <summary>
/// The default resolution of an abstract type: the value's <c>__typename</c> entry or property names the object type;
/// otherwise the CLR type is looked up in the registered mappings, then by its own name.
/// </summary>
internal sealed class DefaultTypeResolver
{
    private readonly IReadOnlyDictionary<Type, string> _clrTypes;

    public DefaultTypeResolver(IReadOnlyDictionary<Type, string> clrTypes)
    {
        _clrTypes = clrTypes;
    }

    public ObjectType? Resolve(object value, NamedType abstractType, Schema schema)
    {
        string? name = DefaultResolvers.Read(value, "__typename") switch
        {
            string typename => typename,
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } json => json.GetString(),
            _ => _clrTypes.TryGetValue(value.GetType(), out string? mapped) ? mapped : value.GetType().Name,
        };
        return name is null ? null : schema.GetType(name) as ObjectType;
    }
}
