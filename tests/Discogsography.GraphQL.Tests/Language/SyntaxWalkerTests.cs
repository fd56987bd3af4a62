using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Tests.Language;

public sealed class SyntaxWalkerTests
{
    [Fact]
    public void Walk_VisitsEveryNodeInSourceOrder_EnteringBeforeAndLeavingAfterChildren()
    {
        var events = new List<string>();
        var visitor = new SyntaxVisitor()
            .Enter<SyntaxNode>((node, _) => events.Add("+" + Label(node)))
            .Leave<SyntaxNode>((node, _) => events.Add("-" + Label(node)));

        SyntaxWalker.Walk(Parser.Parse("{ a(x: 1) { b } }"), visitor);

        Assert.Equal(
        [
            "+Document", "+OperationDefinition", "+SelectionSet", "+Field", "+Name:a", "-Name:a", "+Argument", "+Name:x", "-Name:x",
            "+IntValue", "-IntValue", "-Argument", "+SelectionSet", "+Field", "+Name:b", "-Name:b", "-Field", "-SelectionSet",
            "-Field", "-SelectionSet", "-OperationDefinition", "-Document",
        ], events);
    }

    [Fact]
    public void Walk_SkipChildren_SkipsTheSubtreeAndItsLeave()
    {
        var fields = new List<string>();
        var left = new List<string>();
        var visitor = new SyntaxVisitor()
            .Enter<FieldNode>((field, _) =>
            {
                fields.Add(field.Name.Value);
                return field.Name.Value == "skipped" ? VisitAction.SkipChildren : VisitAction.Continue;
            })
            .Leave<FieldNode>((field, _) => left.Add(field.Name.Value));

        SyntaxWalker.Walk(Parser.Parse("{ skipped { inner } kept { inner2 } }"), visitor);

        Assert.Equal(["skipped", "kept", "inner2"], fields);
        Assert.Equal(["inner2", "kept"], left);
    }

    [Fact]
    public void Walk_Stop_EndsOnlyThatVisitor()
    {
        var stopped = new List<string>();
        var running = new List<string>();
        var stopping = new SyntaxVisitor().Enter<FieldNode>((field, _) =>
        {
            stopped.Add(field.Name.Value);
            return VisitAction.Stop;
        });
        var counting = new SyntaxVisitor().Enter<FieldNode>((field, _) => running.Add(field.Name.Value));

        SyntaxWalker.Walk(Parser.Parse("{ a { b } c }"), [stopping, counting]);

        Assert.Equal(["a"], stopped);
        Assert.Equal(["a", "b", "c"], running);
    }

    [Fact]
    public void Walk_AbstractNodeType_RunsForEveryKindUnderIt()
    {
        var kinds = new List<SyntaxKind>();
        var visitor = new SyntaxVisitor().Enter<ValueNode>((value, _) => kinds.Add(value.Kind));

        SyntaxWalker.Walk(Parser.ParseValue("[1, 2.0, \"s\", true, null, E, $v, {a: []}]"), visitor);

        Assert.Equal(
        [
            SyntaxKind.ListValue, SyntaxKind.IntValue, SyntaxKind.FloatValue, SyntaxKind.StringValue, SyntaxKind.BooleanValue,
            SyntaxKind.NullValue, SyntaxKind.EnumValue, SyntaxKind.Variable, SyntaxKind.ObjectValue, SyntaxKind.ListValue,
        ], kinds);
    }

    [Fact]
    public void Walk_Context_GivesParentAndAncestors()
    {
        var seen = new List<string>();
        var visitor = new SyntaxVisitor().Enter<FieldNode>((field, context) =>
            seen.Add($"{field.Name.Value}:{context.Parent?.Kind}:{context.Ancestors.Count(a => a is FieldNode)}"));

        SyntaxWalker.Walk(Parser.Parse("{ a { b { c } } }"), visitor);

        Assert.Equal(["a:SelectionSet:0", "b:SelectionSet:1", "c:SelectionSet:2"], seen);
    }

    [Fact]
    public void Walk_TreeDeeperThanTheCallStack_IsWalked()
    {
        ValueNode value = new IntValueNode { Value = "1" };
        for (var i = 0; i < 200_000; i++)
        {
            value = new ListValueNode { Values = [value] };
        }

        var lists = 0;
        SyntaxWalker.Walk(value, new SyntaxVisitor().Leave<ListValueNode>((_, _) => lists++));

        Assert.Equal(200_000, lists);
    }

    [Fact]
    public void Walk_SeveralCallbacksForOneKind_StrongestActionWins()
    {
        var names = new List<string>();
        var visitor = new SyntaxVisitor()
            .Enter<FieldNode>((_, _) => VisitAction.Continue)
            .Enter<FieldNode>((_, _) => VisitAction.SkipChildren)
            .Enter<NameNode>((name, _) => names.Add(name.Value));

        SyntaxWalker.Walk(Parser.Parse("query Q { a { b } }"), visitor);

        Assert.Equal(["Q"], names);
    }

    private static string Label(SyntaxNode node) => node is NameNode name ? $"Name:{name.Value}" : node.Kind.ToString();
}
