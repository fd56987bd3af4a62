namespace Discogsography.GraphQL.Binding;

/// <summary>
/// Gives a CLR enum member, a resolver method or property, a resolver parameter, or an input property the GraphQL name it binds to when the naming
/// convention does not find it (for example an enum value whose name the <c>FOO_BAR</c> ↔ <c>FooBar</c> rule cannot spell).
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = false)]
public sealed class GraphQLNameAttribute : Attribute
{
    /// <summary>Binds the member to the GraphQL name <paramref name="name"/>.</summary>
    public GraphQLNameAttribute(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The GraphQL name.</summary>
    public string Name { get; }
}
