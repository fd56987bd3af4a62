namespace Discogsography.Server.Dumps;

/// <summary>The subscription topics of the dump pipeline.</summary>
internal static class DumpTopics
{
    /// <summary>Every committed status change of a dump month (<c>dumpStatusChanged</c>).</summary>
    public const string StatusChanged = "dumps:status-changed";
}
