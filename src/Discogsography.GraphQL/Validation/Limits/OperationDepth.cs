using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation.Limits;

/// <summary>An operation may nest fields at most <see cref="OperationLimits.MaxDepth"/> deep, fragments expanded.</summary>
internal sealed class OperationDepth : ValidationRule
{
    private readonly OperationLimits _limits;

    public OperationDepth(OperationLimits limits)
    {
        _limits = limits;
    }

    public override string Id => "MaxDepth";

    public static string Message(string? operationName, long depth, int maxDepth) =>
        $"{OperationLabel.Of(operationName)} has a depth of {depth}, more than the maximum of {maxDepth}.";

    public override void LeaveOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        if (_limits.MaxDepth is not { } maxDepth)
        {
            return;
        }

        var expansion = new SelectionExpansion(context, MeasureField, Math.Max);
        long depth = expansion.Measure(node.SelectionSet);
        if (depth > maxDepth)
        {
            context.Report(Id, LimitErrorCodes.MaxDepthExceeded, Message(node.Name?.Value, depth, maxDepth), [node],
                new Dictionary<string, object?> { ["depth"] = depth, ["maxDepth"] = maxDepth });
        }
    }

    private static long MeasureField(FieldNode field, SelectionExpansion expansion) =>
        field.Name.Value is "__schema" or "__type" ? 1 : 1 + expansion.Measure(field.SelectionSet);
}
