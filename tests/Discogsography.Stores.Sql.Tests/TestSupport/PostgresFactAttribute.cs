namespace Discogsography.Stores.Sql.Tests.TestSupport;

/// <summary>A fact that needs a real PostgreSQL server; reported as skipped (not run) when none is configured.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "DISCOGSOGRAPHY_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} is not set: PostgreSQL test not run.";
        }
    }
}
