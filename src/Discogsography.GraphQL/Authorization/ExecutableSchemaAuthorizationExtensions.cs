using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Authorization;

/// <summary>
/// Enforces <c>@authorize</c>: every field whose object type or definition carries the directive gets its resolver (and,
/// on a subscription root field, its source stream) wrapped in the rule checks. Fields without rules are untouched.
/// </summary>
public static class ExecutableSchemaAuthorizationExtensions
{
    /// <summary>The message of every authorization field error.</summary>
    public const string DeniedMessage = "The current user is not authorized to access this resource.";

    /// <summary>
    /// A copy of <paramref name="executable"/> that checks every <c>@authorize</c> rule with <paramref name="authorizer"/>:
    /// all rules of a field must pass (type rules first); a denial is a field error at the field's path.
    /// </summary>
    public static ExecutableSchema WithAuthorization(this ExecutableSchema executable, IFieldAuthorizer authorizer)
    {
        ArgumentNullException.ThrowIfNull(executable);
        ArgumentNullException.ThrowIfNull(authorizer);
        return executable.MapBindings((typeName, fieldName, binding) =>
        {
            if (executable.Schema.GetType(typeName) is not ObjectType type || !type.Fields.TryGetValue(fieldName, out OutputField? field))
            {
                return binding;
            }

            IReadOnlyList<AuthorizeRule> rules = AuthorizeDirective.RulesOf(type, field);
            return rules.Count == 0 ? binding : Guard(binding, rules, authorizer);
        });
    }

    private static FieldBinding Guard(FieldBinding binding, IReadOnlyList<AuthorizeRule> rules, IFieldAuthorizer authorizer)
    {
        AuthorizeRule[] before = [.. rules.Where(r => r.Apply != ApplyPolicy.AfterResolver)];
        AuthorizeRule[] after = [.. rules.Where(r => r.Apply == ApplyPolicy.AfterResolver)];
        if (binding.Subscribe is { } source)
        {
            // A subscription is authorized once, when it subscribes; each event then maps to a result as before.
            return new FieldBinding
            {
                Resolver = binding.Resolver,
                PureResolver = binding.PureResolver,
                IsDefault = binding.IsDefault,
                Subscribe = async context =>
                {
                    await CheckAsync(context, [.. before, .. after], authorizer).ConfigureAwait(false);
                    return await source(context).ConfigureAwait(false);
                },
            };
        }

        FieldResolver inner = binding.Resolver ?? PureToGeneral(binding.PureResolver!);
        return new FieldBinding
        {
            IsDefault = binding.IsDefault,
            Resolver = async context =>
            {
                await CheckAsync(context, before, authorizer).ConfigureAwait(false);
                object? value = await inner(context).ConfigureAwait(false);
                if (value is not null)
                {
                    await CheckAsync(context, after, authorizer).ConfigureAwait(false);
                }

                return value;
            },
        };
    }

    private static FieldResolver PureToGeneral(PureFieldResolver pure) => context => ValueTask.FromResult(pure(context.Parent));

    private static async ValueTask CheckAsync(IResolverContext context, AuthorizeRule[] rules, IFieldAuthorizer authorizer)
    {
        foreach (AuthorizeRule rule in rules)
        {
            AuthorizationOutcome outcome = await authorizer.AuthorizeAsync(context, rule).ConfigureAwait(false);
            string? code = outcome switch
            {
                AuthorizationOutcome.Allowed => null,
                AuthorizationOutcome.NotAuthenticated => AuthorizationErrorCodes.NotAuthenticated,
                AuthorizationOutcome.PolicyNotFound => AuthorizationErrorCodes.PolicyNotFound,
                _ => AuthorizationErrorCodes.NotAuthorized,
            };
            if (code is not null)
            {
                throw new GraphQLException(DeniedMessage, code);
            }
        }
    }
}
