using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Language;

/// <summary>Spec §2.9 Input Values.</summary>
public sealed partial class Parser
{
    // Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue
    //              | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _token;
        switch (token.Kind)
        {
            case TokenKind.BracketLeft:
                return ParseList(isConst);
            case TokenKind.BraceLeft:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode { Value = Text(token), Location = At(token) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode { Value = Text(token), Location = At(token) };
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return ParseNameValue(token);
            case TokenKind.Dollar when !isConst:
                return ParseVariable();
            case TokenKind.Dollar:
                Advance();
                if (Peek(TokenKind.Name))
                {
                    ThrowAt(token.Start, $"Unexpected variable \"${Text(_token)}\" in constant value.");
                }

                ThrowUnexpected(token);
                return null;
            default:
                ThrowUnexpected();
                return null;
        }
    }

    // BooleanValue : one of true false
    // NullValue : null
    // EnumValue : Name but not true, false or null
    private ValueNode ParseNameValue(in Token token)
    {
        var text = _lexer.Source.Slice(token.Start, token.End - token.Start);
        return text switch
        {
            "true" => new BooleanValueNode { Value = true, Location = At(token) },
            "false" => new BooleanValueNode { Value = false, Location = At(token) },
            "null" => new NullValueNode { Location = At(token) },
            _ => new EnumValueNode { Value = _names.Get(text), Location = At(token) },
        };
    }

    // StringValue : " StringCharacter* " | """ BlockStringCharacter* """
    private StringValueNode ParseStringLiteral()
    {
        var token = _token;
        var value = _lexer.StringValue ?? string.Empty;
        Advance();
        return new StringValueNode
        {
            Value = value,
            Block = token.Kind == TokenKind.BlockString,
            Location = At(token),
        };
    }

    // ListValue[Const] : [ ] | [ Value[?Const]+ ]
    private ListValueNode ParseList(bool isConst)
    {
        var start = Expect(TokenKind.BracketLeft);
        Enter();
        var first = _scratchCount;
        while (!ExpectOptional(TokenKind.BracketRight))
        {
            Push(ParseValueLiteral(isConst));
        }

        Leave();
        return new ListValueNode { Values = Collect<ValueNode>(first), Location = At(start) };
    }

    // ObjectValue[Const] : { } | { ObjectField[?Const]+ }
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Expect(TokenKind.BraceLeft);
        Enter();
        var first = _scratchCount;
        while (!ExpectOptional(TokenKind.BraceRight))
        {
            Push(ParseObjectField(isConst));
        }

        Leave();
        return new ObjectValueNode { Fields = Collect<ObjectFieldNode>(first), Location = At(start) };
    }

    // ObjectField[Const] : Name : Value[?Const]
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = _token;
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode { Name = name, Value = value, Location = At(start) };
    }

    private string Text(in Token token) => _lexer.Source.Slice(token.Start, token.End - token.Start).ToString();
}
