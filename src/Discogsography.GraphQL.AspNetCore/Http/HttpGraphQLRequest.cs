using System.Text.Json;

namespace Discogsography.GraphQL.AspNetCore.Http;

/// <summary>
/// The parameters read from a GET query string or a POST body. Variables and extensions are <see cref="JsonElement"/>s
/// of documents this object owns: dispose it after the execution.
/// </summary>
internal sealed class HttpGraphQLRequest : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    public string? Query { get; set; }

    public string? OperationName { get; set; }

    public IReadOnlyDictionary<string, object?>? Variables { get; set; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; set; }

    public PersistedQueryReference? PersistedQuery { get; set; }

    public void Own(IDisposable resource) => _owned.Add(resource);

    public void Dispose()
    {
        foreach (IDisposable resource in _owned)
        {
            resource.Dispose();
        }

        _owned.Clear();
    }

    /// <summary>The members of a JSON object as the executor's raw values (elements are read, never copied).</summary>
    public static Dictionary<string, object?> ToMap(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (JsonProperty property in element.EnumerateObject())
        {
            map[property.Name] = property.Value;
        }

        return map;
    }
}
