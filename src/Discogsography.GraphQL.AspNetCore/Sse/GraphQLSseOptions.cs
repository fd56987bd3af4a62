namespace Discogsography.GraphQL.AspNetCore.Sse;

/// <summary>Settings of the graphql-sse transport (distinct connections mode).</summary>
public sealed class GraphQLSseOptions
{
    /// <summary>The interval of keep-alive comments on an open stream; <see cref="Timeout.InfiniteTimeSpan"/> sends none.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>The largest request body read, in bytes.</summary>
    public int MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Throws when a setting is out of range.</summary>
    public void EnsureValid()
    {
        if (KeepAliveInterval <= TimeSpan.Zero && KeepAliveInterval != Timeout.InfiniteTimeSpan)
        {
            throw new InvalidOperationException($"GraphQL SSE {nameof(KeepAliveInterval)} must be positive or infinite (was {KeepAliveInterval}).");
        }

        if (MaxRequestBytes < 1024)
        {
            throw new InvalidOperationException($"GraphQL SSE {nameof(MaxRequestBytes)} must be at least 1024 (was {MaxRequestBytes}).");
        }
    }
}
