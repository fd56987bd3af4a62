using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Language;

/// <summary>Spec §2.11 Type References.</summary>
public sealed partial class Parser
{
    // Type : NamedType | ListType | NonNullType
    // ListType : [ Type ]
    // NonNullType : NamedType ! | ListType !
    private TypeNode ParseTypeReference()
    {
        var start = _token;
        TypeNode type;
        if (ExpectOptional(TokenKind.BracketLeft))
        {
            Enter();
            var itemType = ParseTypeReference();
            Expect(TokenKind.BracketRight);
            Leave();
            type = new ListTypeNode { Type = itemType, Location = At(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode { Type = type, Location = At(start) } : type;
    }

    // NamedType : Name
    private NamedTypeNode ParseNamedType()
    {
        var start = _token;
        var name = ParseName();
        return new NamedTypeNode { Name = name, Location = At(start) };
    }
}
