namespace Discogsography.Catalog.Dumps;

/// <summary>Thrown when a dump file is abandoned: its malformed records exceeded the error budget.</summary>
public sealed class DumpReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DumpReadException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public DumpReadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public DumpReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
