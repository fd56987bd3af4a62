using System.Text.Json;

namespace Discogsography.GraphQL.AspNetCore.WebSockets;

/// <summary>The envelope every message of both WebSocket protocols shares: <c>{ type, id?, payload? }</c>.</summary>
internal sealed record ProtocolMessage
{
    public required string Type { get; init; }

    /// <summary>The operation id, or null when absent.</summary>
    public string? Id { get; init; }

    /// <summary>The payload (detached from the parsed text), or <see cref="JsonValueKind.Undefined"/> when absent.</summary>
    public JsonElement Payload { get; init; }

    /// <summary>Reads one text message; false when it is not JSON, not an object, or its <c>type</c>/<c>id</c> are not strings.</summary>
    public static bool TryParse(ReadOnlyMemory<byte> text, out ProtocolMessage message)
    {
        message = null!;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return false;
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out JsonElement type) || type.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            string? id = null;
            if (root.TryGetProperty("id", out JsonElement idElement) && idElement.ValueKind != JsonValueKind.Null)
            {
                if (idElement.ValueKind != JsonValueKind.String)
                {
                    return false;
                }

                id = idElement.GetString();
            }

            message = new ProtocolMessage
            {
                Type = type.GetString()!,
                Id = id,
                Payload = root.TryGetProperty("payload", out JsonElement payload) ? payload.Clone() : default,
            };
            return true;
        }
    }
}
