using System.Text.Json.Nodes;
using Discogsography.GraphQL.Execution;
using Discogsography.Pipeline.Extraction.Scheduling;
using Discogsography.Server.Tests.Extraction;
using Microsoft.Extensions.DependencyInjection;

namespace Discogsography.Server.Tests.Dumps;

/// <summary>The dump fields of the served schema, executed through the server's own executor and services.</summary>
public sealed class DumpFieldsTests : IClassFixture<EmbeddedExtractionTests.ExtractorFactory>, IClassFixture<ServerFactory>
{
    private readonly EmbeddedExtractionTests.ExtractorFactory _extractor;
    private readonly ServerFactory _serverOnly;

    public DumpFieldsTests(EmbeddedExtractionTests.ExtractorFactory extractor, ServerFactory serverOnly)
    {
        _extractor = extractor;
        _serverOnly = serverOnly;
    }

    [Fact]
    public async Task Dumps_AfterTheEmbeddedSampleRan_ListsItsCompletedMonthWithChecksumsAndStatistics()
    {
        await EmbeddedExtractionTests.TriggerWhenIdleAsync(_extractor.Services.GetRequiredService<IDumpUpdateTrigger>());

        var data = await ExecuteAsync(_extractor.Services, "{ dumps { yearMonth dumpVersion status checksums { fileName sha256 } statistics { name value } completedAt } }");

        var month = data["dumps"]!.AsArray().Single(m => (string?)m!["yearMonth"] == "2025-01")!;
        Assert.Equal("2025-01", (string?)month["yearMonth"]);
        Assert.Equal("20250101", (string?)month["dumpVersion"]);
        Assert.Equal("COMPLETED", (string?)month["status"]);
        Assert.Equal(4, month["checksums"]!.AsArray().Count);
        Assert.All(month["checksums"]!.AsArray(), c => Assert.Matches("^[0-9a-f]{64}$", (string?)c!["sha256"]));
        Assert.NotEmpty(month["statistics"]!.AsArray());
        Assert.NotNull((string?)month["completedAt"]);
    }

    [Fact]
    public async Task Dump_MalformedYearMonth_IsAnErrorWithItsCode()
    {
        var result = await RunAsync(_serverOnly.Services, """{ dump(yearMonth: "2020/08") { status } }""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("BAD_USER_INPUT", error.Code);
        Assert.Equal(["dump"], error.Path);
    }

    [Fact]
    public async Task Dump_UnknownMonth_IsNull()
    {
        var data = await ExecuteAsync(_serverOnly.Services, """{ dump(yearMonth: "1999-01") { status } }""");

        Assert.Null(data["dump"]);
    }

    [Fact]
    public async Task CheckForNewDump_WithoutTheExtractorRole_SaysSo()
    {
        var result = await RunAsync(_serverOnly.Services, "mutation { checkForNewDump { outcome } }");

        Assert.Equal("EXTRACTOR_NOT_RUNNING", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task CheckForNewDump_AfterTheMonthCompleted_ReportsItAsAlreadyCompleted()
    {
        await EmbeddedExtractionTests.TriggerWhenIdleAsync(_extractor.Services.GetRequiredService<IDumpUpdateTrigger>());

        var data = await ExecuteAsync(_extractor.Services, "mutation { checkForNewDump { outcome dump { yearMonth status } } }");

        Assert.Equal("ALREADY_COMPLETED", (string?)data["checkForNewDump"]!["outcome"]);
        Assert.Equal("COMPLETED", (string?)data["checkForNewDump"]!["dump"]!["status"]);
    }

    [Fact]
    public async Task DumpStatusChanged_WhenAMonthIsTracked_StreamsTheChange()
    {
        using var scope = _serverOnly.Services.CreateScope();
        var executor = scope.ServiceProvider.GetRequiredService<IRequestExecutor>();
        var tracking = _serverOnly.Services.GetRequiredService<Discogsography.Stores.Sql.Tracking.IDumpTrackingStore>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { dumpStatusChanged { yearMonth status } }" }, scope.ServiceProvider, null, timeout.Token);
        await using var events = result.Stream!.GetAsyncEnumerator(timeout.Token);
        var next = events.MoveNextAsync();

        // The subscriber is registered once the subscription is set up; a tracked change then reaches it.
        await tracking.EnsureAsync("2031-07", "20310701", timeout.Token);

        Assert.True(await next);
        var json = JsonNode.Parse(events.Current.ToJson())!;
        Assert.Equal("2031-07", (string?)json["data"]!["dumpStatusChanged"]!["yearMonth"]);
        Assert.Equal("NOT_STARTED", (string?)json["data"]!["dumpStatusChanged"]!["status"]);
    }

    private static async Task<ExecutionResult> RunAsync(IServiceProvider services, string query)
    {
        using var scope = services.CreateScope();
        var executor = scope.ServiceProvider.GetRequiredService<IRequestExecutor>();
        return await executor.ExecuteAsync(new GraphQLRequest { Query = query }, scope.ServiceProvider, null, CancellationToken.None);
    }

    private static async Task<JsonObject> ExecuteAsync(IServiceProvider services, string query)
    {
        var result = await RunAsync(services, query);
        Assert.Empty(result.Errors);
        var json = JsonNode.Parse(result.ToJson())!.AsObject();
        return json["data"]!.AsObject();
    }
}
