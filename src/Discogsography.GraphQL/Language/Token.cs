namespace Discogsography.GraphQL.Language;

/// <summary>
/// One lexical token: its kind and source range. Names and numbers are sliced from the source only when
/// a node needs them; string tokens carry their decoded value because decoding is part of lexing them.
/// </summary>
internal readonly struct Token
{
    public Token(TokenKind kind, int start, int end, int line, int column, string? stringValue = null)
    {
        Kind = kind;
        Start = start;
        End = end;
        Line = line;
        Column = column;
        StringValue = stringValue;
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

    /// <summary>The decoded value of a <see cref="TokenKind.String"/> or <see cref="TokenKind.BlockString"/> token.</summary>
    public string? StringValue { get; }
}
