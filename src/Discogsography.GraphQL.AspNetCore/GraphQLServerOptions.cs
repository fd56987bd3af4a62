namespace Discogsography.GraphQL.AspNetCore;

/// <summary>Settings of the GraphQL endpoint (section <c>GraphQL</c>); transports add their own settings here.</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "GraphQL";

    /// <summary>The largest request body accepted, in bytes (default 1 MiB); larger bodies get 413.</summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Whether queries may be sent with GET (default true); mutations over GET are always refused with 405.</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Whether <c>GET ?sdl</c> answers the printed schema (default true).</summary>
    public bool EnableSchemaRequests { get; set; } = true;

    /// <summary>
    /// Status codes of the GraphQL-over-HTTP draft as of 2026: 422 for validation and variable coercion failures and 294
    /// for partial results sent as <c>application/graphql-response+json</c>. Off by default: graphql-http's audits expect 400.
    /// </summary>
    public bool UseDraft2026StatusCodes { get; set; }

    /// <summary>Whether automatic persisted queries (<c>extensions.persistedQuery</c>) may store new documents (default true).</summary>
    public bool EnableAutomaticPersistedQueries { get; set; } = true;

    /// <summary>How many automatically persisted documents the in-memory store keeps (default 1,000).</summary>
    public int PersistedOperationCapacity { get; set; } = 1_000;

    /// <summary>Only documents already in the persisted operation store run (trusted documents); anything else is refused.</summary>
    public bool OnlyTrustedDocuments { get; set; }

    /// <summary>A folder of <c>&lt;sha256&gt;.graphql</c> files loaded as trusted documents at start-up, or null.</summary>
    public string? TrustedDocumentsDirectory { get; set; }

    /// <summary>The problems with the current values; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MaxRequestBytes <= 0)
        {
            problems.Add($"{SectionName}:{nameof(MaxRequestBytes)} must be positive (was {MaxRequestBytes}).");
        }

        if (PersistedOperationCapacity <= 0)
        {
            problems.Add($"{SectionName}:{nameof(PersistedOperationCapacity)} must be positive (was {PersistedOperationCapacity}).");
        }

        if (TrustedDocumentsDirectory is not null && !Directory.Exists(TrustedDocumentsDirectory))
        {
            problems.Add($"{SectionName}:{nameof(TrustedDocumentsDirectory)} '{TrustedDocumentsDirectory}' does not exist.");
        }

        return problems;
    }
}
