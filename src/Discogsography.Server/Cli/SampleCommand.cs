using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Discogsography.Catalog.Samples;

namespace Discogsography.Server.Cli;

/// <summary><c>sample generate --scale &lt;N&gt; --output &lt;dir&gt;</c>: writes a deterministic synthetic Discogs dump.</summary>
internal static class SampleCommand
{
    public static Command Create()
    {
        var scale = new Option<int>("--scale") { Description = "About how many releases (artists ~N/2, labels ~N/8, masters ~N/7).", DefaultValueFactory = _ => 1_000 };
        var output = new Option<DirectoryInfo>("--output") { Description = "Folder to write the four .xml.gz files and the CHECKSUM file to.", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "Seed: the same seed and scale give the same bytes.", DefaultValueFactory = _ => new SampleDumpOptions().Seed };
        var version = new Option<string>("--version") { Description = "Dump version in the file names (YYYYMMDD).", DefaultValueFactory = _ => new SampleDumpOptions().Version };

        var generate = new Command("generate", "Generate a synthetic dump in the real Discogs XML format.");
        generate.Options.Add(scale);
        generate.Options.Add(output);
        generate.Options.Add(seed);
        generate.Options.Add(version);
        generate.SetAction((parse, cancellationToken) =>
        {
            var options = new SampleDumpOptions { Scale = parse.GetValue(scale), Seed = parse.GetValue(seed), Version = parse.GetValue(version)! };
            try
            {
                options.Validate();
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine(e.Message);
                return Task.FromResult(2);
            }

            var clock = Stopwatch.StartNew();
            SampleDump dump = SampleDumpGenerator.Generate(parse.GetValue(output)!.FullName, options, cancellationToken);
            foreach (SampleDumpFile file in dump.Files)
            {
                Console.Out.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{Path.GetFileName(file.Path)}: {file.RecordElements} records ({file.Malformed} malformed on purpose), {file.XmlBytes / 1e6:F1} MB XML, {new FileInfo(file.Path).Length / 1e6:F1} MB gzip"));
            }

            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(dump.ChecksumPath)} written in {clock.Elapsed.TotalSeconds:F1} s"));
            return Task.FromResult(0);
        });

        var sample = new Command("sample", "Synthetic sample dumps.");
        sample.Subcommands.Add(generate);
        return sample;
    }
}
