namespace Discogsography.Stores.Neo4j.Client;

/// <summary>Neo4j could not be reached or answered without a Neo4j error (a refused connection, a timeout, a 503 from a proxy).</summary>
internal sealed class Neo4jUnavailableException : Exception
{
    public Neo4jUnavailableException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
