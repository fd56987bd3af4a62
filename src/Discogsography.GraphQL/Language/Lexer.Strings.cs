using System.Text;

namespace Discogsography.GraphQL.Language;

/// <summary>StringValue and block strings with their escape sequences (spec §2.9.4).</summary>
internal sealed partial class Lexer
{
    // StringValue :: " StringCharacter* "
    // StringCharacter :: SourceCharacter but not " or \ or LineTerminator | \u EscapedUnicode | \ EscapedCharacter
    private Token ReadString(int start)
    {
        var source = Source;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;

        while (position < source.Length)
        {
            var c = source[position];
            if (c == '"')
            {
                _stringValue = value is null
                    ? source[chunkStart..position].ToString()
                    : value.Append(source[chunkStart..position]).ToString();
                return Create(TokenKind.String, start, position + 1);
            }

            if (c == '\\')
            {
                value ??= new StringBuilder(position - chunkStart + 16);
                value.Append(source[chunkStart..position]);
                position += CharAt(position + 1) != 'u'
                    ? ReadEscapedCharacter(position, value)
                    : CharAt(position + 2) == '{'
                        ? ReadEscapedUnicodeVariableWidth(position, value)
                        : ReadEscapedUnicodeFixedWidth(position, value);
                chunkStart = position;
                continue;
            }

            if (c is '\n' or '\r')
            {
                break;
            }

            position += SourceCharacterLength(position);
        }

        Throw(position, "Unterminated string.");
        return default;
    }

    // EscapedUnicode :: { HexDigit+ } (a Unicode scalar value, at most 8 digits written)
    private int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var c = CharAt(position + size++);
            if (c == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                AppendCodePoint(value, point);
                return size;
            }

            point = (point << 4) | HexValue(c);
            if (point < 0)
            {
                break;
            }
        }

        Throw(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
        return 0;
    }

    // EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit, where a leading surrogate must be followed by
    // an escaped trailing surrogate (\uD83D\uDE00) and the pair stands for one supplementary code point.
    private int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        var code = ReadHex16(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }

        if (code is >= 0xD800 and <= 0xDBFF && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = ReadHex16(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        Throw(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
        return 0;
    }

    // EscapedCharacter :: one of " \ / b f n r t
    private int ReadEscapedCharacter(int position, StringBuilder value)
    {
        char? escaped = CharAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is null)
        {
            Throw(position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\".");
        }

        value.Append(escaped.Value);
        return 2;
    }

    // BlockString :: """ BlockStringCharacter* """ — the raw lines, with \""" standing for """, go through
    // the spec's BlockStringValue() algorithm.
    private Token ReadBlockString(int start)
    {
        var source = Source;
        var line = _line;
        var column = start - _lineStart + 1;
        var position = start + 3;
        var hasEscapedQuotes = false;

        while (position < source.Length)
        {
            var c = source[position];
            if (c == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                var raw = source.Slice(start + 3, position - start - 3);
                _stringValue = hasEscapedQuotes
                    ? BlockString.Dedent(raw.ToString().Replace("\\\"\"\"", "\"\"\"", StringComparison.Ordinal))
                    : BlockString.Dedent(raw);
                _position = position + 3;
                return new Token(TokenKind.BlockString, start, position + 3, line, column);
            }

            if (c == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                hasEscapedQuotes = true;
                position += 4;
                continue;
            }

            if (c is '\n' or '\r')
            {
                position += c == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                _line++;
                _lineStart = position;
                continue;
            }

            position += SourceCharacterLength(position);
        }

        Throw(position, "Unterminated string.");
        return default;
    }

    /// <summary>1 or 2 code units for a SourceCharacter at the offset; a lone surrogate is an error.</summary>
    private int SourceCharacterLength(int position)
    {
        if (!char.IsSurrogate(_chars[position]))
        {
            return 1;
        }

        if (IsSupplementaryCodePoint(position))
        {
            return 2;
        }

        Throw(position, $"Invalid character within String: {DescribeCodePointAt(position)}.");
        return 0;
    }

    private int ReadHex16(int position) =>
        (HexValue(CharAt(position)) << 12) | (HexValue(CharAt(position + 1)) << 8)
        | (HexValue(CharAt(position + 2)) << 4) | HexValue(CharAt(position + 3));

    private static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };

    private static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private static void AppendCodePoint(StringBuilder value, int point)
    {
        if (point < 0x10000)
        {
            value.Append((char)point);
            return;
        }

        point -= 0x10000;
        value.Append((char)(0xD800 + (point >> 10))).Append((char)(0xDC00 + (point & 0x3FF)));
    }
}
