using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Discogsography.Server.Tests;

/// <summary>
/// The server hosted in-process for tests, with its data directory in a fresh temporary folder and only the roles a
/// test asks for (the plain server by default, so background workers stay out of unrelated tests).
/// </summary>
public class ServerFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("discogsography-server-").FullName;

    /// <summary>The data directory of this instance.</summary>
    public string DataDirectory => _dataDirectory;

    /// <summary>The roles the hosted server runs.</summary>
    protected virtual string Roles => "server";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("DataDirectory", _dataDirectory);
        builder.UseSetting("Roles", Roles);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
