namespace Discogsography.Catalog.Tests;

/// <summary>A clock stopped at a given instant.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
