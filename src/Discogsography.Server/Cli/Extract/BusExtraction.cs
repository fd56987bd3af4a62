using System.Globalization;
using Discogsography.Catalog.Dumps;
using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.Bus.RabbitMq;
using Discogsography.Pipeline.Extraction.Publishing;
using Microsoft.Extensions.Options;

namespace Discogsography.Server.Cli.Extract;

/// <summary>
/// <c>extract --output bus</c>: publishes a dump folder to RabbitMQ through <see cref="DumpPublisher.PublishFolderAsync"/>,
/// resuming each file from its state marker, with the progress display of the other outputs and a summary per file.
/// Only RabbitMQ: the in-process bus has no consumer in this process, so publishing to it would block.
/// </summary>
internal static class BusExtraction
{
    /// <summary>The environment variable naming the broker when <c>--amqp</c> is not given.</summary>
    public const string AmqpVariable = "AMQP_CONNECTION";

    /// <summary>The broker to publish to: <c>--amqp</c>, else <c>AMQP_CONNECTION</c>; null and an error when neither is a usable AMQP URI.</summary>
    public static Uri? ResolveBroker(string? amqpOption, out string? error)
    {
        error = null;
        string? text = amqpOption is { Length: > 0 } ? amqpOption : Environment.GetEnvironmentVariable(AmqpVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            error = $"--output bus needs RabbitMQ: pass --amqp amqp://user:password@host:5672/ or set {AmqpVariable}. "
                + "(The in-process bus has no consumer in this process, so publishing to it would block.)";
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("amqp" or "amqps"))
        {
            error = $"--amqp / {AmqpVariable}: expected an amqp:// or amqps:// URI.";
            return null;
        }

        return uri;
    }

    /// <summary>Publishes the newest version in <paramref name="folder"/> having every requested type; returns the exit code.</summary>
    public static async Task<int> RunAsync(string folder, IReadOnlyList<DumpType> types, DumpReaderOptions readerOptions, Uri broker, string? stateDirectory, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>
        {
            [$"{BusOptions.SectionName}:{nameof(BusOptions.Transport)}"] = nameof(BusTransport.RabbitMq),
            [$"{BusOptions.SectionName}:{nameof(BusOptions.Connection)}"] = broker.OriginalString,
        };
        if (stateDirectory is not null)
        {
            settings[$"{DumpPublisherOptions.SectionName}:{nameof(DumpPublisherOptions.StateDirectory)}"] = stateDirectory;
        }

        IConfiguration configuration = ExtractServices.Configuration(settings);
        await using ServiceProvider services = ExtractServices.Create().AddDumpPublishing(configuration).BuildServiceProvider();
        DumpPublisher publisher;
        try
        {
            publisher = services.GetRequiredService<DumpPublisher>();
        }
        catch (Exception e) when (e is OptionsValidationException or InvalidOperationException)
        {
            Console.Error.WriteLine($"bus settings: {e.Message}");
            return 2;
        }

        Console.Out.WriteLine($"publishing {folder} to {AmqpEndpoint.Redact(broker)}, exchange {services.GetRequiredService<IOptions<BusOptions>>().Value.Exchange}");
        var view = new PublishProgressView(folder);
        Task<DumpPublishResult> publishing = publisher.PublishFolderAsync(folder, types, readerOptions, view, cancellationToken);
        try
        {
            await view.ShowAsync(publishing);
            WriteSummary(await publishing, view.Elapsed);
            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine("stopped: the state markers keep what the broker confirmed; run again to resume.");
            return 130;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Console.Error.WriteLine($"publishing failed: {e.Message} {e.InnerException?.Message} (run again to resume from the confirmed records)");
            return 1;
        }
    }

    private static void WriteSummary(DumpPublishResult result, TimeSpan elapsed)
    {
        Console.Out.WriteLine("type      records  published  resumed-past  skipped  already-complete");
        foreach (FilePublishResult file in result.Files)
        {
            Console.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{file.Type.FileToken(),-8} {file.TotalRecords,8} {file.PublishedThisRun,10} {file.ResumedPast,13} {file.Malformed,8} {(file.AlreadyComplete ? "yes" : "no"),17}"));
        }

        Console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"version {result.Version}: extraction_complete {(result.ExtractionCompleteSent ? "sent" : "not sent")}; {elapsed.TotalSeconds:F1} s"));
    }
}
