using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Types.Scalars;

namespace Discogsography.GraphQL.Utilities;

/// <summary>
/// Coerces a literal to a value of an input type (the spec's input coercion of literals, graphql-js <c>valueFromAST</c>):
/// lists accept a single item, input objects take field defaults, <c>@oneOf</c> objects take exactly one non-null field.
/// Values come back as the scalars' runtime values, enum value names, lists and ordered maps.
/// </summary>
internal static class InputLiteralCoercion
{
    /// <summary>Coerces <paramref name="literal"/>; variables are looked up in <paramref name="variables"/> when given.</summary>
    public static object? Coerce(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (literal is VariableNode variable)
        {
            if (variables is not null && variables.TryGetValue(variable.Name.Value, out object? value))
            {
                return value;
            }

            throw new CoercionException($"Variable \"${variable.Name.Value}\" is not defined here.");
        }

        switch (type)
        {
            case NonNullType nonNull:
                return literal is NullValueNode
                    ? throw new CoercionException($"Expected value of non-null type \"{type}\" not to be null.")
                    : Coerce(literal, nonNull.OfType, variables);
            case var _ when literal is NullValueNode:
                return null;
            case ListType list:
                return literal is ListValueNode items
                    ? items.Values.Select(item => Coerce(item, list.OfType, variables)).ToList()
                    : new List<object?> { Coerce(literal, list.OfType, variables) };
            case InputObjectType inputObject:
                return CoerceObject(literal, inputObject, variables);
            case EnumType enumType:
                return literal is EnumValueNode name && enumType.Values.ContainsKey(name.Value)
                    ? name.Value
                    : throw new CoercionException(literal is EnumValueNode unknown
                        ? $"Value \"{unknown.Value}\" does not exist in \"{enumType.Name}\" enum."
                        : $"Enum \"{enumType.Name}\" cannot represent non-enum value: {ValueLiteral.Print(literal)}.");
            case ScalarType scalar:
                return scalar.CoerceInputLiteral(literal);
            default:
                throw new CoercionException($"Type \"{type}\" is not an input type.");
        }
    }

    private static Dictionary<string, object?> CoerceObject(ValueNode literal, InputObjectType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is not ObjectValueNode objectValue)
        {
            throw new CoercionException($"Expected value of type \"{type.Name}\", found {ValueLiteral.Print(literal)}.");
        }

        var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (ObjectFieldNode field in objectValue.Fields)
        {
            if (!type.Fields.ContainsKey(field.Name.Value))
            {
                throw new CoercionException($"Field \"{field.Name.Value}\" is not defined by type \"{type.Name}\".");
            }

            if (!given.TryAdd(field.Name.Value, field))
            {
                throw new CoercionException($"There can be only one input field named \"{field.Name.Value}\".");
            }
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (InputField field in type.Fields.Values)
        {
            if (given.TryGetValue(field.Name, out ObjectFieldNode? node))
            {
                result[field.Name] = Coerce(node.Value, field.Type, variables);
            }
            else if (field.HasDefaultValue)
            {
                result[field.Name] = field.DefaultValue;
            }
            else if (field.Type is NonNullType)
            {
                throw new CoercionException($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.");
            }
        }

        if (type.IsOneOf)
        {
            if (given.Count != 1)
            {
                throw new CoercionException($"OneOf Input Object \"{type.Name}\" must specify exactly one key.");
            }

            string key = given.Keys.First();
            if (result[key] is null)
            {
                throw new CoercionException($"Field \"{type.Name}.{key}\" must be non-null.");
            }
        }

        return result;
    }
}
