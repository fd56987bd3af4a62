namespace Discogsography.GraphQL.Language;

/// <summary>How tokens are named in syntax error messages (the wording graphql-js uses).</summary>
internal static class TokenKindNames
{
    /// <summary>The description of a token kind: punctuators quoted, other kinds by name.</summary>
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenLeft => "\"(\"",
        TokenKind.ParenRight => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketLeft => "\"[\"",
        TokenKind.BracketRight => "\"]\"",
        TokenKind.BraceLeft => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceRight => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => kind.ToString(),
    };

    /// <summary>The description of a token as found in the source, with its value when it has one.</summary>
    public static string Describe(in Token token, Lexer lexer) => token.Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float =>
            $"{Describe(token.Kind)} \"{lexer.Source.Slice(token.Start, token.End - token.Start)}\"",
        TokenKind.String or TokenKind.BlockString => $"{Describe(token.Kind)} \"{lexer.StringValueAt(token.Start)}\"",
        _ => Describe(token.Kind),
    };
}
