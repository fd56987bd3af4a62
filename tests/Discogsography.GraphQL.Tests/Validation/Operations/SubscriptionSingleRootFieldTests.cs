namespace Discogsography.GraphQL.Tests.Validation.Operations;

public sealed class SubscriptionSingleRootFieldTests
{
    [Theory]
    [InlineData("subscription S { newMessage { body sender } }")]
    [InlineData("subscription S { newMessage { body } newMessage { sender } }")]
    [InlineData("subscription S { ...F } fragment F on Subscription { newMessage { body } }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_TwoRootFields_ReportsTheExtraField() =>
        ValidationAssert.Errors(
            "subscription S {\n  newMessage { body }\n  newDog { name }\n}",
            new ExpectedError("SingleFieldSubscriptions", "Subscription \"S\" must select only one top level field.", (3, 3)));

    [Fact]
    public void Validate_AnonymousWithFieldsFromFragment_ReportsExtraFields() =>
        ValidationAssert.Errors(
            "subscription { ...F } fragment F on Subscription { newMessage { body } newDog { name } dogBarked { name } }",
            new ExpectedError("SingleFieldSubscriptions", "Anonymous Subscription must select only one top level field.", (1, 72), (1, 88)));

    [Fact]
    public void Validate_IntrospectionRootField_ReportsIt() =>
        ValidationAssert.Errors(
            "subscription S { __typename }",
            new ExpectedError("SingleFieldSubscriptions", "Subscription \"S\" must not select an introspection top level field.", (1, 18)));

    [Fact]
    public void Validate_AnonymousIntrospectionRootField_ReportsIt() =>
        ValidationAssert.Errors(
            "subscription { __typename }",
            new ExpectedError("SingleFieldSubscriptions", "Anonymous Subscription must not select an introspection top level field.", (1, 16)));

    [Fact]
    public void Validate_SkipOrIncludeAtRoot_ReportsTheDirectivesOnce() =>
        ValidationAssert.Errors(
            "subscription S($v: Boolean!) {\n  newMessage @include(if: $v) { body }\n  newDog @skip(if: $v) { name }\n}",
            new ExpectedError(
                "SingleFieldSubscriptions",
                "Subscription \"S\" must not use `@skip` or `@include` directives in the top level selection.",
                (2, 14),
                (3, 10)));

    [Fact]
    public void Validate_IncludeInRootFragment_ReportsIt() =>
        ValidationAssert.Errors(
            "subscription { ...F } fragment F on Subscription { newMessage @include(if: true) { body } }",
            new ExpectedError(
                "SingleFieldSubscriptions",
                "Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.",
                (1, 63)));

    [Fact]
    public void Validate_SkipBelowRoot_ReportsNothing() =>
        ValidationAssert.Valid("subscription S { newMessage { body @skip(if: true) sender } }");
}
