using System.Text.Json;
using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Tests.Execution;

/// <summary>Builds executable schemas from SDL and runs requests through the whole pipeline.</summary>
internal static class ExecutionTestHost
{
    public static ExecutableSchema Bind(string sdl, Action<ExecutableSchemaBuilder>? bind = null, object? root = null)
    {
        var builder = new ExecutableSchemaBuilder(SchemaBuilder.FromSdl(sdl).Build()).UseRootValue(root);
        bind?.Invoke(builder);
        return builder.Build();
    }

    public static Task<ExecutionResult> ExecuteAsync(
        ExecutableSchema schema,
        string query,
        string? variablesJson = null,
        RequestExecutorOptions? options = null,
        string? operationName = null,
        CancellationToken cancellationToken = default) =>
        new RequestExecutor(schema, options).ExecuteAsync(Request(query, variablesJson, operationName), EmptyServices.Instance, null, cancellationToken);

    public static GraphQLRequest Request(string query, string? variablesJson = null, string? operationName = null) => new()
    {
        Query = query,
        OperationName = operationName,
        Variables = variablesJson is null
            ? null
            : JsonDocument.Parse(variablesJson).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone()),
    };

    public static async Task<string> JsonAsync(ExecutableSchema schema, string query, string? variablesJson = null, RequestExecutorOptions? options = null) =>
        (await ExecuteAsync(schema, query, variablesJson, options)).ToJson();

    /// <summary>A resolver answering its coerced arguments as JSON text.</summary>
    public static FieldResolver EchoArguments { get; } = static context =>
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            ExecutionResult.WriteValue(writer, context.Arguments);
        }

        return new ValueTask<object?>(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    };

    public sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
