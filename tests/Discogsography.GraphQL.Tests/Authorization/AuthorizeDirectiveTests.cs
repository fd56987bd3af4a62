using Discogsography.GraphQL.Authorization;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Tests.Authorization;

public sealed class AuthorizeDirectiveTests
{
    [Fact]
    public void RulesOf_TypeAndField_TypeRulesFirstWithArguments()
    {
        Schema schema = SchemaBuilder.FromSdl(AuthorizeDirective.Sdl + """
            type Query @authorize(policy: "p") { f: String @authorize(roles: ["a", "b"], apply: AFTER_RESOLVER) }
            """).Build();
        var query = (ObjectType)schema.GetType("Query")!;

        IReadOnlyList<AuthorizeRule> rules = AuthorizeDirective.RulesOf(query, query.Fields["f"]);

        Assert.Equal(2, rules.Count);
        Assert.Equal("p", rules[0].Policy);
        Assert.Empty(rules[0].Roles);
        Assert.Equal(ApplyPolicy.BeforeResolver, rules[0].Apply);
        Assert.Null(rules[1].Policy);
        Assert.Equal(["a", "b"], rules[1].Roles);
        Assert.Equal(ApplyPolicy.AfterResolver, rules[1].Apply);
    }

    [Fact]
    public void Sdl_WithoutDeclaration_DirectiveIsUnknown()
    {
        Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { f: String @authorize }").Build());
    }
}
