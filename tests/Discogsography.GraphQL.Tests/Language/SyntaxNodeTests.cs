using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Tests.Language;

public sealed class SyntaxNodeTests
{
    public static TheoryData<SyntaxKind> Kinds() => new(Enum.GetValues<SyntaxKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Kind_EachKind_HasASealedNodeTypeReportingIt(SyntaxKind kind)
    {
        var type = SyntaxVisitor.NodeTypeOf(kind);

        var node = (SyntaxNode)RuntimeHelpers.GetUninitializedObject(type);

        Assert.True(type.IsSealed);
        Assert.Equal(kind, node.Kind);
    }

    [Theory]
    [InlineData("kitchen-sink-executable")]
    [InlineData("kitchen-sink-sdl")]
    public void GetChildren_EveryNode_ListsEveryChildNodeProperty(string name)
    {
        var document = Parser.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.ParseCorpus("valid"), name + ".graphql")));
        var nodes = 0;

        SyntaxWalker.Walk(document, new SyntaxVisitor().Enter<SyntaxNode>((node, _) =>
        {
            nodes++;
            var expected = ChildrenByReflection(node).ToList();
            var actual = node.GetChildren().ToList();
            Assert.Equal(expected.Count, actual.Count);
            Assert.All(expected, child => Assert.Contains(child, actual));
            var added = new List<SyntaxNode>();
            node.AddChildren(added);
            Assert.Equal(actual, added);
        }));

        Assert.True(nodes > 100);
    }

    [Fact]
    public void DirectiveLocationNames_AllNineteen_RoundTrip()
    {
        var locations = Enum.GetValues<DirectiveLocation>();

        Assert.Equal(19, locations.Length);
        foreach (var location in locations)
        {
            Assert.True(DirectiveLocationNames.TryParse(location.ToName(), out var parsed));
            Assert.Equal(location, parsed);
        }

        Assert.False(DirectiveLocationNames.TryParse("field", out _));
        Assert.Equal("INPUT_FIELD_DEFINITION", DirectiveLocation.InputFieldDefinition.ToName());
    }

    [Fact]
    public void Lists_OfANodeBuiltInCode_AreEmptyNotNull()
    {
        var field = new FieldNode { Name = new NameNode { Value = "a" } };

        Assert.Empty(field.Arguments);
        Assert.Empty(field.Directives);
        Assert.Equal([field.Name], field.GetChildren());
    }

    private static IEnumerable<object> ChildrenByReflection(SyntaxNode node)
    {
        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            switch (property.GetValue(node))
            {
                case SyntaxNode child:
                    yield return child;
                    break;
                case IEnumerable list when property.PropertyType != typeof(string):
                    foreach (var item in list)
                    {
                        yield return item;
                    }

                    break;
            }
        }
    }
}
