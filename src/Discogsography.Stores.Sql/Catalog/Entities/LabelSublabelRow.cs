namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>An entry of a label's sublabel list (owned by the label). Table <c>label_sublabels</c>.</summary>
public sealed class LabelSublabelRow
{
    /// <summary>The label whose record lists the sublabel.</summary>
    public long LabelId { get; init; }

    /// <summary>0-based position in the list.</summary>
    public short Position { get; init; }

    /// <summary>The sublabel's id.</summary>
    public long? SublabelId { get; init; }

    /// <summary>The sublabel name as listed.</summary>
    public string? Name { get; init; }
}
