using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Discogsography.Stores.Sql.Migrations;

/// <summary>Applies pending migrations while the host is starting, before any other hosted service starts.</summary>
internal sealed class SchemaMigrationHostedService(SchemaMigrator migrator, IOptions<SqlStoreOptions> options) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MigrateOnStart)
        {
            await migrator.MigrateAsync(cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
