using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Language;

/// <summary>Spec §3 Type System: schema, scalar, object, interface and directive definitions.</summary>
public sealed partial class Parser
{
    // SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.BraceLeft);
        var operationTypes = ParseOperationTypesUntilBrace();
        return new SchemaDefinitionNode
        {
            Description = description,
            Directives = directives,
            OperationTypes = operationTypes,
            Location = At(start),
        };
    }

    /// <summary>One or more root operation types, after the opening brace, through the closing brace.</summary>
    private OperationTypeDefinitionNode[] ParseOperationTypesUntilBrace()
    {
        var first = _scratchCount;
        do
        {
            Push(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceRight));

        return Collect<OperationTypeDefinitionNode>(first);
    }

    // RootOperationTypeDefinition : OperationType : NamedType
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = _token;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode { Operation = operation, Type = type, Location = At(start) };
    }

    // ScalarTypeDefinition : Description? scalar Name Directives[Const]?
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        return new ScalarTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = ParseDirectives(isConst: true),
            Location = At(start),
        };
    }

    // ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        return new ObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = ParseFieldsDefinition(),
            Location = At(start),
        };
    }

    // InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        return new InterfaceTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = ParseFieldsDefinition(),
            Location = At(start),
        };
    }

    // ImplementsInterfaces : ImplementsInterfaces & NamedType | implements &? NamedType
    private NamedTypeNode[] ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? ParseDelimitedNamedTypes(TokenKind.Amp) : [];

    /// <summary>NamedType list separated by a delimiter, which may also lead (<c>&amp; A &amp; B</c>, <c>| A | B</c>).</summary>
    private NamedTypeNode[] ParseDelimitedNamedTypes(TokenKind delimiter)
    {
        ExpectOptional(delimiter);
        var first = _scratchCount;
        do
        {
            Push(ParseNamedType());
        }
        while (ExpectOptional(delimiter));

        return Collect<NamedTypeNode>(first);
    }

    // FieldsDefinition : { FieldDefinition+ }
    private FieldDefinitionNode[] ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceLeft))
        {
            return [];
        }

        var first = _scratchCount;
        do
        {
            Push(ParseFieldDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceRight));

        return Collect<FieldDefinitionNode>(first);
    }

    // FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.ParenLeft, TokenKind.ParenRight);
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        return new FieldDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Type = type,
            Directives = ParseDirectives(isConst: true),
            Location = At(start),
        };
    }

    // ArgumentsDefinition : ( InputValueDefinition+ )
    // InputFieldsDefinition : { InputValueDefinition+ }
    private InputValueDefinitionNode[] ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptional(open))
        {
            return [];
        }

        var first = _scratchCount;
        do
        {
            Push(ParseInputValueDefinition());
        }
        while (!ExpectOptional(close));

        return Collect<InputValueDefinitionNode>(first);
    }

    // InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        return new InputValueDefinitionNode
        {
            Description = description,
            Name = name,
            Type = type,
            DefaultValue = defaultValue,
            Directives = ParseDirectives(isConst: true),
            Location = At(start),
        };
    }

    // DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations
    // DirectiveLocations : DirectiveLocations | DirectiveLocation | |? DirectiveLocation
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.ParenLeft, TokenKind.ParenRight);
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        ExpectOptional(TokenKind.Pipe);
        var first = _scratchCount;
        do
        {
            Push(ParseDirectiveLocation());
        }
        while (ExpectOptional(TokenKind.Pipe));

        return new DirectiveDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Repeatable = repeatable,
            Locations = Collect<NameNode>(first),
            Location = At(start),
        };
    }

    // DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation (one of the 19 names)
    private NameNode ParseDirectiveLocation()
    {
        var start = _token;
        var name = ParseName();
        if (!DirectiveLocationNames.TryParse(name.Value, out _))
        {
            ThrowUnexpected(start);
        }

        return name;
    }
}
