using Discogsography.GraphQL.Language;

namespace Discogsography.GraphQL.Tests.Language;

public sealed class LexerTests
{
    [Fact]
    public void Read_Punctuators_ReturnsEachKind()
    {
        var kinds = ReadAll("! $ & ( ) ... : = @ [ ] { | }").Select(t => t.Kind);

        Assert.Equal(
        [
            TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenLeft, TokenKind.ParenRight, TokenKind.Spread,
            TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketLeft, TokenKind.BracketRight,
            TokenKind.BraceLeft, TokenKind.Pipe, TokenKind.BraceRight,
        ], kinds);
    }

    [Fact]
    public void Read_IgnoredTokens_AreSkippedAndPositionsKept()
    {
        var source = "\uFEFF # comment\r\n,, \t name # trailing\n  other";

        var tokens = ReadAll(source);

        Assert.Equal(2, tokens.Count);
        Assert.Equal((TokenKind.Name, 2, 6), (tokens[0].Kind, tokens[0].Line, tokens[0].Column));
        Assert.Equal("name", source[tokens[0].Start..tokens[0].End]);
        Assert.Equal((3, 3), (tokens[1].Line, tokens[1].Column));
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("-0", false)]
    [InlineData("1234567890123456789012345", false)]
    [InlineData("-12", false)]
    [InlineData("1.5", true)]
    [InlineData("0.0", true)]
    [InlineData("1e3", true)]
    [InlineData("1E+3", true)]
    [InlineData("-0.5e-10", true)]
    public void Read_Number_ReturnsKindAndWholeText(string source, bool isFloat)
    {
        var token = new Lexer(source).Read();

        Assert.Equal(isFloat ? TokenKind.Float : TokenKind.Int, token.Kind);
        Assert.Equal(source.Length, token.End);
    }

