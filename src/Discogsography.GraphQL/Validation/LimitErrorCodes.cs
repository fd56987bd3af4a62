namespace Discogsography.GraphQL.Validation;

/// <summary>The <c>extensions.code</c> values of the operation-limit errors (the spec rules use <see cref="ErrorCodes.ValidationFailed"/>).</summary>
public static class LimitErrorCodes
{
    /// <summary>The operation nests fields deeper than <see cref="OperationLimits.MaxDepth"/>.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>The operation costs more than <see cref="OperationLimits.MaxCost"/>.</summary>
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";

    /// <summary>The operation uses more aliases than <see cref="OperationLimits.MaxAliases"/>.</summary>
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";

    /// <summary>The operation selects more root fields than <see cref="OperationLimits.MaxRootFields"/>.</summary>
    public const string MaxRootFieldsExceeded = "MAX_ROOT_FIELDS_EXCEEDED";

    /// <summary>The operation queries <c>__schema</c> or <c>__type</c> while introspection is off.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
}
