namespace Discogsography.Stores.Sql.Tests.TestSupport;

/// <summary>A clock that only moves when a test moves it.</summary>
internal sealed class FixedClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
