namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>A style of a master. Table <c>master_styles</c>.</summary>
public sealed class MasterStyleRow
{
    /// <summary>The master.</summary>
    public long MasterId { get; init; }

    /// <summary>The style.</summary>
    public int StyleId { get; init; }
}
