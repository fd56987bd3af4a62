using Discogsography.GraphQL.Resolvers;

namespace Discogsography.GraphQL.Execution;

/// <summary>
/// ExecuteSelectionSet and ExecuteField: every field of a selection set is started before any is awaited, so sibling
/// async resolvers overlap and their DataLoader loads share a batch; synchronous fields complete without a task.
/// </summary>
internal sealed partial class OperationExecution
{
    private ValueTask<object?> ExecuteSelectionSet(SelectionPlan plan, object? parent, ResponsePath? path)
    {
        FieldPlan[] fields = plan.Fields;
        var map = new ResultMap(plan.ResponseNames);
        List<(int Index, ValueTask<object?> Value)>? pending = null;
        for (int i = 0; i < fields.Length; i++)
        {
            ValueTask<object?> value = ExecuteField(fields[i], parent, path);
            if (!value.IsCompletedSuccessfully)
            {
                (pending ??= []).Add((i, value));
                continue;
            }

            object? result = value.Result;
            if (result == Propagate)
            {
                // As graphql-js: a synchronous non-null failure ends the selection set; started fields still finish.
                return pending is null ? new(Propagate) : AwaitFieldsAsync(map, pending, failed: true);
            }

            map.Set(i, result);
        }

        return pending is null ? new(map) : AwaitFieldsAsync(map, pending, failed: false);
    }

    private static async ValueTask<object?> AwaitFieldsAsync(ResultMap map, List<(int Index, ValueTask<object?> Value)> pending, bool failed)
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
                map.Set(index, result);
            }
        }

        return failed ? Propagate : map;
    }

    /// <summary>Mutation root fields: each completes before the next starts, in document order (spec "Normal and Serial Execution").</summary>
    private async ValueTask<object?> ExecuteSerialAsync(SelectionPlan plan, object? rootValue)
    {
        FieldPlan[] fields = plan.Fields;
        var map = new ResultMap(plan.ResponseNames);
        for (int i = 0; i < fields.Length; i++)
        {
            object? result = await ExecuteField(fields[i], rootValue, null).ConfigureAwait(false);
            if (result == Propagate)
            {
                return Propagate;
            }

            map.Set(i, result);
        }

        return map;
    }

    private ValueTask<object?> ExecuteField(FieldPlan field, object? parent, ResponsePath? parentPath)
    {
        if (ReferenceEquals(field, _sourceEventField))
        {
            return ExecuteSourceEventField(field, parent, parentPath);
        }

        switch (field.Kind)
        {
            case FieldKind.Typename:
                return new(field.ObjectType.Name);
            case FieldKind.Pure:
                object? value;
                try
                {
                    value = field.Binding!.PureResolver!(parent);
                }
                catch (Exception exception) when (!IsCancellation(exception))
                {
                    return new(FieldError(exception, field, new PendingPath(parentPath, field.ResponseName)));
                }

                return Complete(field.Type, field, value, new PendingPath(parentPath, field.ResponseName));
            case FieldKind.Resolver:
                return ExecuteResolver(field, field.Binding!.Resolver!, parent, new PendingPath(parentPath, field.ResponseName).Build());
            default:
                return new(ResultError(
                    $"Cannot query field \"{field.Nodes[0].Name.Value}\" on type \"{field.ObjectType.Name}\".",
                    field,
                    new PendingPath(parentPath, field.ResponseName)));
        }
    }

    private ValueTask<object?> ExecuteResolver(FieldPlan field, FieldResolver resolver, object? parent, ResponsePath path)
    {
        ValueTask<object?> resolved;
        try
        {
            var context = new ResolverContext(this, field, parent, path, field.Arguments!.GetValues(Variables));
            resolved = resolver(context);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return new(FieldError(exception, field, new PendingPath(path)));
        }

        return resolved.IsCompletedSuccessfully
            ? Complete(field.Type, field, resolved.Result, new PendingPath(path))
            : CompleteResolvedAsync(resolved, field, path);
    }

    private async ValueTask<object?> CompleteResolvedAsync(ValueTask<object?> resolved, FieldPlan field, ResponsePath path)
    {
        object? value;
        try
        {
            value = await resolved.ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return FieldError(exception, field, new PendingPath(path));
        }

        return await Complete(field.Type, field, value, new PendingPath(path)).ConfigureAwait(false);
    }

    /// <summary>
    /// The root field of a subscription event: the event is the field's value unless a resolver was registered, which then
    /// receives the event as its parent.
    /// </summary>
    private ValueTask<object?> ExecuteSourceEventField(FieldPlan field, object? sourceEvent, ResponsePath? parentPath)
    {
        FieldBinding binding = field.Binding!;
        return binding.Resolver is { } resolver
            ? ExecuteResolver(field, resolver, sourceEvent, new PendingPath(parentPath, field.ResponseName).Build())
            : Complete(field.Type, field, binding.IsDefault ? sourceEvent : binding.PureResolver!(sourceEvent), new PendingPath(parentPath, field.ResponseName));
    }

    private bool IsCancellation(Exception exception) =>
        exception is OperationCanceledException && CancellationToken.IsCancellationRequested;
}
