namespace Discogsography.GraphQL.Language;

/// <summary>
/// One lexical token: its kind and source range, and no references, so copying one is a plain move.
/// Names and numbers are sliced from the source only when a node needs them; the decoded value of the
/// last string token read is kept by the <see cref="Lexer"/>.
/// </summary>
internal readonly struct Token
{
    public Token(TokenKind kind, int start, int end, int line, int column)
    {
        Kind = kind;
        Start = start;
        End = end;
        Line = line;
        Column = column;
    }

    /// <summary>The kind of token.</summary>
    public TokenKind Kind { get; }

    /// <summary>Offset of the first character, in UTF-16 code units.</summary>
    public int Start { get; }

    /// <summary>Offset just past the last character.</summary>
    public int End { get; }

    /// <summary>1-based line of the first character.</summary>
    public int Line { get; }

    /// <summary>1-based column of the first character, in UTF-16 code units.</summary>
    public int Column { get; }
}
