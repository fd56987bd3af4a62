using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Types.Scalars;
using Discogsography.GraphQL.Utilities;

namespace Discogsography.GraphQL.Execution;

/// <summary>
/// The spec's CoerceArgumentValues for one field node: done once at planning when the arguments hold no variables,
/// otherwise per execution. A variable that was not provided counts as an absent argument (its default applies).
/// </summary>
internal sealed class ArgumentPlan
{
    private static readonly IReadOnlyDictionary<string, object?> _empty = new Dictionary<string, object?>();
    private readonly OutputField _field;
    private readonly FieldNode _node;
    private readonly IReadOnlyDictionary<string, object?>? _static;
    private readonly GraphQLException? _staticError;

    public ArgumentPlan(OutputField field, FieldNode node)
    {
        _field = field;
        _node = node;
        if (field.Arguments.Count == 0)
        {
            _static = _empty;
        }
        else if (!node.Arguments.Any(a => HasVariable(a.Value)))
        {
            try
            {
                _static = Coerce(_empty);
            }
            catch (GraphQLException exception)
            {
                _staticError = exception;
            }
        }
    }

    /// <summary>The coerced arguments for <paramref name="variables"/>.</summary>
    /// <exception cref="GraphQLException">An argument is missing or does not fit its type.</exception>
    public IReadOnlyDictionary<string, object?> GetValues(IReadOnlyDictionary<string, object?> variables) =>
        _static ?? (_staticError is not null ? throw _staticError : Coerce(variables));

    private Dictionary<string, object?> Coerce(IReadOnlyDictionary<string, object?> variables)
    {
        var values = new Dictionary<string, object?>(_field.Arguments.Count, StringComparer.Ordinal);
        foreach (Argument argument in _field.Arguments.Values)
        {
            ArgumentNode? given = null;
            foreach (ArgumentNode node in _node.Arguments)
            {
                if (node.Name.Value == argument.Name)
                {
                    given = node;
                    break;
                }
            }

            bool hasValue = given is not null;
            object? value = null;
            if (given?.Value is VariableNode variable)
            {
                hasValue = variables.TryGetValue(variable.Name.Value, out value);
            }

            if (!hasValue && argument.HasDefaultValue)
            {
                values[argument.Name] = argument.DefaultValue;
            }
            else if (argument.Type is NonNullType && (!hasValue || (given!.Value is VariableNode ? value is null : given.Value is NullValueNode)))
            {
                throw new GraphQLException(
                    hasValue
                        ? $"Argument \"{argument.Name}\" of non-null type \"{argument.Type}\" must not be null."
                        : $"Argument \"{argument.Name}\" of required type \"{argument.Type}\" was not provided.",
                    ExecutionErrorCodes.InvalidArgument);
            }
            else if (hasValue)
            {
                values[argument.Name] = given!.Value is VariableNode ? value : CoerceLiteral(argument, given.Value, variables);
            }
        }

        return values;
    }

    private static object? CoerceLiteral(Argument argument, ValueNode literal, IReadOnlyDictionary<string, object?> variables)
    {
        try
        {
            return InputLiteralCoercion.Coerce(literal, argument.Type, variables);
        }
        catch (CoercionException exception)
        {
            throw new GraphQLException(
                $"Argument \"{argument.Name}\" has invalid value {ValueLiteral.Print(literal)}. {exception.Message}",
                ExecutionErrorCodes.InvalidArgument);
        }
    }

    private static bool HasVariable(SyntaxNode node) =>
        node is VariableNode || node.GetChildren().Any(HasVariable);
}
