using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Language;

/// <summary>Spec §2.8 Fragments.</summary>
public sealed partial class Parser
{
    // FragmentSpread : ... FragmentName Directives?
    // InlineFragment : ... TypeCondition? Directives? SelectionSet
    private SelectionNode ParseFragment()
    {
        var start = Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            return new FragmentSpreadNode
            {
                Name = name,
                Directives = ParseDirectives(isConst: false),
                Location = At(start),
            };
        }

        return new InlineFragmentNode
        {
            TypeCondition = hasTypeCondition ? ParseNamedType() : null,
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Location = At(start),
        };
    }

    // FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet
    // TypeCondition : on NamedType
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        return new FragmentDefinitionNode
        {
            Description = description,
            Name = name,
            TypeCondition = ParseNamedType(),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Location = At(start),
        };
    }

    // FragmentName : Name but not `on`
    private NameNode ParseFragmentName()
    {
        if (HasValue(_token, "on"))
        {
            ThrowUnexpected();
        }

        return ParseName();
    }
}
