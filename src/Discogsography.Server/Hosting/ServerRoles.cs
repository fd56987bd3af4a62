namespace Discogsography.Server.Hosting;

/// <summary>The roles one process can take; the full stack runs one role per container.</summary>
[Flags]
internal enum ServerRoles
{
    None = 0,
    Server = 1,
    Extractor = 2,
    Ingestor = 4,
    Curator = 8,
    All = Server | Extractor | Ingestor | Curator,
}
