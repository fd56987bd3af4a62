using System.Text.Json;

namespace Discogsography.Stores.Neo4j.Tests.Fakes;

/// <summary>Reading what a statement was sent with.</summary>
internal static class RequestExtensions
{
    /// <summary>The requests that sent the named statement.</summary>
    public static List<RecordedRequest> Sent(this FakeQueryApiServer server, string statementName) =>
        [.. server.Requests.Where(r => r.StatementName == statementName)];

    /// <summary>The rows of one list parameter across every request that sent the named statement.</summary>
    public static List<JsonElement> Rows(this FakeQueryApiServer server, string statementName, string parameter) =>
        [.. server.Sent(statementName).SelectMany(r => r.Parameters.GetProperty(parameter).EnumerateArray())];

    /// <summary>The (source, target) pairs of link rows.</summary>
    public static HashSet<(long Source, long Target)> Links(this FakeQueryApiServer server, string statementName) =>
        [.. server.Rows(statementName, "links").Select(l => (l.GetProperty("source").GetInt64(), l.GetProperty("target").GetInt64()))];

    /// <summary>The (source, name) pairs of genre or style rows.</summary>
    public static HashSet<(long Source, string Name)> NameLinks(this FakeQueryApiServer server, string statementName) =>
        [.. server.Rows(statementName, "links").Select(l => (l.GetProperty("source").GetInt64(), l.GetProperty("name").GetString()!))];

    /// <summary>The ids of an <c>$ids</c> parameter.</summary>
    public static List<long> Ids(this FakeQueryApiServer server, string statementName) =>
        [.. server.Rows(statementName, "ids").Select(i => i.GetInt64())];
}
