namespace Discogsography.Catalog.Ingestion;

/// <summary>A store is unreachable or busy; the operation may succeed later and the data is not at fault.</summary>
public sealed class TransientStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TransientStoreException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
