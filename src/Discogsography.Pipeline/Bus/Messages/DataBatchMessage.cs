using Discogsography.Catalog.Dumps;

namespace Discogsography.Pipeline.Bus.Messages;

/// <summary>A decoded <c>data</c> message: records of one type.</summary>
/// <param name="DataType">The type of every record.</param>
/// <param name="Records">The records, in file order.</param>
public sealed record DataBatchMessage(DumpType DataType, IReadOnlyList<DataRecordEntry> Records) : BusMessage(BusMessageType.Data);
