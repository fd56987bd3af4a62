namespace Discogsography.Pipeline.Extraction.Publishing;

/// <summary>The state of a file (or a dump version) in its marker.</summary>
public enum PublishStatus
{
    /// <summary>Nothing published yet.</summary>
    Pending,

    /// <summary>Publishing started and has not finished (or the process stopped): the next run resumes.</summary>
    InProgress,

    /// <summary>Every record and the closing message were confirmed.</summary>
    Completed,

    /// <summary>The last run failed; the next run resumes from the last confirmed ordinal.</summary>
    Failed,
}
