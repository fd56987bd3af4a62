using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Validation;

namespace Discogsography.GraphQL.Tests.Validation;

public sealed class ValidationCacheTests
{
    private const string Invalid = "{ dog { unknown } }";

    [Fact]
    public void Validate_SameTextTwice_AnswersTheCachedResult()
    {
        var cache = new ValidationCache(capacity: 4);

        IReadOnlyList<GraphQLError> first = cache.Validate(ValidationAssert.SpecSchema, Invalid, Parser.Parse(Invalid));
        IReadOnlyList<GraphQLError> second = cache.Validate(ValidationAssert.SpecSchema, Invalid, Parser.Parse(Invalid));

        Assert.Single(first);
        Assert.Same(first, second);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Validate_OtherSchemaInstance_ValidatesAgain()
    {
        var cache = new ValidationCache(capacity: 4);
        Schema other = SchemaBuilder.FromSdl("type Query { dog: Dog } type Dog { unknown: Int }").Build();

        IReadOnlyList<GraphQLError> againstSpec = cache.Validate(ValidationAssert.SpecSchema, Invalid, Parser.Parse(Invalid));
        IReadOnlyList<GraphQLError> againstOther = cache.Validate(other, Invalid, Parser.Parse(Invalid));

        Assert.Single(againstSpec);
        Assert.Empty(againstOther);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void Validate_BeyondCapacity_DropsTheLeastRecentlyUsed()
    {
        var cache = new ValidationCache(capacity: 2);
        IReadOnlyList<GraphQLError> a = cache.Validate(ValidationAssert.SpecSchema, "{ a }", Parser.Parse("{ a }"));
        cache.Validate(ValidationAssert.SpecSchema, "{ b }", Parser.Parse("{ b }"));
        IReadOnlyList<GraphQLError> aAgain = cache.Validate(ValidationAssert.SpecSchema, "{ a }", Parser.Parse("{ a }"));

        cache.Validate(ValidationAssert.SpecSchema, "{ c }", Parser.Parse("{ c }"));
        IReadOnlyList<GraphQLError> aAfterEviction = cache.Validate(ValidationAssert.SpecSchema, "{ a }", Parser.Parse("{ a }"));
        IReadOnlyList<GraphQLError> bAfterEviction = cache.Validate(ValidationAssert.SpecSchema, "{ b }", Parser.Parse("{ b }"));
        IReadOnlyList<GraphQLError> bOnceMore = cache.Validate(ValidationAssert.SpecSchema, "{ b }", Parser.Parse("{ b }"));

        Assert.Same(a, aAgain);
        Assert.Same(a, aAfterEviction);
        Assert.Same(bAfterEviction, bOnceMore);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public async Task Validate_ManyThreads_AgreeAndStayWithinCapacity()
    {
        var cache = new ValidationCache(capacity: 8);
        string[] documents = [.. Enumerable.Range(0, 16).Select(i => $"{{ dog {{ field{i} }} }}")];

        string[][] answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
            documents.Select(d => cache.Validate(ValidationAssert.SpecSchema, d, Parser.Parse(d)).Single().Message).ToArray())));

        Assert.All(answers, answer => Assert.Equal(answers[0], answer));
        Assert.Equal("Cannot query field \"field15\" on type \"Dog\".", answers[0][15]);
        Assert.True(cache.Count <= 8);
    }

    [Fact]
    public void Constructor_ZeroCapacity_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => new ValidationCache(capacity: 0));
}
