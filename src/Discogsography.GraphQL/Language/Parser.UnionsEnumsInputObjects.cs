using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Language;

/// <summary>Spec §3.8–3.10 Unions, Enums and Input Objects.</summary>
public sealed partial class Parser
{
    // UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new UnionTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Types = ParseUnionMemberTypes(),
            Location = At(start),
        };
    }

    // UnionMemberTypes : UnionMemberTypes | NamedType | = |? NamedType
    private NamedTypeNode[] ParseUnionMemberTypes() =>
        ExpectOptional(TokenKind.Equals) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : [];

    // EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new EnumTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Values = ParseEnumValuesDefinition(),
            Location = At(start),
        };
    }

    // EnumValuesDefinition : { EnumValueDefinition+ }
    private EnumValueDefinitionNode[] ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceLeft))
        {
            return [];
        }

        var first = _scratchCount;
        do
        {
            Push(ParseEnumValueDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceRight));

        return Collect<EnumValueDefinitionNode>(first);
    }

    // EnumValueDefinition : Description? EnumValue Directives[Const]?
    // EnumValue : Name but not true, false or null
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        if (HasValue(_token, "true") || HasValue(_token, "false") || HasValue(_token, "null"))
        {
            ThrowAt(_token.Start, $"{TokenKindNames.Describe(_token, _lexer)} is reserved and cannot be used for an enum value.");
        }

        var name = ParseName();
        return new EnumValueDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = ParseDirectives(isConst: true),
            Location = At(start),
        };
    }

    // InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new InputObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Fields = ParseInputValueDefinitions(TokenKind.BraceLeft, TokenKind.BraceRight),
            Location = At(start),
        };
    }
}
