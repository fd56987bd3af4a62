using Discogsography.GraphQL.Language;

namespace Discogsography.GraphQL.Tests.Language;

/// <summary>Invalid documents: the message, line and column graphql-js 16 gives for each (recorded from it).</summary>
public sealed class ParserErrorTests
{
    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a", "Syntax Error: Expected Name, found <EOF>.", 1, 4)]
    [InlineData("{ }", "Syntax Error: Expected Name, found \"}\".", 1, 3)]
    [InlineData("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("query Q", "Syntax Error: Expected \"{\", found <EOF>.", 1, 8)]
    [InlineData("query Q(", "Syntax Error: Expected \"$\", found <EOF>.", 1, 9)]
    [InlineData("query Q($a) { a }", "Syntax Error: Expected \":\", found \")\".", 1, 11)]
    [InlineData("query Q($a: ) { a }", "Syntax Error: Expected Name, found \")\".", 1, 13)]
    [InlineData("{ f(a: ) }", "Syntax Error: Unexpected \")\".", 1, 8)]
    [InlineData("{ f(a 1) }", "Syntax Error: Expected \":\", found Int \"1\".", 1, 7)]
    [InlineData("{ f() }", "Syntax Error: Expected Name, found \")\".", 1, 5)]
    [InlineData("{ a: }", "Syntax Error: Expected Name, found \"}\".", 1, 6)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("fragment F T { a }", "Syntax Error: Expected \"on\", found Name \"T\".", 1, 12)]
    [InlineData("{ ... on { a } }", "Syntax Error: Expected Name, found \"{\".", 1, 10)]
    [InlineData("{ a @ }", "Syntax Error: Expected Name, found \"}\".", 1, 7)]
    [InlineData("{ a @d() }", "Syntax Error: Expected Name, found \")\".", 1, 8)]
    [InlineData("{ f(a: [1, 2) }", "Syntax Error: Unexpected \")\".", 1, 13)]
    [InlineData("{ f(a: {b 1}) }", "Syntax Error: Expected \":\", found Int \"1\".", 1, 11)]
    [InlineData("query Q($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("query Q($a: Int = $1) { a }", "Syntax Error: Unexpected \"$\".", 1, 19)]
    [InlineData("type T { f(a: Int = $x): Int }", "Syntax Error: Unexpected variable \"$x\" in constant value.", 1, 21)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type T @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\"desc\" foo", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\"desc\"", "Syntax Error: Unexpected <EOF>.", 1, 7)]
    [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend union U", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend enum E", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend input I", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend interface I", "Syntax Error: Unexpected <EOF>.", 1, 19)]
    [InlineData("extend foo T", "Syntax Error: Unexpected Name \"foo\".", 1, 8)]
    [InlineData("schema { }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("schema { read: Q }", "Syntax Error: Unexpected Name \"read\".", 1, 10)]
    [InlineData("type T { }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("type T { a }", "Syntax Error: Expected \":\", found \"}\".", 1, 12)]
    [InlineData("type T implements { a: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 19)]
    [InlineData("union U =", "Syntax Error: Expected Name, found <EOF>.", 1, 10)]
    [InlineData("union U = A |", "Syntax Error: Expected Name, found <EOF>.", 1, 14)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { \"d\" false }", "Syntax Error: Name \"false\" is reserved and cannot be used for an enum value.", 1, 14)]
    [InlineData("directive d on FIELD", "Syntax Error: Expected \"@\", found Name \"d\".", 1, 11)]
    [InlineData("directive @d on", "Syntax Error: Expected Name, found <EOF>.", 1, 16)]
    [InlineData("directive @d on FIELD | NOWHERE", "Syntax Error: Unexpected Name \"NOWHERE\".", 1, 25)]
    [InlineData("directive @d FIELD", "Syntax Error: Expected \"on\", found Name \"FIELD\".", 1, 14)]
    [InlineData("directive @d @x on FIELD", "Syntax Error: Expected \"on\", found \"@\".", 1, 14)]
    [InlineData("query Q {\n  a\n  b(\n}", "Syntax Error: Expected Name, found \"}\".", 4, 1)]
    [InlineData("query Q {\r\n  a\r\n  ?\r\n}", "Syntax Error: Unexpected character: \"?\".", 3, 3)]
    [InlineData("query Q {\r  a\r  ?\r}", "Syntax Error: Unexpected character: \"?\".", 3, 3)]
    [InlineData("{ f(a: \"\"\"\nline\nline\n\"\"\" b: ) }", "Syntax Error: Unexpected \")\".", 4, 8)]
    [InlineData("{ f(a: \"😀😀\") ? }", "Syntax Error: Unexpected character: \"?\".", 1, 16)]
    [InlineData("\uFEFF{ a ? }", "Syntax Error: Unexpected character: \"?\".", 1, 6)]
    [InlineData("Query { a }", "Syntax Error: Unexpected Name \"Query\".", 1, 1)]
    [InlineData("query \"Q\" { a }", "Syntax Error: Expected \"{\", found String \"Q\".", 1, 7)]
    [InlineData("{ a } }", "Syntax Error: Unexpected \"}\".", 1, 7)]
    [InlineData("...F", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("{ ...F(a: 1) }", "Syntax Error: Expected Name, found \"(\".", 1, 7)]
    [InlineData("{ ... on T }", "Syntax Error: Expected \"{\", found \"}\".", 1, 12)]
    [InlineData("subscription S", "Syntax Error: Expected \"{\", found <EOF>.", 1, 15)]
    [InlineData("query \"\"\"Q\"\"\" { a }", "Syntax Error: Expected \"{\", found BlockString \"Q\".", 1, 7)]
    [InlineData("{ \"desc\" a }", "Syntax Error: Expected Name, found String \"desc\".", 1, 3)]
    [InlineData("fragment \"on\" on T { a }", "Syntax Error: Unexpected String \"on\".", 1, 10)]
    [InlineData("enum E { \"true\" }", "Syntax Error: Expected Name, found \"}\".", 1, 17)]
    public void Parse_InvalidDocument_ThrowsWithGraphQLJsMessageAndPosition(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal("GRAPHQL_PARSE_FAILED", error.Code);
    }

    public static TheoryData<string> InvalidCorpus() => CorpusFiles("invalid");

    public static TheoryData<string> ValidCorpus() => CorpusFiles("valid");

    [Theory]
    [MemberData(nameof(InvalidCorpus))]
    public void Parse_InvalidCorpusFile_IsASyntaxError(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryFiles.ParseCorpus("invalid"), file));

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(bytes));

        Assert.True(error.Line >= 1 && error.Column >= 1);
    }

    [Theory]
    [MemberData(nameof(ValidCorpus))]
    public void Parse_ValidCorpusFile_GivesADocument(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryFiles.ParseCorpus("valid"), file));

        var document = Parser.Parse(bytes);

        Assert.NotEmpty(document.Definitions);
    }

    private static TheoryData<string> CorpusFiles(string expectation)
    {
        var files = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(RepositoryFiles.ParseCorpus(expectation), "*.graphql").Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetFileName(path));
        }

        return files;
    }
}
