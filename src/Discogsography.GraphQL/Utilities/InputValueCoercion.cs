using System.Collections;
using System.Text.Json;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Types.Scalars;

namespace Discogsography.GraphQL.Utilities;

/// <summary>
/// Coerces a variable value (JSON, or plain runtime values) to a value of an input type (spec CoerceVariableValues,
/// graphql-js <c>coerceInputValue</c>): lists accept a single item, input objects take field defaults and reject unknown
/// fields, <c>@oneOf</c> objects take exactly one non-null field. Failures name the path inside the value.
/// </summary>
internal static class InputValueCoercion
{
    public static object? Coerce(object? value, GraphQLType type) => Coerce(value, type, string.Empty);

    private static object? Coerce(object? value, GraphQLType type, string path)
    {
        if (value is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            value = null;
        }

        switch (type)
        {
            case NonNullType nonNull:
                return value is null
                    ? throw Fail(path, $"Expected non-nullable type \"{type}\" not to be null.")
                    : Coerce(value, nonNull.OfType, path);
            case var _ when value is null:
                return null;
            case ListType list:
                return Items(value) is { } items
                    ? items.Select((item, i) => Coerce(item, list.OfType, $"{path}[{i}]")).ToList()
                    : new List<object?> { Coerce(value, list.OfType, path) };
            case InputObjectType inputObject:
                return CoerceObject(value, inputObject, path);
            case EnumType enumType:
                return RuntimeValues.Unwrap(value) switch
                {
                    string name when enumType.Values.ContainsKey(name) => name,
                    string name => throw Fail(path, $"Value \"{name}\" does not exist in \"{enumType.Name}\" enum."),
                    var other => throw Fail(path, $"Enum \"{enumType.Name}\" cannot represent non-string value: {ValueDisplay.Inspect(other)}."),
                };
            case ScalarType scalar:
                try
                {
                    return scalar.CoerceInputValue(value);
                }
                catch (CoercionException exception)
                {
                    throw Fail(path, exception.Message);
                }

            default:
                throw Fail(path, $"Type \"{type}\" is not an input type.");
        }
    }

    private static Dictionary<string, object?> CoerceObject(object? value, InputObjectType type, string path)
    {
        IReadOnlyDictionary<string, object?> given = Fields(value)
            ?? throw Fail(path, $"Expected type \"{type.Name}\" to be an object.");
        foreach (string name in given.Keys)
        {
            if (!type.Fields.ContainsKey(name))
            {
                throw Fail(path, $"Field \"{name}\" is not defined by type \"{type.Name}\".");
            }
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (InputField field in type.Fields.Values)
        {
            if (given.TryGetValue(field.Name, out object? fieldValue))
            {
                result[field.Name] = Coerce(fieldValue, field.Type, path + "." + field.Name);
            }
            else if (field.HasDefaultValue)
            {
                result[field.Name] = field.DefaultValue;
            }
            else if (field.Type is NonNullType)
            {
                throw Fail(path, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
            }
        }

        if (type.IsOneOf)
        {
            if (given.Count != 1)
            {
                throw Fail(path, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            }

            string key = given.Keys.First();
            if (result[key] is null)
            {
                throw Fail(path, $"Field \"{key}\" must be non-null.");
            }
        }

        return result;
    }

    private static IEnumerable<object?>? Items(object value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => (object?)e),
        JsonElement => null,
        string or IDictionary or IReadOnlyDictionary<string, object?> => null,
        IEnumerable items => items.Cast<object?>(),
        _ => null,
    };

    private static IReadOnlyDictionary<string, object?>? Fields(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Object } obj => obj.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value, StringComparer.Ordinal),
        IReadOnlyDictionary<string, object?> map => map,
        _ => null,
    };

    private static CoercionException Fail(string path, string message) =>
        new(path.Length == 0 ? message : $"At \"value{path}\": {message}");
}
