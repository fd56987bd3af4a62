namespace Discogsography.Server.Hosting;

/// <summary>The schema the server serves, built from <c>schema/discogsography.graphql</c> next to the binary.</summary>
internal static class ServerSchema
{
    /// <summary>The path of the schema contract as shipped next to the binary.</summary>
    public static string SourcePath => Path.Combine(AppContext.BaseDirectory, "schema", "discogsography.graphql");

    /// <summary>The SDL of the built schema. Scaffolding until the type system lands: the contract file as is.</summary>
    public static string PrintSdl() => File.ReadAllText(SourcePath);
}
