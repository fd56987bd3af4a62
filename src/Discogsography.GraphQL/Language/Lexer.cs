using System.Runtime.CompilerServices;

namespace Discogsography.GraphQL.Language;

/// <summary>
/// Splits a GraphQL source text into tokens (spec §2.1 Source Text). Ignored tokens (white space, line
/// terminators, commas, comments and the byte order mark) are skipped; positions are UTF-16 offsets.
/// Nothing is allocated per token except the value of a string literal. The text is read from a character
/// buffer (usually rented by the parser, so it may be longer than the text) and never retained by a token.
/// </summary>
internal sealed partial class Lexer
{
    private readonly char[] _chars;
    private readonly int _length;
    private int _position;
    private int _line = 1;
    private int _lineStart;
    private string? _stringValue;

    /// <summary>Reads a text from a copy of it.</summary>
    public Lexer(string source)
        : this(source.ToCharArray(), source.Length)
    {
    }

    /// <summary>Reads the first <paramref name="length"/> characters of a buffer.</summary>
    public Lexer(char[] chars, int length)
    {
        _chars = chars;
        _length = length;
    }

    /// <summary>The text being read.</summary>
    public ReadOnlySpan<char> Source => new(_chars, 0, _length);

    /// <summary>The decoded value of the last token read, when it was a string or block string.</summary>
    public string? StringValue => _stringValue;

    /// <summary>Reads the token after the one last read; at the end, an end-of-file token every time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // into the parser's Advance, its one hot caller
    public Token Read()
    {
        var source = Source;
        var position = _position;
        while (position < source.Length)
        {
            var c = source[position];
            if (c == ' ')
            {
                // Indentation is most of the ignored text: skip runs of spaces without the dispatch below.
                position++;
                continue;
            }

            switch (c)
            {
                case '\uFEFF' or '\t' or ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += CharAt(position + 1) == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '!':
                    return Punctuator(TokenKind.Bang, position, 1);
                case '$':
                    return Punctuator(TokenKind.Dollar, position, 1);
                case '&':
                    return Punctuator(TokenKind.Amp, position, 1);
                case '(':
                    return Punctuator(TokenKind.ParenLeft, position, 1);
                case ')':
                    return Punctuator(TokenKind.ParenRight, position, 1);
                case '.' when CharAt(position + 1) == '.' && CharAt(position + 2) == '.':
                    return Punctuator(TokenKind.Spread, position, 3);
                case ':':
                    return Punctuator(TokenKind.Colon, position, 1);
                case '=':
                    return Punctuator(TokenKind.Equals, position, 1);
                case '@':
                    return Punctuator(TokenKind.At, position, 1);
                case '[':
                    return Punctuator(TokenKind.BracketLeft, position, 1);
                case ']':
                    return Punctuator(TokenKind.BracketRight, position, 1);
                case '{':
                    return Punctuator(TokenKind.BraceLeft, position, 1);
                case '|':
                    return Punctuator(TokenKind.Pipe, position, 1);
                case '}':
                    return Punctuator(TokenKind.BraceRight, position, 1);
                case '"':
                    return CharAt(position + 1) == '"' && CharAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (IsDigit(c) || c == '-')
            {
                return ReadNumber(position);
            }

            if (IsNameStart(c))
            {
                return ReadName(position);
            }

            ThrowUnexpectedCharacter(position);
        }

        _position = source.Length;
        return new Token(TokenKind.EndOfFile, source.Length, source.Length, _line, source.Length - _lineStart + 1);
    }

    /// <summary>The token after the one last read, without consuming it.</summary>
    public Token Peek()
    {
        var (position, line, lineStart, stringValue) = (_position, _line, _lineStart, _stringValue);
        var token = Read();
        (_position, _line, _lineStart, _stringValue) = (position, line, lineStart, stringValue);
        return token;
    }

    /// <summary>The decoded value of the string token starting at an offset (for error messages).</summary>
    public string? StringValueAt(int start)
    {
        var lexer = new Lexer(_chars, _length) { _position = start };
        lexer.Read();
        return lexer._stringValue;
    }

    private Token Punctuator(TokenKind kind, int start, int length) => Create(kind, start, start + length);

    private Token Create(TokenKind kind, int start, int end)
    {
        _position = end;
        return new Token(kind, start, end, _line, start - _lineStart + 1);
    }

    // Comment :: # CommentChar* — runs to the end of the line (or to a character that is not a SourceCharacter).
    private int SkipComment(int start)
    {
        var position = start + 1;
        var source = Source;
        while (position < source.Length)
        {
            var c = source[position];
            if (c is '\n' or '\r')
            {
                break;
            }

            if (!char.IsSurrogate(c))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    // Name :: NameStart NameContinue* [lookahead != NameContinue]
    private Token ReadName(int start)
    {
        var position = start + 1;
        var source = Source;
        while (position < source.Length && IsNameContinue(source[position]))
        {
            position++;
        }

        return Create(TokenKind.Name, start, position);
    }

    /// <summary>The character at an offset, or -1 past the end.</summary>
    private int CharAt(int position) => (uint)position < (uint)_length ? _chars[position] : -1;

    private bool IsSupplementaryCodePoint(int position) =>
        char.IsHighSurrogate(_chars[position]) && position + 1 < _length && char.IsLowSurrogate(_chars[position + 1]);

    private static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    private static bool IsLetter(int c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsNameStart(int c) => IsLetter(c) || c == '_';

    private static bool IsNameContinue(int c) => IsLetter(c) || IsDigit(c) || c == '_';
}
