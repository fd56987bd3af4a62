using System.CommandLine;
using Discogsography.GraphQL.Types;
using Discogsography.Server.Hosting;

namespace Discogsography.Server.Cli;

/// <summary><c>schema print</c>: writes the SDL of the schema the server builds to stdout (for codegen).</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var print = new Command("print", "Write the SDL of the schema the server serves to stdout.");
        print.SetAction(_ =>
        {
            try
            {
                Console.Out.Write(ServerSchema.PrintSdl());
                return 0;
            }
            catch (SchemaException exception)
            {
                Console.Error.WriteLine(exception.Message);
                return 1;
            }
        });

        var schema = new Command("schema", "Schema tools.");
        schema.Subcommands.Add(print);
        return schema;
    }
}
