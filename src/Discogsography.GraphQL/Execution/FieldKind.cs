namespace Discogsography.GraphQL.Execution;

/// <summary>What a planned field is, so the executor's hot loop branches once.</summary>
internal enum FieldKind
{
    /// <summary>A field of the object type with a pure (synchronous parent read) resolver.</summary>
    Pure,

    /// <summary>A field of the object type with a general resolver.</summary>
    Resolver,

    /// <summary><c>__typename</c>.</summary>
    Typename,

    /// <summary>A field the object type does not define (only reachable without validation): a field error.</summary>
    Unknown,
}
