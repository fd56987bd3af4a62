namespace Discogsography.Server.Hosting;

/// <summary>Parses the <c>Roles</c> setting (<c>server,extractor,ingestor,curator</c>).</summary>
internal static class ServerRolesParser
{
    public static ServerRoles Parse(string value)
    {
        var roles = ServerRoles.None;
        foreach (var name in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<ServerRoles>(name, ignoreCase: true, out var role) || role is ServerRoles.None or ServerRoles.All)
            {
                throw new FormatException($"Unknown role '{name}' in Roles; expected a comma-separated list of server, extractor, ingestor, curator.");
            }

            roles |= role;
        }

        return roles == ServerRoles.None
            ? throw new FormatException("Roles is empty; expected a comma-separated list of server, extractor, ingestor, curator.")
            : roles;
    }
}
