namespace Discogsography.GraphQL.DataLoader;

/// <summary>Fetches the values of many keys at once; keys missing from the result load as default (null).</summary>
/// <param name="keys">The distinct keys of one batch, in the order they were first requested.</param>
/// <param name="cancellationToken">The request's cancellation.</param>
/// <returns>The values found, by key.</returns>
public delegate ValueTask<IReadOnlyDictionary<TKey, TValue>> BatchLoadFunction<TKey, TValue>(
    IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    where TKey : notnull;

/// <summary>Fetches the values belonging to many keys at once (one-to-many); keys without values load as empty lists.</summary>
/// <param name="keys">The distinct keys of one batch, in the order they were first requested.</param>
/// <param name="cancellationToken">The request's cancellation.</param>
/// <returns>The values grouped by key.</returns>
public delegate ValueTask<ILookup<TKey, TValue>> GroupLoadFunction<TKey, TValue>(
    IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    where TKey : notnull;
