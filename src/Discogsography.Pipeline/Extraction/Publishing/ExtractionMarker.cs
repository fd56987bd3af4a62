namespace Discogsography.Pipeline.Extraction.Publishing;

/// <summary>The state marker of one dump version: when publishing it first started and whether <c>extraction_complete</c> went out.</summary>
internal sealed record ExtractionMarker
{
    /// <summary>The dump version, <c>YYYYMMDD</c>.</summary>
    public required string Version { get; init; }

    /// <summary>Where the version stands.</summary>
    public required PublishStatus Status { get; init; }

    /// <summary>When publishing of this version first started (kept across resumes).</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When <c>extraction_complete</c> was confirmed.</summary>
    public DateTimeOffset? CompletedAt { get; init; }
}
