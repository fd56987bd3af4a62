using System.Collections.Concurrent;

namespace Discogsography.GraphQL.AspNetCore.Persisted;

/// <summary>
/// The default store: trusted documents (kept for the process's life) plus a bounded set of automatically persisted
/// ones; when that set is full, a tenth of it makes room.
/// </summary>
internal sealed class InMemoryPersistedOperationStore : IPersistedOperationStore
{
    private readonly IReadOnlyDictionary<string, string> _trusted;
    private readonly ConcurrentDictionary<string, string> _saved = new(StringComparer.Ordinal);
    private readonly int _capacity;

    public InMemoryPersistedOperationStore(int capacity, IReadOnlyDictionary<string, string>? trusted = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
        _trusted = trusted ?? new Dictionary<string, string>(StringComparer.Ordinal);
    }

    /// <summary>How many automatically persisted documents are held.</summary>
    public int SavedCount => _saved.Count;

    public ValueTask<string?> TryGetAsync(string sha256Hash, CancellationToken cancellationToken)
    {
        string key = sha256Hash.ToLowerInvariant();
        return new(_trusted.TryGetValue(key, out string? document) || _saved.TryGetValue(key, out document) ? document : null);
    }

    public ValueTask SaveAsync(string sha256Hash, string document, CancellationToken cancellationToken)
    {
        string key = sha256Hash.ToLowerInvariant();
        if (!_trusted.ContainsKey(key) && !_saved.ContainsKey(key))
        {
            if (_saved.Count >= _capacity)
            {
                MakeRoom();
            }

            _saved[key] = document;
        }

        return ValueTask.CompletedTask;
    }

    private void MakeRoom()
    {
        int toRemove = Math.Max(1, _capacity / 10);
        foreach (string key in _saved.Keys)
        {
            if (toRemove-- <= 0)
            {
                break;
            }

            _saved.TryRemove(key, out _);
        }
    }
}
