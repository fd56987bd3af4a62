using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Language;

/// <summary>Spec §3.2.2 Schema Extension and the type extensions of §3.4–3.10.</summary>
public sealed partial class Parser
{
    // TypeSystemExtension : SchemaExtension | TypeExtension
    // TypeExtension : ScalarTypeExtension | ObjectTypeExtension | InterfaceTypeExtension | UnionTypeExtension
    //               | EnumTypeExtension | InputObjectTypeExtension
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Peek();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (_lexer.Source.Slice(keyword.Start, keyword.End - keyword.Start))
            {
                case "schema":
                    return ParseSchemaExtension();
                case "scalar":
                    return ParseScalarTypeExtension();
                case "type":
                    return ParseObjectTypeExtension();
                case "interface":
                    return ParseInterfaceTypeExtension();
                case "union":
                    return ParseUnionTypeExtension();
                case "enum":
                    return ParseEnumTypeExtension();
                case "input":
                    return ParseInputObjectTypeExtension();
            }
        }

        ThrowUnexpected(keyword);
        return null;
    }

    // SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        OperationTypeDefinitionNode[] operationTypes = ExpectOptional(TokenKind.BraceLeft) ? ParseOperationTypesUntilBrace() : [];
        if (directives.Length == 0 && operationTypes.Length == 0)
        {
            ThrowUnexpected();
        }

        return new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes, Location = At(start) };
    }

    // ScalarTypeExtension : extend scalar Name Directives[Const]
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = _token;
        var name = ParseExtensionName("scalar");
        var directives = ParseDirectives(isConst: true);
        if (directives.Length == 0)
        {
            ThrowUnexpected();
        }

        return new ScalarTypeExtensionNode { Name = name, Directives = directives, Location = At(start) };
    }

    // ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (at least one part)
    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = _token;
        var name = ParseExtensionName("type");
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Length == 0 && directives.Length == 0 && fields.Length == 0)
        {
            ThrowUnexpected();
        }

        return new ObjectTypeExtensionNode
        {
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = At(start),
        };
    }

    // InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (at least one part)
    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = _token;
        var name = ParseExtensionName("interface");
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Length == 0 && directives.Length == 0 && fields.Length == 0)
        {
            ThrowUnexpected();
        }

        return new InterfaceTypeExtensionNode
        {
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = At(start),
        };
    }

    // UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = _token;
        var name = ParseExtensionName("union");
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Length == 0 && types.Length == 0)
        {
            ThrowUnexpected();
        }

        return new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types, Location = At(start) };
    }

    // EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = _token;
        var name = ParseExtensionName("enum");
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Length == 0 && values.Length == 0)
        {
            ThrowUnexpected();
        }

        return new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values, Location = At(start) };
    }

    // InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const]
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = _token;
        var name = ParseExtensionName("input");
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.BraceLeft, TokenKind.BraceRight);
        if (directives.Length == 0 && fields.Length == 0)
        {
            ThrowUnexpected();
        }

        return new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = fields, Location = At(start) };
    }

    /// <summary>Reads <c>extend</c>, the kind keyword and the name of the type being extended.</summary>
    private NameNode ParseExtensionName(string keyword)
    {
        ExpectKeyword("extend");
        ExpectKeyword(keyword);
        return ParseName();
    }
}
