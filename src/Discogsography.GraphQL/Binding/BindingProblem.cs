namespace Discogsography.GraphQL.Binding;

/// <summary>One reason the resolvers cannot serve the schema: where, what is wrong, and how to fix it.</summary>
/// <param name="Coordinate">The schema coordinate of the element, for example <c>Query.artist</c> or <c>Query.artist(id:)</c>.</param>
/// <param name="Problem">What is wrong.</param>
/// <param name="Fix">What to change so that the element binds.</param>
public sealed record BindingProblem(string Coordinate, string Problem, string Fix)
{
    /// <summary>The problem as one line: coordinate, problem and fix.</summary>
    public override string ToString() => $"{Coordinate}: {Problem} Fix: {Fix}";
}
