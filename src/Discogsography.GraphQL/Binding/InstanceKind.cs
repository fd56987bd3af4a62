namespace Discogsography.GraphQL.Binding;

/// <summary>The kinds of <see cref="InstanceSource"/>.</summary>
internal enum InstanceKind
{
    /// <summary>A static method or property of a resolver class.</summary>
    Static,

    /// <summary>An instance member of a resolver class.</summary>
    ResolverClass,

    /// <summary>A member of the parent object (the default resolver).</summary>
    Parent,
}
