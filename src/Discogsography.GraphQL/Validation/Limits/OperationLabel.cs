namespace Discogsography.GraphQL.Validation.Limits;

/// <summary>How the limit messages name an operation.</summary>
internal static class OperationLabel
{
    public static string Of(string? operationName) => operationName is null ? "The anonymous operation" : $"Operation \"{operationName}\"";
}
