using Discogsography.Conformance.Tool;

// Verbs of the bridge; each lives in its own file.
IToolCommand[] commands = [new ParseCommand(), new SchemaCommand(), new ExecuteCommand(), new ValidateCommand()];

var command = args.Length > 0 ? Array.Find(commands, c => c.Name == args[0]) : null;
if (command is null)
{
    Console.Error.WriteLine($"usage: Discogsography.Conformance.Tool <{string.Join('|', commands.Select(c => c.Name))}> [files...]");
    return 2;
}

using var stdout = Console.OpenStandardOutput();
return command.Run(args[1..], stdout);
