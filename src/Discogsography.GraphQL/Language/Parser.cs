using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;
using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Language;

/// <summary>
/// A recursive-descent parser for GraphQL documents (September 2025 edition), one partial file per spec
/// section. Any input gives a syntax tree or a <see cref="GraphQLSyntaxException"/>: limits on size,
/// tokens and nesting (see <see cref="ParserOptions"/>) keep time, memory and stack bounded.
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private readonly NameTable _names;
    private object[] _scratch = new object[32];
    private int _scratchCount;
    private Token _token;
    private int _lastEnd;
    private readonly int _maxTokens;
    private readonly int _maxDepth;
    private int _tokenCount;
    private int _depth;

    private Parser(char[] chars, int length, ParserOptions options)
    {
        _options = options;
        _maxTokens = options.MaxTokens;
        _maxDepth = options.MaxDepth;
        _lexer = new Lexer(chars, length);
        _names = NameTable.ForSource(length);
        _token = new Token(TokenKind.StartOfFile, 0, 0, 1, 1);
    }

    /// <summary>Parses a whole document: operations, fragments, type system definitions and extensions.</summary>
    /// <param name="source">The GraphQL text.</param>
    /// <param name="options">Limits; <see cref="ParserOptions.Default"/> when null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="GraphQLSyntaxException">The text is not a GraphQL document or exceeds a limit.</exception>
    public static DocumentNode Parse(string source, ParserOptions? options = null) =>
        ParseText(source, options, static parser => parser.ParseDocument());

    /// <summary>Parses a whole document given as UTF-8 bytes (a byte order mark is allowed).</summary>
    /// <param name="utf8">The GraphQL text in UTF-8; malformed UTF-8 is a syntax error.</param>
    /// <param name="options">Limits; <see cref="ParserOptions.Default"/> when null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="GraphQLSyntaxException">The bytes are not a GraphQL document or exceed a limit.</exception>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        options ??= ParserOptions.Default;
        if (utf8.Length > options.MaxDocumentBytes)
        {
            ThrowTooLarge(string.Empty, options.MaxDocumentBytes);
        }

        // UTF-8 never takes fewer bytes than UTF-16 takes code units, so the text fits in utf8.Length characters.
        var chars = ArrayPool<char>.Shared.Rent(utf8.Length);
        try
        {
            return new Parser(chars, Decode(utf8, chars), options).ParseDocument();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Parses one value, variables allowed (graphql-js <c>parseValue</c>).</summary>
    /// <param name="source">The value as GraphQL text, e.g. <c>{ a: [1, $b] }</c>.</param>
    /// <param name="options">Limits; <see cref="ParserOptions.Default"/> when null.</param>
    /// <returns>The value.</returns>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one value.</exception>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) =>
        ParseWhole(source, options, static parser => parser.ParseValueLiteral(isConst: false));

    /// <summary>Parses one constant value, variables not allowed (graphql-js <c>parseConstValue</c>).</summary>
    /// <param name="source">The value as GraphQL text, e.g. a default value.</param>
    /// <param name="options">Limits; <see cref="ParserOptions.Default"/> when null.</param>
    /// <returns>The value.</returns>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one constant value.</exception>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) =>
        ParseWhole(source, options, static parser => parser.ParseValueLiteral(isConst: true));

    /// <summary>Parses one type reference (graphql-js <c>parseType</c>).</summary>
    /// <param name="source">The type as GraphQL text, e.g. <c>[String!]!</c>.</param>
    /// <param name="options">Limits; <see cref="ParserOptions.Default"/> when null.</param>
    /// <returns>The type.</returns>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one type reference.</exception>
    public static TypeNode ParseType(string source, ParserOptions? options = null) =>
        ParseWhole(source, options, static parser => parser.ParseTypeReference());

    private static T ParseWhole<T>(string source, ParserOptions? options, Func<Parser, T> parse) =>
        ParseText(source, options, parser =>
        {
            parser.Expect(TokenKind.StartOfFile);
            var result = parse(parser);
            parser.Expect(TokenKind.EndOfFile);
            return result;
        });

    /// <summary>
    /// Runs a parse over a copy of the text in a rented buffer, returned when the tree is built: the tree holds
    /// strings of its own, never the buffer.
    /// </summary>
    private static T ParseText<T>(string source, ParserOptions? options, Func<Parser, T> parse)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ParserOptions.Default;
        CheckSize(source, options.MaxDocumentBytes);
        var chars = ArrayPool<char>.Shared.Rent(source.Length);
        try
        {
            source.CopyTo(chars);
            return parse(new Parser(chars, source.Length, options));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Decodes strict UTF-8 into a buffer, returning the number of characters written.</summary>
    private static int Decode(ReadOnlySpan<byte> utf8, char[] chars)
    {
        var status = Utf8.ToUtf16(utf8, chars, out _, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            // The position is that of the first bad byte, counted in the characters decoded before it.
            SyntaxError.Throw(chars.AsSpan(0, written), written, "Invalid UTF-8 byte sequence.");
        }

        return written;
    }

    private static void CheckSize(string source, int limit)
    {
        // A char is at most 3 UTF-8 bytes; count exactly only when that bound could be exceeded.
        if ((long)source.Length * 3 > limit && Encoding.UTF8.GetByteCount(source) > limit)
        {
            ThrowTooLarge(source, limit);
        }
    }

    /// <summary>Moves to the next token, counting it against <see cref="ParserOptions.MaxTokens"/>.</summary>
    private void Advance()
    {
        _lastEnd = _token.End;
        _token = _lexer.Read();
        if (_token.Kind != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            ThrowTooManyTokens();
        }
    }

    private bool Peek(TokenKind kind) => _token.Kind == kind;

    private Token Expect(TokenKind kind)
    {
        var token = _token;
        if (token.Kind != kind)
        {
            ThrowExpected(kind);
        }

        Advance();
        return token;
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (_token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!IsKeyword(_token, keyword))
        {
            ThrowExpectedKeyword(keyword);
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (!IsKeyword(_token, keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    private bool IsKeyword(in Token token, string keyword) =>
        token.Kind == TokenKind.Name && _lexer.Source.Slice(token.Start, token.End - token.Start).SequenceEqual(keyword);

    /// <summary>True when the token's value (name, number or string) is the given text, whatever its kind.</summary>
    private bool HasValue(in Token token, string value) => token.Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float =>
            _lexer.Source.Slice(token.Start, token.End - token.Start).SequenceEqual(value),
        TokenKind.String or TokenKind.BlockString => _lexer.StringValueAt(token.Start) == value,
        _ => false,
    };

    /// <summary>The location of a node that started at a token and ends with the last token consumed.</summary>
    private Location At(in Token start) => new(start.Start, _lastEnd, start.Line, start.Column);

    /// <summary>Enters one level of nesting, failing cleanly before the limit or the stack runs out.</summary>
    private void Enter()
    {
        // The stack check is a call into the runtime; every 16th level is enough: the check leaves a
        // margin of tens of kilobytes, and 16 levels of descent use a few.
        if (++_depth > _maxDepth || (_depth % 16 == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            ThrowTooDeep();
        }
    }

    private void Leave() => _depth--;

    /// <summary>Collects a node of the list being parsed (lists nest, so they share one stack).</summary>
    private void Push(SyntaxNode node)
    {
        if (_scratchCount == _scratch.Length)
        {
            Array.Resize(ref _scratch, _scratch.Length * 2);
        }

        _scratch[_scratchCount++] = node;
    }

    /// <summary>Moves the nodes collected since <paramref name="start"/> into an exact-size array.</summary>
    private T[] Collect<T>(int start)
        where T : SyntaxNode
    {
        var count = _scratchCount - start;
        if (count == 0)
        {
            return [];
        }

        // Every node pushed since start is a T (each list's parse method pushes only its own item type),
        // so the items are copied without the per-element type checks of a covariant array store.
        var items = new T[count];
        ref var first = ref MemoryMarshal.GetArrayDataReference(items);
        for (var i = 0; i < count; i++)
        {
            Unsafe.Add(ref first, i) = Unsafe.As<T>(_scratch[start + i]);
        }

        _scratchCount = start;
        return items;
    }
}
