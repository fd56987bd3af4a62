namespace Discogsography.Pipeline.Bus;

/// <summary>A running consumer on one queue; dispose it to stop consuming.</summary>
public interface IBusSubscription : IAsyncDisposable
{
    /// <summary>The queue consumed.</summary>
    string Queue { get; }
}
