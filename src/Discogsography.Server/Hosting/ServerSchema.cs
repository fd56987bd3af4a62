using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Types.Printing;

namespace Discogsography.Server.Hosting;

/// <summary>The schema the server serves, built from <c>schema/discogsography.graphql</c> next to the binary.</summary>
internal static class ServerSchema
{
    /// <summary>The path of the schema contract as shipped next to the binary.</summary>
    public static string SourcePath => Path.Combine(AppContext.BaseDirectory, "schema", "discogsography.graphql");

    /// <summary>Builds the schema from <paramref name="path"/> (the shipped contract by default).</summary>
    /// <exception cref="SchemaException">The contract is not a valid schema; the message lists every problem with its line and column.</exception>
    public static Schema Load(string? path = null)
    {
        string source = path ?? SourcePath;
        try
        {
            return SchemaBuilder.FromSdl(File.ReadAllText(source)).Build();
        }
        catch (SchemaException exception)
        {
            throw new SchemaException([.. exception.Problems.Select(p => p with { Message = $"{Path.GetFileName(source)}: {p.Message}" })]);
        }
    }

    /// <summary>The SDL of the built schema as graphql-js would print it, ending with a newline.</summary>
    public static string PrintSdl(string? path = null) => SchemaPrinter.Print(Load(path)) + "\n";

    /// <summary>Builds the schema now, so that an invalid contract stops start-up, and registers it as a singleton.</summary>
    public static IServiceCollection AddDiscogsographySchema(this IServiceCollection services)
    {
        services.AddSingleton(Load());
        return services;
    }
}
