using Microsoft.Extensions.Options;

namespace Discogsography.Pipeline.Extraction.Download;

/// <summary>Rejects dump source settings that cannot work, at start-up.</summary>
internal sealed class DumpSourceOptionsValidator : IValidateOptions<DumpSourceOptions>
{
    public ValidateOptionsResult Validate(string? name, DumpSourceOptions options)
    {
        var failures = new List<string>();
        if (options.BaseUrl is not { IsAbsoluteUri: true } || (options.BaseUrl.Scheme != Uri.UriSchemeHttps && options.BaseUrl.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Dumps:BaseUrl must be an absolute http(s) address.");
        }

        if (string.IsNullOrWhiteSpace(options.Root))
        {
            failures.Add("Dumps:Root (DISCOGS_ROOT) is required.");
        }

        if (options.LocalFolder is { } folder && !Directory.Exists(folder))
        {
            failures.Add($"Dumps:LocalFolder '{folder}' does not exist.");
        }

        if (options.MinimumRequestInterval < TimeSpan.Zero)
        {
            failures.Add("Dumps:MinimumRequestInterval cannot be negative.");
        }

        if (options.ConnectTimeout <= TimeSpan.Zero || options.ResponseTimeout <= TimeSpan.Zero || options.ReadTimeout <= TimeSpan.Zero)
        {
            failures.Add("Dumps:ConnectTimeout, Dumps:ResponseTimeout and Dumps:ReadTimeout must be positive.");
        }

        if (options.MaxRetryAfter < TimeSpan.Zero || options.MaxThrottledRetries < 0)
        {
            failures.Add("Dumps:MaxRetryAfter and Dumps:MaxThrottledRetries cannot be negative.");
        }

        if (options.MaxAttempts is < 1 or > 100)
        {
            failures.Add("Dumps:MaxAttempts must be between 1 and 100.");
        }

        if (options.EffectiveRetryDelays.Any(delay => delay < TimeSpan.Zero))
        {
            failures.Add("Dumps:RetryDelays cannot hold negative values.");
        }

        if (options.RetentionMonths < 0)
        {
            failures.Add("Dumps:RetentionMonths cannot be negative (0 keeps all).");
        }

        if (options.ProgressInterval <= TimeSpan.Zero)
        {
            failures.Add("Dumps:ProgressInterval must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
