namespace Discogsography.GraphQL.Binding;

/// <summary>The resolvers do not fit the schema; <see cref="Problems"/> lists every problem found, not just the first.</summary>
public sealed class BindingException : Exception
{
    /// <summary>Creates the exception from the problems found (at least one).</summary>
    public BindingException(IReadOnlyList<BindingProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with one message and no coordinate.</summary>
    public BindingException(string message)
        : base(message)
    {
        Problems = [new BindingProblem("schema", message, "see the message.")];
    }

    /// <summary>Creates the exception with one message and its cause.</summary>
    public BindingException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new BindingProblem("schema", message, "see the inner exception.")];
    }

    /// <summary>Creates the exception without details (for serializers; prefer the other constructors).</summary>
    public BindingException()
        : this("The resolvers do not fit the schema.")
    {
    }

    /// <summary>Every problem found, in schema order.</summary>
    public IReadOnlyList<BindingProblem> Problems { get; }

    private static string Describe(IReadOnlyList<BindingProblem> problems) =>
        $"The resolvers do not fit the schema ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}):"
        + string.Concat(problems.Select(p => "\n  " + p));
}
