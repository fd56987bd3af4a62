namespace Discogsography.Pipeline.Ingestion;

/// <summary>
/// The headers of a message the ingestion consumers put on a dead-letter queue themselves: a data message holding
/// the one record the store refused, or a message that could not be read.
/// </summary>
public static class DeadLetterHeaders
{
    /// <summary>Why the store or the consumer refused it (the exception's type and message).</summary>
    public const string Reason = "x-reason";

    /// <summary>The refused record's Discogs id (absent for an unreadable message).</summary>
    public const string RecordId = "x-record-id";

    /// <summary>The store that refused it (<c>sql</c>, <c>neo4j</c>).</summary>
    public const string Store = "x-store";

    /// <summary>The data type of the queue (<c>artists</c>, ...).</summary>
    public const string DataType = "x-data-type";
}
