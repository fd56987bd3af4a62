namespace Discogsography.Catalog.Ingestion;

/// <summary>What one batch write did.</summary>
/// <param name="Written">Records inserted or updated.</param>
/// <param name="Unchanged">Records skipped because the store already held their SHA-256.</param>
public sealed record WriteBatchResult(int Written, int Unchanged);
