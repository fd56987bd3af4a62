namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>
/// The source range of a node: offsets in UTF-16 code units from the start of the source, and the
/// 1-based line and column of its first character (columns in UTF-16 code units, as graphql-js counts).
/// </summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column of the first character.</param>
public readonly record struct Location(int Start, int End, int Line, int Column);
