using System.Globalization;
using System.Text.Json;

namespace Discogsography.Stores.Neo4j.Client;

/// <summary>One Query API answer: the result, the bookmarks, the open transaction (id and expiry) or the errors.</summary>
internal sealed record QueryResponse(
    Neo4jQueryResult Result,
    string? TransactionId,
    DateTimeOffset? TransactionExpires,
    string? ErrorCode,
    string? ErrorMessage)
{
    /// <summary>The <c>neo4j-cluster-affinity</c> header of the answer, to send back with every request of the same transaction.</summary>
    public string? ClusterAffinity { get; init; }

    /// <summary>Reads an answer body; an empty body is an empty result.</summary>
    public static QueryResponse Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return new QueryResponse(Neo4jQueryResult.Empty, null, null, null, null);
        }

        using var document = JsonDocument.Parse(body.ToArray());
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("A Query API answer must be a JSON object.");
        }

        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = first.TryGetProperty("message", out var m) ? m.GetString() : null;
            return new QueryResponse(Neo4jQueryResult.Empty, null, null, code ?? "Neo.DatabaseError.General.UnknownError", message ?? string.Empty);
        }

        var (transactionId, expires) = ReadTransaction(root);
        return new QueryResponse(new Neo4jQueryResult(ReadFields(root), ReadRows(root), ReadBookmarks(root)), transactionId, expires, null, null);
    }

    private static List<string> ReadFields(JsonElement root)
    {
        var fields = new List<string>();
        if (root.TryGetProperty("data", out var data) && data.TryGetProperty("fields", out var names))
        {
            foreach (var name in names.EnumerateArray())
            {
                fields.Add(name.GetString() ?? string.Empty);
            }
        }

        return fields;
    }

    private static List<IReadOnlyList<object?>> ReadRows(JsonElement root)
    {
        var rows = new List<IReadOnlyList<object?>>();
        if (root.TryGetProperty("data", out var data) && data.TryGetProperty("values", out var values))
        {
            foreach (var row in values.EnumerateArray())
            {
                var cells = new List<object?>(row.GetArrayLength());
                foreach (var cell in row.EnumerateArray())
                {
                    cells.Add(TypedJsonReader.Read(cell));
                }

                rows.Add(cells);
            }
        }

        return rows;
    }

    private static List<string> ReadBookmarks(JsonElement root)
    {
        var bookmarks = new List<string>();
        if (root.TryGetProperty("bookmarks", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var bookmark in array.EnumerateArray())
            {
                if (bookmark.GetString() is { Length: > 0 } text)
                {
                    bookmarks.Add(text);
                }
            }
        }

        return bookmarks;
    }

    private static (string? Id, DateTimeOffset? Expires) ReadTransaction(JsonElement root)
    {
        if (!root.TryGetProperty("transaction", out var transaction) || transaction.ValueKind != JsonValueKind.Object)
        {
            return (null, null);
        }

        var id = transaction.TryGetProperty("id", out var i) ? i.GetString() : null;
        DateTimeOffset? expires = transaction.TryGetProperty("expires", out var e) && e.GetString() is { } text
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;
        return (id, expires);
    }
}
