namespace Discogsography.Stores.Neo4j.Tests.Fakes;

/// <summary>What the fake server answers: a status, a JSON body and extra headers.</summary>
internal sealed record FakeAnswer(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>A Query API error answer, <c>{"errors":[{"code":…,"message":…}]}</c>.</summary>
    public static FakeAnswer Error(int status, string code, string message) =>
        new(status, $$"""{"errors":[{"code":{{Quote(code)}},"message":{{Quote(message)}}}]}""");

    /// <summary>A result answer with the given fields and rows of typed JSON values (already serialised).</summary>
    public static FakeAnswer Rows(IReadOnlyList<string> fields, IEnumerable<IReadOnlyList<string>> rows) =>
        new(202, $$"""{"data":{"fields":[{{string.Join(",", fields.Select(Quote))}}],"values":[{{string.Join(",", rows.Select(r => "[" + string.Join(",", r) + "]"))}}]},"bookmarks":[]}""");

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
