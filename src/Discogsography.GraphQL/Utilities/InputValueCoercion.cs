using System.Collections;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Types.Scalars;

namespace Discogsography.GraphQL.Utilities;

/// <summary>
/// Coerces a runtime value (a variable from JSON, or plain CLR values) to a value of an input type: the spec's input
/// coercion of each type as used by CoerceVariableValues (graphql-js <c>coerceInputValue</c>). A single value where a list
/// is expected becomes a one-item list, input objects take field defaults and reject unknown fields, <c>@oneOf</c> objects
/// take exactly one non-null field, enums take their value names, scalars their own rules. JSON is unwrapped first, so
/// scalars see strings, booleans, numbers, lists and maps. Failures throw <see cref="CoercionException"/> whose message
/// names the path inside the value. The counterpart for literals is <see cref="InputLiteralCoercion"/>.
/// </summary>
internal static class InputValueCoercion
{
    /// <summary>Coerces <paramref name="value"/>, a <see cref="System.Text.Json.JsonElement"/> or a runtime value, to <paramref name="type"/>.</summary>
    public static object? Coerce(object? value, GraphQLType type) => Coerce(RuntimeValues.Unwrap(value), type, "");

    private static object? Coerce(object? value, GraphQLType type, string at)
    {
        switch (type)
        {
            case NonNullType nonNull:
                return value is null
                    ? throw Fail(at, $"Expected non-nullable type \"{type}\" not to be null.")
                    : Coerce(value, nonNull.OfType, at);
            case var _ when value is null:
                return null;
            case ListType list:
                if (value is IEnumerable items and not string and not IDictionary and not IReadOnlyDictionary<string, object?>)
                {
                    var result = new List<object?>();
                    int index = 0;
                    foreach (object? item in items)
                    {
                        result.Add(Coerce(item, list.OfType, $"{at}[{index++}]"));
                    }

                    return result;
                }

                return new List<object?> { Coerce(value, list.OfType, at) };
            case InputObjectType inputObject:
                return CoerceObject(value, inputObject, at);
            case EnumType enumType:
                return value is string name
                    ? enumType.Values.ContainsKey(name) ? name : throw Fail(at, $"Value \"{name}\" does not exist in \"{enumType.Name}\" enum.")
                    : throw Fail(at, $"Enum \"{enumType.Name}\" cannot represent non-string value: {ValueDisplay.Inspect(value)}.");
            case ScalarType scalar:
                try
                {
                    return scalar.CoerceInputValue(value);
                }
                catch (CoercionException exception)
                {
                    throw Fail(at, exception.Message);
                }

            default:
                throw Fail(at, $"Type \"{type}\" is not an input type.");
        }
    }

    private static Dictionary<string, object?> CoerceObject(object value, InputObjectType type, string at)
    {
        if (value is not IReadOnlyDictionary<string, object?> fields)
        {
            throw Fail(at, $"Expected type \"{type.Name}\" to be an object.");
        }

        foreach (string name in fields.Keys)
        {
            if (!type.Fields.ContainsKey(name))
            {
                throw Fail(at, $"Field \"{name}\" is not defined by type \"{type.Name}\".");
            }
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (InputField field in type.Fields.Values)
        {
            if (fields.TryGetValue(field.Name, out object? given))
            {
                result[field.Name] = Coerce(given, field.Type, at.Length == 0 ? field.Name : $"{at}.{field.Name}");
            }
            else if (field.HasDefaultValue)
            {
                result[field.Name] = field.DefaultValue;
            }
            else if (field.Type is NonNullType)
            {
                throw Fail(at, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
            }
        }

        if (type.IsOneOf)
        {
            if (fields.Count != 1)
            {
                throw Fail(at, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            }

            string key = fields.Keys.First();
            if (result[key] is null)
            {
                throw Fail(at, $"Field \"{key}\" must be non-null.");
            }
        }

        return result;
    }

    private static CoercionException Fail(string at, string reason) =>
        new(at.Length == 0 ? reason : $"at \"{at}\"; {reason}");
}
