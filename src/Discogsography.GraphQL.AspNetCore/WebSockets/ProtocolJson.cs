using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Discogsography.GraphQL.Execution;

namespace Discogsography.GraphQL.AspNetCore.WebSockets;

/// <summary>Writes outgoing protocol messages as UTF-8 JSON.</summary>
internal static class ProtocolJson
{
    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <summary>A message <c>{ id?, type, payload? }</c>; <paramref name="writePayload"/> writes the payload value (null: none).</summary>
    public static ReadOnlyMemory<byte> Message<TState>(string type, string? id, TState state, Action<Utf8JsonWriter, TState>? writePayload)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            writer.WriteStartObject();
            if (id is not null)
            {
                writer.WriteString("id", id);
            }

            writer.WriteString("type", type);
            if (writePayload is not null)
            {
                writer.WritePropertyName("payload");
                writePayload(writer, state);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }

    /// <summary>A message without payload.</summary>
    public static ReadOnlyMemory<byte> Message(string type, string? id = null) => Message<object?>(type, id, null, null);

    /// <summary>A message whose payload is an incoming element echoed back (absent stays absent).</summary>
    public static ReadOnlyMemory<byte> Message(string type, string? id, JsonElement payload) =>
        payload.ValueKind == JsonValueKind.Undefined ? Message(type, id) : Message(type, id, payload, static (writer, value) => value.WriteTo(writer));

    /// <summary>A message whose payload is an execution result.</summary>
    public static ReadOnlyMemory<byte> Message(string type, string? id, ExecutionResult result) =>
        Message(type, id, result, static (writer, value) => value.WriteTo(writer));

    /// <summary>A message whose payload is a list of errors.</summary>
    public static ReadOnlyMemory<byte> Message(string type, string? id, IReadOnlyList<GraphQLError> errors) =>
        Message(type, id, errors, static (writer, value) =>
        {
            writer.WriteStartArray();
            foreach (GraphQLError error in value)
            {
                ExecutionResult.WriteError(writer, error);
            }

            writer.WriteEndArray();
        });
}
