namespace Discogsography.GraphQL.Binding;

/// <summary>The run-time half of result binding: what compiled resolvers call to hand values to the executor.</summary>
internal static class OutputValueWriter
{
    /// <summary>A CLR enum member as its GraphQL value name.</summary>
    public static object EnumName<TEnum>(TEnum value, Dictionary<TEnum, string> names)
        where TEnum : struct, Enum => names.TryGetValue(value, out string? name)
            ? name
            : throw new InvalidOperationException($"{typeof(TEnum).Name}.{value} has no GraphQL enum value.");

    /// <summary>The items of a list converted one by one (for lists of enums).</summary>
    public static object? MapList<T>(IEnumerable<T>? items, Func<T, object?> convert) =>
        items is null ? null : items.Select(convert).ToList();

    /// <summary>A task's result, converted; completes synchronously when the task already has.</summary>
    public static ValueTask<object?> FromTask<T>(Task<T> task, Func<T, object?> convert) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(convert(task.Result)) : AwaitTask(task, convert);

    /// <summary>A value task's result, converted; completes synchronously when the task already has.</summary>
    public static ValueTask<object?> FromValueTask<T>(ValueTask<T> task, Func<T, object?> convert) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(convert(task.Result)) : AwaitValueTask(task, convert);

    /// <summary>A source stream as the executor's stream of events.</summary>
    public static ValueTask<IAsyncEnumerable<object?>> FromStream<T>(IAsyncEnumerable<T> stream) =>
        new(stream as IAsyncEnumerable<object?> ?? Box(stream));

    /// <summary>A source stream produced by a task.</summary>
    public static async ValueTask<IAsyncEnumerable<object?>> FromStreamTask<T>(Task<IAsyncEnumerable<T>> stream) =>
        await FromStream(await stream.ConfigureAwait(false)).ConfigureAwait(false);

    /// <summary>A source stream produced by a value task.</summary>
    public static async ValueTask<IAsyncEnumerable<object?>> FromStreamValueTask<T>(ValueTask<IAsyncEnumerable<T>> stream) =>
        await FromStream(await stream.ConfigureAwait(false)).ConfigureAwait(false);

    private static async ValueTask<object?> AwaitTask<T>(Task<T> task, Func<T, object?> convert) =>
        convert(await task.ConfigureAwait(false));

    private static async ValueTask<object?> AwaitValueTask<T>(ValueTask<T> task, Func<T, object?> convert) =>
        convert(await task.ConfigureAwait(false));

    private static async IAsyncEnumerable<object?> Box<T>(
        IAsyncEnumerable<T> stream, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (T item in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
