using Discogsography.Catalog.Samples;
using Discogsography.Pipeline.Extraction.Publishing;
using Discogsography.Pipeline.Extraction.Scheduling;
using Discogsography.Server.Hosting;
using Discogsography.Stores.Sql;
using Microsoft.Extensions.Configuration.Memory;

namespace Discogsography.Server.Extraction;

/// <summary>
/// The extractor role: the periodic dump check (discover → download → verify → publish) tracked in the relational
/// store. Its defaults follow the data directory; explicit configuration always wins.
/// </summary>
internal static class ExtractorRole
{
    /// <summary>Scale of the sample the embedded mode generates on first start (about this many releases).</summary>
    public const int EmbeddedSampleScale = 2_000;

    public static WebApplicationBuilder AddExtractorRole(this WebApplicationBuilder builder, ServerRoles roles)
    {
        var configuration = builder.Configuration;
        var dataDirectory = Path.GetFullPath(configuration["DataDirectory"] ?? new HostingOptions().DataDirectory);
        var source = ExtractionSource.Parse(configuration[ExtractionSource.Key], dataDirectory);

        // Defaults derived from the data directory, below every other source so configuration overrides them.
        var defaults = new Dictionary<string, string?>
        {
            [$"{SqlStoreOptions.SectionName}:{nameof(SqlStoreOptions.ConnectionString)}"] = $"Data Source={Path.Combine(dataDirectory, "discogsography.db")}",
            ["Dumps:Root"] = Path.Combine(dataDirectory, "dumps"),

            // Publishing markers stay under the data directory too: a source folder is read, never written.
            ["Publishing:StateDirectory"] = Path.Combine(dataDirectory, "publishing"),
        };
        if (source.DataSite is not null)
        {
            defaults["Dumps:BaseUrl"] = source.DataSite.ToString();
        }
        else
        {
            defaults["Dumps:LocalFolder"] = source.Folder;
        }

        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = defaults });

        if (!roles.HasFlag(ServerRoles.Extractor))
        {
            return builder;
        }

        if (source.IsGeneratedSample)
        {
            EnsureSample(source.Folder!);
        }

        builder.Services.AddDumpPublishing(configuration);
        builder.Services.AddDumpScheduler(configuration);
        return builder;
    }

    /// <summary>Generates the deterministic sample dump once; a folder that already has its CHECKSUM file is kept.</summary>
    private static void EnsureSample(string folder)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFiles(folder, "discogs_*_CHECKSUM.txt").Any())
        {
            return;
        }

        SampleDumpGenerator.Generate(folder, new SampleDumpOptions { Scale = EmbeddedSampleScale }, CancellationToken.None);
    }
}
