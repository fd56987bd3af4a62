using Microsoft.Extensions.Options;

namespace Discogsography.Stores.Sql;

/// <summary>Rejects a relational store configuration that cannot work, at start-up.</summary>
internal sealed class SqlStoreOptionsValidator : IValidateOptions<SqlStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, SqlStoreOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add($"Sql:Provider '{options.Provider}' is not one of {string.Join(", ", Enum.GetNames<SqlProvider>())}.");
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add("Sql:ConnectionString is required.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
