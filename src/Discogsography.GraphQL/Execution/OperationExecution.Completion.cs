using System.Collections;
using System.Text.Json;
using Discogsography.GraphQL.Binding;
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
            case ScalarType or EnumType:
                object? serialized = SerializeLeaf((NamedType)type, value, out Exception? failure);
                return new(failure is null ? serialized : LeafError(failure, field, at));
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
        GraphQLType itemType = listType.OfType;
        if (itemType.Named is ScalarType or EnumType && (itemType is NonNullType nonNullItem ? nonNullItem.OfType : itemType) is NamedType)
        {
            return new(CompleteLeafList(itemType, field, items, at));
        }

        ResponsePath listPath = at.Build();
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

    /// <summary>Serializes a scalar or enum value; on failure returns null with the reason in <paramref name="failure"/>.</summary>
    private object? SerializeLeaf(NamedType leaf, object value, out Exception? failure)
    {
        failure = null;
        try
        {
            object? serialized = leaf is ScalarType scalar ? Executable.Serialize(scalar, value) : SerializeEnum((EnumType)leaf, value);
            if (serialized is null)
            {
                failure = new CoercionException($"Expected `{leaf.Name}.serialize(...)` to return non-nullable value, returned: null");
            }

            return serialized;
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            failure = exception;
            return null;
        }
    }

    /// <summary>Records a leaf's serialization failure at <paramref name="at"/>; returns <see cref="Propagate"/>.</summary>
    private object LeafError(Exception failure, FieldPlan field, PendingPath at)
    {
        if (failure is CoercionException)
        {
            return ResultError(failure.Message, field, at);
        }

        FieldError(failure, field, at);
        return Propagate;
    }

    /// <summary>An enum result: a value name as it is, or a CLR enum member by the binding's naming rule (FOO_BAR ↔ FooBar).</summary>
    private static string SerializeEnum(EnumType enumType, object value)
    {
        string? name = value switch
        {
            string text when enumType.Values.ContainsKey(text) => text,
            Enum member => EnumMapping.ValueName(enumType, member),
            _ => null,
        };

        return name ?? throw new CoercionException($"Enum \"{enumType.Name}\" cannot represent value: {ValueDisplay.Inspect(value)}");
    }

    /// <summary>A list of scalars or enums: completed in one synchronous loop, paths built only for errors.</summary>
    private object? CompleteLeafList(GraphQLType itemType, FieldPlan field, IList items, PendingPath at)
    {
        bool nonNull = itemType is NonNullType;
        NamedType leaf = itemType.Named;
        object?[] results = new object?[items.Count];
        for (int i = 0; i < results.Length; i++)
        {
            object? item = items[i];
            if (item is JsonElement json)
            {
                item = FromJson(json);
            }

            if (item is null)
            {
                if (nonNull)
                {
                    return ResultError($"Cannot return null for non-nullable field {field.ObjectType.Name}.{field.Definition?.Name}.", field, new PendingPath(at.Build(), i));
                }

                continue;
            }

            object? serialized = SerializeLeaf(leaf, item, out Exception? failure);
            if (failure is not null)
            {
                LeafError(failure, field, new PendingPath(at.Build(), i));
                if (nonNull)
                {
                    return Propagate;
                }
            }

            results[i] = serialized;
        }

        return results;
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
        _ => RuntimeValues.Unwrap(json),
    };
}
