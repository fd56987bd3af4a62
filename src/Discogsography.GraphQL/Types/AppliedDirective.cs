namespace Discogsography.GraphQL.Types;

/// <summary>A directive applied to a schema element, with its arguments coerced (defaults filled in).</summary>
public sealed class AppliedDirective
{
    /// <summary>The directive's name, without <c>@</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The coerced argument values by argument name; arguments with neither value nor default are absent.</summary>
    public required IReadOnlyDictionary<string, object?> Arguments { get; init; }

    /// <summary>Where the directive was applied; null for elements built in code.</summary>
    public SchemaLocation? Location { get; init; }

    /// <summary>The value of the argument named <paramref name="argumentName"/>, or null when absent.</summary>
    public object? GetArgument(string argumentName) => Arguments.GetValueOrDefault(argumentName);
}
