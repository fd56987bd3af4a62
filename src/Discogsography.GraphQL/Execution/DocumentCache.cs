using System.Collections.Concurrent;
using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Execution;

/// <summary>
/// Stage 1 and 2 of the pipeline: the cache of parsed documents by text, and the parse on a miss. Bounded: when full,
/// a tenth of the entries make room.
/// </summary>
internal sealed class DocumentCache
{
    private readonly ConcurrentDictionary<string, CachedDocument> _documents = new(StringComparer.Ordinal);
    private readonly int _capacity;
    private readonly ParserOptions _parserOptions;

    public DocumentCache(int capacity, ParserOptions parserOptions)
    {
        _capacity = capacity;
        _parserOptions = parserOptions;
    }

    public int Count => _documents.Count;

    /// <summary>The cached document for <paramref name="text"/>, parsing it on a miss.</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not a GraphQL document.</exception>
    public CachedDocument GetOrParse(string text)
    {
        if (_documents.TryGetValue(text, out CachedDocument? cached))
        {
            return cached;
        }

        DocumentNode document = Parser.Parse(text, _parserOptions);
        if (_documents.Count >= _capacity)
        {
            MakeRoom();
        }

        return _documents.GetOrAdd(text, new CachedDocument(document, text));
    }

    private void MakeRoom()
    {
        int toRemove = Math.Max(1, _capacity / 10);
        foreach (string key in _documents.Keys)
        {
            if (toRemove-- <= 0)
            {
                break;
            }

            _documents.TryRemove(key, out _);
        }
    }
}
