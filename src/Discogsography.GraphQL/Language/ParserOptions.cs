namespace Discogsography.GraphQL.Language;

/// <summary>
/// Limits that keep parsing bounded whatever the input. Exceeding one is a syntax error, like any other
/// malformed document. The defaults suit client requests and large SDL files alike.
/// </summary>
public sealed class ParserOptions
{
    private readonly int _maxDepth = 128;
    private readonly int _maxTokens = 15_000;
    private readonly int _maxDocumentBytes = 1_000_000;

    /// <summary>The options used when none are given.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>The deepest nesting of selection sets, list and object values, and list types (default 128).</summary>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = Positive(value);
    }

    /// <summary>The most tokens a document may hold, comments not counted (default 15,000).</summary>
    public int MaxTokens
    {
        get => _maxTokens;
        init => _maxTokens = Positive(value);
    }

    /// <summary>The largest document accepted, in UTF-8 bytes (default 1,000,000).</summary>
    public int MaxDocumentBytes
    {
        get => _maxDocumentBytes;
        init => _maxDocumentBytes = Positive(value);
    }

    private static int Positive(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        return value;
    }
}
