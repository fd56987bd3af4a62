using Microsoft.Extensions.Options;

namespace Discogsography.Stores.Neo4j;

/// <summary>Rejects a Neo4j configuration that cannot work, at start-up.</summary>
internal sealed class Neo4jOptionsValidator : IValidateOptions<Neo4jOptions>
{
    public ValidateOptionsResult Validate(string? name, Neo4jOptions options)
    {
        var failures = new List<string>();
        if (options.Address is not { IsAbsoluteUri: true } address || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add("Neo4j:Address (NEO4J_ADDRESS) must be an absolute http:// or https:// URI, e.g. http://localhost:7474.");
        }

        if (string.IsNullOrWhiteSpace(options.Database))
        {
            failures.Add("Neo4j:Database is required.");
        }

        if (options.MaxRetries < 0)
        {
            failures.Add("Neo4j:MaxRetries cannot be negative.");
        }

        if (options.InitialRetryDelay < TimeSpan.Zero || options.MaxRetryDelay < options.InitialRetryDelay)
        {
            failures.Add("Neo4j:InitialRetryDelay must be non-negative and no longer than Neo4j:MaxRetryDelay.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            failures.Add("Neo4j:RequestTimeout must be positive.");
        }

        if (options.PostImportChunkSize < 1)
        {
            failures.Add("Neo4j:PostImportChunkSize must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
