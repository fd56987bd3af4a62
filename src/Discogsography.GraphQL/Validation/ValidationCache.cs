using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Validation;

/// <summary>
/// Remembers validation results per (schema instance, document text), so each distinct document is validated once
/// per schema. Thread-safe; holds at most <c>capacity</c> results and drops the least recently used one beyond that.
/// </summary>
public sealed class ValidationCache
{
    private readonly object _gate = new();
    private readonly int _capacity;
    private readonly ValidationOptions _options;
    private readonly Dictionary<CacheKey, LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _recency = new();

    /// <summary>Creates a cache of at most <paramref name="capacity"/> results, validating with <paramref name="options"/>.</summary>
    public ValidationCache(int capacity = 1024, ValidationOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _options = options ?? ValidationOptions.Default;
        _options.Validate();
    }

    /// <summary>The number of results held.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>
    /// The validation errors of <paramref name="document"/>, parsed from <paramref name="documentText"/>, against
    /// <paramref name="schema"/>: from the cache when this text was validated against this schema before.
    /// </summary>
    public IReadOnlyList<GraphQLError> Validate(Schema schema, string documentText, DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(documentText);
        ArgumentNullException.ThrowIfNull(document);
        var key = new CacheKey(schema, documentText);
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out LinkedListNode<Entry>? hit))
            {
                _recency.Remove(hit);
                _recency.AddFirst(hit);
                return hit.Value.Errors;
            }
        }

        // Validate outside the lock; two threads racing on a new document both validate and store the same answer.
        IReadOnlyList<GraphQLError> errors = DocumentValidator.Validate(schema, document, _options);
        lock (_gate)
        {
            if (!_entries.ContainsKey(key))
            {
                _entries[key] = _recency.AddFirst(new Entry(key, errors));
                if (_entries.Count > _capacity)
                {
                    LinkedListNode<Entry> oldest = _recency.Last!;
                    _recency.RemoveLast();
                    _entries.Remove(oldest.Value.Key);
                }
            }
        }

        return errors;
    }

    private readonly record struct CacheKey(Schema Schema, string DocumentText);

    private sealed record Entry(CacheKey Key, IReadOnlyList<GraphQLError> Errors);
}
