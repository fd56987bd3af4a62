using System.Text;
using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Fact]
    public void Parse_ShorthandQuery_GivesAnonymousQuery()
    {
        var document = Parser.Parse("{ hello }");

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Null(operation.Description);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Equal("hello", Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections)).Name.Value);
    }

    [Theory]
    [InlineData("query Q { a }", OperationType.Query)]
    [InlineData("mutation M { a }", OperationType.Mutation)]
    [InlineData("subscription S { a }", OperationType.Subscription)]
    public void Parse_OperationType_IsRead(string source, OperationType expected)
    {
        var operation = (OperationDefinitionNode)Parser.Parse(source).Definitions[0];

        Assert.Equal(expected, operation.Operation);
        Assert.NotNull(operation.Name);
    }

    [Fact]
    public void Parse_OperationWithEveryPart_KeepsThemAll()
    {
        var operation = (OperationDefinitionNode)Parser.Parse(
            "\"Finds\" query Q(\"the id\" $id: ID! = \"x\" @v, $n: [Int!]) @live { a }").Definitions[0];

        Assert.Equal("Finds", operation.Description?.Value);
        Assert.Equal("Q", operation.Name?.Value);
        Assert.Equal(2, operation.VariableDefinitions.Count);
        var id = operation.VariableDefinitions[0];
        Assert.Equal("the id", id.Description?.Value);
        Assert.Equal("id", id.Variable.Name.Value);
        Assert.Equal("ID", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(id.Type).Type).Name.Value);
        Assert.Equal("x", Assert.IsType<StringValueNode>(id.DefaultValue).Value);
        Assert.Equal("v", Assert.Single(id.Directives).Name.Value);
        Assert.IsType<ListTypeNode>(operation.VariableDefinitions[1].Type);
        Assert.Equal("live", Assert.Single(operation.Directives).Name.Value);
    }

    [Fact]
    public void Parse_Field_ReadsAliasArgumentsDirectivesAndSelections()
    {
        var field = FirstField("{ me: user(id: 4, name: $n) @include(if: true) { id } }");

        Assert.Equal("me", field.Alias?.Value);
        Assert.Equal("user", field.Name.Value);
        Assert.Equal(["id", "name"], field.Arguments.Select(a => a.Name.Value));
        Assert.Equal("n", Assert.IsType<VariableNode>(field.Arguments[1].Value).Name.Value);
        Assert.Equal("include", Assert.Single(field.Directives).Name.Value);
        Assert.NotNull(field.SelectionSet);
    }

    [Fact]
    public void Parse_Fragments_DistinguishesSpreadsInlineFragmentsAndDefinitions()
    {
        var document = Parser.Parse("{ ...F @d ... on T { a } ... @skip(if: true) { b } } \"described\" fragment F on T @x { c }");

        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal(("F", 1), (spread.Name.Value, spread.Directives.Count));
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(selections[1]).TypeCondition?.Name.Value);
        var untyped = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(untyped.TypeCondition);
        Assert.Single(untyped.Directives);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal(("described", "F", "T", 1), (fragment.Description?.Value, fragment.Name.Value, fragment.TypeCondition.Name.Value, fragment.Directives.Count));
    }

    [Fact]
    public void ParseValue_EveryValueKind_GivesItsNode()
    {
        var value = Assert.IsType<ObjectValueNode>(Parser.ParseValue(
            "{ i: -12, f: 1.5e3, s: \"x\", b: \"\"\"y\"\"\", t: true, n: null, e: RED, l: [1, [2]], v: $v, o: {} }"));

        var values = value.Fields.ToDictionary(f => f.Name.Value, f => f.Value);
        Assert.Equal("-12", Assert.IsType<IntValueNode>(values["i"]).Value);
        Assert.Equal("1.5e3", Assert.IsType<FloatValueNode>(values["f"]).Value);
        Assert.False(Assert.IsType<StringValueNode>(values["s"]).Block);
        Assert.True(Assert.IsType<StringValueNode>(values["b"]).Block);
        Assert.True(Assert.IsType<BooleanValueNode>(values["t"]).Value);
        Assert.IsType<NullValueNode>(values["n"]);
        Assert.Equal("RED", Assert.IsType<EnumValueNode>(values["e"]).Value);
        Assert.IsType<ListValueNode>(Assert.IsType<ListValueNode>(values["l"]).Values[1]);
        Assert.IsType<VariableNode>(values["v"]);
        Assert.Empty(Assert.IsType<ObjectValueNode>(values["o"]).Fields);
    }

    [Fact]
    public void ParseConstValue_Variable_IsRejected()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue("[1, $v]"));

        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.", error.Message);
        Assert.Equal(5, error.Column);
    }

    [Theory]
    [InlineData("Int", "Int")]
    [InlineData("[Int!]!", "NonNull(List(NonNull(Int)))")]
    [InlineData("[[A]]", "List(List(A))")]
    public void ParseType_TypeReference_GivesNestedTypeNodes(string source, string expected)
    {
        Assert.Equal(expected, Describe(Parser.ParseType(source)));
    }

    [Theory]
    [InlineData("Int extra")]
    [InlineData("1 2")]
    public void ParseTypeOrValue_TrailingTokens_AreRejected(string source)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() =>
        {
            Parser.ParseType(source);
        });

        Assert.StartsWith("Syntax Error: Expected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TypeSystemDefinitions_GiveTheirNodes()
    {
        var document = Parser.Parse("""
            "S" schema @a { query: Q mutation: M }
            scalar Date @specifiedBy(url: "u")
            type T implements A & B @d { f(a: Int = 1 @x): [T!] @deprecated }
            interface I implements A { f: Int }
            union U = | A | B
            enum E { "first" ONE TWO @d }
            input In { a: Int = 2 }
            directive @d(a: Int) repeatable on FIELD | OBJECT
            """);

        Assert.Equal(
            [SyntaxKind.SchemaDefinition, SyntaxKind.ScalarTypeDefinition, SyntaxKind.ObjectTypeDefinition, SyntaxKind.InterfaceTypeDefinition,
             SyntaxKind.UnionTypeDefinition, SyntaxKind.EnumTypeDefinition, SyntaxKind.InputObjectTypeDefinition, SyntaxKind.DirectiveDefinition],
            document.Definitions.Select(d => d.Kind));
        var schema = (SchemaDefinitionNode)document.Definitions[0];
        Assert.Equal(("S", OperationType.Mutation, "M"), (schema.Description?.Value, schema.OperationTypes[1].Operation, schema.OperationTypes[1].Type.Name.Value));
        var type = (ObjectTypeDefinitionNode)document.Definitions[2];
        Assert.Equal(["A", "B"], type.Interfaces.Select(i => i.Name.Value));
        var argument = Assert.Single(Assert.Single(type.Fields).Arguments);
        Assert.Equal(("a", "1", "x"), (argument.Name.Value, ((IntValueNode)argument.DefaultValue!).Value, argument.Directives[0].Name.Value));
        Assert.Equal(["A", "B"], ((UnionTypeDefinitionNode)document.Definitions[4]).Types.Select(t => t.Name.Value));
        var values = ((EnumTypeDefinitionNode)document.Definitions[5]).Values;
        Assert.Equal(("first", "TWO"), (values[0].Description?.Value, values[1].Name.Value));
        var directive = (DirectiveDefinitionNode)document.Definitions[7];
        Assert.True(directive.Repeatable);
        Assert.Equal([DirectiveLocation.Field, DirectiveLocation.Object], directive.GetDirectiveLocations());
    }

    [Fact]
    public void Parse_Extensions_GiveTheirNodes()
    {
        var document = Parser.Parse("""
            extend schema @a { subscription: S }
            extend scalar Date @d
            extend type T implements N { g: Int }
            extend interface I @d
            extend union U = C
            extend enum E { THREE }
            extend input In { b: Int }
            """);

        Assert.Equal(
            [SyntaxKind.SchemaExtension, SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension, SyntaxKind.InterfaceTypeExtension,
             SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension, SyntaxKind.InputObjectTypeExtension],
            document.Definitions.Select(d => d.Kind));
        Assert.Equal("N", ((ObjectTypeExtensionNode)document.Definitions[2]).Interfaces[0].Name.Value);
        Assert.Equal("THREE", ((EnumTypeExtensionNode)document.Definitions[5]).Values[0].Name.Value);
    }

    [Fact]
    public void Parse_Locations_SpanTheNodeFromItsFirstToItsLastToken()
    {
        const string source = "query Q {\r\n  user(id: 1) {\n    name\n  }\n}";

        var operation = (OperationDefinitionNode)Parser.Parse(source).Definitions[0];
        var user = (FieldNode)operation.SelectionSet.Selections[0];
        var name = (FieldNode)user.SelectionSet!.Selections[0];

        Assert.Equal(new Location(0, source.Length, 1, 1), operation.Location);
        Assert.Equal("user(id: 1) {\n    name\n  }", source[user.Location!.Value.Start..user.Location.Value.End]);
        Assert.Equal((2, 3), (user.Location.Value.Line, user.Location.Value.Column));
        Assert.Equal((3, 5), (name.Location!.Value.Line, name.Location.Value.Column));
    }

    [Fact]
    public void Parse_Utf8Bytes_GivesTheSameTreeAsText()
    {
        const string source = "\uFEFF{ f(s: \"h\u00e9llo \U0001F600\") }";

        var fromBytes = Parser.Parse(Encoding.UTF8.GetBytes(source));

        SyntaxTreeAssert.Equal(Parser.Parse(source), fromBytes);
    }

    [Fact]
    public void Parse_MalformedUtf8_IsASyntaxError()
    {
        byte[] bytes = [(byte)'{', (byte)' ', (byte)'a', 0xC3, 0x28, (byte)' ', (byte)'}'];

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(bytes));

        Assert.Equal("Syntax Error: Invalid UTF-8 byte sequence.", error.Message);
        Assert.Equal((1, 4), (error.Line, error.Column));
    }

    [Fact]
    public void Parse_DepthAtTheLimit_IsAccepted()
    {
        var document = Parser.Parse(Nested(127), new ParserOptions { MaxDepth = 128 });

        Assert.Single(document.Definitions);
    }

    [Fact]
    public void Parse_DepthOverTheLimit_IsASyntaxError()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(Nested(128)));

        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 128. Parsing aborted.", error.Message);
    }

    [Theory]
    [InlineData("{ f(a: [[[[1]]]]) }")]
    [InlineData("query Q($a: [[[[[Int]]]]]) { a }")]
    [InlineData("{ f(a: {b: {c: {d: {}}}}) }")]
    public void Parse_ValuesAndTypes_CountTowardsDepth(string source)
    {
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, new ParserOptions { MaxDepth = 4 }));
        Assert.NotNull(Parser.Parse(source, new ParserOptions { MaxDepth = 6 }));
    }

    [Fact]
    public void Parse_UnlimitedDepth_StillEndsInASyntaxErrorInsteadOfStackOverflow()
    {
        var options = new ParserOptions { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue, MaxDocumentBytes = int.MaxValue };
        var source = "{ f(a: " + new string('[', 1_000_000) + " }";

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, options));

        Assert.Contains("nesting depth", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TooManyTokens_IsASyntaxError()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b c d e }", new ParserOptions { MaxTokens = 5 }));

        Assert.Equal("Syntax Error: Document contains more than 5 tokens. Parsing aborted.", error.Message);
        Assert.Equal(11, error.Column);
    }

    [Fact]
    public void Parse_SchemaOptions_AcceptALargeSdlTheRequestDefaultsRefuse()
    {
        var sdl = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"type T{i} {{ a: Int b(x: [Int!] = [1]): T{i} }}\n"));

        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(sdl));
        Assert.Equal(2_000, Parser.Parse(sdl, ParserOptions.Schema).Definitions.Count);
    }

    [Fact]
    public void Parse_CommentsDoNotCountAsTokens()
    {
        var document = Parser.Parse("# one\n# two\n{ a }", new ParserOptions { MaxTokens = 3 });

        Assert.Single(document.Definitions);
    }

    [Fact]
    public void Parse_DocumentOverTheSizeLimit_IsASyntaxError()
    {
        var options = new ParserOptions { MaxDocumentBytes = 10 };

        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ abcdefghij }", options));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ \u00e9\u00e9\u00e9\u00e9 }"u8.ToArray(), options));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ \u00e9\u00e9\u00e9\u00e9 }", options));
        Assert.NotNull(Parser.Parse("{ abcdef }", options));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void ParserOptions_NonPositiveLimit_IsRejected(int limit)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParserOptions { MaxDepth = limit });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParserOptions { MaxTokens = limit });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParserOptions { MaxDocumentBytes = limit });
    }

    [Fact]
    public void Parse_RepeatedNames_ShareOneString()
    {
        var document = Parser.Parse("{ a { id } b { id } }");

        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        var first = ((FieldNode)((FieldNode)selections[0]).SelectionSet!.Selections[0]).Name.Value;
        var second = ((FieldNode)((FieldNode)selections[1]).SelectionSet!.Selections[0]).Name.Value;
        Assert.Same(first, second);
    }

    private static FieldNode FirstField(string source) =>
        (FieldNode)((OperationDefinitionNode)Parser.Parse(source).Definitions[0]).SelectionSet.Selections[0];

    private static string Nested(int depth) => string.Concat(Enumerable.Repeat("{ a ", depth)) + "{ b" + new string('}', depth + 1);

    private static string Describe(TypeNode type) => type switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => $"List({Describe(list.Type)})",
        NonNullTypeNode nonNull => $"NonNull({Describe(nonNull.Type)})",
        _ => "?",
    };
}
