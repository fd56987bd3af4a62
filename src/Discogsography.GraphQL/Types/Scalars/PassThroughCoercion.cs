using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Utilities;

namespace Discogsography.GraphQL.Types.Scalars;

/// <summary>A custom scalar the SDL declares without an implementation: values pass through unchanged.</summary>
internal sealed class PassThroughCoercion : ScalarCoercion
{
    public override object? Serialize(object? value) => value;

    public override object? CoerceInputValue(object? value) => RuntimeValues.Unwrap(value);

    public override object? CoerceInputLiteral(ValueNode literal) => ValueLiteral.ToUntypedValue(literal);
}
