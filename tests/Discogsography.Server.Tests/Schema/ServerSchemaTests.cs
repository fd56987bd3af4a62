using System.Diagnostics;
using Discogsography.GraphQL.Types;
using Discogsography.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Discogsography.Server.Tests.Schema;

public sealed class ServerSchemaTests
{
    [Fact]
    public void PrintSdl_ShippedContract_EqualsTheContractFileInTheRepository()
    {
        string contract = File.ReadAllText(RepositoryFile("schema", "discogsography.graphql"));

        string printed = ServerSchema.PrintSdl();

        Assert.Equal(contract, printed);
    }

    [Fact]
    public async Task SchemaPrintCommand_BuiltServer_WritesTheContractToStdout()
    {
        string contract = File.ReadAllText(RepositoryFile("schema", "discogsography.graphql"));
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Discogsography.Server.dll"), "schema", "print" },
        };

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(string.Empty, await error);
        Assert.Equal(0, process.ExitCode);
        Assert.Equal(contract, await output);
    }

    [Fact]
    public void Load_InvalidContract_ThrowsWithEveryProblemNamingTheFile()
    {
        string path = Path.Combine(Path.GetTempPath(), $"invalid-{Guid.NewGuid():N}.graphql");
        File.WriteAllText(path, "type Query { a: Missing b: Int b: Int }");
        try
        {
            SchemaException exception = Assert.Throws<SchemaException>(() => ServerSchema.Load(path));

            Assert.Equal(
                [$"{Path.GetFileName(path)}: Field \"Query.b\" can only be defined once.", $"{Path.GetFileName(path)}: Unknown type \"Missing\"."],
                exception.Problems.Select(p => p.Message).Order(StringComparer.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AddDiscogsographySchema_ShippedContract_RegistersTheBuiltSchema()
    {
        var services = new ServiceCollection();

        services.AddDiscogsographySchema();
        using ServiceProvider provider = services.BuildServiceProvider();

        GraphQL.Types.Schema schema = provider.GetRequiredService<GraphQL.Types.Schema>();
        Assert.Equal("Query", schema.QueryType.Name);
        Assert.NotNull(schema.GetType("DumpProcessing"));
        Assert.Equal("Subscription", schema.SubscriptionType?.Name);
    }

    private static string RepositoryFile(params string[] parts)
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine([directory.FullName, .. parts]);
            if (File.Exists(candidate) && File.Exists(Path.Combine(directory.FullName, "Discogsography.sln")))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{Path.Combine(parts)} not found above {AppContext.BaseDirectory}.");
    }
}
