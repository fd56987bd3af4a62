namespace Discogsography.GraphQL.DataLoader;

/// <summary>
/// Collects loaders that have keys waiting. The executor dispatches every scheduled loader at once when it has no
/// other runnable work, so the loads of one execution "tick" become one batch per loader.
/// </summary>
public interface IBatchScheduler
{
    /// <summary>Notes that <paramref name="loader"/> has keys waiting for its next batch.</summary>
    void Schedule(IDataLoader loader);
}