    [Theory]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("0x1F", "Syntax Error: Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1.e1", "Syntax Error: Invalid number, expected digit but got: \"e\".", 3)]
    [InlineData("1e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1e+", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 4)]
    [InlineData("12abc", "Syntax Error: Invalid number, expected digit but got: \"a\".", 3)]
    [InlineData("1.5.2", "Syntax Error: Invalid number, expected digit but got: \".\".", 4)]
    [InlineData("1_000", "Syntax Error: Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("-", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 2)]
    [InlineData("-x", "Syntax Error: Invalid number, expected digit but got: \"x\".", 2)]
    public void Read_MalformedNumber_Throws(string source, string message, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => ReadAll(source));

        Assert.Equal(message, error.Message);
        Assert.Equal((1, column), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("\"plain\"", "plain")]
    [InlineData("\"\"", "")]
    [InlineData("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"", "\" \\ / \b \f \n \r \t")]
    [InlineData("\"\\u0041\\u00e9\\u4E2D\"", "Aé中")]
    [InlineData("\"\\u{41}\\u{0000041}\"", "AA")]
    [InlineData("\"\\u{1F600}\"", "\U0001F600")]
    [InlineData("\"\\u{10FFFF}\"", "\U0010FFFF")]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    [InlineData("\"\\ud83d\\ude00\"", "\U0001F600")]
    [InlineData("\"raw 😀 中\"", "raw 😀 中")]
    public void Read_String_DecodesEscapes(string source, string expected)
    {
        var lexer = new Lexer(source);

        var token = lexer.Read();

        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(expected, lexer.StringValue);
        Assert.Equal(expected, lexer.StringValueAt(token.Start));
    }

    [Theory]
    [InlineData("\"\\uD83D\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".")]
    [InlineData("\"\\uDE00\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".")]
    [InlineData("\"\\uD83D\\u0041\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".")]
    [InlineData("\"\\u{D800}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".")]
    [InlineData("\"\\u{110000}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".")]
    [InlineData("\"\\u{}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".")]
    [InlineData("\"\\u{000000041}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{000000041\".")]
    [InlineData("\"\\u12\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u12\"\".")]
    [InlineData("\"\\x\"", "Syntax Error: Invalid character escape sequence: \"\\x\".")]
    [InlineData("\"abc", "Syntax Error: Unterminated string.")]
    [InlineData("\"a\nb\"", "Syntax Error: Unterminated string.")]
    public void Read_MalformedString_Throws(string source, string message)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => ReadAll(source));

        Assert.Equal(message, error.Message);
        Assert.Equal(GraphQLSyntaxException.ErrorCode, error.Code);
    }

    [Theory]
    [InlineData("\"a<D800>\"", "Syntax Error: Invalid character within String: U+D800.", 3)]
    [InlineData("\"\"\"a<DC00>\"\"\"", "Syntax Error: Invalid character within String: U+DC00.", 5)]
    [InlineData("a <D800>", "Syntax Error: Invalid character: U+D800.", 3)]
    [InlineData("# <D800>\n", "Syntax Error: Invalid character: U+D800.", 3)]
    [InlineData("a \U0001F600", "Syntax Error: Unexpected character: U+1F600.", 3)]
    [InlineData("a \u00A0", "Syntax Error: Unexpected character: U+00A0.", 3)]
    [InlineData("a ?", "Syntax Error: Unexpected character: \"?\".", 3)]
    [InlineData("a .", "Syntax Error: Unexpected character: \".\".", 3)]
    [InlineData("'a'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1)]
    public void Read_InvalidCharacter_Throws(string source, string message, int column)
    {
        // Lone surrogates do not survive attribute metadata, so the sources name them as <D800>.
        source = source.Replace("<D800>", "\uD800", StringComparison.Ordinal).Replace("<DC00>", "\uDC00", StringComparison.Ordinal);

        var error = Assert.Throws<GraphQLSyntaxException>(() => ReadAll(source));

        Assert.Equal(message, error.Message);
        Assert.Equal(column, error.Column);
    }

    [Theory]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\"\n    first\n      indented\n    last\n  \"\"\"", "first\n  indented\nlast")]
    [InlineData("\"\"\"  first line keeps\n    its indent\"\"\"", "  first line keeps\nits indent")]
    [InlineData("\"\"\"\n\n  text\n\n\"\"\"", "text")]
    [InlineData("\"\"\"\r\n  a\r\n  b\r\n\"\"\"", "a\nb")]
    [InlineData("\"\"\"a\rb\"\"\"", "a\nb")]
    [InlineData("\"\"\"escaped \\\"\"\" quotes\"\"\"", "escaped \"\"\" quotes")]
    [InlineData("\"\"\"no \\n escapes \\u0041\"\"\"", "no \\n escapes \\u0041")]
    [InlineData("\"\"\"   \n  \t \"\"\"", "")]
    [InlineData("\"\"\"\n\t\ta\n\t\t\tb\n\"\"\"", "a\n\tb")]
    public void Read_BlockString_AppliesBlockStringValue(string source, string expected)
    {
        var lexer = new Lexer(source);

        var token = lexer.Read();

        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(expected, lexer.StringValue);
    }

    [Fact]
    public void Read_AfterMultilineBlockString_CountsLines()
    {
        var tokens = ReadAll("\"\"\"a\nb\r\nc\"\"\" next");

        Assert.Equal((3, 6), (tokens[1].Line, tokens[1].Column));
    }

    [Fact]
    public void Peek_KeepsTheStringValueOfTheLastTokenRead()
    {
        var lexer = new Lexer("\"first\" \"second\"");
        lexer.Read();

        var peeked = lexer.Peek();

        Assert.Equal(TokenKind.String, peeked.Kind);
        Assert.Equal("first", lexer.StringValue);
    }

    [Fact]
    public void Peek_DoesNotConsume()
    {
        var lexer = new Lexer("a b");
        lexer.Read();

        var peeked = lexer.Peek();
        var read = lexer.Read();

        Assert.Equal(peeked.Start, read.Start);
        Assert.Equal(TokenKind.EndOfFile, lexer.Read().Kind);
    }

    private static List<Token> ReadAll(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<Token>();
        for (var token = lexer.Read(); token.Kind != TokenKind.EndOfFile; token = lexer.Read())
        {
            tokens.Add(token);
        }

        return tokens;
    }
}
