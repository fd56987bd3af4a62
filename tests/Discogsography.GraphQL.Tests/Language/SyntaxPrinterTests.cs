using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Tests.Language;

public sealed class SyntaxPrinterTests
{
    public static TheoryData<string> ValidCorpus()
    {
        var files = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(RepositoryFiles.ParseCorpus("valid"), "*.graphql").Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetFileName(path));
        }

        return files;
    }

    [Theory]
    [InlineData("kitchen-sink-executable")]
    [InlineData("kitchen-sink-sdl")]
    public void Print_KitchenSink_MatchesTheApprovedGraphQLJsOutput(string name)
    {
        var source = File.ReadAllText(Path.Combine(RepositoryFiles.ParseCorpus("valid"), name + ".graphql"));
        var approved = File.ReadAllText(RepositoryFiles.Approved(name + ".printed.graphql"));

        var printed = SyntaxPrinter.Print(Parser.Parse(source));

        Assert.Equal(approved, printed);
    }

    [Theory]
    [MemberData(nameof(ValidCorpus))]
    public void Print_ThenParse_GivesTheSameTree(string file)
    {
        var original = Parser.Parse(File.ReadAllBytes(Path.Combine(RepositoryFiles.ParseCorpus("valid"), file)));

        var printed = SyntaxPrinter.Print(original);
        var reparsed = Parser.Parse(printed);

        SyntaxTreeAssert.Equal(original, reparsed);
        Assert.Equal(printed, SyntaxPrinter.Print(reparsed));
    }

    [Theory]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("query ($a: Int) { a }", "query ($a: Int) {\n  a\n}")]
    [InlineData("query @d { a }", "query @d {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("{ a { b } }", "{\n  a {\n    b\n  }\n}")]
    [InlineData("{ ...F @d ... on T { a } }", "{\n  ...F @d\n  ... on T {\n    a\n  }\n}")]
    [InlineData("fragment F on T @d { a }", "fragment F on T @d {\n  a\n}")]
    [InlineData("type T", "type T")]
    [InlineData("union U = | A | B", "union U = A | B")]
    [InlineData("directive @d(a: Int) repeatable on FIELD | QUERY", "directive @d(a: Int) repeatable on FIELD | QUERY")]
    [InlineData("extend schema @d", "extend schema @d")]
    public void Print_Document_UsesTheGraphQLJsLayout(string source, string expected)
    {
        Assert.Equal(expected, SyntaxPrinter.Print(Parser.Parse(source)));
    }

    [Fact]
    public void Print_FieldArgumentsPastEightyCharacters_AreWrappedOnePerLine()
    {
        // "abcdef" + "(" + "a: \"x...\"" + ")": 80 characters stay on the line, 81 wrap.
        var shortLine = "{ abcdef(a: \"" + new string('x', 67) + "\") }";
        var longLine = "{ abcdef(a: \"" + new string('x', 68) + "\") }";

        Assert.Contains("abcdef(a:", SyntaxPrinter.Print(Parser.Parse(shortLine)), StringComparison.Ordinal);
        Assert.Contains("abcdef(\n    a:", SyntaxPrinter.Print(Parser.Parse(longLine)), StringComparison.Ordinal);
    }

    [Fact]
    public void Print_ArgumentDefinitionWithDescription_PutsEachArgumentOnItsOwnLine()
    {
        var printed = SyntaxPrinter.Print(Parser.Parse("type T { f(\"doc\" a: Int, b: Int): Int }"));

        Assert.Equal("type T {\n  f(\n    \"doc\"\n    a: Int\n    b: Int\n  ): Int\n}", printed);
    }

    [Fact]
    public void Print_StringWithControlCharacters_EscapesThem()
    {
        var value = new StringValueNode { Value = "q\" b\\ \b\f\n\r\t \u0000\u001F\u007F\u009F \u00A0é😀" };

        Assert.Equal("\"q\\\" b\\\\ \\b\\f\\n\\r\\t \\u0000\\u001F\\u007F\\u009F \u00A0é😀\"", SyntaxPrinter.Print(value));
    }

    [Theory]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("ends with \"", "\"\"\"\nends with \"\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("ends with \"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\"")]
    public void Print_BlockString_ChoosesTheGraphQLJsForm(string value, string expected)
    {
        Assert.Equal(expected, SyntaxPrinter.Print(new StringValueNode { Value = value, Block = true }));
    }

    [Fact]
    public void Print_BlockStringInsideABlock_IsIndentedWithIt()
    {
        var printed = SyntaxPrinter.Print(Parser.Parse("type T { \"\"\"\n  multi\n  line\n  \"\"\" f: Int }"));

        Assert.Equal("type T {\n  \"\"\"\n  multi\n  line\n  \"\"\"\n  f: Int\n}", printed);
    }

    [Fact]
    public void Print_NodesBuiltInCode_PrintWithoutLocations()
    {
        var field = new FieldNode
        {
            Alias = new NameNode { Value = "me" },
            Name = new NameNode { Value = "user" },
            Arguments = [new ArgumentNode { Name = new NameNode { Value = "id" }, Value = new IntValueNode { Value = "4" } }],
        };

        Assert.Equal("me: user(id: 4)", SyntaxPrinter.Print(field));
    }

    [Fact]
    public void Print_TreeDeeperThanTheStack_FailsCleanly()
    {
        ValueNode value = new IntValueNode { Value = "1" };
        for (var i = 0; i < 1_000_000; i++)
        {
            value = new ListValueNode { Values = [value] };
        }

        var print = () => SyntaxPrinter.Print(value);

        Assert.Throws<InsufficientExecutionStackException>(print);
    }
}
