using Microsoft.Extensions.Options;

namespace Discogsography.Pipeline.Extraction.Scheduling;

/// <summary>Rejects scheduler settings that cannot work, at start-up.</summary>
internal sealed class DumpSchedulerOptionsValidator : IValidateOptions<DumpSchedulerOptions>
{
    public ValidateOptionsResult Validate(string? name, DumpSchedulerOptions options)
    {
        var failures = new List<string>();
        if (options.PeriodicCheckDays is < 1 or > 45)
        {
            failures.Add("Dumps:Schedule:PeriodicCheckDays (PERIODIC_CHECK_DAYS) must be between 1 and 45.");
        }

        if (options.MaxRetries < 0)
        {
            failures.Add("Dumps:Schedule:MaxRetries cannot be negative.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
