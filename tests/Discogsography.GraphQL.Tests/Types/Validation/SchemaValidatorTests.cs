using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Tests.Types.Validation;

/// <summary>One row per type-system rule: the SDL breaks the rule and the build reports exactly its problems (one per line).</summary>
public sealed class SchemaValidatorTests
{
    public static TheoryData<string, string> InvalidSchemas => new()
    {
        // Names: unique and not reserved.
        { "type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\"." },
        { "type Query { a: Int a: String }", "Field \"Query.a\" can only be defined once." },
        { "type Query { a: Int } extend type Query { a: Int }", "Field \"Query.a\" can only be defined once." },
        { "type Query { a(x: Int, x: Int): Int }", "Argument \"Query.a(x:)\" can only be defined once." },
        { "directive @d(x: Int, x: Int) on FIELD type Query { a: Int }", "Argument \"@d(x:)\" can only be defined once." },
        { "enum E { A A } type Query { e: E }", "Enum value \"E.A\" can only be defined once." },
        { "input I { a: Int a: Int } type Query { f(i: I): Int }", "Field \"I.a\" can only be defined once." },
        { "directive @d on FIELD directive @d on FIELD type Query { a: Int }", "There can be only one directive named \"@d\"." },
        { "type __T { a: Int } type Query { t: __T }", "Name \"__T\" must not begin with \"__\", which is reserved by GraphQL introspection." },
        { "type Query { __a: Int }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection." },
        { "type Query { a(__x: Int): Int }", "Name \"__x\" must not begin with \"__\", which is reserved by GraphQL introspection." },
        { "enum E { __A } type Query { e: E }", "Name \"__A\" must not begin with \"__\", which is reserved by GraphQL introspection." },
        { "input I { __a: Int } type Query { f(i: I): Int }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection." },
        { "directive @__d on FIELD type Query { a: Int }", "Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection." },
        { "type String { a: Int } type Query { a: Int }", "Type \"String\" is a built-in scalar and cannot be redefined as another kind of type." },
        { "type __Schema { a: Int } type Query { a: Int }", "Schema must contain uniquely named types but contains multiple types named \"__Schema\"." },

        // Root operation types.
        { "type Root { a: Int }", "Query root type must be provided." },
        { "schema { mutation: M } type M { a: Int }", "Query root type must be provided." },
        { "schema { query: I } input I { a: Int }", "Query root type must be Object type, it cannot be I." },
        { "schema { query: Query mutation: U } type Query { a: Int } union U = Query", "Mutation root type must be Object type if provided, it cannot be U." },
        { "schema { query: Query subscription: E } type Query { a: Int } enum E { A }", "Subscription root type must be Object type if provided, it cannot be E." },
        { "schema { query: Query } schema { query: Query } type Query { a: Int }", "Must provide only one schema definition." },
        { "schema { query: Query query: Query } type Query { a: Int }", "There can be only one query type in schema." },

        // Fields, arguments and input fields have the right kind of type; every type has members.
        { "input I { a: Int } type Query { i: I }", "The type of Query.i must be Output Type but got: I." },
        { "type Query { a(q: Query): Int }", "The type of Query.a(q:) must be Input Type but got: Query." },
        { "type Query { a(i: I): Int } input I { q: [Query] }", "The type of I.q must be Input Type but got: [Query]." },
        { "directive @d(q: Query) on FIELD type Query { a: Int }", "The type of @d(q:) must be Input Type but got: Query." },
        { "type Query { e: E } type E", "Type E must define one or more fields." },
        { "type Query { e: E } interface E", "Type E must define one or more fields." },
        { "type Query { e: E } enum E", "Enum type E must define one or more values." },
        { "type Query { e: E } union E", "Union type E must define one or more member types." },
        { "type Query { a(e: E): Int } input E", "Input Object type E must define one or more fields." },
        { "type Query { a: Missing }", "Unknown type \"Missing\"." },

        // Interfaces.
        { "interface N { id: ID! x: Int } type T implements N { id: ID! } type Query { t: T }", "Interface field N.x expected but T does not provide it." },
        { "interface N { id: ID! } type T implements N { id: String! } type Query { t: T }", "Interface field N.id expects type ID! but T.id is type String!." },
        { "interface N { id: [ID!] } type T implements N { id: [ID] } type Query { t: T }", "Interface field N.id expects type [ID!] but T.id is type [ID]." },
        { "interface N { f(a: Int): Int } type T implements N { f: Int } type Query { t: T }", "Interface field argument N.f(a:) expected but T.f does not provide it." },
        { "interface N { f(a: Int): Int } type T implements N { f(a: Int!): Int } type Query { t: T }", "Interface field argument N.f(a:) expects type Int but T.f(a:) is type Int!." },
        { "interface N { f: Int } type T implements N { f(a: Int!): Int } type Query { t: T }", "Object field T.f includes required argument a that is missing from the Interface field N.f." },
        { "interface A { id: ID } interface B implements A { id: ID } type T implements B { id: ID } type Query { t: T }", "Type T must implement A because it is implemented by B." },
        { "interface A implements A { id: ID } type Query { a: A }", "Type A cannot implement itself because it would create a circular reference." },
        { "interface A implements B { id: ID } interface B implements A { id: ID } type Query { a: A }", "Type A cannot implement B because it would create a circular reference.\nType B cannot implement A because it would create a circular reference." },
        { "interface A { id: ID } type T implements A & A { id: ID } type Query { t: T }", "Type T can only implement A once." },
        { "type B { id: ID } type T implements B { id: ID } type Query { t: T }", "Type T must only implement Interface types, it cannot implement B." },

        // Unions.
        { "interface I { a: Int } union U = I type Query { u: U }", "Union type U can only include Object types, it cannot include I." },
        { "type T { a: Int } union U = T | T type Query { u: U }", "Union type U can only include type T once." },

        // Input objects.
        { "input A { b: B! } input B { a: A! } type Query { f(a: A): Int }", "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\"." },
        { "input R @oneOf { a: Int! b: Int } type Query { f(r: R): Int }", "OneOf input field R.a must be nullable." },
        { "input R @oneOf { a: Int = 1 b: Int } type Query { f(r: R): Int }", "OneOf input field R.a cannot have a default value." },
        { "type Query { f(a: Int = \"x\"): Int }", "Default value of \"Query.f(a:)\" is invalid: Int cannot represent non-integer value: \"x\"" },
        { "input I { a: Int! } type Query { f(i: I = {}): Int }", "Default value of \"Query.f(i:)\" is invalid: Field \"I.a\" of required type \"Int!\" was not provided." },

        // Directives.
        { "type Query { a: Int @missing }", "Unknown directive \"@missing\"." },
        { "type Query @deprecated { a: Int }", "Directive \"@deprecated\" may not be used on OBJECT." },
        { "directive @d on FIELD_DEFINITION type Query { a: Int @d @d }", "The directive \"@d\" can only be used once at this location." },
        { "directive @d on OBJECT type Query @d { a: Int } extend type Query @d", "The directive \"@d\" can only be used once at this location." },
        { "directive @d(x: Int) on FIELD_DEFINITION type Query { a: Int @d(y: 1) }", "Unknown argument \"y\" on directive \"@d\"." },
        { "directive @d(x: Int) on FIELD_DEFINITION type Query { a: Int @d(x: 1, x: 2) }", "There can be only one argument named \"x\"." },
        { "scalar S @specifiedBy type Query { s: S }", "Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required, but it was not provided." },
        { "type Query { a: Int @deprecated(reason: 1) }", "Argument \"@deprecated(reason:)\" has invalid value 1: String cannot represent a non string value: 1" },
        { "type Query { a(x: Int! @deprecated): Int }", "Required argument Query.a(x:) cannot be deprecated." },
        { "input I { a: Int! @deprecated } type Query { f(i: I): Int }", "Required input field I.a cannot be deprecated." },
        { "directive @d(x: Int! @deprecated) on FIELD type Query { a: Int }", "Required argument @d(x:) cannot be deprecated." },

        // Extensions.
        { "type Query { a: Int } extend type Missing { b: Int }", "Cannot extend type \"Missing\" because it is not defined." },
        { "type Query { a: Int } extend input Query { b: Int }", "Cannot extend non-input object type \"Query\"." },
        { "scalar S extend enum S { A } type Query { s: S }", "Cannot extend non-enum type \"S\"." },

        // Syntax.
        { "type Query {", "Syntax Error: Expected Name, found <EOF>." },
    };

