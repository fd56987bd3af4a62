using Discogsography.Server.Cli;
using Discogsography.Server.Hosting;

// Operator commands (`schema print`, `extract`, `sample generate`, ...) run instead of the web host.
if (ServerCommandLine.IsCommand(args))
{
    return await ServerCommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);

// Configuration: appsettings.json, environment variables (also the seeds' names), command line.
builder.Configuration.AddSeedEnvironmentVariables();

// Logging: JSON console in containers, plain console otherwise.
builder.AddDiscogsographyLogging();

// Data directory and roles.
builder.Services.AddDiscogsographyHosting(builder.Configuration);

// The GraphQL schema, built from schema/discogsography.graphql: an invalid contract stops start-up here.
builder.Services.AddDiscogsographySchema();

// Health and readiness for every role.
builder.Services.AddDiscogsographyHealth();

var app = builder.Build();

// Every file the embedded mode writes lives under the data directory.
app.Services.EnsureDataDirectory();

app.MapDiscogsographyHealth();

await app.RunAsync();
return 0;

/// <summary>The server's entry point; public so integration tests can host it.</summary>
public partial class Program;
