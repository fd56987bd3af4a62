namespace Discogsography.GraphQL.Language;

/// <summary>The lexical token kinds of the GraphQL grammar (spec: Token, Punctuator).</summary>
internal enum TokenKind : byte
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Amp,
    ParenLeft,
    ParenRight,
    Spread,
    Colon,
    Equals,
    At,
    BracketLeft,
    BracketRight,
    BraceLeft,
    Pipe,
    BraceRight,
    Name,
    Int,
    Float,
    String,
    BlockString,
}