    public static TheoryData<string> ValidSchemas => new()
    {
        "interface N { id: ID! } type T implements N { id: ID! } type Query { n: N }",
        "interface N { f: N } type T implements N { f: T! } type Query { n: N }",
        "union U = T type T { a: Int } interface I { u: U } type V implements I { u: T } type Query { i: I v: V }",
        "interface A { id: ID } interface B implements A { id: ID } type T implements B & A { id: ID } type Query { t: T }",
        "interface N { f(a: Int): Int } type T implements N { f(a: Int, b: Int, c: Int = 1): Int } type Query { t: T }",
        "input A { b: B } input B { a: A! } type Query { f(a: A): Int }",
        "input A { a: [A!]! } type Query { f(a: A): Int }",
        "input R @oneOf { a: Int b: String } type Query { f(r: R): Int }",
        "directive @t(n: String) repeatable on FIELD_DEFINITION type Query { a: Int @t(n: \"x\") @t(n: \"y\") }",
        "type Query { a: Int } extend type Query { b: Int } extend type Query @deprecated2 directive @deprecated2 on OBJECT",
        "schema { query: Root } type Root { a: Int }",
        "scalar String type Query { a: String }",
        "type Query { a(x: Int @deprecated): Int }",
    };

    [Theory]
    [MemberData(nameof(InvalidSchemas))]
    public void Build_SchemaBreakingOneRule_ReportsExactlyThatProblem(string sdl, string message)
    {
        SchemaException exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(sdl).Build());

        Assert.Equal(message, string.Join("\n", exception.Problems.Select(p => p.Message)));
        Assert.All(exception.Problems, p => Assert.True(p.Locations.Count > 0 || p.Message == "Query root type must be provided."));
    }

    [Theory]
    [MemberData(nameof(ValidSchemas))]
    public void Build_ValidSchema_Succeeds(string sdl)
    {
        Schema schema = SchemaBuilder.FromSdl(sdl).Build();

        Assert.NotNull(schema.QueryType);
    }

    [Fact]
    public void Build_SeveralProblems_ReportsEveryOneWithItsLocation()
    {
        const string sdl = """
            type Query {
              a: Missing
              b: Int @nope
            }
            enum E
            """;

        SchemaException exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(sdl).Build());

        Assert.Equal(
            [
                ("Unknown type \"Missing\".", new SchemaLocation(2, 6)),
                ("Unknown directive \"@nope\".", new SchemaLocation(3, 10)),
            ],
            exception.Problems.Select(p => (p.Message, p.Locations[0])));
    }

    [Fact]
    public void Build_ValidatorProblems_AreAllReported()
    {
        SchemaException exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { __a: Int } enum E union U").Build());

        Assert.Equal(
            [
                "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Enum type E must define one or more values.",
                "Union type U must define one or more member types.",
            ],
            exception.Problems.Select(p => p.Message));
    }
}
