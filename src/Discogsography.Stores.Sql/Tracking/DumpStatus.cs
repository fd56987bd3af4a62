namespace Discogsography.Stores.Sql.Tracking;

/// <summary>Where one monthly dump stands. Stored as snake_case text (<c>ready_for_processing</c>).</summary>
public enum DumpStatus
{
    /// <summary>Known but nothing done yet.</summary>
    NotStarted,

    /// <summary>Files are being downloaded and verified.</summary>
    Downloading,

    /// <summary>Every file is on disk and verified.</summary>
    ReadyForProcessing,

    /// <summary>Records are being extracted and published.</summary>
    Processing,

    /// <summary>Processed; never processed again.</summary>
    Completed,

    /// <summary>Download or processing failed; may be retried.</summary>
    Failed,
}
