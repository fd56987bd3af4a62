namespace Discogsography.GraphQL.Types;

/// <summary>The schema is invalid; <see cref="Problems"/> lists every problem found.</summary>
public sealed class SchemaException : Exception
{
    /// <summary>Creates the exception from the problems found (at least one).</summary>
    public SchemaException(IReadOnlyList<SchemaProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with one problem that has no location.</summary>
    public SchemaException(string message)
        : this([new SchemaProblem(message, [])])
    {
    }

    /// <summary>Creates the exception with one problem that has no location, and its cause.</summary>
    public SchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new SchemaProblem(message, [])];
    }

    /// <summary>Creates the exception without problems (for serializers; prefer the other constructors).</summary>
    public SchemaException()
        : this("The schema is invalid.")
    {
    }

    /// <summary>Every problem found, in the order found.</summary>
    public IReadOnlyList<SchemaProblem> Problems { get; }

    private static string Describe(IReadOnlyList<SchemaProblem> problems) =>
        "The schema is invalid:" + string.Concat(problems.Select(p =>
            "\n  " + p.Message + (p.Locations.Count == 0
                ? string.Empty
                : " (" + string.Join(", ", p.Locations.Select(l => $"{l.Line}:{l.Column}")) + ")")));
}
