namespace Discogsography.Benchmarks.Execution;

/// <summary>
/// The in-memory data both engines execute over: 1,000 releases of 10 fields with a label, two artists and a 3×4 matrix.
/// graphql-js-execute.mjs builds the same values with the same rules.
/// </summary>
internal static class BenchmarkCatalog
{
    public const int ReleaseCount = 1_000;

    private static readonly string[] _countries = ["US", "UK", "DE", "JP"];
    private static readonly string[] _formats = ["VINYL", "CD", "CASSETTE"];

    public static Root Create()
    {
        var releases = new Release[ReleaseCount];
        for (int i = 0; i < ReleaseCount; i++)
        {
            releases[i] = new Release
            {
                Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Title = $"Release {i}",
                Year = 1950 + (i % 70),
                Country = _countries[i % 4],
                Rating = (i % 50) / 10.0,
                Released = i % 3 != 0,
                Format = _formats[i % 3],
                Genres = i % 2 == 0 ? ["Jazz", "Soul"] : ["Electronic"],
                Label = new Named { Id = $"l{i % 37}", Name = $"Label {i % 37}" },
                Artists = [new Named { Id = $"a{i}", Name = $"Artist {i}" }, new Named { Id = $"b{i}", Name = $"Band {i}" }],
                Matrix = [[i, i + 1, i + 2, i + 3], [1, 2, 3, 4], [i % 5, 0, 0, 1]],
            };
        }

        return new Root { Releases = releases };
    }

    internal sealed class Root
    {
        public required Release[] Releases { get; init; }
    }

    internal sealed class Release
    {
        public required string Id { get; init; }

        public required string Title { get; init; }

        public required int Year { get; init; }

        public required string Country { get; init; }

        public required double Rating { get; init; }

        public required bool Released { get; init; }

        public required string Format { get; init; }

        public required string[] Genres { get; init; }

        public required Named Label { get; init; }

        public required Named[] Artists { get; init; }

        public required int[][] Matrix { get; init; }
    }

    internal sealed class Named
    {
        public required string Id { get; init; }

        public required string Name { get; init; }
    }
}
