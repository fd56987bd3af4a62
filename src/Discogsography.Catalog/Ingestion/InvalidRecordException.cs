namespace Discogsography.Catalog.Ingestion;

/// <summary>A record cannot be stored (malformed JSON, a value the store rejects); retrying will not help.</summary>
public sealed class InvalidRecordException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="recordId">The record's id when known.</param>
    /// <param name="innerException">The store's or parser's error.</param>
    public InvalidRecordException(string message, long? recordId = null, Exception? innerException = null)
        : base(message, innerException)
    {
        RecordId = recordId;
    }

    /// <summary>The record's id when known.</summary>
    public long? RecordId { get; }
}
