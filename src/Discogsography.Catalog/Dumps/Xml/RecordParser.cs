using System.Diagnostics.CodeAnalysis;

namespace Discogsography.Catalog.Dumps.Xml;

/// <summary>
/// Parses the bytes of one complete record element into a tree of pooled <see cref="XmlElementNode"/>s.
/// Lenient where the dumps need it (bare <c>&amp;</c>, unknown entities, invalid UTF-8); strict on structure:
/// mismatched or missing end tags and broken tags make the record malformed.
/// </summary>
internal sealed class RecordParser
{
    private const int MaxDepth = 64;
    private readonly ElementNameCache _names = new();
    private readonly XmlTextDecoder _decoder = new();
    private readonly List<XmlElementNode> _pool = [];
    private readonly List<XmlElementNode> _stack = [];
    private int _used;

    /// <summary>Invalid UTF-8 bytes replaced so far.</summary>
    public long InvalidBytes => _decoder.InvalidBytes;

    /// <summary>Parses <paramref name="xml"/>, which must hold exactly one element (whitespace around it is fine).</summary>
    public XmlElementNode Parse(ReadOnlySpan<byte> xml)
    {
        _used = 0;
        _stack.Clear();
        XmlElementNode? root = null;
        int pos = 0;
        while (pos < xml.Length)
        {
            int lt = xml[pos..].IndexOf((byte)'<');
            int textEnd = lt < 0 ? xml.Length : pos + lt;
            if (textEnd > pos)
            {
                AddText(xml[pos..textEnd], root);
            }

            if (lt < 0)
            {
                break;
            }

            pos = textEnd;
            if (pos + 1 >= xml.Length)
            {
                Fail("a '<' at the end of the record");
            }

            byte next = xml[pos + 1];
            if (next == (byte)'/')
            {
                pos = ReadEndTag(xml, pos);
            }
            else if (next == (byte)'!')
            {
                pos = ReadMarkupDeclaration(xml, pos);
            }
            else if (next == (byte)'?')
            {
                pos = SkipPast(xml, pos, "?>"u8, "processing instruction");
            }
            else
            {
                if (root is not null && _stack.Count == 0)
                {
                    Fail("a second element after the record");
                }

                pos = ReadStartTag(xml, pos, ref root);
            }
        }

        if (_stack.Count > 0)
        {
            Fail($"element <{_stack[^1].Name}> is not closed");
        }

        return root ?? throw new MalformedRecordException("the record holds no element");
    }

    private void AddText(ReadOnlySpan<byte> raw, XmlElementNode? root)
    {
        if (_stack.Count == 0)
        {
            if (raw.IndexOfAnyExcept(" \t\r\n"u8) >= 0)
            {
                Fail(root is null ? "text before the record element" : "text after the record element");
            }

            return;
        }

        _stack[^1].AppendText(_decoder.DecodeText(raw));
    }

    private int ReadStartTag(ReadOnlySpan<byte> xml, int pos, ref XmlElementNode? root)
    {
        int nameStart = pos + 1;
        int nameEnd = NameEnd(xml, nameStart);
        if (nameEnd == nameStart || !IsNameStart(xml[nameStart]))
        {
            Fail("a '<' that does not start a tag");
        }

        XmlElementNode element = Rent(_names.Get(xml[nameStart..nameEnd]));
        int i = nameEnd;
        while (true)
        {
            i = SkipWhitespace(xml, i);
            if (i >= xml.Length)
            {
                Fail($"tag <{element.Name}> is not finished");
            }

            byte b = xml[i];
            if (b == (byte)'>' || (b == (byte)'/' && i + 1 < xml.Length && xml[i + 1] == (byte)'>'))
            {
                bool selfClosing = b == (byte)'/';
                Attach(element, ref root);
                if (!selfClosing)
                {
                    if (_stack.Count == MaxDepth)
                    {
                        Fail("elements nested too deeply");
                    }

                    _stack.Add(element);
                }

                return i + (selfClosing ? 2 : 1);
            }

            i = ReadAttribute(xml, i, element);
        }
    }

