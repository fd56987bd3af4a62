using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Types.Scalars;

namespace Discogsography.GraphQL.Utilities;

/// <summary>
/// Coerces a literal to a value of an input type (the spec's input coercion of literals, graphql-js <c>valueFromAST</c>):
/// lists accept a single item, input objects take field defaults, <c>@oneOf</c> objects take exactly one non-null field.
/// Values come back as the scalars' runtime values, enum value names, lists and ordered maps. Inside a list or an input object
/// literal, a variable the request did not provide counts as absent: an input object field is then left out (its default
/// applies, or a required field fails), a list item becomes null (or fails when items are non-null).
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
                // A nullable variable (allowed here by its default value) that the request set to null explicitly.
                return value is null && type is NonNullType
                    ? throw new CoercionException($"Variable \"${variable.Name.Value}\" is null, but the position it is used in expects the non-null type \"{type}\".")
                    : value;
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
                    ? CoerceItems(items, list.OfType, variables)
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

    private static List<object?> CoerceItems(ListValueNode items, GraphQLType itemType, IReadOnlyDictionary<string, object?>? variables)
    {
        var result = new List<object?>(items.Values.Count);
        foreach (ValueNode item in items.Values)
        {
            if (IsMissingVariable(item, variables))
            {
                result.Add(itemType is NonNullType
                    ? throw new CoercionException($"Variable \"${((VariableNode)item).Name.Value}\" was not provided for an item of non-null type \"{itemType}\".")
                    : null);
            }
            else
            {
                result.Add(Coerce(item, itemType, variables));
            }
        }

        return result;
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
            if (given.TryGetValue(field.Name, out ObjectFieldNode? node) && !IsMissingVariable(node.Value, variables))
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
            if (result.Count != 1)
            {
                throw new CoercionException($"OneOf Input Object \"{type.Name}\" must specify exactly one key.");
            }

            string key = result.Keys.First();
            if (result[key] is null)
            {
                throw new CoercionException($"Field \"{type.Name}.{key}\" must be non-null.");
            }
        }

        return result;
    }

    /// <summary>
    /// A variable the request did not provide, in an execution (const contexts such as schema defaults pass no variables and
    /// keep failing on any variable).
    /// </summary>
    private static bool IsMissingVariable(ValueNode value, IReadOnlyDictionary<string, object?>? variables) =>
        value is VariableNode variable && variables is not null && !variables.ContainsKey(variable.Name.Value);
}
