namespace Discogsography.Pipeline.Bus.Messages;

/// <summary>The <c>type</c> of a message on the extraction routing keys.</summary>
public enum BusMessageType
{
    /// <summary><c>data</c>: a batch of records of one type.</summary>
    Data,

    /// <summary><c>file_complete</c>: every record of one file was published before it.</summary>
    FileComplete,

    /// <summary><c>extraction_complete</c>: every file of one dump version is complete.</summary>
    ExtractionComplete,
}
