namespace Discogsography.GraphQL.Language;

/// <summary>What an enter callback tells the <see cref="SyntaxWalker"/> to do next, for its own visitor only.</summary>
public enum VisitAction
{
    /// <summary>Visit the node's children, then call its leave callbacks.</summary>
    Continue,

    /// <summary>Skip the node's children and its leave callbacks; carry on with its siblings.</summary>
    SkipChildren,

    /// <summary>Call this visitor no more for the rest of the walk.</summary>
    Stop,
}
