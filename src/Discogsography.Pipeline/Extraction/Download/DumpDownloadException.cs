namespace Discogsography.Pipeline.Extraction.Download;

/// <summary>A dump file could not be downloaded (and verified) within the attempt budget.</summary>
public sealed class DumpDownloadException(string message, Exception? innerException) : Exception(message, innerException);
