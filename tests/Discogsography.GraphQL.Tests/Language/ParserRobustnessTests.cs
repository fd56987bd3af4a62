using System.Text;
using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Tests.Language;

/// <summary>
/// Random and mutated inputs (fixed seeds, fixed counts): the parser gives a document or a syntax error,
/// never another exception, and whatever it accepts survives a print/parse round trip.
/// </summary>
public sealed class ParserRobustnessTests
{
    private static readonly string[] _fragments =
    [
        "{", "}", "(", ")", "[", "]", ":", "=", "@", "$", "!", "|", "&", "...", "..", ".", ",", " ", "\n", "\r\n", "\t", "#c\n",
        "query", "mutation", "subscription", "fragment", "on", "type", "schema", "extend", "directive", "repeatable", "implements",
        "input", "enum", "union", "scalar", "interface", "true", "null", "a", "_b1", "0", "-1", "1.5", "1e", "0x", "00",
        "\"s\"", "\"\\u{1F600}\"", "\"\\uD83D\\uDE00\"", "\"\\uD83D\"", "\"\"\"b\"\"\"", "\"\"\"", "\"", "\\", "'", "é", "😀", "\uFEFF",
        "\uD800", "FIELD", "QUERY",
    ];

    [Fact]
    public void Parse_RandomTokenSoup_GivesADocumentOrASyntaxError()
    {
        var random = new Random(20250906);
        for (var i = 0; i < 4000; i++)
        {
            var text = new StringBuilder();
            var length = random.Next(1, 40);
            for (var j = 0; j < length; j++)
            {
                text.Append(_fragments[random.Next(_fragments.Length)]);
            }

            AssertParsesOrFailsCleanly(text.ToString());
        }
    }

    [Fact]
    public void Parse_MutatedCorpusDocuments_GiveADocumentOrASyntaxError()
    {
        var random = new Random(1509);
        var sources = Directory.GetFiles(RepositoryFiles.ParseCorpus("valid"), "*.graphql")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        for (var i = 0; i < 4000; i++)
        {
            var text = new StringBuilder(sources[random.Next(sources.Length)]);
            var mutations = random.Next(1, 4);
            for (var m = 0; m < mutations && text.Length > 0; m++)
            {
                var at = random.Next(text.Length);
                switch (random.Next(4))
                {
                    case 0:
                        text.Remove(at, 1);
                        break;
                    case 1:
                        text.Insert(at, _fragments[random.Next(_fragments.Length)]);
                        break;
                    case 2:
                        text[at] = (char)random.Next(0, 0x80);
                        break;
                    default:
                        text.Length = at;
                        break;
                }
            }

            AssertParsesOrFailsCleanly(text.ToString());
        }
    }

    [Fact]
    public void Parse_RandomBytes_GiveADocumentOrASyntaxError()
    {
        var random = new Random(42);
        var bytes = new byte[64];
        for (var i = 0; i < 2000; i++)
        {
            var length = random.Next(bytes.Length);
            random.NextBytes(bytes.AsSpan(0, length));
            try
            {
                Parser.Parse(bytes.AsSpan(0, length));
            }
            catch (GraphQLSyntaxException)
            {
            }
        }
    }

    private static void AssertParsesOrFailsCleanly(string source)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(source);
        }
        catch (GraphQLSyntaxException error)
        {
            Assert.True(error.Line >= 1 && error.Column >= 1, source);
            return;
        }

        var printed = SyntaxPrinter.Print(document);
        var reparsed = Parser.Parse(printed);
        Assert.Null(SyntaxTreeAssert.FindDifference(document, reparsed, source));
    }
}
