namespace Discogsography.Conformance.Tool;

/// <summary>One verb of the conformance bridge; every verb writes one JSON document to stdout.</summary>
internal interface IToolCommand
{
    /// <summary>The verb as typed on the command line.</summary>
    string Name { get; }

    /// <summary>Runs the verb over its arguments (usually file paths) and returns the process exit code.</summary>
    int Run(IReadOnlyList<string> arguments, Stream output);
}
