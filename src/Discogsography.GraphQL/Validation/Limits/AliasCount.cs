using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation.Limits;

/// <summary>An operation may alias at most <see cref="OperationLimits.MaxAliases"/> fields, fragments expanded (aliases multiply work cheaply).</summary>
internal sealed class AliasCount : ValidationRule
{
    private readonly OperationLimits _limits;

    public AliasCount(OperationLimits limits)
    {
        _limits = limits;
    }

    public override string Id => "MaxAliases";

    public static string Message(string? operationName, long aliases, int maxAliases) =>
        $"{OperationLabel.Of(operationName)} uses {aliases} aliases, more than the maximum of {maxAliases}.";

    public override void LeaveOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        if (_limits.MaxAliases is not { } maxAliases)
        {
            return;
        }

        var expansion = new SelectionExpansion(context, MeasureField, SelectionExpansion.SaturatingAdd);
        long aliases = expansion.Measure(node.SelectionSet);
        if (aliases > maxAliases)
        {
            context.Report(Id, LimitErrorCodes.MaxAliasesExceeded, Message(node.Name?.Value, aliases, maxAliases), [node],
                new Dictionary<string, object?> { ["aliases"] = aliases, ["maxAliases"] = maxAliases });
        }
    }

    private static long MeasureField(FieldNode field, SelectionExpansion expansion) =>
        SelectionExpansion.SaturatingAdd(field.Alias is null ? 0 : 1, expansion.Measure(field.SelectionSet));
}
