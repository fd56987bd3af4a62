using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Language;

/// <summary>Spec §2.2 Document.</summary>
public sealed partial class Parser
{
    // Document : Definition+
    private DocumentNode ParseDocument()
    {
        var start = _token;
        Expect(TokenKind.StartOfFile);
        var first = _scratchCount;
        do
        {
            Push(ParseDefinition());
        }
        while (!ExpectOptional(TokenKind.EndOfFile));

        return new DocumentNode { Definitions = Collect<DefinitionNode>(first), Location = At(start) };
    }

    // Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension
    // ExecutableDefinition : OperationDefinition | FragmentDefinition
    // TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition
    // Definitions other than extensions and the shorthand query may start with a Description.
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceLeft))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Peek() : _token;
        if (hasDescription && keyword.Kind == TokenKind.BraceLeft)
        {
            ThrowAt(_token.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (_lexer.Source.Slice(keyword.Start, keyword.End - keyword.Start))
            {
                case "schema":
                    return ParseSchemaDefinition();
                case "scalar":
                    return ParseScalarTypeDefinition();
                case "type":
                    return ParseObjectTypeDefinition();
                case "interface":
                    return ParseInterfaceTypeDefinition();
                case "union":
                    return ParseUnionTypeDefinition();
                case "enum":
                    return ParseEnumTypeDefinition();
                case "input":
                    return ParseInputObjectTypeDefinition();
                case "directive":
                    return ParseDirectiveDefinition();
                case "query" or "mutation" or "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                case "extend" when hasDescription:
                    ThrowAt(_token.Start, "Unexpected description, only GraphQL definitions support descriptions.");
                    break;
                case "extend":
                    return ParseTypeSystemExtension();
            }

            if (hasDescription)
            {
                ThrowAt(_token.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }
        }

        ThrowUnexpected(keyword);
        return null;
    }

    // Name :: NameStart NameContinue*
    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode
        {
            Value = _names.Get(_lexer.Source.Slice(token.Start, token.End - token.Start)),
            Location = new Location(token.Start, token.End, token.Line, token.Column),
        };
    }

    private bool PeekDescription() => _token.Kind is TokenKind.String or TokenKind.BlockString;

    // Description : StringValue
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;
}
