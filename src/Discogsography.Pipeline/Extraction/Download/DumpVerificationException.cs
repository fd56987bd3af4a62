namespace Discogsography.Pipeline.Extraction.Download;

/// <summary>A dump file cannot be verified against its CHECKSUM file, and unverified files are not allowed.</summary>
public sealed class DumpVerificationException(string message) : Exception(message);
