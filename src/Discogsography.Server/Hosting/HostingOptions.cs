using System.ComponentModel.DataAnnotations;

namespace Discogsography.Server.Hosting;

/// <summary>Where the process keeps its files and which roles it runs (configuration root keys).</summary>
internal sealed class HostingOptions
{
    /// <summary>Every file the embedded mode writes lives under this folder.</summary>
    [Required]
    public string DataDirectory { get; set; } = "./data";

    /// <summary>Comma-separated roles: server, extractor, ingestor, curator.</summary>
    [Required]
    public string Roles { get; set; } = "server,extractor,ingestor,curator";

    /// <summary>The parsed roles; throws when a name is unknown.</summary>
    public ServerRoles ParseRoles() => ServerRolesParser.Parse(Roles);
}