    private int ReadAttribute(ReadOnlySpan<byte> xml, int i, XmlElementNode element)
    {
        int nameEnd = NameEnd(xml, i);
        if (nameEnd == i)
        {
            Fail($"unexpected character in tag <{element.Name}>");
        }

        string name = _names.Get(xml[i..nameEnd]);
        i = SkipWhitespace(xml, nameEnd);
        if (i >= xml.Length || xml[i] != (byte)'=')
        {
            Fail($"attribute {name} of <{element.Name}> has no value");
        }

        i = SkipWhitespace(xml, i + 1);
        if (i >= xml.Length || xml[i] is not ((byte)'"' or (byte)'\''))
        {
            Fail($"attribute {name} of <{element.Name}> is not quoted");
        }

        byte quote = xml[i];
        int close = xml[(i + 1)..].IndexOf(quote);
        if (close < 0)
        {
            Fail($"attribute {name} of <{element.Name}> is not closed");
        }

        ReadOnlySpan<byte> raw = xml.Slice(i + 1, close);
        if (raw.Contains((byte)'<'))
        {
            Fail($"attribute {name} of <{element.Name}> contains '<'");
        }

        element.AddAttribute(name, _decoder.DecodeAttribute(raw));
        return i + close + 2;
    }

    private int ReadEndTag(ReadOnlySpan<byte> xml, int pos)
    {
        int nameStart = pos + 2;
        int nameEnd = NameEnd(xml, nameStart);
        int close = SkipWhitespace(xml, nameEnd);
        if (close >= xml.Length || xml[close] != (byte)'>')
        {
            Fail("an end tag that is not finished");
        }

        if (_stack.Count == 0)
        {
            Fail("an end tag without a start tag");
        }

        XmlElementNode open = _stack[^1];
        string name = _names.Get(xml[nameStart..nameEnd]);
        if (!string.Equals(name, open.Name, StringComparison.Ordinal))
        {
            Fail($"element <{open.Name}> is closed by </{name}>");
        }

        _stack.RemoveAt(_stack.Count - 1);
        return close + 1;
    }

    private int ReadMarkupDeclaration(ReadOnlySpan<byte> xml, int pos)
    {
        ReadOnlySpan<byte> rest = xml[pos..];
        if (rest.StartsWith("<!--"u8))
        {
            return SkipPast(xml, pos + 4, "-->"u8, "comment");
        }

        if (rest.StartsWith("<![CDATA["u8))
        {
            int start = pos + 9;
            int end = xml[start..].IndexOf("]]>"u8);
            if (end < 0)
            {
                Fail("a CDATA section that is not closed");
            }

            if (_stack.Count == 0)
            {
                Fail("a CDATA section outside the record element");
            }

            _stack[^1].AppendText(_decoder.DecodeCData(xml.Slice(start, end)));
            return start + end + 3;
        }

        return SkipPast(xml, pos, ">"u8, "declaration");
    }

    private void Attach(XmlElementNode element, ref XmlElementNode? root)
    {
        if (_stack.Count > 0)
        {
            _stack[^1].AddChild(element);
        }
        else
        {
            root = element;
        }
    }

    private XmlElementNode Rent(string name)
    {
        if (_used == _pool.Count)
        {
            _pool.Add(new XmlElementNode());
        }

        XmlElementNode node = _pool[_used++];
        node.Reset(name);
        return node;
    }

    private static int SkipPast(ReadOnlySpan<byte> xml, int from, ReadOnlySpan<byte> terminator, string what)
    {
        int end = xml[from..].IndexOf(terminator);
        if (end < 0)
        {
            Fail($"a {what} that is not closed");
        }

        return from + end + terminator.Length;
    }

    private static int NameEnd(ReadOnlySpan<byte> xml, int start)
    {
        int i = start;
        while (i < xml.Length && xml[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'>' or (byte)'/' or (byte)'=' or (byte)'<' or (byte)'"' or (byte)'\''))
        {
            i++;
        }

        return i;
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> xml, int i)
    {
        while (i < xml.Length && xml[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i;
    }

    private static bool IsNameStart(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or (byte)'_' or (byte)':' or >= 0x80;

    [DoesNotReturn]
    private static void Fail(string message) => throw new MalformedRecordException(message);
}
