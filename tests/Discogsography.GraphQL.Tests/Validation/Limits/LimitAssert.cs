using Discogsography.GraphQL.Validation;

namespace Discogsography.GraphQL.Tests.Validation.Limits;

/// <summary>Validates with chosen operation limits and picks out the limit errors.</summary>
internal static class LimitAssert
{
    public static IReadOnlyList<GraphQLError> Validate(string document, OperationLimits limits) =>
        ValidationAssert.Validate(document, new ValidationOptions { Limits = limits });

    public static GraphQLError Single(string document, OperationLimits limits, string code)
    {
        IReadOnlyList<GraphQLError> errors = Validate(document, limits);
        Assert.DoesNotContain(errors, e => e.Code == ErrorCodes.ValidationFailed);
        return Assert.Single(errors, e => e.Code == code);
    }

    public static void None(string document, OperationLimits limits)
    {
        IReadOnlyList<GraphQLError> errors = Validate(document, limits);
        Assert.True(errors.Count == 0, string.Join(" | ", errors.Select(e => e.Message)));
    }
}
