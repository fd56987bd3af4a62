using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation.Documents;

/// <summary>Spec 5.1.1 Executable Definitions: a document sent for execution holds only operations and fragments.</summary>
internal sealed class ExecutableDefinitions : ValidationRule
{
    public override string Id => "ExecutableDefinitions";

    public static string Message(string definitionName) => $"The {definitionName} definition is not executable.";

    public override void EnterDocument(DocumentNode node, ValidationContext context)
    {
        foreach (DefinitionNode definition in node.Definitions)
        {
            if (definition is not ExecutableDefinitionNode)
            {
                context.ReportError(Id, Message(NameOf(definition)), definition);
            }
        }
    }

    private static string NameOf(DefinitionNode definition) => definition switch
    {
        TypeDefinitionNode type => $"\"{type.Name.Value}\"",
        TypeExtensionNode extension => $"\"{extension.Name.Value}\"",
        DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
        _ => "schema",
    };
}
