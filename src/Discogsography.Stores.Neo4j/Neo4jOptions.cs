namespace Discogsography.Stores.Neo4j;

/// <summary>
/// Where the Neo4j graph store lives and how its client behaves. Bound from the <c>Neo4j</c> configuration section;
/// the seeds' environment names <c>NEO4J_ADDRESS</c>, <c>NEO4J_USERNAME</c>, <c>NEO4J_PASSWORD</c> and
/// <c>NEO4J_DATABASE</c> fill what the section leaves unset.
/// </summary>
public sealed class Neo4jOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Neo4j";

    /// <summary>The HTTP address of the server (<c>NEO4J_ADDRESS</c>), e.g. <c>http://localhost:7474</c>. Required.</summary>
    public Uri? Address { get; set; }

    /// <summary>The user for basic authentication (<c>NEO4J_USERNAME</c>); default <c>neo4j</c>.</summary>
    public string Username { get; set; } = "neo4j";

    /// <summary>The password for basic authentication (<c>NEO4J_PASSWORD</c>). Never logged.</summary>
    public string? Password { get; set; }

    /// <summary>The database to query (<c>NEO4J_DATABASE</c>); default <c>neo4j</c>.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>How many times a request or transaction is retried after a transient failure (default 5).</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>The wait before the first retry; each further retry doubles it up to <see cref="MaxRetryDelay"/> (default 1 s).</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two retries (default 30 s).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one HTTP request may take before it counts as a connection failure (default 5 minutes).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Rows per inner transaction of the post-import removals and label counts (default 1,000).</summary>
    public int PostImportChunkSize { get; set; } = 1000;
}
