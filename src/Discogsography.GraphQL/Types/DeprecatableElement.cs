namespace Discogsography.GraphQL.Types;

/// <summary>A schema member that <c>@deprecated</c> may mark: fields, arguments, input fields and enum values.</summary>
public abstract class DeprecatableElement : SchemaElement
{
    private protected DeprecatableElement()
    {
    }

    /// <summary>The reason given by <c>@deprecated</c>, or null when the element is not deprecated.</summary>
    public string? DeprecationReason => GetDirectives(BuiltInDirectives.DeprecatedName)
        .Select(d => d.GetArgument("reason") as string)
        .FirstOrDefault();

    /// <summary>True when the element carries <c>@deprecated</c>.</summary>
    public bool IsDeprecated => DeprecationReason is not null;
}
