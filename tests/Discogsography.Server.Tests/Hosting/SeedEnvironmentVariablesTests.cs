using Discogsography.Server.Hosting;

namespace Discogsography.Server.Tests.Hosting;

public sealed class SeedEnvironmentVariablesTests
{
    [Fact]
    public void Translate_SeedNames_SetTheirConfigurationKeys()
    {
        var environment = new Dictionary<string, string>
        {
            ["DISCOGS_ROOT"] = "/discogs-data",
            ["PERIODIC_CHECK_DAYS"] = "7",
            ["LOG_LEVEL"] = "Debug",
        };

        var values = SeedEnvironmentVariables.Translate(environment.GetValueOrDefault);

        Assert.Equal("/discogs-data", values["Dumps:Root"]);
        Assert.Equal("7", values["Dumps:Schedule:PeriodicCheckDays"]);
        Assert.Equal("Debug", values["Logging:LogLevel:Default"]);
        Assert.Equal(3, values.Count);
    }

    [Fact]
    public void Translate_PostgresAddress_SelectsPostgresWithItsConnectionString()
    {
        var environment = new Dictionary<string, string>
        {
            ["POSTGRES_ADDRESS"] = "db.internal:5433",
            ["POSTGRES_USERNAME"] = "discogsography",
            ["POSTGRES_PASSWORD"] = "s3cret",
            ["POSTGRES_DATABASE"] = "catalog",
        };

        var values = SeedEnvironmentVariables.Translate(environment.GetValueOrDefault);

        Assert.Equal("Postgres", values["Sql:Provider"]);
        var connection = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = values["Sql:ConnectionString"] };
        Assert.Equal("db.internal", connection["Host"]);
        Assert.Equal("5433", connection["Port"]);
        Assert.Equal("discogsography", connection["Username"]);
        Assert.Equal("s3cret", connection["Password"]);
        Assert.Equal("catalog", connection["Database"]);
    }

    [Fact]
    public void Translate_NoSeedVariables_SetsNothing()
    {
        var values = SeedEnvironmentVariables.Translate(_ => null);

        Assert.Empty(values);
    }
}
