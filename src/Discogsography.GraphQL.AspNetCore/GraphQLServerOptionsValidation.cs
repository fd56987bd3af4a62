using Microsoft.Extensions.Options;

namespace Discogsography.GraphQL.AspNetCore;

/// <summary>Fails start-up with every problem <see cref="GraphQLServerOptions.Validate"/> finds.</summary>
internal sealed class GraphQLServerOptionsValidation : IValidateOptions<GraphQLServerOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphQLServerOptions options)
    {
        IReadOnlyList<string> problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
