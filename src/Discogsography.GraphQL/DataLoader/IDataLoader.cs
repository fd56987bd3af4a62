namespace Discogsography.GraphQL.DataLoader;

/// <summary>A loader the batch scheduler can dispatch.</summary>
public interface IDataLoader
{
    /// <summary>Loads every waiting key in one batch and completes their loads; called by the scheduler.</summary>
    Task DispatchAsync(CancellationToken cancellationToken);
}
