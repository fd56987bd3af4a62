namespace Discogsography.GraphQL.AspNetCore.Tests.Http;

/// <summary>One default-configured <see cref="GraphQLTestHost"/> shared by a test class.</summary>
public sealed class GraphQLHostFixture : IAsyncLifetime
{
    private GraphQLTestHost? _host;

    internal GraphQLTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
