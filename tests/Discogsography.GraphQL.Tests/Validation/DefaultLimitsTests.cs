using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Tests.Language;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Validation;

namespace Discogsography.GraphQL.Tests.Validation;

/// <summary>The default options (spec rules and default limits) accept what real clients send.</summary>
public sealed class DefaultLimitsTests
{
    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description specifiedByURL isOneOf
          fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        }
        """;

    private static readonly Lazy<Schema> _discogsography = new(() =>
        SchemaBuilder.FromSdl(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "conformance", "corpus", "validation", "schemas", "catalog.graphql"))).Build());

    [Fact]
    public void Validate_FullIntrospectionQuery_PassesTheDefaultLimits() =>
        Assert.Empty(DocumentValidator.Validate(_discogsography.Value, Parser.Parse(IntrospectionQuery)));

    [Fact]
    public void Validate_TypicalQueryOnOurSchema_PassesTheDefaultLimits() =>
        Assert.Empty(DocumentValidator.Validate(_discogsography.Value, Parser.Parse(
            "query Q($id: ID!) { node(id: $id) { id ... on Artist { name realName nameVariations } } graphStats { artists labels computedAt } }")));

    [Fact]
    public void Validate_IntrospectionQueryWithIntrospectionOff_ReportsTheSchemaField()
    {
        var options = new ValidationOptions { Limits = new OperationLimits { AllowIntrospection = false } };

        IReadOnlyList<GraphQLError> errors = DocumentValidator.Validate(_discogsography.Value, Parser.Parse(IntrospectionQuery), options);

        Assert.Equal(LimitErrorCodes.IntrospectionDisabled, Assert.Single(errors).Code);
    }
}
