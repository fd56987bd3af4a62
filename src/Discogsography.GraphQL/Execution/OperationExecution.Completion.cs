using System.Collections;
using System.Text.Json;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Types.Scalars;

namespace Discogsography.GraphQL.Execution;

/// <summary>
/// CompleteValue (spec 6.4.3): non-null checks, lists (items started before any is awaited), leaf serialization, abstract
/// type resolution and sub-selections. A failure in a non-null position yields <see cref="Propagate"/>, which the nearest
/// nullable position turns into null.
/// </summary>
internal sealed partial class OperationExecution
{
    private ValueTask<object?> Complete(GraphQLType type, FieldPlan field, object? value, PendingPath at)
    {
        if (value is JsonElement json)
        {
            value = FromJson(json);
        }

        if (type is NonNullType nonNull)
        {
            return value is null
                ? new(ResultError($"Cannot return null for non-nullable field {field.ObjectType.Name}.{field.Definition?.Name ?? field.ResponseName}.", field, at))
                : CompleteNonNull(nonNull.OfType, field, value, at);
        }

        if (value is null)
        {
            return new((object?)null);
        }

        ValueTask<object?> completed = CompleteNonNull(type, field, value, at);
        if (completed.IsCompletedSuccessfully)
        {
            object? result = completed.Result;
            return new(result == Propagate ? null : result);
        }

        return NullIfPropagatedAsync(completed);
    }

    private static async ValueTask<object?> NullIfPropagatedAsync(ValueTask<object?> completion)
    {
        object? result = await completion.ConfigureAwait(false);
        return result == Propagate ? null : result;
    }

    /// <summary>Completes a non-null value of a nullable type; <see cref="Propagate"/> on failure.</summary>
    private ValueTask<object?> CompleteNonNull(GraphQLType type, FieldPlan field, object value, PendingPath at)
    {
        switch (type)
        {
            case ScalarType scalar:
                return new(SerializeScalar(scalar, field, value, at));
            case EnumType enumType:
                return new(SerializeEnum(enumType, field, value, at));
            case ListType list:
                return CompleteList(list, field, value, at);
            case ObjectType objectType:
                return ExecuteSelectionSet(field.GetChildPlan(objectType), value, at.Build());
            default:
                ObjectType? resolved = ResolveAbstractType((NamedType)type, field, value, at);
                return resolved is null
                    ? new(Propagate)
                    : ExecuteSelectionSet(field.GetChildPlan(resolved), value, at.Build());
        }
    }

    private ValueTask<object?> CompleteList(ListType listType, FieldPlan field, object value, PendingPath at)
    {
        if (value is string or IDictionary or IReadOnlyDictionary<string, object?> || value is not IEnumerable sequence)
        {
            return new(ResultError($"Expected Iterable, but did not find one for field \"{field.ObjectType.Name}.{field.Definition?.Name}\".", field, at));
        }

        IList items = value as IList ?? sequence.Cast<object?>().ToList();
        ResponsePath listPath = at.Build();
        GraphQLType itemType = listType.OfType;
        object?[] results = new object?[items.Count];
        List<(int Index, ValueTask<object?> Value)>? pending = null;
        for (int i = 0; i < results.Length; i++)
        {
            ValueTask<object?> item = Complete(itemType, field, items[i], new PendingPath(listPath, i));
            if (!item.IsCompletedSuccessfully)
            {
                (pending ??= []).Add((i, item));
                continue;
            }

            object? result = item.Result;
            if (result == Propagate)
            {
                return pending is null ? new(Propagate) : AwaitItemsAsync(results, pending, failed: true);
            }

            results[i] = result;
        }

        return pending is null ? new(results) : AwaitItemsAsync(results, pending, failed: false);
    }

    private static async ValueTask<object?> AwaitItemsAsync(object?[] results, List<(int Index, ValueTask<object?> Value)> pending, bool failed)
    {
        foreach ((int index, ValueTask<object?> value) in pending)
        {
            object? result = await value.ConfigureAwait(false);
            if (result == Propagate)
            {
                failed = true;
            }
            else
            {
                results[index] = result;
            }
        }

        return failed ? Propagate : results;
    }

    private object? SerializeScalar(ScalarType scalar, FieldPlan field, object value, PendingPath at)
    {
        try
        {
            return Executable.Serialize(scalar, value)
                ?? ResultError($"Expected `{scalar.Name}.serialize(...)` to return non-nullable value, returned: null", field, at);
        }
        catch (CoercionException exception)
        {
            return ResultError(exception.Message, field, at);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            FieldError(exception, field, at);
            return Propagate;
        }
    }

    private object? SerializeEnum(EnumType enumType, FieldPlan field, object value, PendingPath at)
    {
        string? name = value switch
        {
            string text => text,
            Enum clrEnum => clrEnum.ToString(),
            _ => null,
        };
        if (name is not null)
        {
            if (enumType.Values.ContainsKey(name))
            {
                return name;
            }

            if (value is Enum)
            {
                string wanted = name.Replace("_", "", StringComparison.Ordinal);
                foreach (string candidate in enumType.Values.Keys)
                {
                    if (string.Equals(candidate.Replace("_", "", StringComparison.Ordinal), wanted, StringComparison.OrdinalIgnoreCase))
                    {
                        return candidate;
                    }
                }
            }
        }

        return ResultError($"Enum \"{enumType.Name}\" cannot represent value: {ValueDisplay.Inspect(value)}", field, at);
    }

    private ObjectType? ResolveAbstractType(NamedType abstractType, FieldPlan field, object value, PendingPath at)
    {
        ObjectType? resolved;
        try
        {
            resolved = Executable.GetTypeResolver(abstractType)(value, abstractType, Schema);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            FieldError(exception, field, at);
            return null;
        }

        if (resolved is null)
        {
            ResultError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.ObjectType.Name}.{field.Definition?.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                field,
                at);
            return null;
        }

        if (!Schema.IsSubType(abstractType, resolved))
        {
            ResultError($"Runtime Object type \"{resolved.Name}\" is not a possible type for \"{abstractType.Name}\".", field, at);
            return null;
        }

        return resolved;
    }

    private static object? FromJson(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Object => json,
        JsonValueKind.Array => json.EnumerateArray().Select(e => (object?)e).ToArray(),
        _ => InputValues.Unwrap(json),
    };
}
