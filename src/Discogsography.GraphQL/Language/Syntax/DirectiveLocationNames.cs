namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>Maps <see cref="DirectiveLocation"/> values to and from the names the spec writes (<c>FIELD_DEFINITION</c>).</summary>
public static class DirectiveLocationNames
{
    // Indexed by the enum value, in the enum's order.
    private static readonly string[] _names =
    [
        "QUERY",
        "MUTATION",
        "SUBSCRIPTION",
        "FIELD",
        "FRAGMENT_DEFINITION",
        "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION",
        "SCHEMA",
        "SCALAR",
        "OBJECT",
        "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION",
        "INTERFACE",
        "UNION",
        "ENUM",
        "ENUM_VALUE",
        "INPUT_OBJECT",
        "INPUT_FIELD_DEFINITION",
    ];

    /// <summary>The spec name of a location, e.g. <c>INPUT_FIELD_DEFINITION</c>.</summary>
    /// <param name="location">The location.</param>
    /// <returns>The name as written in SDL.</returns>
    public static string ToName(this DirectiveLocation location) => _names[(int)location];

    /// <summary>Reads a spec location name.</summary>
    /// <param name="name">The name as written in SDL.</param>
    /// <param name="location">The location when the name is known.</param>
    /// <returns>True when the name is one of the 19 spec locations.</returns>
    public static bool TryParse(string name, out DirectiveLocation location)
    {
        var index = Array.IndexOf(_names, name);
        location = (DirectiveLocation)Math.Max(index, 0);
        return index >= 0;
    }
}
