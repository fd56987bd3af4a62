using Discogsography.GraphQL.AspNetCore;
using Discogsography.GraphQL.AspNetCore.Authorization;
using Discogsography.GraphQL.AspNetCore.Ide;
using Discogsography.Server.Cli;
using Discogsography.Server.Extraction;
using Discogsography.Server.Ingestion;
using Discogsography.Server.Api;
using Discogsography.Server.Hosting;

// Operator commands (`schema print`, `extract`, `sample generate`, ...) run instead of the web host.
if (ServerCommandLine.IsCommand(args))
{
    return await ServerCommandLine.RunAsync(args);
}

// Settings files ship next to the binary; relative data paths still resolve against the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

// Configuration: appsettings.json, environment variables (also the seeds' names), command line.
builder.Configuration.AddSeedEnvironmentVariables();

// Logging: JSON console in containers, plain console otherwise.
builder.AddDiscogsographyLogging();

// Data directory and roles.
builder.Services.AddDiscogsographyHosting(builder.Configuration);
var roles = builder.Configuration.GetRoles();

// Extractor: periodic dump check, download, verification and publishing, tracked in the relational store.
builder.AddExtractorRole(roles);

// Ingestor: consumers writing the bus's records into the relational catalog (and Neo4j when configured).
builder.AddIngestorRole(roles);

// GraphQL: schema/discogsography.graphql bound to the resolver classes; an invalid contract or binding stops start-up.
builder.Services.AddDiscogsographyGraphQL(builder.Configuration, builder.Environment.IsDevelopment());

// Transports on /graphql: GraphQL over HTTP (with persisted operations and the SDL), subscriptions over
// WebSocket (graphql-transport-ws, legacy graphql-ws) and server-sent events (graphql-sse).
builder.Services.AddGraphQLServer();
builder.Services.AddGraphQLWebSockets(o => o.UseBearerAuthentication());
builder.Services.AddGraphQLSse();

// Banana Cake Pop, served offline at /graphql/ to browsers (restored from npm at build time when npm exists).
builder.Services.AddGraphQLIde();

// Authentication (any ASP.NET Core scheme; bearer tokens also from the WebSocket connection_init payload) and
// @authorize on types and fields, checked before resolvers run.
builder.Services.AddAuthentication();
builder.Services.AddGraphQLAuthorization();

// Health and readiness for every role.
builder.Services.AddDiscogsographyHealth();

var app = builder.Build();

// Every file the embedded mode writes lives under the data directory.
app.Services.EnsureDataDirectory();

app.MapDiscogsographyHealth();
app.UseWebSockets();
app.UseAuthentication();
app.UseAuthorization();
app.MapGraphQL("/graphql");
app.MapGraphQLIde("/graphql");

await app.RunAsync();
return 0;

/// <summary>The server's entry point; public so integration tests can host it.</summary>
public partial class Program;
