using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Discogsography.Catalog.Dumps.Xml;

/// <summary>
/// Decodes raw XML text and attribute values (UTF-8 bytes) into strings the way the dumps need:
/// the five predefined entities and character references are resolved, an unknown entity and a bare
/// <c>&amp;</c> are kept literally, a character reference to an invalid code point becomes U+FFFD,
/// invalid UTF-8 becomes U+FFFD (and is counted), line ends are normalised as XML 1.0 says.
/// </summary>
internal sealed class XmlTextDecoder
{
    private const int MaxEntityLength = 32;
    private static readonly SearchValues<byte> s_textSpecials = SearchValues.Create("&\r"u8);
    private static readonly SearchValues<byte> s_attributeSpecials = SearchValues.Create("&\r\n\t"u8);
    private char[] _buffer = new char[4096];

    /// <summary>Invalid UTF-8 bytes replaced since this decoder was created.</summary>
    public long InvalidBytes { get; private set; }

    public string DecodeText(ReadOnlySpan<byte> raw) => Decode(raw, attribute: false);

    public string DecodeAttribute(ReadOnlySpan<byte> raw) => Decode(raw, attribute: true);

    /// <summary>Decodes CDATA content: no entities, only UTF-8 and line ends.</summary>
    public string DecodeCData(ReadOnlySpan<byte> raw)
    {
        int length = 0;
        EnsureCapacity(raw.Length);
        AppendUtf8(raw, ref length, attribute: false);
        return new string(_buffer, 0, length);
    }

    private string Decode(ReadOnlySpan<byte> raw, bool attribute)
    {
        if (raw.IndexOfAny(attribute ? s_attributeSpecials : s_textSpecials) < 0)
        {
            if (!Utf8.IsValid(raw))
            {
                InvalidBytes += CountInvalid(raw);
            }

            return Encoding.UTF8.GetString(raw);
        }

        EnsureCapacity(raw.Length);
        int length = 0;
        while (!raw.IsEmpty)
        {
            int amp = raw.IndexOf((byte)'&');
            if (amp < 0)
            {
                AppendUtf8(raw, ref length, attribute);
                break;
            }

            AppendUtf8(raw[..amp], ref length, attribute);
            raw = raw[amp..];
            int consumed = AppendEntity(raw, ref length);
            raw = raw[consumed..];
        }

        return new string(_buffer, 0, length);
    }

    /// <summary>Appends the reference at the start of <paramref name="raw"/> (which begins with '&amp;'); returns the bytes used.</summary>
    private int AppendEntity(ReadOnlySpan<byte> raw, ref int length)
    {
        int end = -1;
        int limit = Math.Min(raw.Length, MaxEntityLength);
        for (int i = 1; i < limit; i++)
        {
            byte b = raw[i];
            if (b == (byte)';')
            {
                end = i;
                break;
            }

            if (!IsNameByte(b) && b != (byte)'#')
            {
                break;
            }
        }

        if (end <= 1)
        {
            _buffer[length++] = '&';
            return 1;
        }

        ReadOnlySpan<byte> name = raw[1..end];
        char single = name switch
        {
            _ when name.SequenceEqual("amp"u8) => '&',
            _ when name.SequenceEqual("lt"u8) => '<',
            _ when name.SequenceEqual("gt"u8) => '>',
            _ when name.SequenceEqual("quot"u8) => '"',
            _ when name.SequenceEqual("apos"u8) => '\'',
            _ => '\0',
        };
        if (single != '\0')
        {
            _buffer[length++] = single;
            return end + 1;
        }

        if (name[0] != (byte)'#')
        {
            // An unknown entity is kept as written.
            AppendUtf8(raw[..(end + 1)], ref length, attribute: false);
            return end + 1;
        }

        ReadOnlySpan<byte> digits = name[1..];
        bool hex = !digits.IsEmpty && (digits[0] == (byte)'x' || digits[0] == (byte)'X');
        bool parsed = hex
            ? int.TryParse(digits[1..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int codePoint)
            : int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out codePoint);
        Rune rune = parsed && codePoint != 0 && Rune.IsValid(codePoint) ? new Rune(codePoint) : Rune.ReplacementChar;
        length += rune.EncodeToUtf16(_buffer.AsSpan(length));
        return end + 1;
    }

    private void AppendUtf8(ReadOnlySpan<byte> raw, ref int length, bool attribute)
    {
        if (raw.IsEmpty)
        {
            return;
        }

        if (!Utf8.IsValid(raw))
        {
            InvalidBytes += CountInvalid(raw);
        }

        int start = length;
        length += Encoding.UTF8.GetChars(raw, _buffer.AsSpan(length));
        NormaliseLineEnds(start, ref length, attribute);
    }

    /// <summary>Literal CR LF and lone CR become LF; in attributes, tab, CR and LF become a space.</summary>
    private void NormaliseLineEnds(int start, ref int length, bool attribute)
    {
        Span<char> chars = _buffer.AsSpan(start, length - start);
        if (chars.IndexOfAny('\r', attribute ? '\n' : '\r', attribute ? '\t' : '\r') < 0)
        {
            return;
        }

        int write = start;
        for (int read = start; read < length; read++)
        {
            char c = _buffer[read];
            if (c == '\r')
            {
                if (read + 1 < length && _buffer[read + 1] == '\n')
                {
                    read++;
                }

                c = '\n';
            }

            _buffer[write++] = attribute && c is '\n' or '\t' ? ' ' : c;
        }

        length = write;
    }

    private void EnsureCapacity(int bytes)
    {
        // One char per byte at most, and a reference is never shorter than what it becomes.
        if (_buffer.Length < bytes + 2)
        {
            _buffer = new char[Math.Max(bytes + 2, _buffer.Length * 2)];
        }
    }

    private static bool IsNameByte(byte b) =>
        b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'_' or (byte)'-' or (byte)'.';

    private static long CountInvalid(ReadOnlySpan<byte> raw)
    {
        long invalid = 0;
        while (!raw.IsEmpty)
        {
            OperationStatus status = Rune.DecodeFromUtf8(raw, out _, out int consumed);
            if (status != OperationStatus.Done)
            {
                invalid += consumed;
            }

            raw = raw[consumed..];
        }

        return invalid;
    }
}
