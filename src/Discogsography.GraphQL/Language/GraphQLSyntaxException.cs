namespace Discogsography.GraphQL.Language;

/// <summary>
/// A document that does not follow the GraphQL grammar, or that exceeds a parser limit. The message reads
/// as graphql-js words it (<c>Syntax Error: Expected Name, found &lt;EOF&gt;.</c>) and the position is
/// 1-based, with columns in UTF-16 code units.
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    /// <summary>The error code a GraphQL response carries in <c>extensions.code</c>.</summary>
    public const string ErrorCode = ErrorCodes.ParseFailed;

    /// <summary>Creates the exception for a position in a source text.</summary>
    /// <param name="message">The full message, starting with <c>Syntax Error:</c>.</param>
    /// <param name="position">The offset of the offending character, in UTF-16 code units.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column.</param>
    public GraphQLSyntaxException(string message, int position, int line, int column)
        : base(message)
    {
        Position = position;
        Line = line;
        Column = column;
    }

    /// <summary>The offset of the offending character, in UTF-16 code units.</summary>
    public int Position { get; }

    /// <summary>The 1-based line of the offending character.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the offending character, in UTF-16 code units.</summary>
    public int Column { get; }

    /// <summary>Always <see cref="ErrorCode"/> (<c>GRAPHQL_PARSE_FAILED</c>).</summary>
    public string Code => ErrorCode;
}
