namespace Discogsography.Catalog.Dumps.Xml;

/// <summary>A record whose XML cannot be read; the reader skips it and counts it against the error budget.</summary>
internal sealed class MalformedRecordException : Exception
{
    public MalformedRecordException()
    {
    }

    public MalformedRecordException(string message)
        : base(message)
    {
    }

    public MalformedRecordException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
