namespace Discogsography.Pipeline.Bus;

/// <summary>A message could not be published: unroutable (no queue bound), nacked, or the broker unreachable after every attempt.</summary>
public sealed class BusPublishException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BusPublishException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
