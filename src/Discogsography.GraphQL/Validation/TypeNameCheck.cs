using Discogsography.GraphQL.Introspection;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Validation;

/// <summary>The unknown-type check and message shared by the two rules that look up type names.</summary>
internal static class TypeNameCheck
{
    private static readonly string[] _standardNames = [.. BuiltInScalars.All.Select(s => s.Name), .. IntrospectionTypes.All.Select(t => t.Name)];

    public static string Message(string typeName, string suggestion) => $"Unknown type \"{typeName}\"." + suggestion;

    public static void Check(ValidationRule rule, NamedTypeNode node, ValidationContext context, bool isTypeSystem)
    {
        string name = node.Name.Value;
        IEnumerable<string> documentTypes = context.Document.Definitions.OfType<TypeDefinitionNode>().Select(t => t.Name.Value);
        if (context.Schema.GetType(name) is not null || documentTypes.Contains(name) || (isTypeSystem && _standardNames.Contains(name)))
        {
            return;
        }

        IEnumerable<string> known = context.Schema.Types.Select(t => t.Name).Concat(documentTypes);
        string suggestion = Suggestions.DidYouMean(Suggestions.List(name, isTypeSystem ? _standardNames.Concat(known) : known));
        context.ReportError(rule.Id, Message(name, suggestion), node);
    }
}
