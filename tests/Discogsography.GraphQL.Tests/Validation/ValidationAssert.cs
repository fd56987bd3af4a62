using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Tests.Language;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Validation;

namespace Discogsography.GraphQL.Tests.Validation;

/// <summary>Validates documents against the spec example schema the oracle corpus uses, and compares errors exactly.</summary>
internal static class ValidationAssert
{
    private static readonly Lazy<Schema> _specSchema = new(() => SchemaBuilder.FromSdl(File.ReadAllText(
        Path.Combine(RepositoryFiles.Root, "tests", "conformance", "corpus", "validation", "schemas", "spec.graphql"))).Build());

    /// <summary>The spec section 5 example schema, extended (tests/conformance/corpus/validation/schemas/spec.graphql).</summary>
    public static Schema SpecSchema => _specSchema.Value;

    public static IReadOnlyList<GraphQLError> Validate(string document, ValidationOptions? options = null) =>
        DocumentValidator.Validate(SpecSchema, Parser.Parse(document), options ?? ValidationOptions.SpecRulesOnly);

    public static void Valid(string document)
    {
        IReadOnlyList<GraphQLError> errors = Validate(document);
        Assert.True(errors.Count == 0, "unexpected errors: " + string.Join(" | ", errors.Select(e => e.Message)));
    }

    /// <summary>Asserts that the errors of the rules named in <paramref name="expected"/> are exactly these, in this order.</summary>
    public static void Errors(string document, params ExpectedError[] expected)
    {
        var rules = expected.Select(e => e.Rule).ToHashSet(StringComparer.Ordinal);
        List<ExpectedError> actual = [.. Validate(document)
            .Where(e => e.Extensions?.GetValueOrDefault("rule") is string rule && rules.Contains(rule))
            .Select(ExpectedError.From)];
        Assert.Equal(expected.Select(e => e.ToString()), actual.Select(e => e.ToString()));
    }
}

/// <summary>An error as a test expects it: the rule id, the message and the locations.</summary>
internal sealed record ExpectedError(string Rule, string Message, params (int Line, int Column)[] Locations)
{
    public static ExpectedError From(GraphQLError error) => new(
        error.Extensions?.GetValueOrDefault("rule") as string ?? string.Empty,
        error.Message,
        [.. error.Locations.Select(l => (l.Line, l.Column))]);

    public override string ToString() => $"{Rule}: {Message} @ {string.Join(" ", Locations.Select(l => $"{l.Line}:{l.Column}"))}";
}
