namespace Discogsography.Stores.Sql.Migrations;

/// <summary>One versioned schema script for one provider.</summary>
internal sealed record Migration
{
    /// <summary>The number that orders migrations (the file name's leading digits).</summary>
    public required int Version { get; init; }

    /// <summary>The rest of the file name, e.g. <c>dump_processing</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The SQL to run, in one transaction.</summary>
    public required string Script { get; init; }

    /// <summary>SHA-256 of the script, recorded so a script edited after it was applied is noticed.</summary>
    public required string Checksum { get; init; }
}
