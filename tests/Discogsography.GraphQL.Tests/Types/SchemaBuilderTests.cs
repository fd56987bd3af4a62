using Discogsography.GraphQL.Introspection;
using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    [Fact]
    public void Build_TypeExtensions_AreMergedIntoTheirTypes()
    {
        const string sdl = """
            directive @tag(name: String) repeatable on OBJECT | ENUM
            interface Node { id: ID! }
            type Item { id: ID! }
            extend type Item implements Node @tag(name: "x") { name: String }
            enum Color { RED }
            extend enum Color @tag { GREEN }
            input Filter { a: Int }
            extend input Filter { b: Int }
            union Result = Item
            type Other { a: Int }
            extend union Result = Other
            type Query { item: Item result: Result f(filter: Filter): Color }
            """;

        Schema schema = SchemaBuilder.FromSdl(sdl).Build();

        var item = (ObjectType)schema.GetType("Item")!;
        Assert.Equal(["id", "name"], item.Fields.Keys);
        Assert.Equal(["Node"], item.Interfaces.Select(i => i.Name));
        Assert.Equal("x", Assert.Single(item.GetDirectives("tag")).GetArgument("name"));
        Assert.Equal(["RED", "GREEN"], ((EnumType)schema.GetType("Color")!).Values.Keys);
        Assert.Equal(["a", "b"], ((InputObjectType)schema.GetType("Filter")!).Fields.Keys);
        Assert.Equal(["Item", "Other"], ((UnionType)schema.GetType("Result")!).Types.Select(t => t.Name));
        Assert.Equal(2, item.SourceLocations.Count);
    }

    [Fact]
    public void Build_WithoutSchemaDefinition_UsesTheDefaultRootNames()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }").Build();

        Assert.Equal("Query", schema.QueryType.Name);
        Assert.Equal("Mutation", schema.MutationType?.Name);
        Assert.Equal("Subscription", schema.SubscriptionType?.Name);
        Assert.Same(schema.MutationType, schema.GetRootType("mutation"));
    }

    [Fact]
    public void Build_SchemaDefinition_NamesTheRootsAndDescription()
    {
        Schema schema = SchemaBuilder.FromSdl("\"The API.\" schema { query: Root } type Root { a: Int } type Mutation { b: Int }").Build();

        Assert.Equal("Root", schema.QueryType.Name);
        Assert.Null(schema.MutationType);
        Assert.Equal("The API.", schema.Description);
    }

    [Fact]
    public void Build_CustomScalars_GetTheirCoercions()
    {
        Schema schema = SchemaBuilder.FromSdl("scalar DateTime scalar Long scalar Json type Query { a: DateTime b: Long c: Json }")
            .AddScalarCoercion("Json", BuiltInScalars.LongCoercion)
            .Build();

        Assert.Same(BuiltInScalars.DateTimeCoercion, ((ScalarType)schema.GetType("DateTime")!).Coercion);
        Assert.Same(BuiltInScalars.LongCoercion, ((ScalarType)schema.GetType("Long")!).Coercion);
        Assert.Same(BuiltInScalars.LongCoercion, ((ScalarType)schema.GetType("Json")!).Coercion);
        Assert.Same(BuiltInScalars.String, schema.GetType("String"));
    }

    [Fact]
    public void Build_UnknownCustomScalar_PassesValuesThrough()
    {
        Schema schema = SchemaBuilder.FromSdl("scalar Anything type Query { a: Anything }").Build();

        Assert.Same(BuiltInScalars.PassThroughCoercion, ((ScalarType)schema.GetType("Anything")!).Coercion);
    }

    [Fact]
    public void Build_Deprecations_ReadTheReasonOrTheDefault()
    {
        const string sdl = """
            enum E { A @deprecated B }
            input I { a: Int @deprecated(reason: "Use b.") b: Int }
            type Query { f(x: Int @deprecated): Int @deprecated(reason: "Gone.") e: E i(i: I): Int }
            """;

        Schema schema = SchemaBuilder.FromSdl(sdl).Build();

        OutputField field = schema.QueryType.Fields["f"];
        Assert.Equal("Gone.", field.DeprecationReason);
        Assert.Equal(BuiltInDirectives.DefaultDeprecationReason, field.Arguments["x"].DeprecationReason);
        Assert.True(((EnumType)schema.GetType("E")!).Values["A"].IsDeprecated);
        Assert.False(((EnumType)schema.GetType("E")!).Values["B"].IsDeprecated);
        Assert.Equal("Use b.", ((InputObjectType)schema.GetType("I")!).Fields["a"].DeprecationReason);
    }

    [Fact]
    public void Build_DefaultValues_AreCoercedWithNestedDefaults()
    {
        const string sdl = """
            input Point { x: Float = 1 y: Float }
            enum Order { ASC DESC }
            type Query { f(p: Point = {y: 2}, list: [Int] = 3, order: Order = DESC, none: Int = null, plain: Int): Int }
            """;

        Schema schema = SchemaBuilder.FromSdl(sdl).Build();

        IReadOnlyDictionary<string, Argument> arguments = schema.QueryType.Fields["f"].Arguments;
        Assert.Equal(new Dictionary<string, object?> { ["x"] = 1d, ["y"] = 2d }, arguments["p"].DefaultValue);
        Assert.Equal(new List<object?> { 3 }, arguments["list"].DefaultValue);
        Assert.Equal("DESC", arguments["order"].DefaultValue);
        Assert.True(arguments["none"].HasDefaultValue);
        Assert.Null(arguments["none"].DefaultValue);
        Assert.False(arguments["plain"].HasDefaultValue);
    }

    [Fact]
    public void Build_AppliedDirectives_KeepCoercedArgumentsWithDefaults()
    {
        const string sdl = """
            enum Policy { READ WRITE }
            directive @authorize(policy: String, roles: [String!], apply: Policy! = READ) repeatable on OBJECT | FIELD_DEFINITION
            type Query @authorize(roles: "admin") { a: Int @authorize(policy: "p", apply: WRITE) @authorize(roles: ["x", "y"]) }
            """;

        Schema schema = SchemaBuilder.FromSdl(sdl).Build();

        AppliedDirective onType = Assert.Single(schema.QueryType.Directives);
        Assert.Equal(new List<object?> { "admin" }, onType.GetArgument("roles"));
        Assert.Equal("READ", onType.GetArgument("apply"));
        Assert.False(onType.Arguments.ContainsKey("policy"));
        Assert.Equal(["p", null], schema.QueryType.Fields["a"].GetDirectives("authorize").Select(d => d.GetArgument("policy")));
        Assert.Equal(new SchemaLocation(3, 12), onType.Location);
    }

    [Fact]
    public void Build_Types_AreInGraphQLJsTypeMapOrder()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { b: B s: String } type B { i: Int flag: Boolean } enum Unused { A }").Build();

        Assert.Equal(
            ["Query", "String", "B", "Int", "Boolean", "Unused", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"],
            schema.Types.Select(t => t.Name));
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
    }

    [Fact]
    public void Build_PossibleTypesAndSubTypes_FollowImplementationsAndMembers()
    {
        const string sdl = """
            interface Node { id: ID! }
            interface Entity implements Node { id: ID! }
            type A implements Entity & Node { id: ID! }
            type B implements Node { id: ID! }
            union AB = A | B
            type Query { n: Node ab: AB }
            """;

        Schema schema = SchemaBuilder.FromSdl(sdl).Build();

        NamedType node = schema.GetType("Node")!;
        Assert.Equal(["A", "B"], schema.GetPossibleTypes(node).Select(t => t.Name));
        Assert.Equal(["Entity", "A", "B"], schema.GetImplementations((InterfaceType)node).Select(t => t.Name));
        Assert.True(schema.IsSubType(node, schema.GetType("Entity")!));
        Assert.True(schema.IsSubType(schema.GetType("AB")!, schema.GetType("B")!));
        Assert.False(schema.IsSubType(schema.GetType("AB")!, schema.GetType("Entity")!));
        Assert.Equal(["A"], schema.GetPossibleTypes(schema.GetType("A")!).Select(t => t.Name));
    }

    [Fact]
    public void Build_SeveralDocuments_AreOneSchema()
    {
        Schema schema = new SchemaBuilder()
            .AddSdl("type Query { a: A }")
            .AddDocument(Parser.Parse("type A { b: Int } extend type Query { c: Int }"))
            .Build();

        Assert.Equal(["a", "c"], schema.QueryType.Fields.Keys);
    }

    [Fact]
    public void Build_IntrospectionTypes_ArePartOfEverySchema()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { a: Int }").Build();

        Assert.Same(IntrospectionTypes.Schema, schema.GetType("__Schema"));
        Assert.True(schema.GetType("__Type")!.IsIntrospectionType);
        Assert.Equal(
            ["kind", "name", "description", "specifiedByURL", "fields", "interfaces", "possibleTypes", "enumValues", "inputFields", "ofType", "isOneOf"],
            ((ObjectType)schema.GetType("__Type")!).Fields.Keys);
    }

    [Fact]
    public void FromSdl_SchemaBeyondTheRequestTokenLimit_Builds()
    {
        string types = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"type T{i} {{ a: Int b: String c: [T{i}!]! }}\n"));

        string sdl = types + "type Query { t: T0 }";

        Schema schema = SchemaBuilder.FromSdl(sdl).Build();

        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(sdl));
        Assert.NotNull(schema.GetType("T1999"));
    }
}
