using Discogsography.Stores.Neo4j.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Discogsography.Stores.Neo4j.Tests.Fakes;

/// <summary>Builds the store's parts against a fake server, with no waits between retries.</summary>
internal static class Neo4jTestClient
{
    public const string Password = "s3cret-pa55word";

    public static Neo4jOptions Options(Uri address, int maxRetries = 2) => new()
    {
        Address = address,
        Username = "neo4j",
        Password = Password,
        Database = "graph",
        MaxRetries = maxRetries,
        InitialRetryDelay = TimeSpan.Zero,
        MaxRetryDelay = TimeSpan.Zero,
        RequestTimeout = TimeSpan.FromSeconds(30),
    };

    public static Neo4jQueryClient Create(Uri address, int maxRetries = 2, ILoggerFactory? loggers = null) =>
        Create(Options(address, maxRetries), loggers);

    public static Neo4jQueryClient Create(Neo4jOptions options, ILoggerFactory? loggers = null) =>
        new(new HttpClient { Timeout = options.RequestTimeout }, Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System,
            (loggers ?? NullLoggerFactory.Instance).CreateLogger<Neo4jQueryClient>());

    public static IOptions<Neo4jOptions> Wrap(Neo4jOptions options) => Microsoft.Extensions.Options.Options.Create(options);
}
