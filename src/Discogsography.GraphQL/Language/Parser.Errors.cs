using System.Diagnostics.CodeAnalysis;

namespace Discogsography.GraphQL.Language;

/// <summary>Syntax errors, worded as graphql-js words them; every throw goes through these helpers.</summary>
public sealed partial class Parser
{
    [DoesNotReturn]
    private void ThrowAt(int position, string description) => SyntaxError.Throw(_lexer.Source, position, description);

    [DoesNotReturn]
    private void ThrowExpected(TokenKind kind) =>
        ThrowAt(_token.Start, $"Expected {TokenKindNames.Describe(kind)}, found {TokenKindNames.Describe(_token, _lexer)}.");

    [DoesNotReturn]
    private void ThrowExpectedKeyword(string keyword) =>
        ThrowAt(_token.Start, $"Expected \"{keyword}\", found {TokenKindNames.Describe(_token, _lexer)}.");

    [DoesNotReturn]
    private void ThrowUnexpected() => ThrowUnexpected(_token);

    [DoesNotReturn]
    private void ThrowUnexpected(in Token token) =>
        ThrowAt(token.Start, $"Unexpected {TokenKindNames.Describe(token, _lexer)}.");

    [DoesNotReturn]
    private void ThrowTooManyTokens() =>
        ThrowAt(_token.Start, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");

    [DoesNotReturn]
    private void ThrowTooDeep() =>
        ThrowAt(_token.Start, $"Document exceeds the maximum nesting depth of {_options.MaxDepth}. Parsing aborted.");

    [DoesNotReturn]
    private static void ThrowTooLarge(string source, int limit) =>
        SyntaxError.Throw(source, 0, $"Document is larger than {limit} bytes. Parsing aborted.");
}
