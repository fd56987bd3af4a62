using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Language;

/// <summary>Spec §2.3 Operations, §2.4 Selection Sets, §2.5 Fields, §2.6 Arguments, §2.10 Variables.</summary>
public sealed partial class Parser
{
    // OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _token;
        if (Peek(TokenKind.BraceLeft))
        {
            return new OperationDefinitionNode
            {
                Operation = OperationType.Query,
                SelectionSet = ParseSelectionSet(),
                Location = At(start),
            };
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        return new OperationDefinitionNode
        {
            Description = description,
            Operation = operation,
            Name = name,
            VariableDefinitions = ParseVariableDefinitions(),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Location = At(start),
        };
    }

    // OperationType : one of query mutation subscription
    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        switch (_lexer.Source.Slice(token.Start, token.End - token.Start))
        {
            case "query":
                return OperationType.Query;
            case "mutation":
                return OperationType.Mutation;
            case "subscription":
                return OperationType.Subscription;
            default:
                ThrowUnexpected(token);
                return default;
        }
    }

    // VariablesDefinition : ( VariableDefinition+ )
    private VariableDefinitionNode[] ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenLeft))
        {
            return [];
        }

        var first = _scratchCount;
        do
        {
            Push(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.ParenRight));

        return Collect<VariableDefinitionNode>(first);
    }

    // VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?
    // DefaultValue : = Value[Const]
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        return new VariableDefinitionNode
        {
            Description = description,
            Variable = variable,
            Type = type,
            DefaultValue = defaultValue,
            Directives = ParseDirectives(isConst: true),
            Location = At(start),
        };
    }

    // Variable : $ Name
    private VariableNode ParseVariable()
    {
        var start = Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode { Name = name, Location = At(start) };
    }

    // SelectionSet : { Selection+ }
    private SelectionSetNode ParseSelectionSet()
    {
        var start = _token;
        Expect(TokenKind.BraceLeft);
        Enter();
        var first = _scratchCount;
        do
        {
            Push(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!ExpectOptional(TokenKind.BraceRight));

        Leave();
        return new SelectionSetNode { Selections = Collect<SelectionNode>(first), Location = At(start) };
    }

    // Field : Alias? Name Arguments? Directives? SelectionSet?
    // Alias : Name :
    private FieldNode ParseField()
    {
        var start = _token;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        return new FieldNode
        {
            Alias = alias,
            Name = name,
            Arguments = ParseArguments(isConst: false),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = Peek(TokenKind.BraceLeft) ? ParseSelectionSet() : null,
            Location = At(start),
        };
    }

    // Arguments[Const] : ( Argument[?Const]+ )
    private ArgumentNode[] ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.ParenLeft))
        {
            return [];
        }

        var first = _scratchCount;
        do
        {
            Push(ParseArgument(isConst));
        }
        while (!ExpectOptional(TokenKind.ParenRight));

        return Collect<ArgumentNode>(first);
    }

    // Argument[Const] : Name : Value[?Const]
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = _token;
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode { Name = name, Value = value, Location = At(start) };
    }
}
