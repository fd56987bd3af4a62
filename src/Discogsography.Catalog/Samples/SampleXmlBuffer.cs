using System.Buffers;
using System.Text;

namespace Discogsography.Catalog.Samples;

/// <summary>Builds the XML of one record as UTF-8 bytes, escaping text the way the dumps do.</summary>
internal sealed class SampleXmlBuffer
{
    private readonly ArrayBufferWriter<byte> _bytes = new(64 * 1024);

    public ReadOnlySpan<byte> Written => _bytes.WrittenSpan;

    public void Clear() => _bytes.ResetWrittenCount();

    /// <summary>Markup written as is.</summary>
    public SampleXmlBuffer Raw(string markup)
    {
        int max = Encoding.UTF8.GetMaxByteCount(markup.Length);
        int written = Encoding.UTF8.GetBytes(markup, _bytes.GetSpan(max));
        _bytes.Advance(written);
        return this;
    }

    /// <summary>Bytes written as is (used for deliberately invalid UTF-8).</summary>
    public SampleXmlBuffer Bytes(ReadOnlySpan<byte> bytes)
    {
        _bytes.Write(bytes);
        return this;
    }

    /// <summary>Text content: <c>&amp; &lt; &gt;</c> escaped, CR written as <c>&amp;#13;</c> as Discogs does.</summary>
    public SampleXmlBuffer Text(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\r\"") < 0)
        {
            return Raw(text);
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                '\r' => escaped.Append("&#13;"),
                _ => escaped.Append(c),
            };
        }

        return Raw(escaped.ToString());
    }

    /// <summary><c>&lt;name&gt;text&lt;/name&gt;</c>, or <c>&lt;name/&gt;</c> for null.</summary>
    public SampleXmlBuffer Element(string name, string? text)
    {
        if (text is null)
        {
            return Raw($"<{name}/>");
        }

        Raw($"<{name}>");
        Text(text);
        return Raw($"</{name}>");
    }

    /// <summary><c> name="value"</c> with the value escaped.</summary>
    public SampleXmlBuffer Attribute(string name, string value)
    {
        Raw($" {name}=\"");
        Text(value);
        return Raw("\"");
    }
}
