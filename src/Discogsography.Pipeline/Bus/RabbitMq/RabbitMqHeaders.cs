using System.Text;

namespace Discogsography.Pipeline.Bus.RabbitMq;

/// <summary>Converts string headers to and from AMQP header tables (whose strings arrive as UTF-8 byte arrays).</summary>
internal static class RabbitMqHeaders
{
    private static readonly IReadOnlyDictionary<string, string> s_none = new Dictionary<string, string>(0, StringComparer.Ordinal);

    /// <summary>The header table of a message to publish.</summary>
    public static Dictionary<string, object?> Write(IReadOnlyDictionary<string, string> headers) =>
        headers.ToDictionary(h => h.Key, h => (object?)Encoding.UTF8.GetBytes(h.Value), StringComparer.Ordinal);

    /// <summary>The string-valued headers of a delivered message (other values are rendered as text; nested tables are left out).</summary>
    public static IReadOnlyDictionary<string, string> Read(IDictionary<string, object?>? table)
    {
        if (table is null || table.Count == 0)
        {
            return s_none;
        }

        var headers = new Dictionary<string, string>(table.Count, StringComparer.Ordinal);
        foreach ((string key, object? value) in table)
        {
            string? text = value switch
            {
                byte[] bytes => Encoding.UTF8.GetString(bytes),
                string s => s,
                IFormattable number => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                _ => null,
            };
            if (text is not null)
            {
                headers[key] = text;
            }
        }

        return headers;
    }
}
