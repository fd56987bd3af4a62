namespace Discogsography.GraphQL.Types;

/// <summary>An input object type: a structured argument or variable value.</summary>
public sealed class InputObjectType : NamedType
{
    /// <summary>The input fields by name, in definition order.</summary>
    public IReadOnlyDictionary<string, InputField> Fields { get; internal set; } = new Dictionary<string, InputField>();

    /// <summary>True when <c>@oneOf</c> applies: exactly one field must be given, and not as null.</summary>
    public bool IsOneOf => GetDirectives(BuiltInDirectives.OneOfName).Any();

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.InputObject;
}
