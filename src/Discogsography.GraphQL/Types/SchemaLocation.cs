namespace Discogsography.GraphQL.Types;

/// <summary>A line and column (both 1-based) in the SDL a schema element was defined in.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public readonly record struct SchemaLocation(int Line, int Column);
