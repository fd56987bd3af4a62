using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation.Limits;

/// <summary>An operation may select at most <see cref="OperationLimits.MaxRootFields"/> root fields, fragments expanded.</summary>
internal sealed class RootFieldCount : ValidationRule
{
    private readonly OperationLimits _limits;

    public RootFieldCount(OperationLimits limits)
    {
        _limits = limits;
    }

    public override string Id => "MaxRootFields";

    public static string Message(string? operationName, long rootFields, int maxRootFields) =>
        $"{OperationLabel.Of(operationName)} selects {rootFields} root fields, more than the maximum of {maxRootFields}.";

    public override void LeaveOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        if (_limits.MaxRootFields is not { } maxRootFields)
        {
            return;
        }

        var expansion = new SelectionExpansion(context, static (_, _) => 1, SelectionExpansion.SaturatingAdd);
        long rootFields = expansion.Measure(node.SelectionSet);
        if (rootFields > maxRootFields)
        {
            context.Report(Id, LimitErrorCodes.MaxRootFieldsExceeded, Message(node.Name?.Value, rootFields, maxRootFields), [node],
                new Dictionary<string, object?> { ["rootFields"] = rootFields, ["maxRootFields"] = maxRootFields });
        }
    }
}
