using Discogsography.Stores.Neo4j.Cypher;

namespace Discogsography.Stores.Neo4j.Writing;

/// <summary>
/// Collects the statements of one batch write in order; a step whose rows are empty is left out, so a batch only
/// sends what it needs.
/// </summary>
internal sealed class WritePlan
{
    private readonly List<WriteStep> _steps = [];
    private readonly string _folder;
    private readonly long _seenAt;

    public WritePlan(string folder, long seenAt)
    {
        _folder = folder;
        _seenAt = seenAt;
    }

    public IReadOnlyList<WriteStep> Steps => _steps;

    /// <summary>Adds <c>Writing/&lt;folder&gt;/&lt;name&gt;</c> with <paramref name="rows"/> as <c>$</c><paramref name="parameter"/>.</summary>
    public WritePlan Add<T>(string name, string parameter, IReadOnlyCollection<T> rows) => AddStatement($"Writing/{_folder}/{name}", parameter, rows);

    /// <summary>Adds a statement shared by several types (<c>Writing/Shared/&lt;name&gt;</c>).</summary>
    public WritePlan AddShared<T>(string name, string parameter, IReadOnlyCollection<T> rows) => AddStatement($"Writing/Shared/{name}", parameter, rows);

    /// <summary>Adds the node upsert (<c>$rows</c> and <c>$seen_at</c>).</summary>
    public WritePlan AddNodes<T>(IReadOnlyCollection<T> rows)
    {
        if (rows.Count > 0)
        {
            _steps.Add(new WriteStep(
                CypherStatements.Get($"Writing/{_folder}/UpsertNodes"),
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["rows"] = rows, ["seen_at"] = _seenAt }));
        }

        return this;
    }

    private WritePlan AddStatement<T>(string name, string parameter, IReadOnlyCollection<T> rows)
    {
        if (rows.Count > 0)
        {
            _steps.Add(new WriteStep(CypherStatements.Get(name), new Dictionary<string, object?>(StringComparer.Ordinal) { [parameter] = rows }));
        }

        return this;
    }
}
