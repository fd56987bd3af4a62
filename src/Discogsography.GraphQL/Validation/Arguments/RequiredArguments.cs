using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Language;

namespace Discogsography.GraphQL.Validation.Arguments;

/// <summary>Spec 5.4.2.1 Required Arguments: every non-null argument without a default value is given.</summary>
internal sealed class RequiredArguments : ValidationRule
{
    public override string Id => "ProvidedRequiredArguments";

    public static string OnField(string fieldName, string argumentName, string type) =>
        $"Field \"{fieldName}\" argument \"{argumentName}\" of type \"{type}\" is required, but it was not provided.";

    public static string OnDirective(string directiveName, string argumentName, string type) =>
        $"Directive \"@{directiveName}\" argument \"{argumentName}\" of type \"{type}\" is required, but it was not provided.";

    public override void LeaveField(FieldNode node, ValidationContext context)
    {
        if (context.TypeInfo.FieldDefinition is not { } field)
        {
            return;
        }

        foreach (Argument argument in field.Arguments.Values)
        {
            if (argument.IsRequired && !node.Arguments.Any(a => a.Name.Value == argument.Name))
            {
                context.ReportError(Id, OnField(field.Name, argument.Name, argument.Type.ToString()), node);
            }
        }
    }

    public override void LeaveDirective(DirectiveNode node, ValidationContext context)
    {
        string name = node.Name.Value;
        DirectiveDefinitionNode? defined = context.Document.Definitions.OfType<DirectiveDefinitionNode>().LastOrDefault(d => d.Name.Value == name);
        IEnumerable<(string Name, string Type)> required = defined is not null
            ? defined.Arguments.Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null).Select(a => (a.Name.Value, SyntaxPrinter.Print(a.Type)))
            : context.Schema.GetDirective(name)?.Arguments.Values.Where(a => a.IsRequired).Select(a => (a.Name, a.Type.ToString())) ?? [];
        foreach ((string argumentName, string type) in required)
        {
            if (!node.Arguments.Any(a => a.Name.Value == argumentName))
            {
                context.ReportError(Id, OnDirective(name, argumentName, type), node);
            }
        }
    }
}
