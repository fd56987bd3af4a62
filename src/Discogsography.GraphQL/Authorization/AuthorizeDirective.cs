using System.Collections;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Authorization;

/// <summary>
/// The <c>@authorize</c> directive. A schema that uses it declares it in its SDL (prepend <see cref="Sdl"/>): the engine
/// does not add it on its own, so a schema's printed SDL always shows what it declares.
/// </summary>
public static class AuthorizeDirective
{
    /// <summary>The directive's name.</summary>
    public const string Name = "authorize";

    /// <summary>The definitions of <c>@authorize</c> and <c>ApplyPolicy</c>, as HotChocolate declares them.</summary>
    public const string Sdl = """
        enum ApplyPolicy { BEFORE_RESOLVER AFTER_RESOLVER VALIDATION }

        directive @authorize(policy: String, roles: [String!], apply: ApplyPolicy! = BEFORE_RESOLVER) repeatable on OBJECT | FIELD_DEFINITION

        """;

    /// <summary>The rules of <paramref name="field"/> of <paramref name="type"/>: the type's <c>@authorize</c> first, then the field's.</summary>
    public static IReadOnlyList<AuthorizeRule> RulesOf(ObjectType type, OutputField field)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(field);
        return [.. type.GetDirectives(Name).Concat(field.GetDirectives(Name)).Select(ToRule)];
    }

    /// <summary>Reads one applied <c>@authorize</c>.</summary>
    public static AuthorizeRule ToRule(AppliedDirective directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        IReadOnlyList<string> roles = directive.GetArgument("roles") switch
        {
            string single => [single],
            IEnumerable many => [.. many.Cast<object?>().Where(r => r is not null).Select(r => r!.ToString()!)],
            _ => [],
        };
        ApplyPolicy apply = directive.GetArgument("apply")?.ToString() switch
        {
            "AFTER_RESOLVER" => ApplyPolicy.AfterResolver,
            "VALIDATION" => ApplyPolicy.Validation,
            _ => ApplyPolicy.BeforeResolver,
        };
        return new AuthorizeRule { Policy = directive.GetArgument("policy") as string, Roles = roles, Apply = apply };
    }
}
