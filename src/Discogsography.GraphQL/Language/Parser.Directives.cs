using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Language;

/// <summary>Spec §2.12 Directives.</summary>
public sealed partial class Parser
{
    // Directives[Const] : Directive[?Const]+
    private DirectiveNode[] ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var first = _scratchCount;
        while (Peek(TokenKind.At))
        {
            Push(ParseDirective(isConst));
        }

        return Collect<DirectiveNode>(first);
    }

    // Directive[Const] : @ Name Arguments[?Const]?
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = Expect(TokenKind.At);
        var name = ParseName();
        return new DirectiveNode { Name = name, Arguments = ParseArguments(isConst), Location = At(start) };
    }
}
